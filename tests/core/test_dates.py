"""Dates as people type them, normalised to ISO; anything else refused."""

from __future__ import annotations

import pytest

from jamtui.core.dates import normalise_date


@pytest.mark.parametrize(
    ("typed", "iso"),
    [
        ("2027-03-01", "2027-03-01"),
        ("2027-3-1", "2027-03-01"),
        ("1/3 2027", "2027-03-01"),
        ("1/3/2027", "2027-03-01"),
        ("1.3.2027", "2027-03-01"),
        ("1 mars 2027", "2027-03-01"),
        (" 1 Mars 2027 ", "2027-03-01"),
        ("1 mar. 2027", "2027-03-01"),
        ("29 februari 2028", "2028-02-29"),
        ("1 March 2027", "2027-03-01"),
        ("", ""),
    ],
)
def test_accepted_dates(typed: str, iso: str) -> None:
    assert normalise_date(typed) == iso


@pytest.mark.parametrize(
    "typed",
    [
        "32026-03-3",
        "2026-13-01",
        "31/4 2027",
        "29 februari 2027",
        "1 smurf 2027",
        "i morgon",
        "1/3",
    ],
)
def test_refused_dates(typed: str) -> None:
    assert normalise_date(typed) is None
