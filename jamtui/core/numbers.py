"""Numbers as Swedish (decimal comma) or English readers expect them.

Rounding is half-up on the decimal a reader sees (``2,25`` → ``2,3``, ``62,5 %`` → ``63 %``),
as taught in Swedish schools, not Python's round-half-to-even on binary floats. Whole
results lose their decimals (``3``, not ``3,0``) and trailing zeros are dropped. Swedish
uses a decimal comma, the minus sign U+2212 and a no-break space before ``%`` (so a line
never breaks between number and sign); English uses ``.``, ``-`` and ``75%``. Any ``lang``
other than ``"en"`` reads as Swedish, like the rest of jamtui. No thousands separators.
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Context, Decimal

MINUS = "\u2212"
"""The Swedish minus sign."""
NBSP = "\u00a0"
"""No-break space, between a number and ``%`` in Swedish."""


def round_half_up(value: float, decimals: int = 0) -> Decimal:
    """``value`` rounded half-up to ``decimals`` places, as the decimal written by ``repr``."""
    exact = Decimal(repr(float(value)))
    context = Context(prec=max(30, exact.adjusted() + decimals + 5), rounding=ROUND_HALF_UP)
    return exact.quantize(Decimal(1).scaleb(-decimals), context=context)


def format_number(value: float, decimals: int = 1, lang: str = "sv") -> str:
    """``2.333`` → ``"2,3"`` in Swedish, ``"2.3"`` in English; whole numbers as ``"3"``."""
    if not math.isfinite(value):
        return str(value)
    if value == int(value) and abs(value) < 1e15:  # a whole number: nothing to round
        whole = int(value)
        return str(whole) if whole >= 0 or lang == "en" else f"{MINUS}{-whole}"
    text = format(round_half_up(value, max(0, decimals)), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    if lang != "en":
        text = text.replace(".", ",").replace("-", MINUS)
    return text


def format_percent(value: float, lang: str = "sv", decimals: int = 0) -> str:
    """``75 %`` in Swedish (a no-break space before the sign), ``75%`` in English."""
    number = format_number(value, decimals=decimals, lang=lang)
    return f"{number}%" if lang == "en" else f"{number}{NBSP}%"


def format_delta(value: float, decimals: int = 1, lang: str = "sv") -> str:
    """A change with its sign: ``+0,5``, ``−1``, and ``0`` when it rounds to nothing."""
    text = format_number(value, decimals=decimals, lang=lang)
    if text == "0" or text.startswith(("-", MINUS)) or not math.isfinite(value):
        return text
    return f"+{text}"
