"""Large data on screen: runs tables draw only the rows shown; the first screen checks later."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import overload

import pytest

from jamtui.storage import RunSummary, Store
from jamtui.ui.app import JamtuiApp
from jamtui.ui.screens.organisation import OrganisationScreen
from jamtui.ui.widgets.runs_table import RunsTable
from tests.terminal import Terminal
from tests.ui.conftest import screen_text, wait_for, wait_for_screen

RUNS = 100_000


class ManyRuns(Sequence[RunSummary]):
    """100,000 runs made when asked for, counting what was asked (no files behind them)."""

    def __init__(self, count: int) -> None:
        self.count = count
        self.asked: set[int] = set()

    def __len__(self) -> int:
        return self.count

    @overload
    def __getitem__(self, index: int) -> RunSummary: ...
    @overload
    def __getitem__(self, index: slice) -> list[RunSummary]: ...
    def __getitem__(self, index: int | slice) -> RunSummary | list[RunSummary]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self.count))]
        if not 0 <= index < self.count:
            raise IndexError(index)
        self.asked.add(index)
        return RunSummary(
            id=f"run-{index:06d}",
            checklist_id="mums",
            checklist_version="1",
            date=f"nr {index + 1:06d}",
            unit="",
            status="draft",
            answered=0,
            updated="",
        )

    def units(self) -> set[str]:
        return {""}


async def test_100000_runs_open_and_scroll_drawing_only_the_rows_on_screen(
    make_app: Callable[..., JamtuiApp], store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    org = store.create_organisation("Stora kommunen")
    runs = ManyRuns(RUNS)
    monkeypatch.setattr(Store, "run_rows", lambda self, slug, check_files=True: runs)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: "nr 000001" in runs_pane(app), "the runs pane")
        assert len(runs.asked) <= 24, "the runs pane beside the list builds what fits only"
        runs.asked.clear()
        app.open_organisation(org.slug)
        screen = await wait_for_screen(pilot, OrganisationScreen)
        table = screen.query_one("#runs", RunsTable)
        await wait_for(pilot, lambda: table.rows_drawn > 0, "rows drawn")
        assert table.row_count == RUNS
        assert 0 < table.rows_drawn <= 24 and len(runs.asked) <= 24
        await pilot.press("end")
        await wait_for(pilot, lambda: table.cursor_row == RUNS - 1, "the last run")
        await pilot.pause()
        drawn = [strip.text for strip in table.render_lines(table.size.region)]
        assert any("nr 100000" in row for row in drawn), drawn
        assert len(runs.asked) <= 2 * 24
        await pilot.press("up")
        await wait_for(pilot, lambda: table.current_run_id == f"run-{RUNS - 2:06d}", "one up")


async def test_an_organisation_file_edited_in_place_shows_after_the_check(
    make_app: Callable[..., JamtuiApp], store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("jamtui.ui.screens.organisations.CHECK_DELAY", 0.01)
    org = store.create_organisation("Lund")
    store.list_organisations()
    path = store.orgs_dir / org.slug / "organisation.toml"
    text = path.read_text(encoding="utf-8").replace('name = "Lund"', 'name = "Lunds kommun"')
    with path.open("r+", encoding="utf-8") as file:  # in place: the folder does not change
        file.write(text)
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: "Lunds kommun" in screen_text(app), "the checked name")


def runs_pane(app: JamtuiApp) -> str:
    pane = app.screen.query_one("#org-runs")
    return "\n".join(strip.text for strip in pane.render_lines(pane.size.region))


def many_runs_on_disk(data: Path, runs: int) -> tuple[str, str]:
    """``runs`` runs of one organisation on disk; the dates of the newest and the oldest."""
    import datetime as dt

    from bench.generate import bundled, many_runs

    many_runs(data, runs)
    days = (runs - 1) // len(bundled())
    return (dt.date(2000, 1, 1) + dt.timedelta(days=days)).isoformat(), "2000-01-01"


def test_the_last_of_many_runs_is_reached_in_a_terminal(tmp_path: Path) -> None:
    data = tmp_path / "data"
    newest, oldest = many_runs_on_disk(data, 600)
    with Terminal("--data-dir", str(data), size=(80, 24)) as term:
        term.wait_for("Bänk kommun")
        term.press("enter")
        term.wait_for("Enheter:")
        assert newest in term.screen()
        term.press("end")
        term.wait_for(oldest)
        term.press("enter")
        term.wait_for("besvarade")  # the oldest run opened
        done = term.quit()
    assert done.code == 0 and not done.traceback
