"""The runs pane beside the organisation list reads as the Rich table it replaced."""

from __future__ import annotations

from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.app import App, ComposeResult

from jamtui.i18n import t
from jamtui.ui.widgets.runs_pane import RunsPane

ROWS = [
    (
        Text("Lärande uppföljning av jämställdhetsintegrering i verksamheten"),
        Text("2026-11-20"),
        Text("Pågående"),
        Text("12 / 80"),
    ),
    (Text("MUMS"), Text("2025-01-02"), Text("Slutförd"), Text("80 / 80")),
]


def as_a_table(rows: list[tuple[Text, ...]] | None) -> RenderableType:
    """What the pane showed before: a title above a Rich table (or a line of its own)."""
    title = Text(t("orgs.runs"), style="bold")
    if rows is None:
        return title
    if not rows:
        return Group(title, Text(t("orgs.no_runs"), style="italic"))
    table = Table(box=None, expand=True, show_edge=False, pad_edge=False)
    table.add_column(t("col.checklist"), ratio=1, no_wrap=True, overflow="ellipsis")
    table.add_column(t("col.date"), min_width=10, no_wrap=True)
    for key in ("col.status", "col.progress"):
        table.add_column(t(key), no_wrap=True, overflow="ellipsis")
    for row in rows:
        table.add_row(*row)
    return Group(title, table)


def table_lines(rows: list[tuple[Text, ...]] | None, width: int, height: int) -> list[str]:
    console = Console(width=width, record=True, color_system=None)
    console.print(as_a_table(rows))
    lines = [line.rstrip() for line in console.export_text().splitlines()]
    return lines + [""] * (height - len(lines))


class PaneApp(App[None]):
    def compose(self) -> ComposeResult:
        yield RunsPane(id="pane")


async def test_the_runs_pane_reads_as_the_table_it_replaced_at_every_width() -> None:
    app = PaneApp()
    async with app.run_test(size=(100, 6)) as pilot:
        pane = app.query_one(RunsPane)
        for rows in (ROWS, [], None):
            pane.show(rows)
            for width in (40, 57, 80, 100):
                await pilot.resize_terminal(width, 6)
                await pilot.pause()
                drawn = [strip.text.rstrip() for strip in pane.render_lines(pane.size.region)]
                # The pane is as tall as its lines; below them is the screen's background.
                table = table_lines(rows, width, 6)
                assert drawn == table[: len(drawn)], (width, rows and len(rows))
                assert table[len(drawn) :] == [""] * (6 - len(drawn)), (width, len(drawn))
        pane.show(ROWS)
        await pilot.resize_terminal(57, 6)
        await pilot.pause()
        lines = [strip.text for strip in pane.render_lines(pane.size.region)]
        assert lines[2].startswith("Lärande uppföljning") and "…  2026-11-20  Pågående" in lines[2]
