"""One organisation: its units and runs; start a new run or open one."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from jamtui.i18n import t
from jamtui.storage import Organisation, RunSummary, StorageError
from jamtui.ui.messages import OpenRun, StartRun
from jamtui.ui.safe_text import line
from jamtui.ui.screens.base import AppScreen
from jamtui.ui.screens.new_run import NewRunDialog, RunDetails
from jamtui.ui.widgets.keybar import KeyBar
from jamtui.ui.widgets.runs_table import RunsTable

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
        self.runs: Sequence[RunSummary] = ()
        self._relabel: Callable[[RunSummary], RunSummary] | None = None
        self._unit_names: list[str] = []

    def compose(self) -> ComposeResult:
        yield Static(
            line(self.organisation.name, style="bold"), classes="screen-title", id="org-name"
        )
        yield Static("", id="org-units")
        yield RunsTable(id="runs")
        yield KeyBar()

    def on_mount(self) -> None:
        self.refresh_view()
        self.set_focus(self.query_one("#runs", RunsTable))  # at once (focus() is queued)

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
            # Drawn from the index at once; the files behind it are checked afterwards.
            runs: Sequence[RunSummary] = self.jamtui.store.run_rows(
                self.organisation.slug, check_files=False
            )
        except (StorageError, OSError) as error:
            self.notify(str(error), severity="error", markup=False)
            runs = []
        relabel = None
        if known is not None:
            # Runs show their unit's name today (renames and merges followed) or "utan enhet",
            # worked out for the rows drawn only (an organisation may have 100,000 runs).
            def relabel(run: RunSummary) -> RunSummary:
                if not run.unit:
                    return run
                return run._replace(unit=unit_label(known, run.unit) or t("followup.no_unit"))

        # The unit column fits the units of the newest runs (RunRows reads them without
        # decoding a run; 100,000 runs are not all looked at to size a column).
        units_of = getattr(runs, "units", None)
        raw = units_of() if units_of is not None else {run.unit for run in runs}
        names = [relabel(_unit_only(unit)).unit if relabel is not None else unit for unit in raw]
        self._relabel = relabel
        self._unit_names = names
        self._show(runs)
        from jamtui.ui.screens.organisations import CHECK_DELAY

        self.set_timer(CHECK_DELAY, self._check_files)

    def _show(self, runs: Sequence[RunSummary]) -> None:
        self.runs = runs
        self.query_one("#runs", RunsTable).show(
            runs, self.app.size.width, relabel=self._relabel, units=self._unit_names
        )

    def _check_files(self) -> None:
        """Compare every run file with the index off the event loop; redraw if one changed."""
        from jamtui.storage import Store
        from jamtui.ui.background import in_background

        root, slug = self.jamtui.store.root, self.organisation.slug
        shown = self.runs

        def checked(runs: Sequence[RunSummary]) -> None:
            if self.runs is shown and getattr(runs, "rows", None) != getattr(shown, "rows", None):
                self._show(runs)

        in_background(self.app, lambda: Store(root).run_rows(slug), checked)

    @on(RunsTable.RowSelected, "#runs")
    def _open(self, event: RunsTable.RowSelected) -> None:
        self.post_message(OpenRun(self.organisation, event.run_id))

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
        return self.query_one("#runs", RunsTable).current_run_id

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
        from jamtui.ui.screens.compare import CompareScreen

        key = self._selected_run()
        if key:
            self.app.push_screen(CompareScreen(self.organisation.slug, self.organisation.name, key))


def _unit_only(unit: str) -> RunSummary:
    """A run that names only ``unit`` (to ask what a unit is called today)."""
    return RunSummary("", "", "", "", unit, "", 0, "")
