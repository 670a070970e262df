"""Swedish and English number formatting."""

from __future__ import annotations

import math
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jamtui.core.numbers import MINUS, NBSP, format_delta, format_number, format_percent


@pytest.mark.parametrize(
    ("value", "decimals", "lang", "expected"),
    [
        (2.333, 1, "sv", "2,3"),
        (2.333, 1, "en", "2.3"),
        (3.0, 1, "sv", "3"),
        (3, 1, "sv", "3"),
        (2.25, 1, "sv", "2,3"),  # half-up as read, not round-half-even on binary floats
        (2.35, 1, "sv", "2,4"),
        (2.5, 0, "sv", "3"),
        (0.5, 0, "en", "1"),
        (2.96, 1, "sv", "3"),  # rounds to a whole number: no ",0"
        (2.50, 2, "sv", "2,5"),
        (-1.25, 1, "sv", f"{MINUS}1,3"),
        (-1.25, 1, "en", "-1.3"),
        (-0.04, 1, "sv", "0"),  # never "−0"
        (1234567.891, 2, "sv", "1234567,89"),
        (20 / 3, 1, "sv", "6,7"),
    ],
)
def test_format_number(value: float, decimals: int, lang: str, expected: str) -> None:
    assert format_number(value, decimals=decimals, lang=lang) == expected


def test_default_is_one_decimal_in_swedish() -> None:
    assert format_number(7 / 3) == "2,3"


def test_unknown_language_reads_as_swedish() -> None:
    assert format_number(2.5, lang="de") == "2,5"


def test_percent() -> None:
    assert format_percent(75) == f"75{NBSP}%"
    assert format_percent(75, "en") == "75%"
    assert format_percent(62.5) == f"63{NBSP}%"
    assert format_percent(100 * 23 / 30) == f"77{NBSP}%"
    assert format_percent(12.25, "sv", decimals=1) == f"12,3{NBSP}%"


def test_delta() -> None:
    assert format_delta(0.5) == "+0,5"
    assert format_delta(-0.5) == f"{MINUS}0,5"
    assert format_delta(0.01) == "0"
    assert format_delta(2, lang="en") == "+2"


def test_not_finite() -> None:
    assert format_number(math.inf) == "inf"
    assert format_number(math.nan) == "nan"


def _parse(text: str) -> float:
    return float(text.replace(",", ".").replace(MINUS, "-"))


@given(
    st.floats(min_value=-1e12, max_value=1e12, allow_nan=False),
    st.integers(min_value=0, max_value=4),
)
def test_formatted_number_reads_back_within_half_a_unit(value: float, decimals: int) -> None:
    sv = format_number(value, decimals=decimals, lang="sv")
    en = format_number(value, decimals=decimals, lang="en")
    written = Decimal(repr(value))  # the decimal a reader knows the value by
    assert abs(Decimal(en) - written) <= Decimal(5).scaleb(-decimals - 1)
    assert math.isclose(_parse(sv), float(Decimal(en)))
    assert sv.replace(",", ".").replace(MINUS, "-") == en
    assert "." not in sv and "-" not in sv
    assert en not in ("-0", "")
    if "." in en:
        assert not en.endswith("0") and len(en.split(".")[1]) <= decimals


@given(st.integers(min_value=-(10**9), max_value=10**9))
def test_integers_have_no_decimals(value: int) -> None:
    assert format_number(value, decimals=2, lang="sv") == str(value).replace("-", MINUS)
