"""Stat-validated summary caches, so listing never parses files that did not change."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from jamtui.fileio.json_cache import read_json_cache, write_json_table

INDEX_NAME = ".index.json"
INDEX_VERSION = 2
"""2: run summaries hold the ids of the answered items, not a count."""


def index_problem(folder: Path) -> str:
    """Why ``folder``'s cache file cannot be used ("" when it is fine or missing)."""
    return read_json_cache(folder / INDEX_NAME, INDEX_VERSION, "entries").problem


def cached_summaries(
    folder: Path,
    entries: Mapping[str, str | Path],
    summarise: Callable[[Path], dict[str, Any]],
    on_rebuilt: Callable[[Path, str], None] | None = None,
) -> dict[str, dict[str, Any]]:
    """Summaries of ``entries`` (name → file), reusing the folder's cache where stats match.

    The cache is only an accelerator: a foreign cache is rebuilt silently, a corrupt one is
    rebuilt and reported to ``on_rebuilt(path, problem)``, and a file whose size or
    modification time changed is summarised again.
    """
    index_path = folder / INDEX_NAME
    read = read_json_cache(index_path, INDEX_VERSION, "entries")
    cache: dict[str, Any] = read.table
    result: dict[str, dict[str, Any]] = {}
    changed = set(cache) - set(entries)
    if read.problem:
        changed.add(INDEX_NAME)
    for name, path in entries.items():
        try:
            stat = os.stat(path)
        except OSError:
            result[name] = summarise(Path(path))
            changed.add(name)
            continue
        stamp = [stat.st_mtime_ns, stat.st_size]
        cached = cache.get(name)
        if (
            isinstance(cached, dict)
            and cached.get("stamp") == stamp
            and isinstance(cached.get("summary"), dict)
        ):
            result[name] = cached["summary"]
            continue
        summary = summarise(Path(path))
        result[name] = summary
        cache[name] = {"stamp": stamp, "summary": summary}
        changed.add(name)
    if changed:
        fresh = {name: cache[name] for name in entries if name in cache}
        write_json_table(index_path, INDEX_VERSION, "entries", fresh)
    if read.problem and on_rebuilt is not None:
        on_rebuilt(index_path, read.problem)
    return result
