"""Checklists validated earlier in this process: an unchanged file is not validated again."""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING

from jamtui.catalog import item_types
from jamtui.i18n import current_language

if TYPE_CHECKING:
    from jamtui.catalog.loader import LoadResult
    from jamtui.core.items.base import ItemKind

MAX_ENTRIES = 256
"""Distinct files remembered; the least recently used is forgotten first."""

_Key = tuple[str, str, str, tuple[tuple[str, int], ...]]
_results: OrderedDict[_Key, tuple[LoadResult, tuple[ItemKind, ...]]] = OrderedDict()


def _key(content_key: str, origin: str) -> tuple[_Key, tuple[ItemKind, ...]]:
    # The item types checklists are validated against, by identity (the kinds are kept
    # alive with the entry, so an id is never reused while it is remembered), and the
    # language its warnings are written in.
    kinds = tuple(item_types.active().kinds.items())
    types = tuple((name, id(kind)) for name, kind in kinds)
    return (content_key, origin, current_language(), types), tuple(kind for _, kind in kinds)


def recall(content_key: str, origin: str) -> LoadResult | None:
    """A copy of the valid result for these bytes (by ``content_key``) from ``origin``."""
    key, _ = _key(content_key, origin)
    found = _results.get(key)
    if found is None:
        return None
    _results.move_to_end(key)
    from jamtui.catalog.loader import LoadResult

    result = found[0]
    return LoadResult(result.origin, result.checklist, [], list(result.warnings))


def remember(content_key: str, origin: str, result: LoadResult) -> None:
    """Keep ``result`` when it is a valid checklist (a file with problems is checked again)."""
    if not result.ok:
        return
    key, kinds = _key(content_key, origin)
    _results[key] = (result, kinds)
    _results.move_to_end(key)
    while len(_results) > MAX_ENTRIES:
        _results.popitem(last=False)
