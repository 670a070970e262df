"""The organisation's units: add, rename (runs follow), merge, remove (runs kept)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Static

from jamtui.followup.errors import RuleError
from jamtui.followup.register import unit_label
from jamtui.followup.units import Unit, Units
from jamtui.i18n import t
from jamtui.storage import StorageError
from jamtui.ui.safe_text import line
from jamtui.ui.screens.dialogs import ConfirmDialog, TextDialog
from jamtui.ui.widgets.keybar import KeyBar

if TYPE_CHECKING:
    from jamtui.storage.org_records import OrgRecords
    from jamtui.ui.app import JamtuiApp


class UnitsScreen(Screen[None]):
    """Units with their number of runs; runs of removed units are counted as "utan enhet"."""

    CSS_PATH = "followup.tcss"

    BINDINGS = [
        Binding("escape", "app.pop_screen", "key.back", id="units.back"),
        Binding("n", "add", "key.add_unit", id="units.add"),
        Binding("e", "rename", "key.rename", id="units.rename"),
        Binding("m", "merge", "key.merge", id="units.merge"),
        Binding("delete", "remove", "key.remove", id="units.remove"),
    ]

    def __init__(self, slug: str, name: str) -> None:
        super().__init__()
        self.slug = slug
        self.org_name = name
        self.units: list[Unit] = []

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
            line(t("units.title", None, org=self.org_name), style="bold"), classes="screen-title"
        )
        yield DataTable(id="units", cursor_type="row", zebra_stripes=True)
        yield KeyBar()

    def on_mount(self) -> None:
        self.reload()
        self.query_one("#units", DataTable).focus()

    def reload(self) -> None:
        try:
            units = self.records.units(self.slug)
            runs = self.jamtui.store.list_runs(self.slug)
        except (StorageError, RuleError, OSError) as error:
            self.notify(str(error), severity="error", markup=False)
            units, runs = Units(), []
        counts: dict[str, int] = {}
        for run in runs:
            label = unit_label(units, run.unit)
            counts[label] = counts.get(label, 0) + 1
        self.units = units.active()
        table = self.query_one("#units", DataTable)
        table.clear(columns=True)
        table.add_column(t("col.unit"))
        table.add_column(t("units.runs"), width=10)
        table.add_column(t("units.aliases"))
        for unit in self.units:
            table.add_row(
                line(unit.name),
                Text(str(counts.get(unit.name, 0))),
                line(", ".join(unit.aliases)),
                key=unit.id,
            )
        if counts.get(""):
            table.add_row(
                Text(t("followup.no_unit"), style="italic"), Text(str(counts[""])), Text("")
            )

    def selected(self) -> Unit | None:
        table = self.query_one("#units", DataTable)
        if not self.units or table.cursor_row is None or table.cursor_row >= len(self.units):
            return None
        return self.units[table.cursor_row]

    def _change(self, change: Callable[[Units], Unit]) -> None:
        try:
            self.records.change_units(self.slug, change)
        except (StorageError, RuleError, OSError) as error:
            self.notify(str(error), severity="error", markup=False)
            return
        self.reload()

    def action_add(self) -> None:
        def added(name: str | None) -> None:
            if name:
                self._change(lambda units: units.add(name))

        self.app.push_screen(TextDialog(t("org.unit_title"), t("org.unit_label")), added)

    def action_rename(self) -> None:
        unit = self.selected()
        if unit is None:
            return

        def renamed(name: str | None) -> None:
            if name:
                self._change(lambda units: units.rename(unit.id, name))

        self.app.push_screen(
            TextDialog(t("units.rename_title"), t("units.rename_label"), unit.name), renamed
        )

    def action_merge(self) -> None:
        unit = self.selected()
        if unit is None:
            return

        def merged(target: str | None) -> None:
            if target:
                self._change(lambda units: units.merge(unit.id, target))

        others = ", ".join(u.name for u in self.units if u.id != unit.id)
        self.app.push_screen(
            TextDialog(
                t("units.merge_title", None, unit=unit.name),
                t("units.merge_label", None, units=others),
            ),
            merged,
        )

    def action_remove(self) -> None:
        unit = self.selected()
        if unit is None:
            return

        def confirmed(yes: bool | None) -> None:
            if yes:
                self._change(lambda units: units.remove(unit.id))

        self.app.push_screen(
            ConfirmDialog(t("units.remove_confirm", None, unit=unit.name), t("key.remove")),
            confirmed,
        )
