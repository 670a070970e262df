"""User-facing strings of the Textual UI, Swedish and English."""

STRINGS: dict[str, dict[str, str]] = {}
