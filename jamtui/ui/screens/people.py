"""The organisation's people (name, role, unit, e-mail, phone): add, edit, remove."""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select

from jamtui.followup.people import People, Person
from jamtui.followup.register import unit_name_of_id
from jamtui.followup.units import Units
from jamtui.i18n import t
from jamtui.ui.safe_text import line
from jamtui.ui.screens.followup_base import RECORD_ERRORS, FollowupScreen

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
        self.set_focus(self.query_one("#person-name", Input))

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


class PeopleScreen(FollowupScreen):
    """Everyone the consultant works with at one organisation."""

    TABLE_ID = "people"
    TITLE_KEY = "people.title"

    BINDINGS = [
        Binding("escape", "app.pop_screen", "key.back", id="people.back"),
        Binding("n", "add", "key.add_person", id="people.add"),
        Binding("e", "edit", "key.edit", id="people.edit"),
        Binding("delete", "remove", "key.remove", id="people.remove"),
    ]

    def __init__(self, slug: str, name: str) -> None:
        super().__init__(slug, name)
        self.people: list[Person] = []

    def reload(self) -> None:
        try:
            self.people = list(self.records.people(self.slug).items)
            self.units = self.records.units(self.slug)
        except RECORD_ERRORS as error:
            self.failed(error)
            self.people, self.units = [], Units()
        table = self.table
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

    def action_add(self) -> None:
        def save(values: dict[str, str] | None) -> None:
            if values is not None:
                name = values.pop("name")
                self._change(lambda people: people.add(name, **values))

        self.app.push_screen(PersonDialog(self.units, None), save)

    def action_edit(self) -> None:
        person = self.selected(self.people)
        if person is None:
            return

        def save(values: dict[str, str] | None) -> None:
            if values is not None:
                self._change(lambda people: people.edit(person.id, **values))

        self.app.push_screen(PersonDialog(self.units, person), save)

    def action_remove(self) -> None:
        from jamtui.ui.screens.dialogs import ConfirmDialog

        person = self.selected(self.people)
        if person is None:
            return

        def confirmed(yes: bool | None) -> None:
            if yes:
                self._change(lambda people: people.remove(person.id))

        self.app.push_screen(
            ConfirmDialog(t("people.remove_confirm", None, name=person.name), t("key.remove")),
            confirmed,
        )

    def _change(self, change: Callable[[People], object]) -> None:
        self.change(lambda: self.records.change_people(self.slug, change))
