"""Which fields of a run file a team sync left in conflict (its ``[conflicts]`` table)."""

from __future__ import annotations

import re
from pathlib import Path

from jamtui.core.toml_reader import TOMLDecodeError, parse_toml

_ESCAPE = re.compile(r"\\[uUx]")


def conflicted_fields(path: Path) -> tuple[str, ...]:
    """Dotted paths of the fields with an unresolved sync conflict (none when unreadable)."""
    try:
        text = path.read_text(encoding="utf-8")
        # The table's name is in the text, spelt out or escaped in a quoted key; a file with
        # neither has no conflicts and is not parsed a second time (exports read every run).
        if "conflicts" not in text and not _ESCAPE.search(text):
            return ()
        data = parse_toml(text)
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
