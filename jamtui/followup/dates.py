"""Dates as people type them ("1/3 2027", "2027-03-01", "1 mars 2027") → ISO, and months."""

from __future__ import annotations

import datetime as dt
import re

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
_SLASH = re.compile(r"^(\d{1,2})/(\d{1,2})[ /-](\d{4})$")
_WORDS = re.compile(r"^(\d{1,2})\.? ([A-Za-zåäöÅÄÖ]+) (\d{4})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def parse_date(text: str) -> str:
    """An ISO date from ``text``; RuleError with the text when it is no real date."""
    value = " ".join(text.split())
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return dt.date.fromisoformat(value).isoformat()
        match = _SLASH.match(value)
        if match:
            day, month, year = (int(g) for g in match.groups())
            return dt.date(year, month, day).isoformat()
        match = _WORDS.match(value)
        if match:
            word = match.group(2).casefold()
            names = [m.casefold() for m in MONTHS_SV] + [m.casefold() for m in MONTHS_EN]
            if word in names:
                month = names.index(word) % 12 + 1
                return dt.date(int(match.group(3)), month, int(match.group(1))).isoformat()
    except ValueError:
        pass
    raise RuleError(t("followup.bad_date", None, date=text))


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
