"""Organisations screen: create, rename, archive, filter, delete; names shown literally."""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import Input

from jamtui.storage import Store
from jamtui.ui.app import JamtuiApp
from jamtui.ui.widgets.name_list import NameList
from tests.ui.conftest import screen_text


async def type_text(pilot: object, text: str) -> None:
    for char in text:
        await pilot.press(char if char != " " else "space")  # type: ignore[attr-defined]


async def test_create_rename_archive_and_filter(
    make_app: Callable[..., JamtuiApp], store: Store
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "Inga organisationer ännu" in screen_text(app)
        await pilot.press("n")
        await pilot.pause()
        app.screen.query_one(Input).value = "Örebro [bold]kommun[/] \x1b[31m"
        await pilot.press("enter")
        await pilot.pause()
        # A control character in a name is refused in the dialog, which keeps the text.
        assert "styrtecken" in screen_text(app)
        assert app.screen.query_one(Input).value == "Örebro [bold]kommun[/] \x1b[31m"
        app.screen.query_one(Input).value = "Örebro [bold]kommun[/]"
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        app.screen.query_one(Input).value = "Ale kommun"
        await pilot.press("enter")
        await pilot.pause()
        names = [o.name for o in store.list_organisations()]
        assert names == ["Ale kommun", "Örebro [bold]kommun[/]"]
        text = screen_text(app)
        assert "Örebro [bold]kommun[/]" in text, "markup in a name must be shown literally"
        assert "\x1b" not in text
        options = app.screen.query_one("#org-list", NameList)
        assert options.get_option_at_index(0).id == "ale-kommun"
        # filter
        await pilot.press("slash")
        await type_text(pilot, "öre")
        await pilot.pause()
        assert options.option_count == 1
        await pilot.press("enter")
        # rename keeps the slug
        await pilot.press("r")
        await pilot.pause()
        app.screen.query_one(Input).value = "Örebro kommun"
        await pilot.press("enter")
        await pilot.pause()
        assert [o.name for o in store.list_organisations()] == ["Ale kommun", "Örebro kommun"]
        # archive hides it
        await pilot.press("a")
        await pilot.pause()
        assert [o.name for o in store.list_organisations()] == ["Ale kommun"]
        assert store.list_organisations(include_archived=True)[1].archived


async def test_delete_asks_first_and_names_what_is_lost(
    make_app: Callable[..., JamtuiApp], store: Store
) -> None:
    store.create_organisation("Lund")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("delete")
        await pilot.pause()
        assert "Radera Lund med alla 0 körningar" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert [o.name for o in store.list_organisations()] == ["Lund"]
        await pilot.press("delete")
        await pilot.pause()
        await pilot.click("#yes")
        await pilot.pause()
        assert store.list_organisations(include_archived=True) == []


async def test_english_interface(make_app: Callable[..., JamtuiApp]) -> None:
    app = make_app(lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "No organisations yet" in screen_text(app)
        await pilot.press("f1")
        await pilot.pause()
        assert "Help: keys" in screen_text(app)


async def test_help_lists_keys_in_swedish(make_app: Callable[..., JamtuiApp]) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        text = screen_text(app)
        assert "Nästa obesvarade" in text and "Slutför" in text and "Ny organisation" in text
        await pilot.press("escape")
        await pilot.pause()
        assert "Organisationer" in screen_text(app)
