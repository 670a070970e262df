"""The installed ``jamtui`` entry points, remembered until the Python environment changes.

Finding them means importing ``importlib.metadata`` and reading every installed
distribution's metadata: a good part of a short command's time. The result is kept in a
volatile JSON cache keyed by every ``sys.path`` folder's modification time (installing or
removing a distribution adds or removes a folder there) and each plugin's own
``entry_points.txt``; anything else, or a cache that is missing or unreadable, means a
fresh look.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import os
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

CACHE_NAME = "plugin-entry-points.json"
CACHE_VERSION = 1
_VALUE = re.compile(r"(?P<module>[\w.]+)\s*(:\s*(?P<attr>[\w.]+)\s*)?((?P<extras>\[.*\])\s*)?$")


class DistributionLike(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def version(self) -> str: ...
    @property
    def metadata(self) -> Any: ...


class EntryPointLike(Protocol):
    """What the plugin host uses of an ``importlib.metadata.EntryPoint``."""

    @property
    def name(self) -> str: ...
    @property
    def value(self) -> str: ...
    @property
    def dist(self) -> DistributionLike | None: ...
    def load(self) -> Any: ...


@dataclass(frozen=True)
class RememberedDistribution:
    name: str
    version: str
    metadata: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class RememberedEntryPoint:
    """An entry point read from the cache: loads like ``EntryPoint.load``."""

    name: str
    value: str
    dist: RememberedDistribution | None = None

    def load(self) -> Any:
        match = _VALUE.match(self.value)
        if match is None:
            raise ValueError(f"not an entry point: {self.value!r}")
        module = importlib.import_module(match.group("module"))
        attrs = filter(None, (match.group("attr") or "").split("."))
        return functools.reduce(getattr, attrs, module)


def environment_key() -> list[list[object]]:
    """Each ``sys.path`` entry with its modification time (-1 when it does not exist)."""
    key: list[list[object]] = []
    for entry in sys.path:
        try:
            key.append([entry, os.stat(entry or ".").st_mtime_ns])
        except OSError:
            key.append([entry, -1])
    return key


def _stamp(path: str) -> int:
    try:
        return os.stat(path).st_mtime_ns
    except OSError:
        return -1


def entry_points(group: str, cache_dir: Path | None = None) -> list[EntryPointLike]:
    """The entry points of ``group``, one per name (the first found), unsorted."""
    key = environment_key()
    path = cache_dir / CACHE_NAME if cache_dir is not None else None
    if path is not None:
        remembered = _remembered(path, group, key)
        if remembered is not None:
            return remembered
    from importlib import metadata

    seen: set[str] = set()
    points: list[EntryPointLike] = []
    rows: list[dict[str, object]] = []
    for point in metadata.entry_points(group=group):
        if point.name in seen:
            continue
        seen.add(point.name)
        points.append(point)
        rows.append(_row(point))
    if path is not None:
        from jamtui.fileio.json_cache import write_json_table

        table = {"group": group, "key": key, "points": rows}
        with contextlib.suppress(OSError, TypeError, ValueError):  # only an accelerator
            write_json_table(path, CACHE_VERSION, "discovery", table)
    return points


def _row(point: Any) -> dict[str, object]:
    dist = point.dist
    row: dict[str, object] = {"name": point.name, "value": point.value}
    if dist is not None:
        row["dist"] = dist.name
        row["version"] = dist.version
        row["dist_name"] = str(dist.metadata["Name"] or "")
        folder = getattr(dist, "_path", None)  # PathDistribution: its .dist-info folder
        if folder is not None:
            points_file = os.path.join(str(folder), "entry_points.txt")
            row["file"] = points_file
            row["stamp"] = _stamp(points_file)
    return row


def _remembered(path: Path, group: str, key: list[list[object]]) -> list[EntryPointLike] | None:
    """The cached entry points when nothing they depend on changed, else None."""
    from jamtui.fileio.json_cache import read_json_table

    table = read_json_table(path, CACHE_VERSION, "discovery")
    rows = table.get("points")
    if table.get("group") != group or table.get("key") != key or not isinstance(rows, list):
        return None
    points: list[EntryPointLike] = []
    for row in rows:
        if not isinstance(row, dict) or not all(
            isinstance(row.get(name), str) for name in ("name", "value")
        ):
            return None
        file = row.get("file")
        if isinstance(file, str) and _stamp(file) != row.get("stamp"):
            return None  # a plugin's entry points were rewritten in place
        dist = None
        if isinstance(row.get("dist"), str):
            dist = RememberedDistribution(
                str(row["dist"]),
                str(row.get("version", "")),
                {"Name": str(row.get("dist_name", ""))},
            )
        points.append(RememberedEntryPoint(row["name"], row["value"], dist))
    return points
