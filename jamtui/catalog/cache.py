"""Parsed checklist files kept between runs, keyed by their bytes: unchanged files skip parsing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from jamtui import __version__
from jamtui.core.model import FORMAT_VERSION
from jamtui.fileio.digest import content_digest

CACHE_NAME = "parsed-checklists.json"
CACHE_VERSION = 1
MAX_ENTRIES = 400
"""Entries not used by the latest load are dropped beyond this many."""


class ChecklistCache:
    """A JSON file in the data folder's ``.cache``; only ever an accelerator.

    It holds the parsed TOML of files that were valid, keyed by a hash of the file's bytes
    and the jamtui and format versions. Loading from it skips the TOML parser (the slowest
    step) but still validates. Plain JSON, never pickle: the data folder may be shared or
    synced, and a cache file must never be able to run code. A missing, unreadable or
    foreign cache file is the same as an empty one.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._entries: dict[str, Any] | None = None
        self._used: set[str] = set()
        self._dirty = False

    @classmethod
    def in_data_dir(cls, data_dir: Path) -> ChecklistCache:
        return cls(data_dir / ".cache" / CACHE_NAME)

    @staticmethod
    def key(data: bytes) -> str:
        return f"{__version__}:{FORMAT_VERSION}:{content_digest(data)}"

    def _load(self) -> dict[str, Any]:
        if self._entries is None:
            from jamtui.fileio.json_cache import read_json_table

            self._entries = read_json_table(self.path, CACHE_VERSION, "files")
        return self._entries

    def get(self, data: bytes) -> dict[str, Any] | None:
        """The parsed TOML of a file with these bytes, when it was valid before."""
        key = self.key(data)
        raw = self._load().get(key)
        if not isinstance(raw, dict):
            return None
        self._used.add(key)
        return raw

    def put(self, data: bytes, raw: dict[str, Any]) -> None:
        key = self.key(data)
        self._load()[key] = raw
        self._used.add(key)
        self._dirty = True

    def save(self) -> None:
        """Write the cache if anything was added (never raises)."""
        if not self._dirty or self._entries is None:
            return
        entries = self._entries
        if len(entries) > MAX_ENTRIES:
            entries = {k: v for k, v in entries.items() if k in self._used}
        from jamtui.fileio.json_cache import write_json_table

        try:
            write_json_table(self.path, CACHE_VERSION, "files", entries)
        except (TypeError, ValueError):
            # Dates and times have no JSON form: leave out the files that hold any.
            entries = {k: v for k, v in entries.items() if _is_json(v)}
            write_json_table(self.path, CACHE_VERSION, "files", entries)
        self._dirty = False


def _is_json(value: Any) -> bool:
    try:
        json.dumps(value)
    except (TypeError, ValueError):
        return False
    return True
