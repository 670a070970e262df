"""Calendar dates typed by people: ISO ``2027-03-01`` and Swedish ``1/3 2027``, ``1 mars 2027``."""

from __future__ import annotations

import datetime as dt
import re

from jamtui.core.text import nfc

_MONTHS = {
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "feb": 2, "february": 2,
    "mars": 3, "mar": 3, "march": 3,
    "april": 4, "apr": 4,
    "maj": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "augusti": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10, "october": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NUMERIC = re.compile(r"(\d{1,2})\s*[/.]\s*(\d{1,2})(?:\s+|\s*[/.\-]\s*)(\d{4})")
_WORDS = re.compile(r"(\d{1,2})\s*\.?\s+([^\W\d_]+)\.?\s+(\d{4})")


def parse_date(text: str) -> dt.date | None:
    """The date ``text`` names, or None when it names no real date.

    Accepted: ``2027-03-01`` (also ``2027-3-1``), ``1/3 2027``, ``1/3/2027``, ``1.3.2027``,
    ``1 mars 2027``, ``1 mar. 2027`` (Swedish or English month names). Years have four digits.
    """
    value = nfc(text).strip().casefold()
    try:
        if match := _ISO.fullmatch(value):
            year, month, day = (int(g) for g in match.groups())
        elif match := _NUMERIC.fullmatch(value):
            day, month, year = (int(g) for g in match.groups())
        elif match := _WORDS.fullmatch(value):
            number = _MONTHS.get(match.group(2))
            if number is None:
                return None
            day, month, year = int(match.group(1)), number, int(match.group(3))
        else:
            return None
        return dt.date(year, month, day)
    except ValueError:
        return None


def normalise_date(text: str) -> str | None:
    """``text`` as an ISO date (``2027-03-01``), "" for blank input, None when it is no date."""
    if not text.strip():
        return ""
    day = parse_date(text)
    return day.isoformat() if day is not None else None


_SHORT_MONTHS = {
    "sv": ("jan.", "feb.", "mars", "apr.", "maj", "juni", "juli", "aug.", "sep.", "okt.", "nov.",
           "dec."),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}  # fmt: skip


def format_timestamp(stamp: str, lang: str = "sv", tz: dt.tzinfo | None = None) -> str:
    """An ISO timestamp from a file as people read it, in local time: ``1 dec. 2026 21:31``.

    ``tz`` is the zone to show (default: the computer's); text that is no timestamp is
    returned as it is.
    """
    try:
        moment = dt.datetime.fromisoformat(stamp.strip())
    except ValueError:
        return stamp
    if moment.tzinfo is not None:
        moment = moment.astimezone(tz)
    months = _SHORT_MONTHS.get(lang, _SHORT_MONTHS["sv"])
    return f"{moment.day} {months[moment.month - 1]} {moment.year} {moment:%H:%M}"
