"""Every binding of every screen and dialog: an id, a label in both languages, in the help."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable

from textual.binding import Binding
from textual.screen import ModalScreen, Screen

import jamtui.ui.screens
from jamtui.i18n import all_keys, t
from jamtui.ui.app import JamtuiApp
from jamtui.ui.screens.help import HELP_GROUPS, help_groups
from jamtui.ui.screens.run import RunScreen
from tests.ui.conftest import screen_text


def every_screen_class() -> list[type[Screen[object]]]:
    """Every Screen subclass jamtui defines (new screens are found without listing them)."""
    for info in pkgutil.iter_modules(jamtui.ui.screens.__path__):
        importlib.import_module(f"jamtui.ui.screens.{info.name}")
    found: list[type[Screen[object]]] = []
    todo: list[type[object]] = [Screen]
    while todo:
        for sub in todo.pop().__subclasses__():
            todo.append(sub)
            if sub.__module__.startswith("jamtui."):
                found.append(sub)  # type: ignore[arg-type]
    return found


def described(owner: type[object]) -> list[Binding]:
    return [b for b in vars(owner).get("BINDINGS", []) if isinstance(b, Binding) and b.description]


def test_every_binding_has_an_id_and_a_label_in_both_languages() -> None:
    keys = all_keys()
    owners = [JamtuiApp, *every_screen_class()]
    assert len(owners) >= 12
    for owner in owners:
        for binding in vars(owner).get("BINDINGS", []):
            assert isinstance(binding, Binding), f"{owner.__name__}: {binding} is a tuple"
            if not binding.description:
                continue
            assert binding.id, f"{owner.__name__}: {binding.key} has no id"
            entry = keys.get(binding.description)
            assert entry is not None, f"{owner.__name__}: {binding.description!r} is no string key"
            assert entry.get("sv") and entry.get("en"), binding.description


def test_every_full_screen_with_keys_is_in_the_help() -> None:
    helped = {where.rpartition(":")[2] for _, where, _ in HELP_GROUPS}
    for owner in every_screen_class():
        if issubclass(owner, ModalScreen) or not described(owner):
            continue
        assert owner.__name__ in helped or owner.__name__ == "ProblemsScreen", owner


async def test_key_labels_follow_the_language_chosen_at_run_time(
    make_app: Callable[..., JamtuiApp],
) -> None:
    swedish = make_app("sv")
    async with swedish.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert "Ny organisation" in screen_text(swedish)
    english = make_app("en")
    async with english.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        text = screen_text(english)
        assert "New organisation" in text and "Ny organisation" not in text
        assert "Quit" in text or "Help" in text
        english.action_show_help()
        await pilot.pause()
        text = screen_text(english)
        assert t("key.new_run", "en") in text
        assert t("key.new_run", "sv") not in text


def test_the_help_lists_the_keys_a_keymap_gives(make_app: Callable[..., JamtuiApp]) -> None:
    app = make_app("en")
    app.set_keymap({"run.next": "f6"})
    run_rows = dict(help_groups(app))["help.section.run"]
    assert ("F6", t("key.next", "en")) in run_rows
    assert all("F4" not in keys for keys, _ in run_rows)


def test_no_run_binding_collides_with_text_area_keys() -> None:
    from textual.widgets import TextArea

    taken = {
        key
        for b in TextArea.BINDINGS
        for key in (b.key if not isinstance(b, tuple) else b[0]).split(",")
    }
    for binding in RunScreen.BINDINGS:
        assert isinstance(binding, Binding)
        for key in binding.key.split(","):
            assert key not in taken, f"{key} is used by TextArea"


async def test_the_empty_palette_lists_jamtuis_commands_first_in_swedish(
    make_app: Callable[..., JamtuiApp],
) -> None:
    from textual.command import CommandList

    from tests.ui.test_run_journeys import wait_for

    app = make_app("sv")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")

        def prompts() -> list[str]:
            lists = app.screen.query(CommandList)
            if not lists:
                return []
            hits = lists.first()
            return [str(hits.get_option_at_index(i).prompt) for i in range(hits.option_count)]

        await wait_for(pilot, lambda: len(prompts()) > 3, "the palette's default list")
        shown = prompts()
        titles = [prompt.splitlines()[0] for prompt in shown]
        assert "Ny organisation" in titles and "Avsluta" in titles and "Hjälp" in " ".join(titles)
        for english in ("Keys", "Maximize", "Quit", "Screenshot"):
            assert not any(english in prompt for prompt in shown), shown
        assert any(t("cmd.theme", "sv") in prompt for prompt in shown)
