"""Benchmarks for jamtui; run ``make bench`` (results go in docs/performance.md)."""
