"""The ``date`` type: a calendar date, stored as ISO ``YYYY-MM-DD``."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from jamtui.core.items.base import ItemKind

if TYPE_CHECKING:
    from jamtui.core.model import Item

_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})[/.](\d{1,2})[ /.](\d{4})")


def parse_date(text: str) -> str:
    """``"2027-03-01"``, ``"1/3 2027"``, ``"1.3.2027"`` (day first) as ISO; ValueError else."""
    shown = text.strip()
    if _ISO.fullmatch(shown):
        return dt.date.fromisoformat(shown).isoformat()
    match = _DAY_MONTH_YEAR.fullmatch(shown)
    if match:
        day, month, year = (int(part) for part in match.groups())
        return dt.date(year, month, day).isoformat()
    raise ValueError(text)


class DateKind(ItemKind):
    name = "date"

    def value_error(self, item: Item, value: object) -> str | None:
        if not isinstance(value, str) or not _ISO.fullmatch(value):
            return "not_date"
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return "not_date"
        return None

    def parse(self, item: Item, text: str) -> object:
        return parse_date(text)


KIND = DateKind()
