"""Numbers as Swedish (decimal comma) or English readers expect them."""

from __future__ import annotations


def format_number(value: float, decimals: int = 1, lang: str = "sv") -> str:
    """``2.333`` → ``"2,3"`` in Swedish; whole numbers without decimals (``3``)."""
    rounded = round(value, decimals)
    if float(rounded).is_integer():
        text = str(int(rounded))
    else:
        text = f"{rounded:.{decimals}f}".rstrip("0").rstrip(".")
    if lang == "sv":
        text = text.replace(".", ",").replace("-", "−")
    return text


def format_percent(value: float, lang: str = "sv") -> str:
    """``75 %`` in Swedish (a space before the sign), ``75%`` in English."""
    number = format_number(value, decimals=0, lang=lang)
    return f"{number}\u00a0%" if lang == "sv" else f"{number}%"
