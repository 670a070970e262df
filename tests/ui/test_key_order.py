"""Keys sent at once act in order: on the dialog just opened, in the field Tab moved to."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual import events
from textual.widgets import Button, Input, TextArea

from jamtui.storage import Store
from jamtui.ui.app import JamtuiApp
from jamtui.ui.screens.dialogs import TextDialog
from jamtui.ui.screens.new_run import NewRunDialog
from jamtui.ui.screens.run import RunScreen
from tests.ui.conftest import screen_text, wait_for, wait_for_screen
from tests.ui.test_new_item_types import lund_4r_run
from tests.ui.test_run_trust import skr_run
from tests.ui.test_workshop import open_latest_run

CHARACTERS = {"tab": "\t", "space": " "}


def type_at_once(app: JamtuiApp, *keys: str) -> None:
    """The keys reach the app together, as from one fast typist (Pilot waits after each)."""
    for key in keys:
        app.post_message(events.Key(key, key if len(key) == 1 else CHARACTERS.get(key)))


async def test_ctrl_r_tabs_and_text_sent_at_once_land_in_the_participants(
    make_app: Callable[..., JamtuiApp], store: Store, catalog: Any
) -> None:
    skr_run(store, catalog, {"Carina Sennerby": 3})
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_latest_run(pilot)
        # All before anything is drawn: unit → date → facilitator → participants, the first
        # line cut (the text area's own key, run as its key comes back up), text, and Tab on
        # to "Spara" only after both.
        type_at_once(app, "ctrl+r", "tab", "tab", "tab", "ctrl+k", "§", "tab")
        dialog = await wait_for_screen(pilot, NewRunDialog)
        area = dialog.query_one("#participants", TextArea)
        start = dialog.query_one("#start", Button)
        await wait_for(pilot, lambda: dialog.focused is start, "Tab on to the button")
        assert area.text.splitlines() == ["§", "Nils Berg", "Kim Ek"]
        assert "§" not in dialog.query_one("#date", Input).value
        assert "§" not in dialog.query_one("#facilitator", Input).value


async def open_run_details(pilot: Any) -> NewRunDialog:
    """Open the latest run and its details dialog (Ctrl+R), waiting for each."""
    await open_latest_run(pilot)
    await pilot.press("ctrl+r")
    return await wait_for_screen(pilot, NewRunDialog)


async def test_tab_then_text_in_an_open_dialog_lands_in_the_next_field(
    make_app: Callable[..., JamtuiApp], store: Store, catalog: Any
) -> None:
    skr_run(store, catalog, {})
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_run_details(pilot)
        type_at_once(app, "tab", "tab", "2", "0", "2", "7", "shift+tab", "x")
        facilitator = dialog.query_one("#facilitator", Input)
        date = dialog.query_one("#date", Input)
        await wait_for(pilot, lambda: date.value == "x", "x in the date, after Shift+Tab")
        assert facilitator.value == "2027"
        assert dialog.focused is date


async def test_a_paste_after_tabs_lands_where_the_tabs_led(
    make_app: Callable[..., JamtuiApp], store: Store, catalog: Any
) -> None:
    skr_run(store, catalog, {})
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_run_details(pilot)
        type_at_once(app, "tab", "tab")
        app.post_message(events.Paste("Åsa Lind"))
        facilitator = dialog.query_one("#facilitator", Input)
        await wait_for(pilot, lambda: facilitator.value == "Åsa Lind", "the paste in the field")


async def test_text_typed_as_a_dialog_opens_is_in_its_first_field(
    make_app: Callable[..., JamtuiApp],
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, type(app.screen))
        app.push_screen(TextDialog("Ny enhet", "Namn"))
        type_at_once(app, "H", "R")
        dialog = await wait_for_screen(pilot, TextDialog)
        field = dialog.query_one("#dialog-input", Input)
        await wait_for(pilot, lambda: field.value == "HR", "HR in the dialog's field")


async def test_text_typed_right_after_f4_lands_in_a_typed_line_and_a_tables_first_cell(
    make_app: Callable[..., JamtuiApp], store: Store
) -> None:
    app = make_app()
    org, run = lund_4r_run(app, store)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, type(app.screen))
        app.open_run(org, run.id)
        screen = await wait_for_screen(pilot, RunScreen)
        await wait_for(pilot, lambda: screen.focused is screen.query_one("#typed", Input))
        # The date line has the keyboard; F4 and digits at once: the digits fill the table's
        # first cell, built for this item after the F4, not the note below it.
        type_at_once(app, "f4", "7")
        cell = await wait_for_widget(pilot, screen, "#cell-beslutar-kvinnor")
        await wait_for(pilot, lambda: cell.value == "7", "7 in the table's first cell")
        # On past a text item to the budget, a number on one line: the digits go there.
        type_at_once(app, "f4", "f4", "1", "2")
        await wait_for(pilot, lambda: "verksamhetens budget" in screen_text(app))
        line = screen.query_one("#typed", Input)
        await wait_for(pilot, lambda: line.value == "12", "12 in the budget's line")
        await pilot.press("ctrl+q")
    saved = store.load_run(org.slug, run.id)
    assert saved.answers["r1.fordelning"].value == {"beslutar": {"kvinnor": 7}}
    assert saved.answers["r2.budget"].value == 12
    assert not any(answer.note for answer in saved.answers.values())


async def wait_for_widget(pilot: Any, screen: RunScreen, selector: str) -> Input:
    """The input ``selector`` once the screen has mounted it."""
    await wait_for(pilot, lambda: bool(screen.query(selector)), f"{selector} mounted")
    return screen.query_one(selector, Input)
