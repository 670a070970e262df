"""A table of an organisation's runs: checklist, date, unit, status and progress."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.table import Table
from rich.text import Text

from jamtui.i18n import t
from jamtui.storage import RunSummary
from jamtui.ui.safe_text import line

if TYPE_CHECKING:
    from textual.widgets import DataTable

    from jamtui.ui.app import JamtuiApp


def status_text(run: RunSummary) -> str:
    if run.problem:
        return t("status.unreadable")
    return (
        t(f"status.{run.status}")
        if run.status in ("draft", "finalized", "reopened")
        else run.status
    )


def fill_runs_table(
    table: DataTable[Text], runs: list[RunSummary], app: JamtuiApp, width: int = 0
) -> None:
    """Replace the table's rows with ``runs`` (keys are run ids).

    With the table's ``width``, the checklist column takes what the others leave, so every
    column heading is whole in 80 columns.
    """
    table.clear(columns=True)
    # Unit names are whole wherever the terminal has room: the checklist title gives way
    # first (down to 16 cells), the unit column only after that.
    longest = max((line(run.unit).cell_len for run in runs), default=0)
    unit_width = max(14, longest)
    fixed = 10 + 11 + 9 + 5 * 2 + 2  # date, status, progress, cell padding, a scrollbar
    if width:
        unit_width = max(14, min(unit_width, width - fixed - 16))
        checklist_width = max(16, min(40, width - fixed - unit_width))
    else:
        checklist_width = 28
    for key, size in (
        ("col.checklist", checklist_width),
        ("col.date", 10),
        ("col.unit", unit_width),
        ("col.status", 11),
        ("col.progress", 9),
    ):
        table.add_column(t(key), width=size)
    if not runs:
        table.add_row(
            Text(t("orgs.no_runs"), style="italic"), Text(""), Text(""), Text(""), Text("")
        )
        return
    for run in runs:
        heading = app.checklist_heading(run.checklist_id)
        title = heading.title if heading else run.checklist_id
        progress = heading.progress(run.answered_ids) if heading else str(run.answered)
        table.add_row(
            line(title),
            Text(run.date),
            line(run.unit),
            Text(status_text(run)),
            Text(progress),
            key=run.id,
        )


def runs_summary_table(runs: list[RunSummary], app: JamtuiApp) -> Table | Text:
    """The runs as a Rich table for a read-only pane (much cheaper than a DataTable)."""
    if not runs:
        return Text(t("orgs.no_runs"), style="italic")
    table = Table(box=None, expand=True, show_edge=False, pad_edge=False)
    # Dates, statuses and counts never shrink; the checklist title takes what is left.
    table.add_column(t("col.checklist"), ratio=1, no_wrap=True, overflow="ellipsis")
    table.add_column(t("col.date"), min_width=10, no_wrap=True)
    for key in ("col.status", "col.progress"):
        table.add_column(t(key), no_wrap=True, overflow="ellipsis")
    for run in runs:
        # Titles come from a small cache until the catalog has loaded (start-up is measured).
        heading = app.checklist_heading(run.checklist_id)
        title = heading.title if heading else run.checklist_id
        progress = heading.progress(run.answered_ids) if heading else str(run.answered)
        table.add_row(line(title), Text(run.date), Text(status_text(run)), Text(progress))
    return table
