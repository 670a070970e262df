"""SVG snapshots of the main screens at 80x24 and 120x40 (fixed data, fixed date)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from jamtui.core.run import Participant
from jamtui.storage import Store
from jamtui.ui.app import JamtuiApp


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
    run = store.create_run(
        malmo.slug,
        checklist,
        date="2026-11-20",
        unit="Kulturförvaltningen",
        facilitator="Karin Ek",
        participants=[Participant("Åsa Lind", "strateg"), Participant("Nils Berg", "controller")],
    )
    with store.open_run(malmo.slug, run.id, checklist) as session:
        session.set_value("utgangspunkter.mal", "Ja: KF:s jämställdhetsmål 2024–2027.")
        session.set_note(
            "utgangspunkter.mal", "Målen är kända i ledningen men inte ute i verksamheten."
        )
    return make_app()


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_organisations_screen(snap_compare: Any, demo: JamtuiApp, size: tuple[int, int]) -> None:
    assert snap_compare(demo, terminal_size=size)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_run_screen(snap_compare: Any, demo: JamtuiApp, size: tuple[int, int]) -> None:
    async def open_run(pilot: Any) -> None:
        await pilot.press("down", "enter")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()

    assert snap_compare(demo, terminal_size=size, run_before=open_run)


def test_organisation_screen(snap_compare: Any, demo: JamtuiApp) -> None:
    async def open_org(pilot: Any) -> None:
        await pilot.press("down", "enter")
        await pilot.pause()

    assert snap_compare(demo, terminal_size=(80, 24), run_before=open_org)


def test_summary_screen(snap_compare: Any, demo: JamtuiApp) -> None:
    async def open_summary(pilot: Any) -> None:
        await pilot.press("down", "enter")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("f9")
        await pilot.pause()

    assert snap_compare(demo, terminal_size=(80, 24), run_before=open_summary)
