"""Action rows are answers like any other: drafts saved as typed, rows edited and removed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.widgets import Button, Input, OptionList, Select

from jamtui.core.answers import ActionRow
from jamtui.storage import Store
from jamtui.ui.app import JamtuiApp
from jamtui.ui.screens.dialogs import ConfirmDialog
from jamtui.ui.screens.run import RunScreen
from jamtui.ui.widgets.answer_editors import ActionsEditor
from tests.ui.conftest import screen_text, wait_for, wait_for_screen
from tests.ui.test_workshop import open_latest_run

ITEM = "steg1.nasta"


def trappan_run(store: Store, catalog: Any, rows: list[ActionRow] | None = None) -> tuple[str, str]:
    trappan = catalog.get("trappan")
    org = store.create_organisation("Älvdalens kommun")
    run = store.create_run(org.slug, trappan, date="2026-11-22")
    with store.open_run(org.slug, run.id, trappan) as session:
        session.set_last_item(ITEM)
        session.set_value("steg1.status", "pagar")  # writes the position too
        if rows:
            session.set_actions(ITEM, rows)
    return org.slug, run.id


def stored(store: Store, slug: str, run_id: str) -> list[ActionRow]:
    answer = store.load_run(slug, run_id).answers.get(ITEM)
    return answer.actions if answer else []


async def at_actions(pilot: Any) -> RunScreen:
    screen = await open_latest_run(pilot)
    if screen.current != ITEM:
        screen.goto(ITEM)
    await wait_for(pilot, lambda: screen.query(ActionsEditor), "the action rows")
    return screen


async def test_a_draft_row_is_saved_as_typed_survives_f4_and_becomes_a_row(
    make_app: Callable[..., JamtuiApp], store: Store, catalog: Any
) -> None:
    slug, run_id = trappan_run(store, catalog)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await at_actions(pilot)
        screen.query_one("#action-what", Input).focus()
        await pilot.press(*"Boka kurs")
        await pilot.press("tab", *"Åsa", "tab", *"32026-03-3")
        await wait_for(
            pilot,
            lambda: (
                [(r.what, r.who, r.draft) for r in stored(store, slug, run_id)]
                == [("Boka kurs", "Åsa", True)]
            ),
            "the draft on disk",
        )
        assert "utkast" in screen_text(app)
        await pilot.press("f4")
        await wait_for(pilot, lambda: screen.current != ITEM, "the next item")
        await pilot.press("f3")
        await wait_for(pilot, lambda: screen.current == ITEM, "back")
        await wait_for(pilot, lambda: screen.query(ActionsEditor), "the action rows")
        assert screen.query_one("#action-what", Input).value == "Boka kurs"  # the draft goes on
        assert stored(store, slug, run_id)[0].draft
        screen.query_one("#action-due", Input).focus()
        await pilot.press("enter")
        await wait_for(pilot, lambda: '32026-03-3" är inget datum' in screen_text(app), "refusal")
        assert stored(store, slug, run_id)[0].draft  # refused: still a draft, nothing lost
        due = screen.query_one("#action-due", Input)
        due.value = ""
        await pilot.press(*"1/3 2027", "enter")
        await wait_for(
            pilot,
            lambda: (
                [(r.what, r.due, r.draft) for r in stored(store, slug, run_id)]
                == [("Boka kurs", "2027-03-01", False)]
            ),
            "the complete row",
        )
        assert screen.query_one("#action-what", Input).value == ""  # ready for the next row
        assert "utkast" not in screen_text(app)


async def test_every_row_can_be_edited_its_status_changed_and_removed_after_asking(
    make_app: Callable[..., JamtuiApp], store: Store, catalog: Any
) -> None:
    long = "Ta fram könsuppdelad statistik för alla verksamheter och redovisa den i nämnden"
    slug, run_id = trappan_run(
        store,
        catalog,
        [ActionRow("Boka kurs", "Åsa", "2027-03-01"), ActionRow(long, "Nils Berg", "2027-06-30")],
    )
    ids = [r.id for r in stored(store, slug, run_id)]
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await at_actions(pilot)
        rows = screen.query_one("#action-rows", OptionList)
        # The long row reads in full: it wraps onto more lines instead of being cut.
        await wait_for(pilot, lambda: rows.virtual_size.height >= 3, "a wrapped row")
        assert rows.virtual_size.width <= rows.scrollable_content_region.width
        rows.focus()
        await pilot.press("down", "enter")  # the second row into the form
        await wait_for(pilot, lambda: screen.query_one("#action-what", Input).value == long)
        screen.query_one("#action-status", Select).value = "klar"
        screen.query_one("#action-who", Input).focus()
        await pilot.press("end", *" och Kim", "enter")
        await wait_for(
            pilot,
            lambda: (
                [(r.id, r.who, r.status) for r in stored(store, slug, run_id)][1]
                == (ids[1], "Nils Berg och Kim", "klar")
            ),
            "the edited row",
        )
        assert "klar" in screen_text(app)
        rows.focus()
        await pilot.press("home")
        screen.query_one("#action-remove", Button).press()
        dialog: ConfirmDialog = await wait_for_screen(pilot, ConfirmDialog)
        assert 'Ta bort åtgärden "Boka kurs"?' in screen_text(app)
        dialog.query_one("#yes", Button).press()
        await wait_for(pilot, lambda: [r.id for r in stored(store, slug, run_id)] == [ids[1]])
