"""Command palette providers: go to any item of the open run, and app-wide commands."""

from __future__ import annotations

from functools import partial

from textual.command import Hit, Hits, Provider
from textual.dom import DOMNode

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


class AppCommands(Provider):
    """Every key the current screen offers (as in its key bar), plus problems and help."""

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        seen: set[str] = set()
        for label, action, node, key in self._commands():
            if label in seen:
                continue
            seen.add(label)
            score = matcher.match(label)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(label),
                    partial(self.app.run_action, action, node),
                    help=key,
                )

    def _commands(self) -> list[tuple[str, str, DOMNode | None, str]]:
        commands: list[tuple[str, str, DOMNode | None, str]] = []
        for node, binding, enabled, _tip in self.screen.active_bindings.values():
            if enabled and binding.description and binding.action != "command_palette":
                key = self.app.get_key_display(binding)
                commands.append((describe(binding), binding.action, node, key))
        commands.append((t("cmd.problems"), "app.show_problems", None, "f2"))
        commands.append((t("cmd.help"), "app.show_help", None, "f1"))
        return commands
