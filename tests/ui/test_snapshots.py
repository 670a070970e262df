"""SVG snapshots of the main screens at 80x24 and 120x40 (fixed data, fixed date)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from jamtui.core.run import Participant
from jamtui.storage import Store
from jamtui.ui.app import JamtuiApp
from jamtui.ui.screens.compare import CompareScreen
from jamtui.ui.screens.organisation import OrganisationScreen
from jamtui.ui.screens.organisations import OrganisationsScreen
from jamtui.ui.screens.ratings_grid import RatingsGridScreen
from jamtui.ui.screens.run import RunScreen
from jamtui.ui.screens.summary import SummaryScreen
from tests.ui.conftest import screen_text, wait_for, wait_for_screen


@pytest.fixture
def snap(snap_compare: Any) -> Callable[..., bool]:
    """``snap_compare`` with steady cursors: a blinking one is on or off by when the shot is
    taken, which a busy machine decides (the picture must not)."""

    def compare(app: JamtuiApp, *, run_before: Callable[[Any], Any], **options: Any) -> bool:
        async def before(pilot: Any) -> None:
            await run_before(pilot)
            for widget in pilot.app.screen.query("TextArea, Input"):
                widget.cursor_blink = False
            await pilot.pause()

        return bool(snap_compare(app, run_before=before, **options))

    return compare


@pytest.fixture
def demo(make_app: Callable[..., JamtuiApp], store: Store, catalog: Any) -> JamtuiApp:
    stamp = "2026-11-22T10:00:00+01:00"
    store.now = lambda: stamp
    malmo = store.create_organisation(
        "Malmö stad", units=["Kulturförvaltningen", "Stadsbyggnadsförvaltningen"]
    )
    store.create_organisation("Region Gävleborg")
    store.create_organisation("Älvdalens kommun")
    store.create_organisation("Ale kommun")
    checklist = catalog.get("larande-uppfoljning")
    people = [Participant("Åsa Lind", "strateg"), Participant("Nils Berg", "controller")]
    last_year = store.create_run(
        malmo.slug, checklist, date="2025-11-18", unit="Kulturförvaltningen", participants=people
    )
    with store.open_run(malmo.slug, last_year.id, checklist) as session:
        for number, rated in enumerate(i for i in checklist.items if i.raters):
            session.set_rating(rated.id, "Åsa Lind", number % 10 + 1)
            session.set_rating(rated.id, "Nils Berg", (number + 2) % 10 + 1)
            session.set_value(rated.id, (number + 1) % 10 + 1)
    run = store.create_run(
        malmo.slug,
        checklist,
        date="2026-11-20",
        unit="Kulturförvaltningen",
        facilitator="Karin Ek",
        participants=people,
    )
    with store.open_run(malmo.slug, run.id, checklist) as session:
        session.set_value("utgangspunkter.mal", "Ja: KF:s jämställdhetsmål 2024–2027.")
        session.set_note(
            "utgangspunkter.mal", "Målen är kända i ledningen men inte ute i verksamheten."
        )
        session.set_value("utgangspunkter.bedomning", 4)
        session.set_value("effekter.bedomning", 6)
    return make_app()


def answer_has_focus(screen: RunScreen) -> bool:
    """The run screen has put the cursor in the answer (or the note): it is done drawing."""
    focused = screen.focused
    answer = screen.query_one("#answer")
    return focused is not None and (focused.id == "note" or answer in focused.ancestors)


async def open_org(pilot: Any) -> None:
    await wait_for_screen(pilot, OrganisationsScreen)
    await pilot.press("down", "enter")
    await wait_for_screen(pilot, OrganisationScreen)


async def open_run(pilot: Any) -> None:
    await open_org(pilot)
    await pilot.press("enter")
    await wait_for_screen(pilot, RunScreen, answer_has_focus)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_organisations_screen(
    snap: Callable[..., bool], demo: JamtuiApp, size: tuple[int, int]
) -> None:
    async def ready(pilot: Any) -> None:
        await wait_for_screen(pilot, OrganisationsScreen)

    assert snap(demo, terminal_size=size, run_before=ready)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_run_screen(snap: Callable[..., bool], demo: JamtuiApp, size: tuple[int, int]) -> None:
    assert snap(demo, terminal_size=size, run_before=open_run)


def test_organisation_screen(snap: Callable[..., bool], demo: JamtuiApp) -> None:
    assert snap(demo, terminal_size=(80, 24), run_before=open_org)


def test_summary_screen(snap: Callable[..., bool], demo: JamtuiApp) -> None:
    async def open_summary(pilot: Any) -> None:
        await open_run(pilot)
        await pilot.press("f9")
        await wait_for_screen(pilot, SummaryScreen)

    assert snap(demo, terminal_size=(80, 24), run_before=open_summary)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_ratings_grid_screen(
    snap: Callable[..., bool], demo: JamtuiApp, size: tuple[int, int]
) -> None:
    async def open_grid(pilot: Any) -> None:
        await open_run(pilot)
        await pilot.press("f8")
        await wait_for_screen(pilot, RatingsGridScreen)
        await pilot.press("7", "down", "5", "up", "r")  # Åsa rates 1.3 and 3.7; reveal
        await wait_for(pilot, lambda: "Spridning: 5: Åsa" in screen_text(pilot.app))

    assert snap(demo, terminal_size=size, run_before=open_grid)


def test_compare_screen(snap: Callable[..., bool], demo: JamtuiApp) -> None:
    async def open_compare(pilot: Any) -> None:
        await open_org(pilot)
        await pilot.press("j")
        await wait_for_screen(pilot, CompareScreen)

    assert snap(demo, terminal_size=(80, 24), run_before=open_compare)
