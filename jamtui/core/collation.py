"""Swedish sort order: … x, y, z, å, ä, ö; case-insensitive, accents beside their letter."""

from __future__ import annotations

import functools
import unicodedata

_ORDER = {"å": "{", "ä": "|", "ö": "}", "æ": "|", "ø": "}"}
"""Letters after z map to characters that sort after "z" in code-point order."""


def swedish_sort_key(text: str) -> tuple[str, str]:
    """A key that sorts names the way a Swedish reader expects (ü with y, é with e)."""
    folded = unicodedata.normalize("NFC", text).casefold()
    return "".join(map(_primary, folded)), folded


@functools.lru_cache(maxsize=4096)
def _primary(char: str) -> str:
    """The letter ``char`` sorts as (cached: a thousand names share a few dozen letters)."""
    if char in _ORDER:
        return _ORDER[char]
    base = unicodedata.normalize("NFD", char)[0]
    return "y" if base == "u" and char == "ü" else base
