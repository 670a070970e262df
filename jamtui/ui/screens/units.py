"""The organisation's units: add, rename (runs follow), merge, remove (runs kept)."""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual.binding import Binding

from jamtui.followup.register import unit_label
from jamtui.followup.units import Unit, Units
from jamtui.i18n import t
from jamtui.ui.safe_text import line
from jamtui.ui.screens.dialogs import ConfirmDialog, TextDialog
from jamtui.ui.screens.followup_base import RECORD_ERRORS, FollowupScreen


class UnitsScreen(FollowupScreen):
    """Units with their number of runs; runs of removed units are counted as "utan enhet"."""

    TABLE_ID = "units"
    TITLE_KEY = "units.title"

    BINDINGS = [
        Binding("escape", "app.pop_screen", "key.back", id="units.back"),
        Binding("n", "add", "key.add_unit", id="units.add"),
        Binding("e", "rename", "key.rename", id="units.rename"),
        Binding("m", "merge", "key.merge", id="units.merge"),
        Binding("delete", "remove", "key.remove", id="units.remove"),
    ]

    def __init__(self, slug: str, name: str) -> None:
        super().__init__(slug, name)
        self.units: list[Unit] = []

    def reload(self) -> None:
        try:
            units = self.records.units(self.slug)
            runs = self.jamtui.store.list_runs(self.slug)
        except RECORD_ERRORS as error:
            self.failed(error)
            units, runs = Units(), []
        counts: dict[str, int] = {}
        for run in runs:
            label = unit_label(units, run.unit)
            counts[label] = counts.get(label, 0) + 1
        self.units = units.active()
        table = self.table
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

    def _change(self, change: Callable[[Units], Unit]) -> None:
        self.change(lambda: self.records.change_units(self.slug, change))

    def action_add(self) -> None:
        def added(name: str | None) -> None:
            if name:
                self._change(lambda units: units.add(name))

        self.app.push_screen(TextDialog(t("org.unit_title"), t("org.unit_label")), added)

    def action_rename(self) -> None:
        unit = self.selected(self.units)
        if unit is None:
            return

        def renamed(name: str | None) -> None:
            if name:
                self._change(lambda units: units.rename(unit.id, name))

        self.app.push_screen(
            TextDialog(t("units.rename_title"), t("units.rename_label"), unit.name), renamed
        )

    def action_merge(self) -> None:
        unit = self.selected(self.units)
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
        unit = self.selected(self.units)
        if unit is None:
            return

        def confirmed(yes: bool | None) -> None:
            if yes:
                self._change(lambda units: units.remove(unit.id))

        self.app.push_screen(
            ConfirmDialog(t("units.remove_confirm", None, unit=unit.name), t("key.remove")),
            confirmed,
        )
