"""A new answer changes its one outline entry (no rebuild); marks and counts stay right."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from jamtui.core.model import ItemType
from jamtui.storage import Store
from jamtui.ui.app import JamtuiApp
from jamtui.ui.widgets.answer_editors import options_for
from jamtui.ui.widgets.outline import Outline
from tests.ui.conftest import screen_text, wait_for
from tests.ui.test_workshop import open_latest_run


def drawn(outline: Outline, item_id: str) -> str:
    """The outline's line of ``item_id`` as drawn on screen (its mark is drawn, not stored)."""
    index = outline.get_option_index(item_id)
    outline.scroll_to(y=outline._index_to_line[index], animate=False, immediate=True)
    return outline.render_line(outline._index_to_line[index] - outline.scroll_offset.y).text


async def test_answering_changes_one_outline_entry_and_the_counts(
    make_app: Callable[..., JamtuiApp], store: Store, catalog: Any
) -> None:
    checklist = catalog.get("larande-uppfoljning")
    org = store.create_organisation("Malmö stad")
    store.create_run(org.slug, checklist, date="2026-11-22")
    kinds = (ItemType.YESNO, ItemType.SCALE, ItemType.CHOICE)
    choices = [item for item in checklist.items if item.type in kinds]
    first, other = choices[0], choices[1]
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_latest_run(pilot)
        outline = screen.query_one(Outline)
        total = len(screen.path.asked)
        assert f"0 av {total} besvarade" in screen_text(app)
        options = list(outline.options)
        second = options_for(first, "sv")[1][1]
        screen.goto(first.id)
        await wait_for(pilot, lambda: screen.focused is not None and screen.focused.id == "choice")
        assert drawn(outline, first.id).startswith("○")
        await pilot.press("enter")  # the first option
        await wait_for(pilot, lambda: f"1 av {total} besvarade" in screen_text(app), "the count")
        assert list(outline.options) == options and all(
            a is b for a, b in zip(outline.options, options, strict=True)
        )  # the same entries: nothing rebuilt
        assert drawn(outline, first.id).startswith("✓")
        assert drawn(outline, other.id).startswith("○")
        assert str(outline.get_option(first.id).prompt).startswith("✓")  # words stay true
        await pilot.press("down", "enter")  # the second: still answered, the count unchanged
        await wait_for(
            pilot,
            lambda: (
                store.load_run(org.slug, screen.session.run.id).answers[first.id].value == second
            ),
        )
        assert f"1 av {total} besvarade" in screen_text(app)
        assert drawn(outline, first.id).startswith("✓")
