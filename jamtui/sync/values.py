"""Plain TOML values compared by content and type: the missing marker, equality, sort keys."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, Final


class _Missing:
    """A key or record absent on one side (deleted, or never there)."""

    _instance: _Missing | None = None

    def __new__(cls) -> _Missing:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "MISSING"

    def __bool__(self) -> bool:
        return False


MISSING: Final = _Missing()


def _default(value: object) -> object:
    if value is MISSING:
        return {"$missing": True}
    if isinstance(value, dt.date | dt.time | dt.datetime):
        return {"$date": value.isoformat()}
    raise TypeError(type(value).__name__)


def sort_key(value: Any) -> str:
    """A text that is equal for equal values (type included: 1 is not true) and sorts stably."""
    if value is MISSING:
        return ""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=_default)


def same(a: Any, b: Any) -> bool:
    """Whether two values are equal, type included (``1 == True`` is False here)."""
    if a is b:
        return True
    if a is MISSING or b is MISSING:
        return False
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)
