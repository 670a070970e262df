"""CLI commands over the storage API (orgs, runs, answer, doctor)."""

from __future__ import annotations

from typing import Any


def register(sub: Any) -> None:
    """Add the storage commands to the ``jamtui`` parser."""
