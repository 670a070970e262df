"""Tables of an organisation's runs (checklist, date, unit, status, progress), drawn row by row."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, cast

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from jamtui.i18n import t
from jamtui.storage import RunSummary
from jamtui.ui.safe_text import line

if TYPE_CHECKING:
    from jamtui.ui.app import JamtuiApp

COLUMNS = ("col.checklist", "col.date", "col.unit", "col.status", "col.progress")


def status_text(run: RunSummary) -> str:
    if run.problem:
        return t("status.unreadable")
    return (
        t(f"status.{run.status}")
        if run.status in ("draft", "finalized", "reopened")
        else run.status
    )


def run_cells(run: RunSummary, app: JamtuiApp) -> tuple[Text, Text, Text, Text, Text]:
    """The cells of one run: checklist title, date, unit, status, progress."""
    # Titles come from a small cache until the catalog has loaded (start-up is measured).
    heading = app.checklist_heading(run.checklist_id)
    title = heading.title if heading else run.checklist_id
    progress = heading.progress(run.answered_ids) if heading else str(run.answered)
    return line(title), Text(run.date), line(run.unit), Text(status_text(run)), Text(progress)


class RunsTable(ScrollView, can_focus=True):
    """Every run of an organisation in a table that draws only the rows on screen.

    A ``DataTable`` builds and measures every row up front (38 s for 100,000 runs); this
    table decodes a run only when its row is drawn, so 100,000 runs open as fast as ten.
    Row 0 of the widget is the column heading; it stays put while the rows scroll.
    """

    DEFAULT_CSS = """
    RunsTable {
        height: 1fr;
        background: $surface;
    }
    RunsTable > .runs-table--header {
        text-style: bold;
        background: $panel;
    }
    RunsTable > .runs-table--even {
        background: $surface-lighten-1;
    }
    RunsTable > .runs-table--cursor {
        background: $block-cursor-blurred-background;
        text-style: bold;
    }
    RunsTable:focus > .runs-table--cursor {
        background: $block-cursor-background;
        color: $block-cursor-foreground;
    }
    """
    COMPONENT_CLASSES = {
        "runs-table--header",
        "runs-table--even",
        "runs-table--cursor",
    }
    BINDINGS = [
        Binding("up", "cursor(-1)", show=False),
        Binding("down", "cursor(1)", show=False),
        Binding("pageup", "page(-1)", show=False),
        Binding("pagedown", "page(1)", show=False),
        Binding("home", "first", show=False),
        Binding("end", "last", show=False),
        Binding("enter", "select", show=False),
    ]

    class RowSelected(Message):
        """A run was chosen with Enter or a click."""

        def __init__(self, table: RunsTable, run_id: str) -> None:
            super().__init__()
            self.table = table
            self.run_id = run_id

        @property
        def control(self) -> RunsTable:
            return self.table

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._runs: Sequence[RunSummary] = ()
        self._widths: list[int] = [28, 10, 14, 11, 9]
        self._cursor = 0
        self._relabel: Callable[[RunSummary], RunSummary] = lambda run: run
        self._strips: dict[tuple[int, bool, int, bool], Strip] = {}
        self.rows_drawn = 0
        """Rows built since the last ``show`` (what a virtual table saves is visible here)."""

    # -- the data ---------------------------------------------------------------------
    def show(
        self,
        runs: Sequence[RunSummary],
        width: int = 0,
        relabel: Callable[[RunSummary], RunSummary] | None = None,
        units: Sequence[str] = (),
    ) -> None:
        """Show ``runs`` (``relabel`` rewrites a run as drawn, e.g. its unit's name today).

        With the table's ``width``, the checklist column takes what the others leave, so
        every column heading is whole in 80 columns; ``units`` (names as drawn) size the
        unit column.
        """
        keep = self.current_run_id
        self._runs = runs
        self._relabel = relabel or (lambda run: run)
        self._widths = _column_widths(units, width)
        self._strips.clear()
        self.rows_drawn = 0
        self.virtual_size = Size(sum(self._widths) + 2 * len(self._widths), len(runs) + 1)
        index = runs.index_of(keep) if keep and hasattr(runs, "index_of") else None
        self._cursor = min(index if index is not None else self._cursor, max(0, len(runs) - 1))
        self.refresh()
        self.call_after_refresh(self.scroll_to_cursor)

    @property
    def row_count(self) -> int:
        return len(self._runs)

    @property
    def cursor_row(self) -> int | None:
        return self._cursor if self._runs else None

    @property
    def current_run_id(self) -> str | None:
        return self._runs[self._cursor].id if self._runs else None

    @property
    def column_labels(self) -> list[str]:
        return [t(key) for key in COLUMNS]

    def get_row_at(self, index: int) -> tuple[Text, ...]:
        """The cells of row ``index`` as drawn."""
        return run_cells(self._relabel(self._runs[index]), cast("JamtuiApp", self.app))

    def move_cursor(self, row: int) -> None:
        self._move(row)

    # -- drawing ----------------------------------------------------------------------
    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()

    def _row_text(self, cells: Sequence[Text]) -> Text:
        text = Text(no_wrap=True, end="")
        for cell, width in zip(cells, self._widths, strict=False):
            cell = cell.copy()
            cell.truncate(width, overflow="ellipsis", pad=True)
            text.append(" ")
            text.append_text(cell)
            text.append(" ")
        return text

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        scroll_x = self.scroll_offset.x
        if y == 0:
            style = base + self.get_component_rich_style("runs-table--header")
            text = self._row_text([Text(label) for label in self.column_labels])
            return self._strip(text, style, scroll_x, width)
        index = self.scroll_offset.y + y - 1
        if index >= len(self._runs):
            if index == 0:
                text = Text(" " + t("orgs.no_runs"), style="italic", no_wrap=True, end="")
                return self._strip(text, base, 0, width)
            return Strip.blank(width, base)
        chosen = index == self._cursor
        key = (index, chosen, width + 10_000 * scroll_x, self.has_focus)
        cached = self._strips.get(key)
        if cached is not None:
            return cached
        if len(self._strips) > 512:
            self._strips.clear()
        if chosen:
            style = base + self.get_component_rich_style("runs-table--cursor")
        elif index % 2:
            style = base + self.get_component_rich_style("runs-table--even")
        else:
            style = base
        self.rows_drawn += 1
        strip = self._strip(self._row_text(self.get_row_at(index)), style, scroll_x, width)
        self._strips[key] = strip
        return strip

    def _strip(self, text: Text, style: Style, scroll_x: int, width: int) -> Strip:
        text.stylize_before(style)
        strip = Strip(text.render(self.app.console), text.cell_len)
        return strip.crop_extend(scroll_x, scroll_x + width, style)

    def scroll_to_cursor(self) -> None:
        """Bring the cursor's row into view (below the heading)."""
        if not self._runs:
            return
        rows = max(1, self.scrollable_content_region.height - 1)
        top = self.scroll_offset.y
        if self._cursor < top:
            self.scroll_to(y=self._cursor, animate=False, immediate=True)
        elif self._cursor >= top + rows:
            self.scroll_to(y=self._cursor - rows + 1, animate=False, immediate=True)

    def on_resize(self) -> None:
        self.call_after_refresh(self.scroll_to_cursor)

    # -- keys and mouse ---------------------------------------------------------------
    def _move(self, row: int) -> None:
        if not self._runs:
            return
        row = max(0, min(row, len(self._runs) - 1))
        if row == self._cursor:
            return
        old, self._cursor = self._cursor, row
        for index in (old, row):
            self.refresh(Region(0, index + 1 - self.scroll_offset.y, self.size.width, 1))
        self.scroll_to_cursor()

    def action_cursor(self, step: int) -> None:
        self._move(self._cursor + step)

    def action_page(self, direction: int) -> None:
        self._move(self._cursor + direction * max(1, self.scrollable_content_region.height - 2))

    def action_first(self) -> None:
        self._move(0)

    def action_last(self) -> None:
        self._move(len(self._runs) - 1)

    def action_select(self) -> None:
        run_id = self.current_run_id
        if run_id is not None:
            self.post_message(self.RowSelected(self, run_id))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or offset.y == 0:
            return
        index = offset.y - 1 + self.scroll_offset.y
        if 0 <= index < len(self._runs):
            self._move(index)
            self.action_select()


def _column_widths(units: Sequence[str], width: int) -> list[int]:
    # Unit names are whole wherever the terminal has room: the checklist title gives way
    # first (down to 16 cells), the unit column only after that.
    longest = max((line(unit).cell_len for unit in units), default=0)
    unit_width = max(14, longest)
    fixed = 10 + 11 + 9 + 5 * 2 + 2  # date, status, progress, cell padding, a scrollbar
    if width:
        unit_width = max(14, min(unit_width, width - fixed - 16))
        checklist_width = max(16, min(40, width - fixed - unit_width))
    else:
        checklist_width = 28
    return [checklist_width, 10, unit_width, 11, 9]
