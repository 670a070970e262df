"""The format-neutral report: built once from a run, rendered by every export format."""
