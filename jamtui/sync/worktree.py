"""Which files of the data folder are synced, and a fast scan of what changed since the index."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

GITIGNORE = """\
# Written by `jamtui sync setup`: files that are never synced.
.index.json
.cache/
*.lock
*.tmp
rapporter/
/config/
"""
"""Volatile files: the listing cache, parsed-checklist caches, locks, reports, temp files, and
the personal config folder that sits in the data folder when JAMTUI_HOME is set."""

CONFLICT_SUFFIX = ".conflict-"
"""A refused file's other version is kept beside it as ``<name>.conflict-<8 hex>``."""


def is_run_path(path: str) -> bool:
    """Whether ``path`` (relative, '/'-separated) is a run file: organisations/*/runs/*.toml."""
    parts = path.split("/")
    return (
        len(parts) == 4
        and parts[0] == "organisations"
        and parts[2] == "runs"
        and parts[3].endswith(".toml")
    )


_SKIP_DIRS = frozenset({".git", ".cache", "rapporter"})
_SKIP_TOP_DIRS = frozenset({"config"})
_SKIP_NAMES = frozenset({".index.json"})
_SKIP_SUFFIXES = (".lock", ".tmp")


def is_synced_name(name: str) -> bool:
    """Whether a file called ``name`` is synced (see GITIGNORE)."""
    return name not in _SKIP_NAMES and not name.endswith(_SKIP_SUFFIXES)


def walk(root: Path) -> Iterator[tuple[bytes, os.stat_result]]:
    """Every synced regular file under ``root``: ('/'-separated relative path, stat)."""
    stack: list[tuple[str, str]] = [(str(root), "")]
    while stack:
        folder, prefix = stack.pop()
        try:
            entries = list(os.scandir(folder))
        except (FileNotFoundError, NotADirectoryError):
            continue
        for entry in entries:
            name = entry.name
            if entry.is_dir(follow_symlinks=False):
                if name in _SKIP_DIRS or (not prefix and name in _SKIP_TOP_DIRS):
                    continue
                stack.append((entry.path, f"{prefix}{name}/"))
            elif entry.is_file(follow_symlinks=False) and is_synced_name(name):
                try:
                    info = entry.stat(follow_symlinks=False)
                except FileNotFoundError:
                    continue
                if stat.S_ISREG(info.st_mode):
                    yield f"{prefix}{name}".encode(), info


@dataclass(frozen=True)
class Scan:
    """The working tree against the index: changed or new files (with blob ids), deleted paths."""

    changed: dict[bytes, tuple[bytes, bytes, os.stat_result]]
    """path → (blob id, content, stat)."""
    deleted: list[bytes]
    refreshed: dict[bytes, os.stat_result]
    """Unchanged content whose stat data the index should learn (so later scans are fast)."""
