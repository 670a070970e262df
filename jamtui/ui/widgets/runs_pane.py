"""The highlighted organisation's runs beside the list: a title and the rows that fit."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.geometry import Size
from textual.strip import Strip

from jamtui.i18n import t
from jamtui.ui.widgets.drawn_lines import DrawnLines

SUMMARY_COLUMNS = ("col.checklist", "col.date", "col.status", "col.progress")
"""The pane's columns (the unit is on the organisation's own screen)."""
MIN_DATE = 10
"""The date column is never narrower (an ISO date)."""
GAP = 2
"""Cells between columns."""


class RunsPane(DrawnLines):
    """A bold title, then the runs as a table: the checklist takes the width the date,
    status and progress leave, and ends in an ellipsis when it does not fit.

    Drawn strip by strip (a Rich ``Table`` in a ``Static`` measured and rendered every cell
    at each paint, and the first screen is painted several times as it starts).
    """

    DEFAULT_CSS = """
    RunsPane {
        height: auto;
    }
    """
    """As tall as its lines: the screen's background below them is the same colour, and it
    is not drawn line by line at each paint (at start-up ~25 blank lines, three times)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._rows: Sequence[tuple[Text, ...]] | None = None
        self._widths: list[int] = []

    def show(self, rows: Sequence[tuple[Text, ...]] | None) -> None:
        """Show ``rows`` (checklist, date, status, progress cells each); None: no
        organisation, just the title; empty: the title and "no runs"."""
        height = self._height()
        self._rows = rows
        self._laid_out_for = -1
        if self._height() != height:
            self.refresh(layout=True)
        self._changed()

    def _height(self) -> int:
        """The title, then "no runs", or the heading and one line per run."""
        rows = self._rows
        return 1 if rows is None else 2 + len(rows) if rows else 2

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return self._height()

    @property
    def rows(self) -> Sequence[tuple[Text, ...]] | None:
        return self._rows

    def _layout(self, width: int) -> None:
        heading = [Text(t(key)) for key in SUMMARY_COLUMNS]
        rows = [heading, *(self._rows or ())]
        natural = [max(row[n].cell_len for row in rows) for n in range(len(SUMMARY_COLUMNS))]
        natural[1] = max(natural[1], MIN_DATE)
        gaps = GAP * (len(SUMMARY_COLUMNS) - 1)
        widths = [max(0, width - sum(natural[1:]) - gaps), *natural[1:]]
        # Too narrow even without the checklist: status and progress give way (the widest
        # a cell at a time), as a Rich table does; the date stays whole.
        while sum(widths) + gaps > width and max(widths[2:]) > 1:
            widest = 2 + widths[2:].index(max(widths[2:]))
            widths[widest] -= 1
        self._widths = widths

    def _draw_line(self, y: int, width: int) -> Strip:
        if y == 0:
            return self._strip(Text(t("orgs.runs"), style="bold"), width)
        rows = self._rows
        if rows is None or (y > 1 and y - 2 >= len(rows)):
            return Strip.blank(width)
        if not rows:
            return self._strip(Text(t("orgs.no_runs"), style="italic"), width)
        if y == 1:
            heading = self._row([Text(t(key)) for key in SUMMARY_COLUMNS])
            heading.style = "bold"  # the whole line, as a Rich table's header
            return self._strip(heading, width)
        return self._strip(self._row(rows[y - 2]), width)

    def _strip(self, text: Text, width: int) -> Strip:
        text.no_wrap = True
        text.end = ""
        text.truncate(width, overflow="ellipsis")
        if text.style:  # (``render`` leaves the text's own style to its caller)
            text.stylize_before(text.style)
            text.style = ""
        strip = Strip(text.render(self.app.console), text.cell_len)
        return strip.extend_cell_length(width)

    def _row(self, cells: Sequence[Text]) -> Text:
        text = Text(no_wrap=True, end="")
        last = len(self._widths) - 1
        for n, (cell, cell_width) in enumerate(zip(cells, self._widths, strict=False)):
            shown = cell.copy() if cell_width else Text()
            if cell_width:
                shown.truncate(cell_width, overflow="ellipsis", pad=n < last)
            text.append_text(shown)
            if n < last:
                text.append(" " * GAP)
        return text
