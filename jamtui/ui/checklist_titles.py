"""Checklist titles and item counts kept between starts: the first screen needs no catalog."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from jamtui.core.progress import count_answered
from jamtui.fileio.json_cache import read_json_table, write_json_table

if TYPE_CHECKING:
    from jamtui.catalog import Catalog

CACHE_NAME = "checklist-titles.json"
CACHE_VERSION = 2
"""2: item keys (id and replaced ids) instead of an item count."""


class ChecklistHeading(NamedTuple):
    """What a run list shows of a checklist: its title and its items (``item_keys``)."""

    title: str
    keys: tuple[tuple[str, ...], ...]

    @property
    def items(self) -> int:
        return len(self.keys)

    def progress(self, answered_ids: tuple[str, ...]) -> str:
        """``7 / 12``: answered items of this checklist, never more than it has."""
        return f"{count_answered(self.keys, frozenset(answered_ids))} / {len(self.keys)}"


class ChecklistTitles:
    """A small JSON file in the data folder's ``.cache``; only ever an accelerator.

    A missing, unreadable or foreign file is the same as an empty one, and the file is
    rewritten from the catalog whenever the catalog has been loaded and says otherwise.
    """

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / ".cache" / CACHE_NAME
        self._titles: dict[str, dict[str, Any]] | None = None

    def _load(self) -> dict[str, dict[str, Any]]:
        if self._titles is None:
            entries = read_json_table(self.path, CACHE_VERSION, "checklists")
            self._titles = {key: value for key, value in entries.items() if isinstance(value, dict)}
        return self._titles

    def get(self, checklist_id: str, lang: str) -> ChecklistHeading | None:
        entry = self._load().get(checklist_id)
        if entry is None:
            return None
        titles = entry.get("title")
        items = entry.get("items")
        if not isinstance(titles, dict) or not isinstance(items, list):
            return None
        keys = tuple(
            tuple(k for k in key if isinstance(k, str)) for key in items if isinstance(key, list)
        )
        title = titles.get(lang) or titles.get("sv") or next(iter(titles.values()), None)
        return ChecklistHeading(title, keys) if isinstance(title, str) else None

    def remember(self, catalog: Catalog) -> None:
        """Write what ``catalog`` says, when it differs from the file (never raises)."""
        from jamtui.core.run import item_keys

        fresh = {
            checklist.id: {
                "title": dict(checklist.title.values),
                "items": [list(key) for key in item_keys(checklist)],
            }
            for checklist in catalog.checklists
        }
        if fresh == self._load():
            return
        self._titles = fresh
        write_json_table(self.path, CACHE_VERSION, "checklists", fresh)
