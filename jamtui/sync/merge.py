"""The field-level three-way merge of parsed TOML files: a pure function, conflicts kept.

Rules (docs/sync.md): one side changed a field → take it; both the same → take it; both
different → a conflict that keeps both values. Tables merge key by key; arrays of tables
whose records carry an ``id`` merge record by record; other arrays of tables and arrays of
strings are unions; free text merges line by line; timestamps take the later (or earlier)
value. A policy says which paths are atomic values, free text or timestamps.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from jamtui.sync.textmerge import join_versions, merge_text
from jamtui.sync.values import MISSING, same, sort_key

Path = tuple[str, ...]
"""Where a value sits: table keys, and record ids inside arrays of tables."""

TEXT_FIELDS = frozenset(
    {"note", "notes", "internal_note", "dissent", "comment", "description", "text"}
)


@dataclass(frozen=True)
class Conflict:
    """Two different values for one field; ``a`` and ``b`` in a stable order (MISSING: deleted)."""

    path: Path
    a: Any
    b: Any
    base: Any = MISSING
    a_by: str = ""
    b_by: str = ""


_TIMESTAMPS: dict[str, str] = {"updated": "max", "created": "min", "answered": "min"}


@dataclass
class Policy:
    """What the paths of one kind of file mean to the merge."""

    atomic: Callable[[Path], bool] = lambda path: False
    """A value merged as a whole (an answer's value, a rating), never as a set or table."""
    text: Callable[[Path], bool] = lambda path: bool(path) and path[-1] in TEXT_FIELDS
    """Free text, merged line by line."""
    latest: Callable[[Path], str | None] = lambda path: _TIMESTAMPS.get(path[-1]) if path else None
    """"max" or "min" for timestamps that never conflict."""
    soft: Callable[[Path], bool] = lambda path: False
    """Values that never conflict: the side with the later ``updated`` wins."""
    exempt: Callable[[Path], bool] = lambda path: False
    """Paths that strict mode (a finalized run changed on both sides) still merges normally."""


@dataclass
class _Merge:
    policy: Policy
    ours_by: str
    theirs_by: str
    ours_newer: bool
    strict: bool
    prefer_ours: bool | None
    conflicts: list[Conflict] = field(default_factory=list)

    def value(self, path: Path, base: Any, ours: Any, theirs: Any) -> Any:
        strict = self.strict and not self.policy.exempt(path)
        if same(ours, theirs):
            return ours
        if not strict:
            if same(ours, base):
                return theirs
            if same(theirs, base):
                return ours
        latest = self.policy.latest(path)
        if latest:
            stamps = [v for v in (ours, theirs) if isinstance(v, str)]
            if stamps and all(isinstance(v, str) or v is MISSING for v in (ours, theirs)):
                return max(stamps) if latest == "max" else min(stamps)
        if self.policy.soft(path):
            return ours if self.ours_newer else theirs
        if not self.policy.atomic(path):
            if _table(ours, theirs, base):
                return self.table(path, _as_table(base), _as_table(ours), _as_table(theirs))
            if _records(ours, theirs, base):
                return self.records(path, base, ours, theirs)
            if _rows(ours, theirs, base) or _scalars(ours, theirs, base):
                return _union(base if isinstance(base, list) else [], ours, theirs)
            if self.policy.text(path) and _texts(ours, theirs, base) and not strict:
                merged = merge_text(_text(base), _text(ours), _text(theirs))
                if not merged.conflict:
                    return merged.text
                self.conflict(path, base, ours, theirs)
                return merged.text
        return self.conflict(path, base, ours, theirs)

    def conflict(self, path: Path, base: Any, ours: Any, theirs: Any) -> Any:
        """Record both values; the file keeps one of them (a text field keeps both)."""
        first, second = (ours, self.ours_by), (theirs, self.theirs_by)
        if sort_key(theirs) < sort_key(ours):
            first, second = second, first
        self.conflicts.append(Conflict(path, first[0], second[0], base, first[1], second[1]))
        if isinstance(ours, str) and isinstance(theirs, str) and self.policy.text(path):
            return join_versions(ours, theirs)
        if ours is MISSING:
            return theirs  # nothing disappears: a deletion against an edit keeps the edit
        if theirs is MISSING:
            return ours
        if self.prefer_ours is not None:
            return ours if self.prefer_ours else theirs
        return first[0]

    def table(self, path: Path, base: Any, ours: Any, theirs: Any) -> Any:
        if ours is MISSING or theirs is MISSING:
            # Deleted on one side, changed on the other: keep the changed table whole.
            return self.conflict(path, base or MISSING, ours, theirs)
        if base is MISSING:
            base = {}
        result: dict[str, Any] = {}
        for name in _key_order(base, ours, theirs):
            merged = self.value(
                (*path, name),
                base.get(name, MISSING),
                ours.get(name, MISSING),
                theirs.get(name, MISSING),
            )
            if merged is not MISSING:
                result[name] = merged
        return result

    def records(self, path: Path, base: Any, ours: Any, theirs: Any) -> Any:
        if ours is MISSING or theirs is MISSING:
            return self.conflict(path, base or MISSING, ours, theirs)
        if base is MISSING:
            base = []
        by_id = [{str(r["id"]): r for r in side} for side in (base, ours, theirs)]
        merged: dict[str, Any] = {}
        for rid in {*by_id[0], *by_id[1], *by_id[2]}:
            b, o, t = (side.get(rid, MISSING) for side in by_id)
            value = self.value((*path, rid), b, o, t)
            if value is not MISSING:
                if isinstance(value, dict) and "id" not in value:
                    value = {"id": rid, **value}
                merged[rid] = value
        order = _sequence_order(
            [str(r["id"]) for r in base],
            [str(r["id"]) for r in ours],
            [str(r["id"]) for r in theirs],
        )
        return [merged[rid] for rid in order if rid in merged]


def _as_table(value: Any) -> Any:
    return value if isinstance(value, dict) or value is MISSING else {}


def _table(ours: Any, theirs: Any, base: Any) -> bool:
    sides = [v for v in (ours, theirs, base) if v is not MISSING]
    return bool(sides) and all(isinstance(v, dict) for v in sides)


def _records(ours: Any, theirs: Any, base: Any) -> bool:
    sides = [v for v in (ours, theirs, base) if v is not MISSING]
    return (
        bool(sides)
        and all(isinstance(v, list) for v in sides)
        and any(sides)
        and all(isinstance(r, dict) and isinstance(r.get("id"), str) for v in sides for r in v)
        and all(len({r["id"] for r in v}) == len(v) for v in sides)
    )


def _rows(ours: Any, theirs: Any, base: Any) -> bool:
    if ours is MISSING or theirs is MISSING:
        return False
    sides = [v for v in (ours, theirs, base) if v is not MISSING]
    return all(isinstance(v, list) and all(isinstance(r, dict) for r in v) for v in sides)


def _scalars(ours: Any, theirs: Any, base: Any) -> bool:
    if ours is MISSING or theirs is MISSING:
        return False
    sides = [v for v in (ours, theirs, base) if v is not MISSING]
    return all(isinstance(v, list) and all(isinstance(x, str) for x in v) for v in sides)


def _texts(ours: Any, theirs: Any, base: Any) -> bool:
    return all(isinstance(v, str) or v is MISSING for v in (ours, theirs, base))


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _key_order(base: dict[str, Any], ours: dict[str, Any], theirs: dict[str, Any]) -> list[str]:
    """Keys in the order the sides agree on: ours where theirs added none, and vice versa."""
    return _sequence_order(list(base), list(ours), list(theirs))


def _sequence_order(base: list[str], ours: list[str], theirs: list[str]) -> list[str]:
    """One order for the union of two edited sequences, the same whichever side is ``ours``.

    Keys each side added go after the key that precedes them on that side; where both sides
    added after the same key, the two groups are placed in a stable order.
    """
    if ours == theirs or theirs == base:
        return ours
    if ours == base:
        return theirs
    known = set(base)
    anchors: dict[str, list[list[str]]] = {}
    for side in (ours, theirs):
        groups: dict[str, list[str]] = {}
        anchor = ""
        for name in side:
            if name in known:
                anchor = name
            else:
                groups.setdefault(anchor, []).append(name)
        for anchor_name, group in groups.items():
            anchors.setdefault(anchor_name, []).append(group)
    result: list[str] = []
    seen: set[str] = set()

    def emit(anchor: str) -> None:
        for group in sorted(anchors.get(anchor, []), key=lambda g: "\n".join(g)):
            for name in group:
                if name not in seen:
                    seen.add(name)
                    result.append(name)

    emit("")
    for name in base:
        if name not in seen:
            seen.add(name)
            result.append(name)
        emit(name)
    return result


def _union(base: list[Any], ours: list[Any], theirs: list[Any]) -> list[Any]:
    """A three-way set union: what either side added is in, what either side removed is out."""
    keys = [{sort_key(v): v for v in side} for side in (base, ours, theirs)]
    kept: dict[str, Any] = {}
    for side in (keys[1], keys[2]):
        for k, v in side.items():
            removed = k in keys[0] and (k not in keys[1] or k not in keys[2])
            if not removed:
                kept[k] = v
    order = _sequence_order(list(keys[0]), list(keys[1]), list(keys[2]))
    return [kept[k] for k in order if k in kept]


def merge_data(
    base: Any,
    ours: Any,
    theirs: Any,
    policy: Policy | None = None,
    *,
    ours_by: str = "",
    theirs_by: str = "",
    ours_newer: bool = True,
    strict: bool = False,
    prefer_ours: bool | None = None,
) -> tuple[Any, list[Conflict]]:
    """Merge two edits of ``base`` (parsed TOML tables; MISSING for an absent file)."""
    merge = _Merge(policy or Policy(), ours_by, theirs_by, ours_newer, strict, prefer_ours)
    result = merge.value((), base, ours, theirs)
    return result, merge.conflicts
