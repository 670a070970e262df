"""One organisation: its units and runs; start a new run or open one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Static

from jamtui.i18n import t
from jamtui.storage import Organisation, StorageError
from jamtui.ui.messages import OpenRun, StartRun
from jamtui.ui.safe_text import line
from jamtui.ui.screens.base import AppScreen
from jamtui.ui.screens.new_run import NewRunDialog, RunDetails
from jamtui.ui.widgets.keybar import KeyBar
from jamtui.ui.widgets.runs_table import fill_runs_table

if TYPE_CHECKING:
    pass


class OrganisationScreen(AppScreen):
    """Units and runs of one organisation."""

    CSS_PATH = "screens.tcss"

    BINDINGS = [
        Binding("escape", "app.pop_screen", "key.back", id="org.back"),
        Binding("n", "new_run", "key.new_run", id="org.new_run"),
        Binding("u", "units", "key.units", id="org.units"),
        Binding("j", "compare", "key.compare", id="org.compare"),
        Binding("a", "actions", "key.actions", id="org.actions"),
        Binding("l", "activities", "key.activities", id="org.activities"),
        Binding("p", "people", "key.people", id="org.people"),
        Binding("delete", "delete_run", "key.delete_run", id="org.delete_run"),
        Binding("ctrl+z", "undo_delete", "key.undo_delete", id="org.undo_delete"),
    ]

    def __init__(self, organisation: Organisation) -> None:
        super().__init__()
        self.organisation = organisation
        self.deleted: list[str] = []
        """Names in the papperskorg of the runs deleted here, last first (for undo)."""

    def compose(self) -> ComposeResult:
        yield Static(
            line(self.organisation.name, style="bold"), classes="screen-title", id="org-name"
        )
        yield Static("", id="org-units")
        yield DataTable(id="runs", cursor_type="row", zebra_stripes=True)
        yield KeyBar()

    def on_mount(self) -> None:
        self.refresh_view()
        self.query_one("#runs", DataTable).focus()

    def on_screen_resume(self) -> None:
        self.refresh_view()

    def refresh_view(self) -> None:
        from jamtui.followup.register import unit_label
        from jamtui.storage.org_records import OrgRecords

        records = OrgRecords(self.jamtui.store)
        try:
            known = records.units(self.organisation.slug)
        except (StorageError, OSError, ValueError) as error:
            self.notify(str(error), severity="error", markup=False)
            known = None
        if known is not None:
            self.organisation.units = known.names()
        units = self.organisation.units
        text = Text(f"{t('org.units')}: ", style="bold")
        if units:
            text.append_text(line(", ".join(units)))
        else:
            text.append(t("org.no_units"), style="italic")
        self.query_one("#org-units", Static).update(text)
        try:
            runs = self.jamtui.store.list_runs(self.organisation.slug)
        except (StorageError, OSError) as error:
            self.notify(str(error), severity="error", markup=False)
            runs = []
        if known is not None:
            # Runs show their unit's name today (renames and merges followed) or "utan enhet".
            runs = [
                r._replace(unit=unit_label(known, r.unit) or t("followup.no_unit")) if r.unit else r
                for r in runs
            ]
        self.runs = runs
        fill_runs_table(self.query_one("#runs", DataTable), runs, self.jamtui, self.app.size.width)

    @on(DataTable.RowSelected, "#runs")
    def _open(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value:
            self.post_message(OpenRun(self.organisation, event.row_key.value))

    def action_new_run(self) -> None:
        from jamtui.storage.org_records import OrgRecords

        def start(details: RunDetails | None) -> None:
            if details is None:
                return
            self.post_message(StartRun(self.organisation, details))

        catalog = self.jamtui.ready_catalog(then=self.action_new_run)
        if catalog is None:
            return
        records = OrgRecords(self.jamtui.store)
        try:
            people = records.people(self.organisation.slug)
        except (StorageError, OSError, ValueError) as error:
            self.notify(str(error), severity="error", markup=False)
            return
        dialog = NewRunDialog(
            catalog,
            self.jamtui.settings.lang,
            self.jamtui.today(),
            self.organisation.units,
            people=people,
            previous=lambda checklist, unit: self.jamtui.previous_run(
                self.organisation.slug, checklist, unit
            ),
        )
        self.app.push_screen(dialog, start)

    def _selected_run(self) -> str | None:
        from textual.coordinate import Coordinate

        table = self.query_one("#runs", DataTable)
        if not self.runs or table.cursor_row is None:
            return None
        key = table.coordinate_to_cell_key(Coordinate(table.cursor_row, 0)).row_key.value
        return key or None

    def action_delete_run(self) -> None:
        from jamtui.storage.trash import delete_run

        run_id = self._selected_run()
        if run_id is None:
            return
        try:
            name = delete_run(self.jamtui.store, self.organisation.slug, run_id)
        except (StorageError, OSError) as error:
            self.notify(str(error), severity="error", markup=False)
            return
        self.deleted.insert(0, name)
        self.notify(t("org.run_deleted", None, run=run_id), timeout=8, markup=False)
        self.refresh_view()

    def action_undo_delete(self) -> None:
        from jamtui.storage.trash import restore_run

        if not self.deleted:
            self.notify(t("org.nothing_to_undo"), timeout=3)
            return
        try:
            run_id = restore_run(self.jamtui.store, self.organisation.slug, self.deleted[0])
        except (StorageError, OSError) as error:
            self.notify(str(error), severity="error", markup=False)
            return
        self.deleted.pop(0)
        self.notify(t("org.run_restored", None, run=run_id), timeout=5, markup=False)
        self.refresh_view()

    def action_actions(self) -> None:
        from jamtui.ui.screens.actions import ActionsScreen

        self.app.push_screen(ActionsScreen(self.organisation.slug, self.organisation.name))

    def action_activities(self) -> None:
        from jamtui.ui.screens.activity import ActivityScreen

        self.app.push_screen(ActivityScreen(self.organisation.slug, self.organisation.name))

    def action_people(self) -> None:
        from jamtui.ui.screens.people import PeopleScreen

        self.app.push_screen(PeopleScreen(self.organisation.slug, self.organisation.name))

    def action_units(self) -> None:
        from jamtui.ui.screens.units import UnitsScreen

        self.app.push_screen(UnitsScreen(self.organisation.slug, self.organisation.name))

    def action_compare(self) -> None:
        from textual.coordinate import Coordinate

        from jamtui.ui.screens.compare import CompareScreen

        table = self.query_one("#runs", DataTable)
        if not self.runs or table.cursor_row is None:
            return
        key = table.coordinate_to_cell_key(Coordinate(table.cursor_row, 0)).row_key.value
        if key:
            self.app.push_screen(CompareScreen(self.organisation.slug, self.organisation.name, key))
