"""The organisation filter: typed text, bound letters, paste, control characters, leaving."""

from __future__ import annotations

from collections.abc import Callable

from textual import events

from jamtui.storage import Store
from jamtui.ui.app import JamtuiApp
from jamtui.ui.widgets.filter_line import FilterLine
from jamtui.ui.widgets.name_list import NameList


def listed(app: JamtuiApp) -> list[str]:
    return [entry.id for entry in app.screen.query_one(NameList).entries]


async def test_typing_filters_even_with_letters_the_screen_binds(
    make_app: Callable[..., JamtuiApp], store: Store
) -> None:
    for name in ("Ale kommun", "Nora kommun", "Region Västernorrland", "Åre kommun"):
        store.create_organisation(name)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash")
        for key in ("n", "o", "r", "a"):  # n (new) and r (rename) are bound on the screen
            await pilot.press(key)
        await pilot.pause()
        line = app.screen.query_one(FilterLine)
        assert line.value == "nora" and line.has_focus
        assert listed(app) == ["nora-kommun"]
        assert app.screen.__class__.__name__ == "OrganisationsScreen", "no dialog opened"
        await pilot.press("backspace", "backspace", "backspace", "backspace", "å")
        await pilot.pause()
        assert listed(app) == ["are-kommun"], "å finds Åre"
        await pilot.press("ctrl+u")
        await pilot.pause()
        assert line.value == "" and len(listed(app)) == 4
        await pilot.press("v", "ä", "s", "enter")
        await pilot.pause()
        assert listed(app) == ["region-vasternorrland"]
        assert app.screen.query_one(NameList).has_focus, "Enter goes back to the list"
        await pilot.press("slash", "escape")
        await pilot.pause()
        assert line.value == "" and len(listed(app)) == 4


async def test_paste_keeps_the_first_line_and_drops_control_characters(
    make_app: Callable[..., JamtuiApp], store: Store
) -> None:
    store.create_organisation("Malmö stad")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash")
        line = app.screen.query_one(FilterLine)
        line.post_message(events.Paste("malm\x1b[31m\nrad två"))
        await pilot.pause()
        await pilot.pause()
        assert line.value == "malm", "the escape sequence and the second line are dropped"
        assert listed(app) == ["malmo-stad"]
        assert "[bold]" not in str(line.render())
        line.value = "[bold]x[/]"
        assert str(line.render()).startswith("[bold]x[/]"), "markup is shown literally"


async def test_delete_and_arrow_keys_in_the_filter_never_reach_the_screen(
    make_app: Callable[..., JamtuiApp], store: Store
) -> None:
    store.create_organisation("Åsele kommun")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash", "å", "s", "delete", "left", "home", "end")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "OrganisationsScreen", "no delete dialog"
        assert app.screen.query_one(FilterLine).value == "ås"
        assert [o.name for o in store.list_organisations()] == ["Åsele kommun"]
