"""User-facing strings of the run and summary screens, Swedish and English."""

STRINGS: dict[str, dict[str, str]] = {}
