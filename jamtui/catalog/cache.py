"""Validated checklists kept between runs, keyed by their bytes: unchanged files load fast."""

from __future__ import annotations

import contextlib
import hashlib
import pickle
from pathlib import Path
from typing import Any

from jamtui import __version__
from jamtui.core.model import FORMAT_VERSION, Checklist

CACHE_NAME = "checklists.pickle"
MAX_ENTRIES = 400
"""Entries not used by the latest load are dropped beyond this many."""


class ChecklistCache:
    """A single pickle file in the data folder's ``.cache``; only ever an accelerator.

    The key is a hash of the file's bytes plus the jamtui and format versions, so an edited
    file, or a new jamtui with other rules, is validated again. Only files without problems
    are kept: a file with problems is always validated, so its messages stay exact. A
    missing, unreadable or foreign cache file is the same as an empty one.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._entries: dict[str, bytes] | None = None
        self._used: set[str] = set()
        self._dirty = False

    @classmethod
    def in_data_dir(cls, data_dir: Path) -> ChecklistCache:
        return cls(data_dir / ".cache" / CACHE_NAME)

    @staticmethod
    def key(data: bytes) -> str:
        digest = hashlib.blake2b(data, digest_size=20).hexdigest()
        return f"{__version__}:{FORMAT_VERSION}:{digest}"

    def _load(self) -> dict[str, bytes]:
        if self._entries is None:
            self._entries = {}
            # Anything wrong with the file (truncated, foreign, from another Python) is a miss.
            with contextlib.suppress(Exception):
                loaded: Any = pickle.loads(self.path.read_bytes())
                if isinstance(loaded, dict):
                    self._entries = {
                        k: v
                        for k, v in loaded.items()
                        if isinstance(k, str) and isinstance(v, bytes)
                    }
        return self._entries

    def get(self, data: bytes) -> Checklist | None:
        key = self.key(data)
        blob = self._load().get(key)
        if blob is None:
            return None
        try:
            checklist = pickle.loads(blob)
        except Exception:
            return None
        if not isinstance(checklist, Checklist):
            return None
        self._used.add(key)
        return checklist

    def put(self, data: bytes, checklist: Checklist) -> None:
        key = self.key(data)
        self._load()[key] = pickle.dumps(checklist, protocol=pickle.HIGHEST_PROTOCOL)
        self._used.add(key)
        self._dirty = True

    def save(self) -> None:
        """Write the cache if anything was added (never raises)."""
        if not self._dirty or self._entries is None:
            return
        entries = self._entries
        if len(entries) > MAX_ENTRIES:
            entries = {k: v for k, v in entries.items() if k in self._used}
        from jamtui.storage.atomic import write_atomic

        with contextlib.suppress(OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(self.path, pickle.dumps(entries, protocol=pickle.HIGHEST_PROTOCOL))
            self._dirty = False
