"""User-facing strings of the storage layer, Swedish and English."""

STRINGS: dict[str, dict[str, str]] = {}
