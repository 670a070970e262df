"""The ratings rows (one widget, a line per rater): keys, a click, Tab, hidden values."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from jamtui.storage import Store
from jamtui.ui.app import JamtuiApp
from jamtui.ui.widgets.rating_rows import RatingRows
from tests.ui.conftest import screen_text, wait_for
from tests.ui.test_run_trust import ITEM, skr_run
from tests.ui.test_workshop import open_latest_run


def stored(store: Store, slug: str, run_id: str) -> dict[str, Any]:
    run = store.load_run(slug, run_id)
    return run.named_ratings(run.answers[ITEM].ratings) if ITEM in run.answers else {}


async def test_keys_set_step_toggle_and_clear_each_raters_value(
    make_app: Callable[..., JamtuiApp], store: Store, catalog: Any
) -> None:
    everyone = {"Carina Sennerby": 1, "Nils Berg": 1, "Kim Ek": 1}  # all rated: values shown
    slug, run_id = skr_run(store, catalog, everyone)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_latest_run(pilot)
        assert screen.current == ITEM
        rows = screen.query_one(RatingRows)
        assert len(screen.query(RatingRows)) == 1 and not rows.children  # one widget, no cells
        rows.focus()
        await pilot.press("2")  # Carina: 2
        await wait_for(pilot, lambda: stored(store, slug, run_id)["Carina Sennerby"] == 2)
        assert "▸ Carina Sennerby" in screen_text(app)  # the keyboard's place, without colour
        assert "Carina Sennerby: 2" in screen_text(app)  # the current rater and value in words
        await pilot.press("down", "right")  # Nils: 1 → 2
        await wait_for(pilot, lambda: stored(store, slug, run_id).get("Nils Berg") == 2)
        await pilot.press("right", "right", "left")  # 3, 3 (the top), 2
        await wait_for(pilot, lambda: stored(store, slug, run_id).get("Nils Berg") == 2)
        await pilot.press("down", "3")  # Kim: 3
        await wait_for(pilot, lambda: stored(store, slug, run_id).get("Kim Ek") == 3)
        await pilot.press("space")  # the value under the cursor is Kim's: cleared (now hidden)
        await wait_for(pilot, lambda: "Kim Ek" not in stored(store, slug, run_id))
        await pilot.press("enter")  # and set again
        await wait_for(pilot, lambda: stored(store, slug, run_id).get("Kim Ek") == 3)
        await pilot.press("up", "delete")  # Nils cleared
        await wait_for(
            pilot, lambda: stored(store, slug, run_id) == {"Carina Sennerby": 2, "Kim Ek": 3}
        )
        assert "Nils Berg: inte bedömt ännu" in screen_text(app)


async def test_a_click_on_a_value_sets_that_raters_rating(
    make_app: Callable[..., JamtuiApp], store: Store, catalog: Any
) -> None:
    slug, run_id = skr_run(store, catalog, {"Carina Sennerby": 1})
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_latest_run(pilot)
        rows = screen.query_one(RatingRows)
        rows.scroll_visible(animate=False)
        await pilot.pause()
        cell = rows._cells[2]  # the third value, 3
        await pilot.click(RatingRows, offset=(cell.x + 1, 1))  # Nils's line
        await wait_for(pilot, lambda: stored(store, slug, run_id).get("Nils Berg") == 3)
        assert "✓ Nils Berg" in screen_text(app) and "3: Nils" not in screen_text(app)


async def test_tab_goes_answer_note_internal_note_ratings_dissent(
    make_app: Callable[..., JamtuiApp], store: Store, catalog: Any
) -> None:
    skr_run(store, catalog, {})
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_latest_run(pilot)
        await wait_for(pilot, lambda: screen.focused is not None and screen.focused.id == "choice")
        seen = []
        for _ in range(5):
            await pilot.press("tab")
            await pilot.pause()
            assert screen.focused is not None
            seen.append(screen.focused.id)
        assert seen == ["note", "internal-note", "rating-rows", "dissent", "choice"]


async def test_hidden_values_are_set_by_keys_and_never_drawn(
    make_app: Callable[..., JamtuiApp], store: Store, catalog: Any
) -> None:
    slug, run_id = skr_run(store, catalog, {"Carina Sennerby": 3})
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_latest_run(pilot)
        rows = screen.query_one(RatingRows)
        rows.focus()
        await pilot.press("down", "2")  # Nils: 2, hidden
        await wait_for(pilot, lambda: stored(store, slug, run_id).get("Nils Berg") == 2)
        text = rows.text
        assert "●" not in text and "✓ Nils Berg" in text and "· Kim Ek" in text
        assert "Nils Berg: ✓ har bedömt (dolt till alla bedömt)" in text
        assert "Nils Berg: 2" not in text
        await pilot.press("down", "1")  # Kim: everyone has rated, so the values show
        await wait_for(pilot, lambda: "● 3" in rows.text and "Kim Ek: 1" in rows.text)
