"""Merging one file of the data folder: run files, other TOML files, and files jamtui cannot merge.

Run files are read with jamtui's run reader (so old formats migrate the same way on every
machine) and written with its canonical writer plus a ``[conflicts]`` table; other TOML files
are merged as data and written canonically. A side that does not parse, or a ``format`` that
differs, is refused: nothing is merged and the caller keeps both versions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from jamtui.sync.conflicts import TABLE, add_conflicts
from jamtui.sync.merge import Conflict, Path, Policy, merge_data
from jamtui.sync.toml_out import render_document
from jamtui.sync.values import MISSING
from jamtui.sync.worktree import CONFLICT_SUFFIX, is_run_path

__all__ = ["CONFLICT_SUFFIX", "FileMerge", "is_run_path", "merge_file"]


@dataclass
class FileMerge:
    """The merged bytes (None: the file is deleted), the conflicts found, or why it was refused."""

    data: bytes | None
    conflicts: list[Conflict] = field(default_factory=list)
    refused: str = ""


class Refused(Exception):
    """A side that cannot be merged field by field."""


def _run_atomic(path: Path) -> bool:
    if path and path[0] == TABLE:
        return len(path) >= 2
    return (len(path) == 3 and path[0] == "answers" and path[2] == "value") or (
        len(path) == 4 and path[0] == "answers" and path[2] == "ratings"
    )


_RUN_EXEMPT_TOP = frozenset({"updated", "status", "history", TABLE, "last_item", "created"})
_RUN_EXEMPT_LEAF = frozenset({"updated", "answered", "created"})

RUN_POLICY = Policy(
    atomic=_run_atomic,
    soft=lambda path: path == ("last_item",),
    exempt=lambda path: bool(path) and (path[0] in _RUN_EXEMPT_TOP or path[-1] in _RUN_EXEMPT_LEAF),
)
FILE_POLICY = Policy(atomic=lambda path: bool(path) and path[0] == TABLE and len(path) >= 2)


def merge_file(
    path: str,
    base: bytes | None,
    ours: bytes | None,
    theirs: bytes | None,
    ours_by: str = "",
    theirs_by: str = "",
) -> FileMerge:
    """Merge two versions of the file at ``path`` (relative, '/'-separated) against ``base``."""
    if ours == theirs or theirs == base:
        return FileMerge(ours)
    if ours == base:
        return FileMerge(theirs)
    if ours is None or theirs is None:
        # Deleted on one side, changed on the other: the changed file stays.
        return FileMerge(ours if ours is not None else theirs)
    if not path.endswith(".toml"):
        return FileMerge(ours, refused="binary")
    try:
        mine, other = _decode(ours) or "", _decode(theirs) or ""
        if is_run_path(path):
            text, found = merge_run_text(_decode(base), mine, other, ours_by, theirs_by)
        else:
            text, found = merge_toml_text(_decode(base), mine, other, ours_by, theirs_by)
    except Refused as error:
        return FileMerge(ours, refused=str(error) or "refused")
    return FileMerge(text.encode("utf-8"), found)


def _decode(data: bytes | None) -> str | None:
    if data is None:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise Refused("not UTF-8") from None


# -- run files -------------------------------------------------------------------------------


def _run_side(text: str | None) -> tuple[Any, Any]:
    """(canonical data, raw data) of one side; MISSING for an absent file; Refused if broken."""
    if text is None:
        return MISSING, MISSING
    from pathlib import Path as FsPath

    from jamtui.core.toml_reader import parse_toml
    from jamtui.storage.errors import CorruptFileError
    from jamtui.storage.run_file import parse_run_text, render_run, strip_bom

    try:
        raw = parse_toml(strip_bom(text))
        run = parse_run_text(FsPath("run.toml"), text)
    except (CorruptFileError, ValueError, RecursionError) as error:
        raise Refused(str(error)) from None
    data = parse_toml(render_run(run))
    if isinstance(raw.get(TABLE), dict) and raw[TABLE]:
        data[TABLE] = raw[TABLE]
    return data, raw


def render_run_data(data: dict[str, Any]) -> str:
    """The canonical text of merged run data: jamtui's run writer, then the conflicts."""
    from pathlib import Path as FsPath

    from jamtui.storage.run_file import render_run, run_from_data

    body = {k: v for k, v in data.items() if k != TABLE}
    try:
        run = run_from_data(FsPath("run.toml"), render_document(body), body)
    except Exception as error:  # the reader's own errors: a merge that is not a valid run
        raise Refused(str(error)) from None
    text = render_run(run)
    if data.get(TABLE):
        text += "\n" + render_document({TABLE: data[TABLE]})
    return text


def _status(data: Any) -> str:
    return str(data.get("status", "")) if isinstance(data, dict) else ""


def merge_run_text(
    base: str | None, ours: str, theirs: str, ours_by: str = "", theirs_by: str = ""
) -> tuple[str, list[Conflict]]:
    """Merge two versions of a run file; Refused when a side cannot be read as a run."""
    b, _ = _run_side(base)
    o, _ = _run_side(ours)
    t, _ = _run_side(theirs)
    from jamtui.sync.values import same

    finalized = {_status(o) == "finalized", _status(t) == "finalized", _status(b) == "finalized"}
    strict = True in finalized and not same(o, b) and not same(t, b) and not same(o, t)
    prefer: bool | None = None
    if strict and (_status(o) == "finalized") != (_status(t) == "finalized"):
        prefer = _status(o) == "finalized"
    merged, found = merge_data(
        b,
        o,
        t,
        RUN_POLICY,
        ours_by=ours_by,
        theirs_by=theirs_by,
        ours_newer=str(o.get("updated", "")) >= str(t.get("updated", "")),
        strict=strict,
        prefer_ours=prefer,
    )
    merged = add_conflicts(merged, found)
    return render_run_data(merged), found


# -- other TOML files ------------------------------------------------------------------------


def _toml_side(text: str | None) -> Any:
    if text is None:
        return MISSING
    from jamtui.core.toml_reader import TOMLDecodeError, parse_toml
    from jamtui.storage.run_file import strip_bom

    try:
        return parse_toml(strip_bom(text))
    except (TOMLDecodeError, RecursionError) as error:
        raise Refused(str(error)) from None


def merge_toml_text(
    base: str | None, ours: str, theirs: str, ours_by: str = "", theirs_by: str = ""
) -> tuple[str, list[Conflict]]:
    """Merge two versions of a TOML file of the organisation folder, field by field."""
    b, o, t = _toml_side(base), _toml_side(ours), _toml_side(theirs)
    formats = {repr(side.get("format")) for side in (b, o, t) if isinstance(side, dict)}
    if len(formats) > 1:
        raise Refused("format")
    merged, found = merge_data(
        b,
        o,
        t,
        FILE_POLICY,
        ours_by=ours_by,
        theirs_by=theirs_by,
        ours_newer=str(o.get("updated", "")) >= str(t.get("updated", "")),
    )
    return render_document(add_conflicts(merged, found)), found
