"""The organisation's people (name, role, unit, e-mail, phone): add, edit, remove."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, DataTable, Input, Label, Select, Static

from jamtui.followup.errors import RuleError
from jamtui.followup.people import Person
from jamtui.followup.register import unit_name_of_id
from jamtui.followup.units import Units
from jamtui.i18n import t
from jamtui.storage import StorageError
from jamtui.ui.safe_text import line
from jamtui.ui.widgets.keybar import KeyBar

if TYPE_CHECKING:
    from jamtui.storage.org_records import OrgRecords
    from jamtui.ui.app import JamtuiApp

FIELDS = ("name", "role", "email", "phone")


class PersonDialog(ModalScreen[dict[str, str] | None]):
    """Name, role, unit, e-mail and phone of one person (nothing else is asked)."""

    CSS_PATH = "dialogs.tcss"

    BINDINGS = [Binding("escape", "cancel", "dialog.cancel", id="person.cancel")]

    def __init__(self, units: Units, person: Person | None) -> None:
        super().__init__()
        self.units = units
        self.person = person

    def compose(self) -> ComposeResult:
        person = self.person
        with VerticalScroll(classes="dialog"):
            yield Label(t("people.edit_title" if person else "people.add_title"), classes="bold")
            for name in FIELDS:
                yield Label(t(f"people.{name}"))
                yield Input(value=getattr(person, name) if person else "", id=f"person-{name}")
            yield Label(t("people.unit"))
            unit = units_name(self.units, person.unit) if person else ""
            yield Select[str](
                [(line(u), u) for u in self.units.names()],
                id="person-unit",
                prompt=t("logentry.no_unit"),
                value=unit if unit else Select.NULL,
            )
            yield Label("", id="person-error")
            with Horizontal(classes="buttons"):
                yield Button(t("newrun.save"), variant="primary", id="save")
                yield Button(t("newrun.cancel"), id="cancel")

    def on_mount(self) -> None:
        self.query_one("#person-name", Input).focus()

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Input.Submitted)
    @on(Button.Pressed, "#save")
    def _save(self) -> None:
        values = {name: self.query_one(f"#person-{name}", Input).value for name in FIELDS}
        if not values["name"].strip():
            self.query_one("#person-error", Label).update(t("followup.name.empty"))
            return
        unit = self.query_one("#person-unit", Select).value
        values["unit"] = "" if unit == Select.NULL else self.units.require(str(unit)).id
        self.dismiss(values)


def units_name(units: Units, unit_id: str) -> str:
    return unit_name_of_id(units, unit_id)


class PeopleScreen(Screen[None]):
    """Everyone the consultant works with at one organisation."""

    CSS_PATH = "followup.tcss"

    BINDINGS = [
        Binding("escape", "app.pop_screen", "key.back", id="people.back"),
        Binding("n", "add", "key.add_person", id="people.add"),
        Binding("e", "edit", "key.edit", id="people.edit"),
        Binding("delete", "remove", "key.remove", id="people.remove"),
    ]

    def __init__(self, slug: str, name: str) -> None:
        super().__init__()
        self.slug = slug
        self.org_name = name
        self.people: list[Person] = []

    @property
    def jamtui(self) -> JamtuiApp:
        from jamtui.ui.app import JamtuiApp

        assert isinstance(self.app, JamtuiApp)
        return self.app

    @property
    def records(self) -> OrgRecords:
        from jamtui.storage.org_records import OrgRecords

        return OrgRecords(self.jamtui.store)

    def compose(self) -> ComposeResult:
        yield Static(
            line(t("people.title", None, org=self.org_name), style="bold"), classes="screen-title"
        )
        yield DataTable(id="people", cursor_type="row", zebra_stripes=True)
        yield KeyBar()

    def on_mount(self) -> None:
        self.reload()
        self.query_one("#people", DataTable).focus()

    def reload(self) -> None:
        try:
            self.people = list(self.records.people(self.slug).items)
            self.units = self.records.units(self.slug)
        except (StorageError, RuleError, OSError) as error:
            self.notify(str(error), severity="error", markup=False)
            self.people, self.units = [], Units()
        table = self.query_one("#people", DataTable)
        table.clear(columns=True)
        for key in ("col.name", "col.role", "col.unit", "people.email", "people.phone"):
            table.add_column(t(key))
        for person in self.people:
            table.add_row(
                line(person.name),
                line(person.role),
                line(units_name(self.units, person.unit)),
                line(person.email),
                line(person.phone),
                key=person.id,
            )
        if not self.people:
            table.add_row(Text(t("people.empty"), style="italic"), "", "", "", "")

    def selected(self) -> Person | None:
        table = self.query_one("#people", DataTable)
        if not self.people or table.cursor_row is None or table.cursor_row >= len(self.people):
            return None
        return self.people[table.cursor_row]

    def action_add(self) -> None:
        def save(values: dict[str, str] | None) -> None:
            if values is not None:
                name = values.pop("name")
                self._change(lambda people: people.add(name, **values))

        self.app.push_screen(PersonDialog(self.units, None), save)

    def action_edit(self) -> None:
        person = self.selected()
        if person is None:
            return

        def save(values: dict[str, str] | None) -> None:
            if values is not None:
                self._change(lambda people: people.edit(person.id, **values))

        self.app.push_screen(PersonDialog(self.units, person), save)

    def action_remove(self) -> None:
        from jamtui.ui.screens.dialogs import ConfirmDialog

        person = self.selected()
        if person is None:
            return

        def confirmed(yes: bool | None) -> None:
            if yes:
                self._change(lambda people: people.remove(person.id))

        self.app.push_screen(
            ConfirmDialog(t("people.remove_confirm", None, name=person.name), t("key.remove")),
            confirmed,
        )

    def _change(self, change: object) -> None:
        try:
            self.records.change_people(self.slug, change)  # type: ignore[arg-type]
        except (StorageError, RuleError, OSError) as error:
            self.notify(str(error), severity="error", markup=False)
            return
        self.reload()
