"""The dialog that starts a run (or edits its details): checklist, unit, date, people."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static, TextArea

from jamtui.catalog import Catalog
from jamtui.core.model import Checklist
from jamtui.core.run import Participant
from jamtui.i18n import t
from jamtui.ui.safe_text import line, literal
from jamtui.ui.widgets.safe_text_area import SafeTextArea


@dataclass(frozen=True)
class RunDetails:
    """What the dialog returns."""

    checklist_id: str
    unit: str
    date: str
    facilitator: str
    participants: list[Participant]


def parse_participants(text: str) -> list[Participant]:
    """``Åsa Lind; strateg`` per line → participants (blank lines ignored)."""
    people = []
    for raw in text.splitlines():
        name, _, role = raw.partition(";")
        if name.strip():
            people.append(Participant(name.strip(), role.strip()))
    return people


def details_problem(details: RunDetails) -> str:
    """What is wrong with the names in ``details`` (the one name rule), or ``""``."""
    from jamtui.storage.errors import InvalidValueError
    from jamtui.storage.names import valid_name

    try:
        valid_name(details.unit, "unit")
        valid_name(details.facilitator, "facilitator")
        for person in details.participants:
            valid_name(person.name, "participant")
            valid_name(person.role, "role")
    except InvalidValueError as error:
        return str(error)
    return ""


def format_participants(people: list[Participant]) -> str:
    return "\n".join(f"{p.name}; {p.role}" if p.role else p.name for p in people)


def describe(checklist: Checklist, lang: str) -> Text:
    text = literal(checklist.description.get(lang))
    source = checklist.source
    if source is not None:
        cite = f"{source.publisher}: {source.title}" + (f" ({source.year})" if source.year else "")
        text.append("\n\n")
        text.append_text(line(t("newrun.source", None, source=cite), style="italic"))
    return text


class NewRunDialog(ModalScreen[RunDetails | None]):
    """Start a run; with ``existing`` it edits the details of a run instead."""

    CSS_PATH = "dialogs.tcss"

    BINDINGS = [Binding("escape", "cancel", "newrun.cancel", id="newrun.cancel")]

    def __init__(
        self,
        catalog: Catalog,
        lang: str,
        today: str,
        units: list[str],
        existing: RunDetails | None = None,
    ) -> None:
        super().__init__()
        self.catalog = catalog
        self.lang = lang
        self.today = today
        self.units = units
        self.existing = existing

    def _default_facilitator(self) -> str:
        default = getattr(self.app, "default_facilitator", None)
        return default() if callable(default) else ""

    def compose(self) -> ComposeResult:
        editing = self.existing is not None
        with VerticalScroll(classes="dialog wide"):
            yield Label(
                Text(t("newrun.details_title" if editing else "newrun.title"), style="bold")
            )
            if not editing:
                yield Label(t("newrun.checklist"))
                options = [(line(c.title.get(self.lang)), c.id) for c in self.catalog.checklists]
                yield Select(options, id="checklist", prompt=t("newrun.pick"))
                yield Static("", id="checklist-description")
            yield Label(t("newrun.unit"))
            yield Input(
                value=self.existing.unit if self.existing else "",
                id="unit",
                placeholder=", ".join(self.units),
            )
            yield Label(t("newrun.date"))
            yield Input(value=self.existing.date if self.existing else self.today, id="date")
            yield Label(t("newrun.facilitator"))
            facilitator = (
                self.existing.facilitator if self.existing else self._default_facilitator()
            )
            yield Input(value=facilitator, id="facilitator")
            yield Label(t("newrun.participants"))
            yield SafeTextArea(
                format_participants(self.existing.participants) if self.existing else "",
                id="participants",
            )
            yield Label("", id="newrun-error")
            with Horizontal(classes="buttons"):
                yield Button(
                    t("newrun.save" if editing else "newrun.start"), variant="primary", id="start"
                )
                yield Button(t("newrun.cancel"), id="cancel")

    def on_mount(self) -> None:
        if self.existing is None:
            self.query_one("#checklist", Select).focus()
        else:
            self.query_one("#unit", Input).focus()

    @on(Select.Changed, "#checklist")
    def _checklist_changed(self, event: Select.Changed) -> None:
        checklist = self.catalog.get(str(event.value)) if event.value != Select.BLANK else None
        description = self.query_one("#checklist-description", Static)
        description.update(describe(checklist, self.lang) if checklist else "")

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#start")
    def _start(self) -> None:
        if self.existing is None:
            value = self.query_one("#checklist", Select).value
            if value == Select.BLANK:
                self.query_one("#newrun-error", Label).update(t("newrun.pick"))
                return
            checklist_id = str(value)
        else:
            checklist_id = self.existing.checklist_id
        details = RunDetails(
            checklist_id=checklist_id,
            unit=self.query_one("#unit", Input).value.strip(),
            date=self.query_one("#date", Input).value.strip(),
            facilitator=self.query_one("#facilitator", Input).value.strip(),
            participants=parse_participants(self.query_one("#participants", TextArea).text),
        )
        problem = details_problem(details)
        if problem:
            # Everything typed stays in the dialog; the message says what to change.
            self.query_one("#newrun-error", Label).update(literal(problem))
            return
        self.dismiss(details)
