"""The first screen: long organisation lists, titles before the catalog loads, the catalog later."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.app import App, ComposeResult

from jamtui.catalog import Catalog
from jamtui.settings import Settings
from jamtui.storage import Store
from jamtui.ui.app import create_app
from jamtui.ui.checklist_titles import ChecklistTitles
from jamtui.ui.widgets.name_list import Entry, NameList
from tests.plugin.test_entry_points import plugin_site, run
from tests.ui.conftest import TODAY, wait_for

__all__ = ["plugin_site"]  # a fixture, used by name


class ListApp(App[None]):
    def __init__(self, count: int, entries: list[Entry] | None = None) -> None:
        super().__init__()
        self.entries = entries or [Entry(f"Kommun {i}", f"k{i}") for i in range(count)]
        self.chosen: list[str] = []

    def compose(self) -> ComposeResult:
        yield NameList(id="names")

    def on_mount(self) -> None:
        names = self.query_one(NameList)
        names.set_entries(self.entries)
        names.focus()

    def on_name_list_selected(self, event: NameList.Selected) -> None:
        self.chosen.append(event.entry.id)


def visible_rows(app: App[None]) -> list[str]:
    names = app.query_one(NameList)
    return [names.render_line(y).text.rstrip() for y in range(names.size.height)]


async def test_a_long_list_moves_by_key_and_page_and_marks_the_row_without_colour() -> None:
    app = ListApp(5000)
    async with app.run_test(size=(40, 12)) as pilot:
        names = app.query_one(NameList)
        assert names.option_count == 5000
        assert visible_rows(app)[0] == "▸ Kommun 0"
        await pilot.press("down", "down")
        assert names.highlighted == 2
        await pilot.press("pagedown")
        assert names.highlighted == 2 + names.size.height - 1
        await pilot.press("end")
        await pilot.pause()
        assert names.highlighted == 4999
        assert "▸ Kommun 4999" in visible_rows(app), "the highlighted row is scrolled into view"
        await pilot.press("home", "up")
        assert names.highlighted == 0, "up at the top stays at the top"
        await pilot.press("enter")
        await pilot.pause()
        assert app.chosen == ["k0"]


async def test_a_click_highlights_and_selects_the_row_under_the_mouse() -> None:
    app = ListApp(20)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.click(NameList, offset=(4, 3))
        await pilot.pause()
        assert app.query_one(NameList).highlighted == 3
        assert app.chosen == ["k3"]


async def test_an_empty_list_highlights_nothing_and_selects_nothing() -> None:
    app = ListApp(0)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.press("down", "enter", "end")
        await pilot.pause()
        names = app.query_one(NameList)
        assert names.highlighted is None and names.highlighted_entry is None
        assert app.chosen == []


def runs_pane(app: App[int]) -> str:
    """The runs pane as drawn: its lines of text."""
    pane = app.screen.query_one("#org-runs")
    return "\n".join(strip.text for strip in pane.render_lines(pane.size.region))


def highlighted(app: App[object]) -> str:
    """The organisation highlighted on the first screen."""
    names = app.screen.query_one("#org-list", NameList)
    entry = names.highlighted_entry
    return entry.label if entry else ""


def make_run(store: Store, catalog: Catalog) -> None:
    checklist = catalog.get("mums")
    assert checklist is not None
    org = store.create_organisation("Malmö stad")
    store.create_run(org.slug, checklist, date="2026-11-20")


async def test_the_first_screen_names_checklists_from_the_cache_and_the_catalog_loads_after(
    settings: Settings, store: Store, catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("jamtui.ui.app.CATALOG_DELAY", 0.01)
    make_run(store, catalog)
    mums = catalog.get("mums")
    assert mums is not None
    ChecklistTitles(settings.data_dir).remember(catalog)
    app = create_app(settings, today=lambda: TODAY)  # no catalog given: the app loads it
    heading = app.checklist_heading("mums")
    assert app._catalog is None, "titles for the first screen come without loading checklists"
    assert heading is not None and heading.title == mums.title.get("sv")
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: "Malmö stad" in highlighted(app), "the list drawn")
        assert mums.title.get("sv")[:10] in runs_pane(app)
        assert f"0 / {len(mums.items)}" in runs_pane(app)
        assert app._catalog is None and not app._catalog_soon, "the first screen needs none"
        await pilot.press("enter")
        await wait_for(pilot, lambda: app._catalog is not None, "loaded once an org is open")
        assert app.catalog.get("mums") is not None


async def test_without_a_cache_the_runs_pane_fills_in_once_the_catalog_has_loaded(
    settings: Settings, store: Store, catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("jamtui.ui.app.CATALOG_DELAY", 0.01)
    make_run(store, catalog)
    cache = settings.data_dir / ".cache" / "checklist-titles.json"
    assert not cache.exists()
    app = create_app(settings, today=lambda: TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: "MUMS" in runs_pane(app), "the title appears")
    data = json.loads(cache.read_text(encoding="utf-8"))
    assert data["checklists"]["mums"]["title"]["sv"].startswith("MUMS")


def test_a_broken_or_foreign_titles_cache_is_ignored_and_rewritten(
    settings: Settings, catalog: Catalog
) -> None:
    cache = settings.data_dir / ".cache" / "checklist-titles.json"
    cache.parent.mkdir(parents=True, exist_ok=True)
    for junk in (
        b"\xff\xfe not json",
        b"[1, 2]",
        b"[" * 100000,  # nested too deeply for the JSON reader
        b'{"version": 99, "checklists": {}}',
        b'{"version": 1, "checklists": {"mums": {"title": 5, "items": "x"}}}',
    ):
        cache.write_bytes(junk)
        titles = ChecklistTitles(settings.data_dir)
        assert titles.get("mums", "sv") is None
    titles.remember(catalog)
    heading = ChecklistTitles(settings.data_dir).get("mums", "en")
    mums = catalog.get("mums")
    assert mums is not None and heading is not None
    assert heading.title == mums.title.get("en") and heading.items == len(mums.items)


def test_an_unwritable_cache_folder_never_stops_the_app(
    settings: Settings, catalog: Catalog, tmp_path: Path
) -> None:
    data_dir = tmp_path / "other"
    data_dir.mkdir()
    (data_dir / ".cache").write_text("a file where the folder should be", "utf-8")
    titles = ChecklistTitles(data_dir)
    titles.remember(catalog)  # must not raise
    assert titles.get("mums", "sv") is not None, "still known for this session"


def test_strict_plugin_mode_stops_before_the_app_takes_the_terminal(
    plugin_site: Path, tmp_path: Path
) -> None:
    result = run(plugin_site, tmp_path, JAMTUI_STRICT_PLUGINS="1")  # no command: the TUI
    assert result.returncode == 3
    assert "JAMTUI_STRICT_PLUGINS" in result.stderr
    assert "Traceback" not in result.stderr


async def test_a_500_character_name_ends_in_an_ellipsis_and_escapes_never_reach_the_screen() -> (
    None
):
    odd = [Entry("Å" * 500, "lang"), Entry("Ö\x1b[31mröd\x07 [bold]fet[/]", "fult", "arkiverad")]
    app = ListApp(0, odd)
    async with app.run_test(size=(40, 12)):
        rows = visible_rows(app)
        assert rows[0].startswith("▸ ÅÅÅ") and rows[0].endswith("…")
        assert rows[1] == "  Öröd [bold]fet[/]  (arkiverad)"


async def test_the_highlighted_row_stays_in_view_when_the_list_grows_or_the_window_shrinks() -> (
    None
):
    app = ListApp(200)
    async with app.run_test(size=(40, 24)) as pilot:
        names = app.query_one(NameList)
        names.set_entries([Entry("Zzz sista", "zzz")])  # as after typing a filter
        await pilot.pause()
        names.set_entries([*app.entries, Entry("Zzz sista", "zzz")], highlight=200)
        # The scroll to the highlighted row follows the next layout: wait for it.
        await wait_for(pilot, lambda: "▸ Zzz sista" in visible_rows(app), "widening the filter")
        await pilot.press("home")
        for _ in range(15):
            await pilot.press("down")
        await pilot.resize_terminal(40, 8)
        await wait_for(pilot, lambda: "▸ Kommun 15" in visible_rows(app), "the window shrank")


async def test_a_long_name_ends_in_an_ellipsis_left_of_the_scrollbar() -> None:
    entries = [Entry("Aaa mycket långt namn " * 5, "lang")]
    entries += [Entry(f"Kommun {i}", f"k{i}") for i in range(40)]
    app = ListApp(0, entries)
    async with app.run_test(size=(40, 12)):
        names = app.query_one(NameList)
        width = names.scrollable_content_region.width
        assert width < names.size.width, "a scrollbar is shown"
        first = names.render_line(0).text
        assert len(first) == width and first.endswith("…")
