"""The run screen a group can trust (#11a): participants by id, hidden ratings stay hidden."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.widgets import Button, TextArea

from jamtui.core.dates import format_timestamp
from jamtui.core.run import Participant
from jamtui.export.service import export_session
from jamtui.storage import Store
from jamtui.ui.app import JamtuiApp
from jamtui.ui.screens.dialogs import ConfirmDialog, FinalizeDialog
from jamtui.ui.screens.new_run import NewRunDialog
from jamtui.ui.screens.run import RunScreen
from jamtui.ui.screens.summary import SummaryScreen
from jamtui.ui.widgets.answer_editors import RatingsEditor
from tests.ui.conftest import screen_text, wait_for, wait_for_screen
from tests.ui.test_workshop import open_latest_run

ITEM = "moment.m1-beslut"
PEOPLE = [
    Participant("Carina Sennerby", "strateg"),
    Participant("Nils Berg"),
    Participant("Kim Ek"),
]


def skr_run(store: Store, catalog: Any, ratings: dict[str, int]) -> tuple[str, str]:
    skr = catalog.get("skr-sjalvskattning")
    org = store.create_organisation("Lund")
    run = store.create_run(org.slug, skr, participants=PEOPLE)
    with store.open_run(org.slug, run.id, skr) as session:
        for name, value in ratings.items():
            session.set_rating(ITEM, name, value)
    return org.slug, run.id


async def edit_participants(pilot: Any, change: Callable[[list[str]], list[str]]) -> None:
    await pilot.press("ctrl+r")
    dialog: NewRunDialog = await wait_for_screen(pilot, NewRunDialog)
    area = dialog.query_one("#participants", TextArea)
    area.load_text("\n".join(change(area.text.splitlines())))
    dialog.query_one("#start", Button).press()


async def test_renaming_a_participant_keeps_every_rating_and_the_export_has_one_name(
    make_app: Callable[..., JamtuiApp], store: Store, catalog: Any
) -> None:
    slug, run_id = skr_run(store, catalog, {"Carina Sennerby": 3, "Nils Berg": 1, "Kim Ek": 2})
    before = store.load_run(slug, run_id)
    carina = before.participant("Carina Sennerby")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_latest_run(pilot)
        await edit_participants(
            pilot, lambda rows: [r.replace("Carina Sennerby", "Carina Sennerby-Ek") for r in rows]
        )
        await wait_for_screen(pilot, RunScreen)
        await wait_for(pilot, lambda: "Carina Sennerby-Ek" in screen_text(app), "the new name")
        report, _ = export_session(
            app.store, app.catalog, screen.session, screen.checklist, app.settings.lang
        )
    run = store.load_run(slug, run_id)
    assert run.named_ratings(run.answers[ITEM].ratings) == {
        "Carina Sennerby-Ek": 3,
        "Nils Berg": 1,
        "Kim Ek": 2,
    }
    assert run.participant("Carina Sennerby-Ek") is not None
    assert run.participant("Carina Sennerby-Ek").id == carina.id  # type: ignore[union-attr]
    assert "Carina Sennerby-Ek" in report
    assert "Carina Sennerby<" not in report and "Carina Sennerby |" not in report
    assert "Carina Sennerby (" not in report


async def test_removing_a_participant_with_ratings_asks_first_and_keeps_them_retired(
    make_app: Callable[..., JamtuiApp], store: Store, catalog: Any
) -> None:
    slug, run_id = skr_run(store, catalog, {"Nils Berg": 1})
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_latest_run(pilot)
        drop_nils = lambda rows: [r for r in rows if not r.startswith("Nils")]  # noqa: E731
        await edit_participants(pilot, drop_nils)
        confirm: ConfirmDialog = await wait_for_screen(pilot, ConfirmDialog)
        assert "Nils Berg har redan bedömt" in screen_text(app)
        confirm.query_one("#no", Button).press()  # cancelled: nothing changes
        await wait_for_screen(pilot, RunScreen)
        assert [p.name for p in store.load_run(slug, run_id).active_participants] == [
            "Carina Sennerby",
            "Nils Berg",
            "Kim Ek",
        ]
        await edit_participants(pilot, drop_nils)
        confirm = await wait_for_screen(pilot, ConfirmDialog)
        confirm.query_one("#yes", Button).press()
        await wait_for(
            pilot,
            lambda: len(store.load_run(slug, run_id).active_participants) == 2,
            "Nils removed",
        )
    run = store.load_run(slug, run_id)
    assert [(p.name, p.retired) for p in run.participants] == [
        ("Carina Sennerby", False),
        ("Kim Ek", False),
        ("Nils Berg", True),
    ]
    assert run.named_ratings(run.answers[ITEM].ratings) == {"Nils Berg": 1}


async def test_hidden_ratings_show_who_has_rated_but_no_values_anywhere(
    make_app: Callable[..., JamtuiApp], store: Store, catalog: Any
) -> None:
    slug, run_id = skr_run(store, catalog, {"Carina Sennerby": 3, "Nils Berg": 1})
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_latest_run(pilot)
        assert screen.current == ITEM
        editor = screen.query_one(RatingsEditor)
        text = screen_text(app)
        assert "✓ Carina Sennerby" in text and "✓ Nils Berg" in text and "· Kim Ek" in text
        assert "dolt till alla bedömt (2 av 3 har bedömt)" in text
        assert "3: Carina" not in text and "1: Nils" not in text
        assert "●" not in screen_text(app)  # no value chosen anywhere on screen
        assert editor.rows.hidden
        report, _ = export_session(
            app.store, app.catalog, screen.session, screen.checklist, app.settings.lang
        )
        assert "dolt till alla bedömt (2 av 3 har bedömt)" in report
        assert "Carina Sennerby | 3" not in report and "3: Carina" not in report
        await pilot.press("f9")
        await wait_for_screen(pilot, SummaryScreen)
        assert "dolt till alla bedömt (2 av 3 har bedömt)" in screen_text(app)
        await pilot.press("escape")
        screen = await wait_for_screen(pilot, RunScreen)
        # Kim rates on the question screen: the value is stored but never shown while hidden…
        screen.query_one("#rating-rows").focus()
        await pilot.press("down", "down", "enter")  # Kim, the first level
        await wait_for(pilot, lambda: len(store.load_run(slug, run_id).answers[ITEM].ratings) == 3)
        # … and now everyone has rated, so the spread shows.
        await wait_for(pilot, lambda: "3: Carina Sennerby" in screen_text(app), "the spread")


async def test_reveal_on_the_question_screen_is_kept_in_the_file(
    make_app: Callable[..., JamtuiApp], store: Store, catalog: Any
) -> None:
    slug, run_id = skr_run(store, catalog, {"Carina Sennerby": 3})
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_latest_run(pilot)
        assert "3: Carina" not in screen_text(app)
        await pilot.press("ctrl+l")
        await wait_for(pilot, lambda: "3: Carina Sennerby" in screen_text(app), "the reveal")
        assert store.load_run(slug, run_id).answers[ITEM].revealed
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_latest_run(pilot)
        assert "3: Carina Sennerby" in screen_text(app)  # still revealed after reopening
        await pilot.press("ctrl+l")
        await wait_for(pilot, lambda: "3: Carina" not in screen_text(app), "hidden again")
    assert not store.load_run(slug, run_id).answers[ITEM].revealed


async def test_the_run_reopens_where_the_group_stopped_without_a_write_per_move(
    make_app: Callable[..., JamtuiApp], store: Store, catalog: Any
) -> None:
    slug, run_id = skr_run(store, catalog, {})
    path = store.orgs_dir / slug / "runs" / f"{run_id}.toml"
    before = path.read_text(encoding="utf-8")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_latest_run(pilot)
        start = screen.current
        await pilot.press("f4")
        await wait_for(pilot, lambda: screen.current != start, "the second item")
        await pilot.press("f4")
        await wait_for(pilot, lambda: screen.path.visible[2].id == screen.current, "the third")
        stopped = screen.current
        assert path.read_text(encoding="utf-8") == before  # moving alone writes nothing
        await pilot.press("escape")
        await wait_for(pilot, lambda: not isinstance(app.screen, RunScreen), "left the run")
    run = store.load_run(slug, run_id)
    assert run.last_item == stopped
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_latest_run(pilot)
        assert screen.current == stopped


async def test_finalize_tells_what_is_open_and_jumps_to_the_first_gap(
    make_app: Callable[..., JamtuiApp], store: Store, catalog: Any
) -> None:
    slug, run_id = skr_run(store, catalog, {"Carina Sennerby": 3})
    skr = catalog.get("skr-sjalvskattning")
    with store.open_run(slug, run_id, skr) as session:
        session.set_value(ITEM, 2)
        session.finalize()
        session.reopen("Karin", "Fel i första frågan")
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await open_latest_run(pilot)
        await pilot.press("f9")
        await wait_for_screen(pilot, SummaryScreen)
        text = screen_text(app)
        history = store.load_run(slug, run_id).history
        assert all(change.at not in text for change in history)  # no raw ISO timestamps
        assert format_timestamp(history[0].at, "sv") in text  # "1 dec. 2026 21:31", local
        await pilot.press("f")
        dialog = await wait_for_screen(pilot, FinalizeDialog)
        text = screen_text(app)
        assert "1 av 10 frågor besvarade, 9 obesvarade" in text
        assert "Frågor med dolda bedömningar (alla har inte bedömt): 1" in text
        assert "Första luckan: 1.2" in text
        dialog.query_one("#jump", Button).press()  # the first gap: the first unanswered item
        await wait_for_screen(pilot, RunScreen)
        await wait_for(pilot, lambda: screen.current == "moment.m2-efterfragar", "the first gap")
        assert store.load_run(slug, run_id).status.value == "reopened"  # nothing finalized


async def test_the_first_rating_of_an_item_is_never_drawn_openly(
    make_app: Callable[..., JamtuiApp], store: Store, catalog: Any
) -> None:
    """Nobody has rated yet: the first value must be hidden from the moment it is set, not
    only once its save has gone round the screen (a projector shows every frame)."""
    slug, run_id = skr_run(store, catalog, {})
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_latest_run(pilot)
        editor = screen.query_one(RatingsEditor)
        rows = editor.rows
        assert not rows.hidden  # nothing given, nothing to hide
        rows.action_choose()  # Carina's first level, set at once, before any message runs
        drawn = "".join(rows.render_line(y).text for y in range(rows.size.height))
        assert rows.hidden and editor.hidden
        assert "●" not in drawn and "✓ Carina Sennerby" in drawn
        assert editor.spread_text().plain.startswith("Spridning: dolt")
        await wait_for(
            pilot,
            lambda: store.load_run(slug, run_id).answers[ITEM].ratings != {},
            "the rating saved",
        )
        assert "●" not in screen_text(app) and "1: Carina" not in screen_text(app)
