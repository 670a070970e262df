"""Listing caches (``.index.json``): one row per file, pre-sorted for display, stamp-checked."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import NamedTuple

from jamtui.fileio.json_cache import read_json_cache, write_json_table

INDEX_NAME = ".index.json"
INDEX_VERSION = 3
"""3: rows as tab-separated strings in display order, with the folder's own stamp.
2: run summaries hold the ids of the answered items, not a count."""

RACY_NS = 2_000_000_000
"""A folder changed this recently may change again within the same clock tick unseen:
its stamp is not recorded (the next listing looks at the folder again)."""

Summarise = Callable[[str, str], list[str]]
"""(name, path) → the row's fields after the name and stamp (strings without a stamp)."""


def _escape(field: str) -> str:
    if "\\" in field or "\t" in field or "\n" in field:
        return field.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
    return field


def _unescape(field: str) -> str:
    if "\\" not in field:
        return field
    out: list[str] = []
    chars = iter(field)
    for char in chars:
        if char == "\\":
            nxt = next(chars, "\\")
            out.append({"t": "\t", "n": "\n"}.get(nxt, nxt))
        else:
            out.append(char)
    return "".join(out)


def encode_row(fields: Iterable[str]) -> str:
    """One row: fields joined by tabs (tabs, newlines and backslashes escaped)."""
    return "\t".join(map(_escape, fields))


def decode_row(row: str) -> list[str]:
    """The fields of ``encode_row``'s row."""
    return [_unescape(field) for field in row.split("\t")]


class Index(NamedTuple):
    """What a folder's index holds."""

    folder: int
    """The folder's ``st_mtime_ns`` when the rows were known to name every file (0: unknown)."""
    rows: list[str]
    """Rows in display order: name, stamp (``mtime_ns:size``), then the kind's fields."""
    shared: list[str]
    """Strings rows refer to by number (the ids of answered items)."""
    problem: str = ""
    """Why an index that exists could not be used (a rebuild is reported)."""


EMPTY = Index(0, [], [])


def _path(folder: str) -> Path:
    return Path(folder, INDEX_NAME)


def read_index(folder: str, width: int) -> Index:
    """The index of ``folder`` whose rows have ``width`` fields; never raises.

    Missing, foreign-version or malformed indexes read as empty; a malformed one also says
    why (``problem``), so the rebuild can be reported.
    """
    read = read_json_cache(_path(folder), INDEX_VERSION, "entries")
    if read.problem:
        return Index(0, [], [], read.problem)
    table = read.table
    if not table:
        return EMPTY
    rows, shared, stamp = table.get("rows"), table.get("shared", []), table.get("folder", 0)
    tabs = width - 1
    if (
        not isinstance(rows, list)
        or not isinstance(shared, list)
        or type(stamp) is not int
        or not all(type(row) is str and row.count("\t") == tabs for row in rows)
        or not all(type(text) is str for text in shared)
    ):
        from jamtui.i18n import t

        return Index(0, [], [], t("cache.not_object"))
    return Index(stamp, rows, shared)


def index_problem(folder: str) -> str:
    """Why ``folder``'s cache file cannot be used ("" when it is fine or missing)."""
    return read_json_cache(_path(folder), INDEX_VERSION, "entries").problem


def write_index(folder: str, stamp: int, rows: list[str], shared: Sequence[str] = ()) -> None:
    """Write the index (never raises: an index that cannot be written is not written)."""
    table = {"folder": stamp, "rows": rows, "shared": list(shared)}
    write_json_table(_path(folder), INDEX_VERSION, "entries", table)


def folder_stamp(folder: str) -> int:
    """``folder``'s mtime in ns, or 0 when unknown or too recent to be trusted (see RACY_NS)."""
    try:
        mtime = os.stat(folder).st_mtime_ns
    except OSError:
        return 0
    return mtime if time.time_ns() - mtime > RACY_NS else 0


def file_stamp(path: str) -> str:
    """``mtime_ns:size`` of a file ("" when it cannot be stat'ed: it is summarised again)."""
    try:
        info = os.stat(path)
    except OSError:
        return ""
    return f"{info.st_mtime_ns}:{info.st_size}"


def row_name(row: str) -> str:
    """The first field of a row (its file's name), without decoding the rest."""
    return _unescape(row.partition("\t")[0])


def refresh(
    entries: Mapping[str, str],
    old: Iterable[str],
    summarise: Summarise,
    *,
    check_stamps: bool,
) -> tuple[dict[str, str], bool]:
    """Rows for ``entries`` (name → path) reusing ``old`` rows; and whether any changed.

    With ``check_stamps`` every file is stat'ed and one whose size or modification time
    differs is summarised again; without it only new names are summarised (the caller knows
    that no file was replaced, from the folder's own stamp).
    """
    known: dict[str, str] = {}
    for row in old:
        name, _, rest = row.partition("\t")
        known[_unescape(name)] = row
    changed = len(known) != len(entries)
    fresh: dict[str, str] = {}
    for name, path in entries.items():
        row = known.get(name)
        if row is not None and not check_stamps:
            fresh[name] = row
            continue
        stamp = file_stamp(path)
        if row is not None and stamp and row.split("\t", 2)[1] == stamp:
            fresh[name] = row
            continue
        fresh[name] = encode_row([name, stamp, *summarise(name, path)])
        changed = True
    return fresh, changed
