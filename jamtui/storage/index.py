"""Listing caches (``.index.json``): one row per file, pre-sorted for display, stamp-checked."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import NamedTuple, cast

from jamtui.fileio.json_cache import read_json_cache, write_json_table

INDEX_NAME = ".index.json"
MARK_NS = 1_000
"""The folder's mtime is set this far below its index's ctime after a write (1 µs: a
whole number of the 100 ns units of NTFS)."""
INDEX_VERSION = 3
"""3: rows as tab-separated strings in display order (the first screen reads no other file).
2: run summaries hold the ids of the answered items, not a count."""

Summarise = Callable[[str, str], list[str]]
"""(name, path) → the row's fields after the name and stamp (strings without a stamp)."""
Stamped = Callable[[str, str], tuple[str, list[str]]]
"""(name, path) → the file's stamp and ``Summarise``'s fields, from one reading of it."""


def _escape(field: str) -> str:
    if "\\" in field or "\t" in field or "\n" in field:
        return field.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
    return field


def unescape(field: str) -> str:
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
    fields = list(fields)
    row = "\t".join(fields)
    if row.count("\t") == len(fields) - 1 and "\n" not in row and "\\" not in row:
        return row  # nothing to escape (nearly every row: 10,000 are made in a rebuild)
    return "\t".join(map(_escape, fields))


def decode_row(row: str) -> list[str]:
    """The fields of ``encode_row``'s row."""
    if "\\" not in row:
        return row.split("\t")
    return [unescape(field) for field in row.split("\t")]


class Index(NamedTuple):
    """What a folder's index holds."""

    rows: list[str]
    """Rows in display order: name, stamp (``mtime_ns:size``), then the kind's fields."""
    shared: list[str]
    """Strings rows refer to by number (the ids of answered items)."""
    problem: str = ""
    """Why an index that exists could not be used (a rebuild is reported)."""
    fresh: bool = False
    """Nothing was added to, removed from or replaced in the folder since the index was
    written: the folder's modification time is the mark the index's write left on it."""


def _path(folder: str) -> Path:
    return Path(folder, INDEX_NAME)


def read_index(folder: str, width: int) -> Index:
    """The index of ``folder`` whose rows have ``width`` fields; never raises.

    Missing, foreign-version or malformed indexes read as empty; a malformed one also says
    why (``problem``), so the rebuild can be reported.
    """
    path = _path(folder)
    try:
        # Writing the index set the folder's mtime just below the index's ctime (see
        # ``_mark_folder``): while it is there, nothing else happened in the folder.
        fresh = os.stat(folder).st_mtime_ns == os.lstat(path).st_ctime_ns - MARK_NS
    except OSError:
        fresh = False
    read = read_json_cache(path, INDEX_VERSION, "entries")
    if read.problem:
        return Index([], [], read.problem)
    table = read.table
    if not table:
        return Index([], [])
    rows, shared = table.get("rows"), table.get("shared", [])
    if not _well_formed(rows, width) or not _well_formed(shared, 1):
        from jamtui.i18n import t

        return Index([], [], t("cache.not_object"))
    return Index(cast("list[str]", rows), cast("list[str]", shared), fresh=fresh)


def _well_formed(rows: object, width: int) -> bool:
    """A list of strings with ``width`` fields each, on average (one join and one count:
    100,000 rows are checked in milliseconds; readers pad or cut a row that is off)."""
    if not isinstance(rows, list):
        return False
    if not rows:
        return True
    try:
        text = "\n".join(rows)
    except TypeError:
        return False
    return text.count("\t") == (width - 1) * len(rows) and text.count("\n") == len(rows) - 1


def index_problem(folder: str) -> str:
    """Why ``folder``'s cache file cannot be used ("" when it is fine or missing)."""
    return read_json_cache(_path(folder), INDEX_VERSION, "entries").problem


def write_index(folder: str, rows: list[str], shared: Sequence[str] = ()) -> None:
    """Write the index (never raises: an index that cannot be written is not written)."""
    write_json_table(
        _path(folder), INDEX_VERSION, "entries", {"rows": rows, "shared": list(shared)}
    )
    _mark_folder(folder)


def _mark_folder(folder: str) -> None:
    """Set the folder's mtime to ``MARK_NS`` below the index's ctime (never raises).

    File times are coarse (a clock tick of a few milliseconds): a file added or removed in
    the same tick as the index's rename would leave the folder's mtime equal to the index's
    ctime, and the index would look fresh for good. No change in the folder can set its
    mtime below the current tick, so after the mark any later change, even in the same
    tick, moves the mtime off it. Where the mark cannot be set (a folder of another owner,
    a coarse file system) the index never looks fresh and listings check the folder.
    """
    with contextlib.suppress(OSError):
        changed = os.lstat(_path(folder)).st_ctime_ns
        os.utime(folder, ns=(os.stat(folder).st_atime_ns, changed - MARK_NS))


def file_stamp(path: str) -> str:
    """``mtime_ns:size`` of a file ("" when it cannot be stat'ed: it is summarised again)."""
    try:
        info = os.stat(path)
    except OSError:
        return ""
    return f"{info.st_mtime_ns}:{info.st_size}"


def row_name(row: str) -> str:
    """The first field of a row (its file's name), without decoding the rest."""
    return unescape(row.partition("\t")[0])


def refresh(
    entries: Mapping[str, str],
    old: Iterable[str],
    summarise: Summarise,
    *,
    check_stamps: bool,
    stamped: Stamped | None = None,
) -> tuple[dict[str, str], bool]:
    """Rows for ``entries`` (name → path) reusing ``old`` rows; and whether any changed.

    With ``check_stamps`` every file is stat'ed and one whose size or modification time
    differs is summarised again; without it only new names are summarised (the caller knows
    that no file was replaced, from the folder's own stamp). ``stamped`` summarises a name
    the old rows lack together with its stamp (one ``stat`` less per file in a rebuild).
    """
    known: dict[str, str] = {}
    for line in old:
        known[unescape(line.partition("\t")[0])] = line
    changed = len(known) != len(entries)
    fresh: dict[str, str] = {}
    for name, path in entries.items():
        row = known.get(name)
        if row is not None and not check_stamps:
            fresh[name] = row
            continue
        if row is None and stamped is not None:
            stamp, fields = stamped(name, path)
            fresh[name] = encode_row([name, stamp, *fields])
            changed = True
            continue
        stamp = file_stamp(path)
        if row is not None and stamp and row.split("\t", 2)[1:2] == [stamp]:
            fresh[name] = row
            continue
        fresh[name] = encode_row([name, stamp, *summarise(name, path)])
        changed = True
    return fresh, changed
