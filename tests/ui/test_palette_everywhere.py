"""The command palette on every screen and dialog: jamtui's commands, in Swedish, findable."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.command import CommandList, CommandPalette
from textual.pilot import Pilot

from jamtui.core.run import Participant
from jamtui.i18n import t
from jamtui.storage import Store
from jamtui.ui.app import JamtuiApp
from jamtui.ui.screens.compare import CompareScreen
from jamtui.ui.screens.help import HelpScreen
from jamtui.ui.screens.new_run import NewRunDialog
from jamtui.ui.screens.organisation import OrganisationScreen
from jamtui.ui.screens.organisations import OrganisationsScreen
from jamtui.ui.screens.ratings_grid import RatingsGridScreen
from jamtui.ui.screens.run import RunScreen
from jamtui.ui.screens.summary import SummaryScreen
from tests.ui.conftest import wait_for, wait_for_screen

TEXTUAL_ENGLISH = ("Keys", "Maximize", "Minimize", "Quit", "Screenshot", "Theme", "Change")


async def palette(pilot: Pilot[int], query: str = "") -> list[str]:
    """Open the palette, type ``query``, and return the titles it lists (then close it)."""
    app = pilot.app
    await pilot.press("ctrl+p")
    await wait_for(pilot, lambda: isinstance(app.screen, CommandPalette), "the palette")
    for char in query:
        await pilot.press(char)

    def titles() -> list[str]:
        lists = app.screen.query(CommandList)
        if not lists:
            return []
        hits = lists.first()
        return [
            str(hits.get_option_at_index(i).prompt).splitlines()[0]
            for i in range(hits.option_count)
        ]

    await wait_for(pilot, lambda: len(titles()) > 0, f"palette hits for {query!r}")
    found = titles()
    await pilot.press("escape")
    await wait_for(pilot, lambda: not isinstance(app.screen, CommandPalette), "palette closed")
    return found


def swedish_only(app: JamtuiApp) -> None:
    """The palette's list with nothing typed (its system commands) on the current screen."""
    titles = [command.title for command in app.get_system_commands(app.screen)]
    assert len(titles) >= 3
    for title in titles:
        assert not title.startswith(TEXTUAL_ENGLISH), titles
    assert t("cmd.help") in titles


async def test_the_palette_on_every_screen_and_dialog(
    make_app: Callable[..., JamtuiApp], store: Store, catalog: Any
) -> None:
    org = store.create_organisation("Lund", units=["Kultur"])
    checklist = catalog.get("larande-uppfoljning")
    people = [Participant("Åsa Lind", "strateg")]
    store.create_run(org.slug, checklist, date="2025-01-02", participants=people)
    store.create_run(org.slug, checklist, date="2026-01-02", participants=people)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_screen(pilot, OrganisationsScreen)
        swedish_only(app)
        shown = await palette(pilot)  # once through the real palette: the same list
        assert set(shown) == {c.title for c in app.get_system_commands(app.screen)}
        await pilot.press("f1")
        await wait_for_screen(pilot, HelpScreen)
        swedish_only(app)
        await pilot.press("escape")
        await pilot.press("enter")
        await wait_for_screen(pilot, OrganisationScreen)
        swedish_only(app)
        await pilot.press("n")
        await wait_for_screen(pilot, NewRunDialog)
        swedish_only(app)
        await pilot.press("escape")
        await wait_for_screen(pilot, OrganisationScreen)
        await pilot.press("j")
        await wait_for_screen(pilot, CompareScreen)
        swedish_only(app)
        await pilot.press("escape")
        await wait_for_screen(pilot, OrganisationScreen)
        await pilot.press("enter")
        await wait_for_screen(pilot, RunScreen)
        swedish_only(app)
        for query, expected in (
            ("exportera", t("cmd.export_run")),
            ("deltagare", t("cmd.participants")),
            ("slutför", t("cmd.finalize_run")),
        ):
            assert (await palette(pilot, query))[0] == expected, query
        await pilot.press("f9")
        await wait_for_screen(pilot, SummaryScreen)
        swedish_only(app)
        assert (await palette(pilot, "exportera"))[0] == t("key.export")
        assert (await palette(pilot, "slutför"))[0] == t("key.finalize")
        await pilot.press("escape")
        await wait_for_screen(pilot, RunScreen)
        await pilot.press("f8")
        await wait_for_screen(pilot, RatingsGridScreen)
        swedish_only(app)
