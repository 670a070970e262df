"""Comparing and checking the names people type for units, people and log entries."""

from __future__ import annotations

import unicodedata


def clean_name(text: str) -> str:
    """NFC, trimmed, inner runs of white space as one space (names are one line)."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def same_name(a: str, b: str) -> bool:
    """Names equal when case and spacing are ignored (Åsa Lind == åsa  lind)."""
    return clean_name(a).casefold() == clean_name(b).casefold()


def is_one_line(text: str) -> bool:
    """True when ``text`` has no line break or other control character."""
    return not any(unicodedata.category(char) in ("Cc", "Zl", "Zp") for char in text)
