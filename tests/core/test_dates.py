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


def test_timestamps_read_in_local_time_in_swedish_or_english() -> None:
    import datetime as dt

    from jamtui.core.dates import format_timestamp

    stockholm = dt.timezone(dt.timedelta(hours=1))
    stamp = "2026-12-01T20:31:47+00:00"
    assert format_timestamp(stamp, "sv", stockholm) == "1 dec. 2026 21:31"
    assert format_timestamp(stamp, "en", stockholm) == "1 Dec 2026 21:31"
    assert format_timestamp("2027-03-01T09:05:00+01:00", "sv", stockholm) == "1 mars 2027 09:05"
    assert format_timestamp("inte en tid", "sv") == "inte en tid"
