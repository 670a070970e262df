"""Stat-validated summary caches, so listing never parses files that did not change."""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from jamtui.storage.atomic import write_text_atomic
from jamtui.storage.safe_files import CACHE_LIMIT, read_regular

INDEX_NAME = ".index.json"
INDEX_VERSION = 1


def cached_summaries(
    folder: Path,
    entries: Mapping[str, str | Path],
    summarise: Callable[[Path], dict[str, Any]],
) -> dict[str, dict[str, Any]]:
    """Summaries of ``entries`` (name → file), reusing the folder's cache where stats match.

    The cache is only an accelerator: an unreadable or foreign cache is rebuilt, and a file
    whose size or modification time changed is summarised again.
    """
    index_path = folder / INDEX_NAME
    cache: dict[str, Any] = {}
    with contextlib.suppress(OSError, ValueError, RecursionError):
        loaded = json.loads(read_regular(index_path, CACHE_LIMIT))
        if isinstance(loaded, dict) and loaded.get("version") == INDEX_VERSION:
            cache = loaded.get("entries", {}) if isinstance(loaded.get("entries"), dict) else {}
    result: dict[str, dict[str, Any]] = {}
    changed = set(cache) - set(entries)
    for name, path in entries.items():
        try:
            stat = os.stat(path)
        except OSError:
            result[name] = summarise(Path(path))
            changed.add(name)
            continue
        stamp = [stat.st_mtime_ns, stat.st_size]
        cached = cache.get(name)
        if isinstance(cached, dict) and cached.get("stamp") == stamp and "summary" in cached:
            result[name] = cached["summary"]
            continue
        summary = summarise(Path(path))
        result[name] = summary
        cache[name] = {"stamp": stamp, "summary": summary}
        changed.add(name)
    if changed:
        fresh = {name: cache[name] for name in entries if name in cache}
        with contextlib.suppress(OSError):
            write_text_atomic(
                index_path,
                json.dumps({"version": INDEX_VERSION, "entries": fresh}, ensure_ascii=False),
            )
    return result


def forget(folder: Path) -> None:
    """Drop a folder's cache (it is rebuilt on the next listing)."""
    with contextlib.suppress(FileNotFoundError):
        os.unlink(folder / INDEX_NAME)
