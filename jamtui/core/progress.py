"""How many of a checklist's items are answered, from item keys alone (no model needed)."""

from __future__ import annotations


def count_answered(keys: tuple[tuple[str, ...], ...], answered: frozenset[str]) -> int:
    """How many items (given by ``item_keys``) have an answer; never more than there are."""
    return sum(1 for key in keys if any(k in answered for k in key))
