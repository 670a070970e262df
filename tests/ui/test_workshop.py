"""The workshop year: four people rate nine items, reveal, agree; next year, see what changed."""

from __future__ import annotations

import statistics
from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.coordinate import Coordinate
from textual.widgets import DataTable, TextArea

from jamtui.catalog import Catalog, CatalogEntry
from jamtui.core.numbers import format_delta, format_number
from jamtui.core.run import Participant
from jamtui.storage import Store
from jamtui.ui.app import JamtuiApp
from jamtui.ui.screens.compare import CompareScreen, RunPicker
from jamtui.ui.screens.help import HelpScreen
from jamtui.ui.screens.organisation import OrganisationScreen
from jamtui.ui.screens.ratings_grid import DissentDialog, RatingsGridScreen
from jamtui.ui.screens.run import RunScreen
from jamtui.ui.screens.summary import SummaryScreen
from tests.core.builders import checklist, item, section
from tests.ui.conftest import screen_text, wait_for, wait_for_screen

PEOPLE = [Participant("Åsa"), Participant("Nils"), Participant("Fatima"), Participant("Örjan")]


def ratings_for(year: int) -> list[list[int]]:
    """ratings[person][item] on the 1–10 scale, different each year."""
    return [[(year + person * 2 + row) % 10 + 1 for row in range(9)] for person in range(4)]


def agreed_for(ratings: list[list[int]]) -> list[int]:
    """What the group agrees on: the (rounded-down) median of the four ratings."""
    return [int(statistics.median(r[row] for r in ratings)) for row in range(9)]


def key_for(value: int) -> str:
    return "0" if value == 10 else str(value)


async def open_latest_run(pilot: Any) -> RunScreen:
    """From the organisations screen: the first organisation, then its newest run."""
    await wait_for_screen(pilot, type(pilot.app.screen))
    await pilot.press("enter")
    await wait_for_screen(pilot, OrganisationScreen)
    await pilot.press("enter")
    screen: RunScreen = await wait_for_screen(pilot, RunScreen)
    return screen


async def type_the_grid(pilot: Any, ratings: list[list[int]], agreed: list[int]) -> None:
    """Only keys: each person's column top to bottom, then the agreed column (it wraps)."""
    app = pilot.app
    grid = app.screen
    assert isinstance(grid, RatingsGridScreen)
    table = grid.query_one("#grid", DataTable)
    assert table.cursor_coordinate == Coordinate(0, 1)  # first person, first item
    for person, values in enumerate(ratings):
        for value in values:
            await pilot.press(key_for(value))
        if person == 0:
            text = screen_text(app)
            assert "Dolt: 1 av 4 har bedömt" in text
            assert "✓" in text and f"| {values[0]} |" not in text.replace("✓", "")
    assert table.cursor_coordinate == Coordinate(0, 5)  # wrapped to the agreed column
    for value in agreed:
        await pilot.press(key_for(value))


async def test_a_workshop_year_and_the_next(
    make_app: Callable[..., JamtuiApp], store: Store, catalog: Any, settings: Any
) -> None:
    larande = catalog.get("larande-uppfoljning")
    org = store.create_organisation("Malmö stad")
    store.create_run(org.slug, larande, date="2025-11-20", participants=PEOPLE)
    first, first_agreed = ratings_for(2025), agreed_for(ratings_for(2025))
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        run_screen = await open_latest_run(pilot)
        assert "f8" in run_screen.active_bindings  # the grid is offered: the items have raters
        await pilot.press("f8")
        grid: RatingsGridScreen = await wait_for_screen(pilot, RatingsGridScreen)
        assert len(grid.items) == 9 and grid.people == ["Åsa", "Nils", "Fatima", "Örjan"]
        await type_the_grid(pilot, first, first_agreed)
        # everyone has rated: the numbers and the whiteboard spread show without a reveal
        grid.query_one("#grid", DataTable).cursor_coordinate = Coordinate(0, 1)
        await wait_for(pilot, lambda: "Spridning:" in screen_text(app))
        text = screen_text(app)
        row = [str(first[p][0]) for p in range(4)]
        assert f"1.3 Utgångspunkter | {' | '.join(row)} | {first_agreed[0]}" in text
        low, high = min(int(v) for v in row), max(int(v) for v in row)
        assert f"min {low}, max {high}, median" in text
        assert f"{row[0]}: Åsa" in text
        # a dissent note on the first item, written in a dialog
        await pilot.press("d")
        dialog: DissentDialog = await wait_for_screen(pilot, DissentDialog)
        dialog.query_one("#dissent-text", TextArea).insert("Nils menar att målen saknas.")
        await pilot.press("ctrl+s")
        await wait_for_screen(pilot, RatingsGridScreen)
        assert "Avvikande mening: Nils menar att målen saknas." in screen_text(app)
        # the summary: section scores and the total come from the agreed values
        await pilot.press("escape")
        await wait_for_screen(pilot, RunScreen)
        await pilot.press("f9")
        await wait_for_screen(pilot, SummaryScreen)
        summary = screen_text(app)
        mean = format_number(sum(first_agreed) / 9)
        assert f"Totalt: 9 av 9 besvarade, medel {mean} av 10" in summary
        assert f"1 av 1 besvarade, medel {first_agreed[0]} av 10" in summary
        assert "Utgångspunkter" in summary and "█" in summary
        # the export keeps every individual rating
        await pilot.press("e")  # the export dialog: Markdown into rapporter/ unless changed
        await wait_for(pilot, lambda: pilot.app.screen.query("#export-dialog"), "the dialog")
        await pilot.click("#ok")
        reports = Path(settings.data_dir) / "rapporter"
        await wait_for(pilot, lambda: reports.is_dir() and any(reports.iterdir()), "a report")
        report = next(reports.iterdir()).read_text(encoding="utf-8")
        assert "Åsa" in report and "Örjan" in report and "Nils menar att målen saknas." in report
    run = store.load_run(org.slug, "latest")
    answer = run.answers["utgangspunkter.bedomning"]
    assert run.named_ratings(answer.ratings) == {p.name: first[i][0] for i, p in enumerate(PEOPLE)}
    assert answer.value == first_agreed[0] and answer.dissent == "Nils menar att målen saknas."
    assert run.answers["samlad.bedomning"].value == first_agreed[8]

    # next year: the same group, new ratings; the summary and the comparison show the change
    store.create_run(org.slug, larande, date="2026-11-20", participants=PEOPLE)
    second, second_agreed = ratings_for(2026), agreed_for(ratings_for(2026))
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_latest_run(pilot)
        await pilot.press("f8")
        await wait_for_screen(pilot, RatingsGridScreen)
        await type_the_grid(pilot, second, second_agreed)
        await pilot.press("escape")
        await wait_for_screen(pilot, RunScreen)
        await pilot.press("f9")
        await wait_for_screen(pilot, SummaryScreen)
        change = format_delta((sum(second_agreed) - sum(first_agreed)) / 9)
        assert f"({change} sedan 2025-11-20)" in screen_text(app)
        await pilot.press("j")
        await wait_for_screen(pilot, CompareScreen)
        text = screen_text(app)
        assert "2025-11-20 → 2026-11-20" in text
        assert "Avsnitt (tidigare → senare)" in text and "█" in text
        changed = sum(a != b for a, b in zip(first_agreed, second_agreed, strict=True))
        assert f"Ändrade svar ({changed})" in text
        delta = format_delta(second_agreed[0] - first_agreed[0])
        assert f"{first_agreed[0]} → {second_agreed[0]} ({delta})" in text


async def test_ratings_stay_hidden_until_everyone_has_rated_or_revealed(
    make_app: Callable[..., JamtuiApp], store: Store, catalog: Any
) -> None:
    skr = catalog.get("skr-sjalvskattning")
    org = store.create_organisation("Lund")
    run = store.create_run(org.slug, skr, participants=PEOPLE[:2])
    with store.open_run(org.slug, run.id, skr) as session:
        session.set_rating("moment.m1-beslut", "Åsa", 3)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_latest_run(pilot)
        await pilot.press("f8")
        grid: RatingsGridScreen = await wait_for_screen(pilot, RatingsGridScreen)
        assert "Dolt: 1 av 2 har bedömt" in screen_text(app)
        assert "3: Åsa" not in screen_text(app) and "✓" in screen_text(app)
        await pilot.press("r")
        await wait_for(pilot, lambda: "3: Åsa" in screen_text(app), "the reveal")
        assert "väntar på: Nils" in screen_text(app)
        await pilot.press("r")
        await wait_for(pilot, lambda: "3: Åsa" not in screen_text(app), "hidden again")
        await pilot.press("7")  # not on the 1–3 scale
        await wait_for(pilot, lambda: app._notifications, "a warning")
        messages = " ".join(str(n.message) for n in app._notifications)
        assert "finns inte på skalan (1–3, n = ej aktuellt)" in messages
        assert "moment.m1-beslut" not in {
            k
            for k, a in grid.session.run.answers.items()
            if "Nils" in grid.session.run.named_ratings(a.ratings)
        }
        await pilot.press("right", "2")  # Nils rates the first item: everyone has
        await wait_for(
            pilot,
            lambda: grid.session.run.named_ratings(
                grid.session.answer("moment.m1-beslut").ratings
            ).get("Nils"),
        )
        assert "| 3 | 2 |" in screen_text(app)  # that row shows its numbers, the others do not
        await pilot.press("up")
        await wait_for(pilot, lambda: "Spridning: 2: Nils · 3: Åsa" in screen_text(app))


async def test_the_grid_fits_80_columns_and_its_keys_are_in_the_help(
    make_app: Callable[..., JamtuiApp], store: Store, catalog: Any
) -> None:
    larande = catalog.get("larande-uppfoljning")
    org = store.create_organisation("Malmö stad")
    people = [Participant(n) for n in ("Åsa Lindqvist", "Nils Bergström", "Fatima Khalil")]
    store.create_run(org.slug, larande, participants=[*people, Participant("Örjan Nyström")])
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_latest_run(pilot)
        await pilot.press("f8")
        grid: RatingsGridScreen = await wait_for_screen(pilot, RatingsGridScreen)
        table = grid.query_one("#grid", DataTable)
        assert table.virtual_size.width <= table.scrollable_content_region.width
        assert "Gemensam" in screen_text(app) and "Fatima K" in screen_text(app)
        keys = str(grid.query_one("KeyBar").render())
        assert "Visa/dölj" in keys and "Avvikande mening" in keys
        await pilot.press("f1")
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen), "the help")
        await pilot.pause()
        help_text = screen_text(app)
        assert "Visa eller dölj bedömningarna innan alla har bedömt" in help_text
        assert "0 = 10" in help_text
        await pilot.press("escape")
        await wait_for_screen(pilot, RatingsGridScreen)
        await pilot.press("enter")  # back to the run, at the grid's current item
        run_screen: RunScreen = await wait_for_screen(pilot, RunScreen)
        assert run_screen.current == "utgangspunkter.bedomning"


async def test_skr_summary_shows_the_sum_and_the_level_profile(
    make_app: Callable[..., JamtuiApp], store: Store, catalog: Any
) -> None:
    skr = catalog.get("skr-sjalvskattning")
    org = store.create_organisation("Lund")
    run = store.create_run(org.slug, skr)
    levels = [1, 2, 2, 3, 3, 3, 3, 2, 3, 1]
    with store.open_run(org.slug, run.id, skr) as session:
        for scored, value in zip((i for i in skr.items if i.scored), levels, strict=True):
            session.set_value(scored.id, value)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_latest_run(pilot)
        await pilot.press("f9")
        await wait_for_screen(pilot, SummaryScreen)
        text = screen_text(app)
        assert f"Totalt: 10 av 10 besvarade, summa {sum(levels)} av 30" in text
        assert "Antal moment per nivå: nivå 1: 2 · nivå 2: 3 · nivå 3: 5" in text


V1 = checklist(
    section("mal", item("a"), item("gammal"), item("bort")),
    section("resurser", item("x")),
    version="2024",
    id="egen",
)
V2 = checklist(
    section("mal", item("a"), item("ny", replaces=["mal.gammal"]), item("extra")),
    section("resurser", item("x")),
    version="2025",
    id="egen",
)


async def test_compare_defaults_to_the_previous_run_and_lists_what_moved(
    make_app: Callable[..., JamtuiApp], store: Store
) -> None:
    org = store.create_organisation("Region Gävleborg")
    oldest = store.create_run(org.slug, V1, date="2024-03-01")
    with store.open_run(org.slug, oldest.id, V1) as session:
        session.set_value("mal.a", 1)
        session.set_value("mal.gammal", 2)
        session.set_value("mal.bort", 3)
        session.set_value("resurser.x", 1)
    previous = store.create_run(org.slug, V2, date="2025-03-01")
    with store.open_run(org.slug, previous.id, V2) as session:
        session.set_value("mal.a", 2)
        session.set_value("resurser.x", 2)
    latest = store.create_run(org.slug, V2, date="2026-03-01")
    with store.open_run(org.slug, latest.id, V2) as session:
        session.set_value("mal.a", 3)
        session.set_value("mal.ny", 3)
        session.set_value("resurser.x", 3)
    catalog = Catalog(entries=[CatalogEntry(V2, "test", "test")])
    app = make_app(catalog=catalog)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, type(app.screen))
        await pilot.press("enter")
        await wait_for_screen(pilot, OrganisationScreen)
        await pilot.press("j")  # the newest run is under the cursor
        await wait_for_screen(pilot, CompareScreen)
        text = screen_text(app)
        assert "2025-03-01 → 2026-03-01" in text, text
        assert "Totalt: 2 → 3 (+1)" in text
        # pick the oldest run instead
        await pilot.press("v")
        picker: RunPicker = await wait_for_screen(pilot, RunPicker)
        assert [r.date for r in picker.runs] == ["2025-03-01", "2024-03-01"]
        await pilot.press("down", "enter")
        await wait_for(pilot, lambda: "2024-03-01 → 2026-03-01" in screen_text(app), "2024")
        text = screen_text(app)
        assert "olika versioner av checklistan" in text
        assert "mal.gammal → mal.ny" in text  # renamed through replaces, matched
        assert "Sparade svar på frågor som inte längre finns" in text
        assert "mal.bort: 3" in text  # removed in 2025, listed, never dropped
