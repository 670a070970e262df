"""One organisation: its units and runs; start a new run or open one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Static

from jamtui.i18n import t
from jamtui.storage import Organisation, StorageError
from jamtui.ui.safe_text import line
from jamtui.ui.screens.dialogs import TextDialog
from jamtui.ui.screens.new_run import NewRunDialog, RunDetails
from jamtui.ui.widgets.keybar import KeyBar
from jamtui.ui.widgets.runs_table import fill_runs_table

if TYPE_CHECKING:
    from jamtui.ui.app import JamtuiApp


class OrganisationScreen(Screen[None]):
    """Units and runs of one organisation."""

    CSS_PATH = "screens.tcss"

    BINDINGS = [
        Binding("escape", "app.pop_screen", t("key.back"), id="org.back"),
        Binding("n", "new_run", t("key.new_run"), id="org.new_run"),
        Binding("u", "add_unit", t("key.add_unit"), id="org.add_unit"),
        Binding("j", "compare", t("key.compare"), id="org.compare"),
    ]

    def __init__(self, organisation: Organisation) -> None:
        super().__init__()
        self.organisation = organisation

    @property
    def jamtui(self) -> JamtuiApp:
        from jamtui.ui.app import JamtuiApp

        assert isinstance(self.app, JamtuiApp)
        return self.app

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
        self.runs = runs
        fill_runs_table(self.query_one("#runs", DataTable), runs, self.jamtui, self.app.size.width)

    @on(DataTable.RowSelected, "#runs")
    def _open(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value:
            self.jamtui.open_run(self.organisation, event.row_key.value)

    def action_new_run(self) -> None:
        def start(details: RunDetails | None) -> None:
            if details is None:
                return
            self.jamtui.start_run(self.organisation, details)

        catalog = self.jamtui.ready_catalog(then=self.action_new_run)
        if catalog is None:
            return
        dialog = NewRunDialog(
            catalog,
            self.jamtui.settings.lang,
            self.jamtui.today(),
            self.organisation.units,
        )
        self.app.push_screen(dialog, start)

    def action_compare(self) -> None:
        from textual.coordinate import Coordinate

        from jamtui.ui.screens.compare import CompareScreen

        table = self.query_one("#runs", DataTable)
        if not self.runs or table.cursor_row is None:
            return
        key = table.coordinate_to_cell_key(Coordinate(table.cursor_row, 0)).row_key.value
        if key:
            self.app.push_screen(CompareScreen(self.organisation.slug, self.organisation.name, key))

    def action_add_unit(self) -> None:
        def added(name: str | None) -> None:
            if not name:
                return
            self.organisation.units.append(name)
            try:
                self.jamtui.store.update_organisation(self.organisation)
            except (StorageError, OSError) as error:
                self.organisation.units.remove(name)
                self.notify(str(error), severity="error", markup=False)
            self.refresh_view()

        self.app.push_screen(
            TextDialog(t("org.unit_title"), t("org.unit_label"), name_field="unit"), added
        )
