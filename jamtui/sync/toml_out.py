"""A canonical TOML writer for any parsed table: the same data always gives the same bytes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from jamtui.storage import toml_writer as w


def render_document(data: Mapping[str, Any]) -> str:
    """``data`` as TOML: scalars first, then tables and arrays of tables, in key order."""
    out: list[str] = []
    _body(out, (), data)
    return "".join(out).lstrip("\n")


def _is_section(value: Any) -> bool:
    if isinstance(value, dict):
        return True
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def _body(out: list[str], prefix: tuple[str, ...], table: Mapping[str, Any]) -> None:
    for name, item in table.items():
        if not _is_section(item):
            out.append(f"{w.key(name)} = {value(item, inline=False)}\n")
    for name, item in table.items():
        if not _is_section(item):
            continue
        where = ".".join(w.key(part) for part in (*prefix, name))
        if isinstance(item, dict):
            implicit = item and all(_is_section(v) for v in item.values())
            if not implicit:
                out.append(f"\n[{where}]\n")
            _body(out, (*prefix, name), item)
        else:
            for record in item:
                out.append(f"\n[[{where}]]\n")
                _body(out, (*prefix, name), record)


def value(item: Any, inline: bool = True) -> str:
    """One TOML value; tables inside it become inline tables on one line."""
    if isinstance(item, str):
        return w.single_line_string(item) if inline else w.string(item)
    if isinstance(item, bool | int | float):
        return w.value(item)
    if isinstance(item, dt.datetime | dt.date | dt.time):
        return item.isoformat()
    if isinstance(item, dict):
        inner = ", ".join(f"{w.key(k)} = {value(v)}" for k, v in item.items())
        return "{ " + inner + " }" if inner else "{}"
    if isinstance(item, list):
        return "[" + ", ".join(value(v) for v in item) + "]"
    raise TypeError(type(item).__name__)
