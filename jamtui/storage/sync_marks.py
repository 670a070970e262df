"""Which fields of a run file a team sync left in conflict (its ``[conflicts]`` table)."""

from __future__ import annotations

from pathlib import Path

from jamtui.core.toml_reader import TOMLDecodeError, parse_toml


def conflicted_fields(path: Path) -> tuple[str, ...]:
    """Dotted paths of the fields with an unresolved sync conflict (none when unreadable)."""
    try:
        data = parse_toml(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, TOMLDecodeError, RecursionError):
        return ()
    table = data.get("conflicts")
    if not isinstance(table, dict):
        return ()
    fields = set()
    for entry in table.values():
        where = entry.get("path") if isinstance(entry, dict) else None
        if isinstance(where, list) and all(isinstance(p, str) for p in where):
            parts = where[1:] if where[:1] == ["answers"] else where
            fields.add(".".join(parts[:1]) if where[:1] == ["answers"] else ".".join(parts))
    return tuple(sorted(fields))
