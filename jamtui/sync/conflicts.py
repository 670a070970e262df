"""The ``[conflicts]`` table of a merged file: both values of each conflict, and resolving one."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from jamtui.sync.merge import Conflict, Path
from jamtui.sync.values import MISSING, sort_key

TABLE = "conflicts"


@dataclass(frozen=True)
class StoredConflict:
    """A conflict as it is kept in a file, under a stable id."""

    id: str
    path: Path
    a: Any
    b: Any
    base: Any = MISSING
    a_by: str = ""
    b_by: str = ""


def conflict_id(path: Path, a: Any, b: Any) -> str:
    digest = hashlib.sha256(sort_key([list(path), a, b, a is MISSING, b is MISSING]).encode())
    return "c-" + digest.hexdigest()[:8]


def encode(conflict: Conflict) -> tuple[str, dict[str, Any]]:
    """The conflict's id and its entry in the ``[conflicts]`` table (MISSING values omitted)."""
    entry: dict[str, Any] = {"path": list(conflict.path)}
    for name, item in (("a", conflict.a), ("b", conflict.b), ("base", conflict.base)):
        if item is not MISSING:
            entry[name] = item
    if conflict.a_by:
        entry["a_by"] = conflict.a_by
    if conflict.b_by:
        entry["b_by"] = conflict.b_by
    return conflict_id(conflict.path, conflict.a, conflict.b), entry


def add_conflicts(data: dict[str, Any], found: list[Conflict]) -> dict[str, Any]:
    """``data`` with ``found`` added to its ``[conflicts]`` table (sorted by id)."""
    if not found and TABLE not in data:
        return data
    table = dict(data.get(TABLE) or {})
    for conflict in found:
        cid, entry = encode(conflict)
        table[cid] = entry
    result = {k: v for k, v in data.items() if k != TABLE}
    if table:
        result[TABLE] = {cid: table[cid] for cid in sorted(table)}
    return result


def read_conflicts(data: dict[str, Any]) -> list[StoredConflict]:
    """The conflicts a parsed file holds; malformed entries are skipped."""
    table = data.get(TABLE)
    if not isinstance(table, dict):
        return []
    result = []
    for cid, entry in sorted(table.items()):
        if not isinstance(entry, dict):
            continue
        path = entry.get("path")
        if not isinstance(path, list) or not all(isinstance(p, str) for p in path):
            continue
        result.append(
            StoredConflict(
                cid,
                tuple(path),
                entry.get("a", MISSING),
                entry.get("b", MISSING),
                entry.get("base", MISSING),
                str(entry.get("a_by", "")),
                str(entry.get("b_by", "")),
            )
        )
    return result


def get_path(data: Any, path: Path) -> Any:
    """The value at ``path`` (record ids select records of arrays), or MISSING."""
    current = data
    for part in path:
        if isinstance(current, dict):
            current = current.get(part, MISSING)
        elif isinstance(current, list):
            current = next(
                (r for r in current if isinstance(r, dict) and r.get("id") == part), MISSING
            )
        else:
            return MISSING
        if current is MISSING:
            return MISSING
    return current


def set_path(data: dict[str, Any], path: Path, new: Any) -> None:
    """Put ``new`` at ``path`` (MISSING deletes it), creating tables on the way."""
    current: Any = data
    for index, part in enumerate(path[:-1]):
        if isinstance(current, dict):
            if not isinstance(current.get(part), dict | list):
                if new is MISSING:
                    return
                current[part] = {}
            current = current[part]
        elif isinstance(current, list):
            found = next((r for r in current if isinstance(r, dict) and r.get("id") == part), None)
            if found is None:
                if new is MISSING:
                    return
                found = {"id": part}
                current.append(found)
            current = found
        else:
            raise ValueError(".".join(path[: index + 1]))
    last = path[-1]
    if isinstance(current, dict):
        if new is MISSING:
            current.pop(last, None)
        else:
            current[last] = new
    elif isinstance(current, list):
        at = next(
            (i for i, r in enumerate(current) if isinstance(r, dict) and r.get("id") == last), None
        )
        if new is MISSING:
            if at is not None:
                del current[at]
        elif at is None:
            current.append(new)
        else:
            current[at] = new


def resolve(data: dict[str, Any], conflict_id_: str, new: Any) -> dict[str, Any]:
    """``data`` with the conflict's field set to ``new`` and every conflict on that field gone."""
    stored = {c.id: c for c in read_conflicts(data)}
    target = stored.get(conflict_id_)
    if target is None:
        raise KeyError(conflict_id_)
    set_path(data, target.path, new)
    table = {
        cid: entry
        for cid, entry in (data.get(TABLE) or {}).items()
        if cid not in stored or stored[cid].path != target.path
    }
    if table:
        data[TABLE] = table
    else:
        data.pop(TABLE, None)
    return data
