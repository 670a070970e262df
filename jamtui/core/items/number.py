"""The ``number`` type: an integer or a decimal (decimal comma accepted), unit, min and max."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from jamtui.core.items.base import BuildContext, ItemKind, Key
from jamtui.core.numbers import format_number
from jamtui.core.text import EMPTY_TEXT, Text, text_of

if TYPE_CHECKING:
    from jamtui.core.model import Item

KEYS = (
    Key("unit", "text", 'number: the unit shown after the value, e.g. "kr" or "timmar".'),
    Key("min", "number", "number: the lowest value allowed."),
    Key("max", "number", "number: the highest value allowed."),
    Key("decimals", "int", "number: decimals allowed; 0 (default) means whole numbers."),
)
_NUMBER = re.compile(r"[+\-\u2212]?[0-9]+(?:[.,][0-9]+)?")


def parse_number(text: str) -> float | int:
    """``"12,5"``, ``"12.5"``, ``"1 200"``, ``"−3"`` as a number; ValueError otherwise.

    Spaces and no-break spaces between digit groups are dropped; the decimal separator may be
    a comma or a point; no exponent, no thousands comma (``"1,200"`` is 1.2).
    """
    compact = re.sub(r"(?<=\d)[ \u00a0\u202f](?=\d)", "", text.strip())
    if not _NUMBER.fullmatch(compact):
        raise ValueError(text)
    compact = compact.replace("\u2212", "-").replace(",", ".")
    return float(compact) if "." in compact else int(compact)


def decimals_of(value: float) -> int:
    """How many decimals ``value`` is written with (``2.5`` → 1, ``3.0`` → 0)."""
    text = repr(float(value))
    if "e" in text:
        return 99
    _whole, _, fraction = text.partition(".")
    return 0 if fraction == "0" else len(fraction)


def is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


class NumberKind(ItemKind):
    name = "number"
    keys = KEYS
    na_capable = True

    def build(self, raw: Mapping[str, Any], ctx: BuildContext) -> dict[str, Any]:
        low, high = raw.get("min"), raw.get("max")
        if isinstance(low, int | float) and isinstance(high, int | float) and low > high:
            ctx.report("min", ctx.tr("problem.number_min_max", min=low, max=high))
        decimals = raw.get("decimals", 0)
        if not isinstance(decimals, int) or isinstance(decimals, bool) or not 0 <= decimals <= 6:
            ctx.report("decimals", ctx.tr("problem.number_decimals"))
            decimals = 0
        return {
            "unit": text_of(raw.get("unit")) if "unit" in raw else EMPTY_TEXT,
            "min": low if is_number(low) else None,
            "max": high if is_number(high) else None,
            "decimals": decimals,
        }

    def value_error(self, item: Item, value: object) -> str | None:
        if not is_number(value):
            return "not_number"
        assert isinstance(value, int | float)
        decimals = int(item.options.get("decimals", 0))
        if decimals == 0 and not float(value).is_integer():
            return "not_whole"
        if decimals and decimals_of(value) > decimals:
            return "too_many_decimals"
        low, high = item.options.get("min"), item.options.get("max")
        if low is not None and value < low:
            return "below_min"
        if high is not None and value > high:
            return "above_max"
        return None

    def parse(self, item: Item, text: str) -> object:
        unit = item.options.get("unit")
        shown = text.strip()
        if isinstance(unit, Text):
            for lang in ("sv", "en"):
                word = unit.get(lang)
                if word and shown.endswith(word):
                    shown = shown[: -len(word)].strip()
        value = parse_number(shown)
        if int(item.options.get("decimals", 0)) == 0 and float(value).is_integer():
            return int(value)
        return value

    def report_text(self, item: Item, value: object, lang: str) -> str:
        if not is_number(value):
            return "" if value is None else str(value)
        assert isinstance(value, int | float)
        decimals = max(int(item.options.get("decimals", 0)), 0)
        shown = format_number(value, decimals=decimals, lang=lang)
        unit = item.options.get("unit")
        word = unit.get(lang) if isinstance(unit, Text) else ""
        return f"{shown} {word}" if word else shown


KIND = NumberKind()
