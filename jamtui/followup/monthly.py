"""The monthly report as data: activities by date, Övrigt, Utifrån aktivitetsplanen, Flyttas framåt.

Format-neutral, so a renderer (Markdown today; the report model later) only lays it out.
"""

from __future__ import annotations

from dataclasses import dataclass

from jamtui.followup.actions import Action
from jamtui.followup.dates import month_of
from jamtui.followup.log import ActivityLog, LogEntry, LogKind
from jamtui.followup.people import People
from jamtui.followup.register import unit_name_of_id
from jamtui.followup.units import Units


@dataclass(frozen=True)
class Activity:
    """One entry as the report shows it."""

    date: str
    kind: LogKind
    text: str
    unit: str
    people: tuple[str, ...]
    decisions: tuple[str, ...]
    first_of_day: bool


@dataclass(frozen=True)
class MonthReport:
    """Everything the month's report says."""

    organisation: str
    month: str
    activities: tuple[Activity, ...]
    other: tuple[Activity, ...]
    plan: tuple[str, ...]
    forward: tuple[Action, ...]
    carried: tuple[Action, ...]
    """Open "flyttas framåt" items of earlier months (still moving forward)."""


def _names(entry: LogEntry, people: People) -> tuple[str, ...]:
    known = [p.name for pid in entry.people if (p := people.get(pid)) is not None]
    return tuple(dict.fromkeys([*known, *entry.others]))


def month_report(
    organisation: str,
    month: str,
    log: ActivityLog,
    people: People,
    units: Units,
    register: list[Action],
) -> MonthReport:
    """The report of ``month`` (``YYYY-MM``) from the log and the action register."""
    entries = log.in_month(month)
    activities: list[Activity] = []
    other: list[Activity] = []
    last_day = ""
    for entry in entries:
        shown = Activity(
            date=entry.date,
            kind=entry.kind,
            text=entry.text,
            unit=unit_name_of_id(units, entry.unit),
            people=_names(entry, people),
            decisions=entry.decisions,
            first_of_day=entry.date != last_day,
        )
        if entry.kind is LogKind.OTHER:
            other.append(shown)
        else:
            activities.append(shown)
            last_day = entry.date
    ids_this_month = {item.id for entry in entries for item in entry.forward}
    by_id = {action.id: action for action in register}
    forward = tuple(by_id[i] for e in entries for f in e.forward if (i := f.id) in by_id)
    carried = tuple(
        a
        for a in register
        if a.log_id and a.is_open and a.id not in ids_this_month and month_of(a.date) < month
    )
    return MonthReport(
        organisation=organisation,
        month=month,
        activities=tuple(activities),
        other=tuple(other),
        plan=tuple(e.plan for e in entries if e.plan),
        forward=forward,
        carried=carried,
    )
