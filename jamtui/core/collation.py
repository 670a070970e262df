"""Swedish sort order: … x, y, z, å, ä, ö; case-insensitive, accents beside their letter."""

from __future__ import annotations

import unicodedata

_ORDER = {"å": "{", "ä": "|", "ö": "}", "æ": "|", "ø": "}"}
"""Letters after z map to characters that sort after "z" in code-point order."""


def swedish_sort_key(text: str) -> tuple[str, str]:
    """A key that sorts names the way a Swedish reader expects (ü with y, é with e)."""
    folded = unicodedata.normalize("NFC", text).casefold()
    primary = []
    for char in folded:
        if char in _ORDER:
            primary.append(_ORDER[char])
            continue
        base = unicodedata.normalize("NFD", char)[0]
        primary.append("y" if base == "u" and char == "ü" else base)
    return "".join(primary), folded
