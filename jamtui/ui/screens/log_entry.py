"""The dialog that adds or edits one activity: date, kind, unit, who, text, decisions, forward."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, TextArea

from jamtui.followup.dates import parse_date
from jamtui.followup.errors import RuleError
from jamtui.followup.log import LogEntry, LogKind
from jamtui.followup.people import People
from jamtui.followup.units import Units
from jamtui.i18n import t
from jamtui.ui.safe_text import line


@dataclass(frozen=True)
class EntryInput:
    """What the dialog returns (checked again by the storage rule when saved)."""

    date: str
    kind: str
    unit: str
    who: list[str]
    text: str
    decisions: list[str]
    plan: str
    forward: list[tuple[str, str, str]]


def parse_forward(text: str) -> list[tuple[str, str, str]]:
    """``åtgärd; ansvarig; klart senast`` per line → forward items."""
    items = []
    for raw in text.splitlines():
        what, _, rest = raw.partition(";")
        who, _, due = rest.partition(";")
        if what.strip():
            items.append((what.strip(), who.strip(), due.strip()))
    return items


def _lines(text: str) -> list[str]:
    return [part.strip() for part in text.splitlines() if part.strip()]


def _names(text: str) -> list[str]:
    return [part.strip() for part in text.replace("\n", ",").split(",") if part.strip()]


class LogEntryDialog(ModalScreen[EntryInput | None]):
    """Add an activity, or edit ``entry``."""

    CSS_PATH = "dialogs.tcss"

    BINDINGS = [Binding("escape", "cancel", "dialog.cancel", id="logentry.cancel")]

    def __init__(self, units: Units, people: People, day: str, entry: LogEntry | None) -> None:
        super().__init__()
        self.units = units
        self.people = people
        self.day = day
        self.entry = entry

    def compose(self) -> ComposeResult:
        entry = self.entry
        who = ""
        if entry is not None:
            names = [p.name for pid in entry.people if (p := self.people.get(pid)) is not None]
            who = ", ".join([*names, *entry.others])
        unit_name = ""
        if entry is not None and entry.unit:
            found = self.units.get(entry.unit)
            unit_name = found.name if found is not None and found.active else ""
        forward = (
            "\n".join(
                "; ".join(part for part in (f.what, f.who, f.due) if part) for f in entry.forward
            )
            if entry
            else ""
        )
        with VerticalScroll(classes="dialog wide"):
            yield Label(t("logentry.edit_title" if entry else "logentry.title"), classes="bold")
            with Horizontal(classes="row"):
                yield Input(value=entry.date if entry else self.day, id="log-date")
                yield Select[str](
                    [(kind.label(), kind.value) for kind in LogKind],
                    id="log-kind",
                    allow_blank=False,
                    value=entry.kind.value if entry else LogKind.MEETING.value,
                )
                yield Select[str](
                    [(line(u), u) for u in self.units.names()],
                    id="log-unit",
                    prompt=t("logentry.no_unit"),
                    value=unit_name if unit_name else Select.NULL,
                )
            yield Label(t("logentry.text"))
            yield TextArea(entry.text if entry else "", id="log-text")
            yield Label(t("logentry.who"))
            yield Input(
                value=who,
                id="log-who",
                placeholder=", ".join(p.name for p in self.people.items[:4]),
            )
            yield Label(t("logentry.decisions"))
            yield TextArea("\n".join(entry.decisions) if entry else "", id="log-decisions")
            yield Label(t("logentry.plan"))
            yield TextArea(entry.plan if entry else "", id="log-plan")
            yield Label(t("logentry.forward"))
            yield TextArea(forward, id="log-forward")
            yield Label("", id="log-error")
            with Horizontal(classes="buttons"):
                yield Button(t("newrun.save"), variant="primary", id="save")
                yield Button(t("newrun.cancel"), id="cancel")

    def on_mount(self) -> None:
        self.set_focus(self.query_one("#log-text", TextArea))

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#save")
    def _save(self) -> None:
        error = self.query_one("#log-error", Label)
        date = self.query_one("#log-date", Input).value
        text = self.query_one("#log-text", TextArea).text
        try:
            day = parse_date(date)
        except RuleError as problem:
            error.update(line(str(problem)))
            return
        if not text.strip():
            error.update(t("followup.log.no_text"))
            return
        unit = self.query_one("#log-unit", Select).value
        self.dismiss(
            EntryInput(
                date=day,
                kind=str(self.query_one("#log-kind", Select).value),
                unit="" if unit == Select.NULL else str(unit),
                who=_names(self.query_one("#log-who", Input).value),
                text=text,
                decisions=_lines(self.query_one("#log-decisions", TextArea).text),
                plan=self.query_one("#log-plan", TextArea).text,
                forward=parse_forward(self.query_one("#log-forward", TextArea).text),
            )
        )
