"""Dates as people type them ("1/3 2027", "2027-03-01", "1 mars 2027") → ISO, and months."""

from __future__ import annotations

import datetime as dt
import re

from jamtui.core import dates as core_dates
from jamtui.followup.errors import RuleError
from jamtui.i18n import t

MONTHS_SV = (
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
)
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def parse_date(text: str) -> str:
    """An ISO date from ``text`` (the one date rule, ``core.dates``); RuleError otherwise."""
    day = core_dates.parse_date(text)
    if day is None:
        raise RuleError(t("followup.bad_date", None, date=text))
    return day.isoformat()


def parse_optional_date(text: str) -> str:
    """``parse_date`` for a field that may stay empty."""
    return parse_date(text) if text.strip() else ""


def parse_month(text: str) -> str:
    """``YYYY-MM`` checked; RuleError otherwise."""
    match = _MONTH.match(text.strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise RuleError(t("followup.bad_month", None, month=text))
    return text.strip()


def month_of(iso_date: str) -> str:
    return iso_date[:7]


def month_title(month: str, lang: str) -> str:
    """``2026-11`` → "November 2026" / "November 2026"."""
    year, number = month.split("-")
    names = MONTHS_SV if lang == "sv" else MONTHS_EN
    return f"{names[int(number) - 1].capitalize()} {year}"


def day_title(iso_date: str, lang: str) -> str:
    """``2026-11-03`` → "3 november" (sv) / "3 November" (en), as the field notes write it."""
    day = dt.date.fromisoformat(iso_date)
    names = MONTHS_SV if lang == "sv" else MONTHS_EN
    return f"{day.day} {names[day.month - 1]}"
