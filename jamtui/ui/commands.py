"""Command palette providers: go to any item of the open run, and app-wide commands."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import Any

from textual.app import App, SystemCommand
from textual.command import Hit, Hits, Provider
from textual.screen import Screen

from jamtui.core.answer_text import item_numbers
from jamtui.i18n import t
from jamtui.ui.keys import describe


class ItemCommands(Provider):
    """``Gå till fråga 3.2: …`` for every item on the open run's path."""

    async def search(self, query: str) -> Hits:
        from jamtui.ui.screens.run import RunScreen

        screen = self.screen
        if not isinstance(screen, RunScreen):
            return
        matcher = self.matcher(query)
        numbers = item_numbers(screen.checklist)
        lang = screen.lang
        for item in screen.path.visible:
            label = t("cmd.goto", None, number=numbers[item.id], text=item.text.get(lang)[:70])
            score = matcher.match(label)
            if score > 0:
                yield Hit(
                    score, matcher.highlight(label), partial(screen.goto, item.id), help=item.id
                )


def jamtui_commands(app: App[Any], screen: Screen[Any]) -> Iterator[SystemCommand]:
    """The palette's own list: every key the screen offers, problems and help, in the user's
    language, then Textual's theme picker (its other commands are keys jamtui already has)."""
    seen: set[str] = set()
    for node, binding, enabled, _tip in screen.active_bindings.values():
        label = describe(binding)
        if not enabled or not label or binding.action == "command_palette" or label in seen:
            continue
        seen.add(label)
        key = app.get_key_display(binding)
        yield SystemCommand(label, key, partial(app.run_action, binding.action, node))
    yield SystemCommand(t("cmd.problems"), "F2", partial(app.run_action, "app.show_problems"))
    yield SystemCommand(t("cmd.help"), "F1", partial(app.run_action, "app.show_help"))
    yield SystemCommand(t("cmd.theme"), t("cmd.theme_help"), app.action_change_theme)
