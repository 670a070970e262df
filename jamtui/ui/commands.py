"""Command palette providers: go to any item of the open run, and app-wide commands."""

from __future__ import annotations

from functools import partial

from textual.command import Hit, Hits, Provider

from jamtui.core.answer_text import item_numbers
from jamtui.i18n import t


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
    """Problems and help, reachable from anywhere."""

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for label, action in (
            (t("cmd.problems"), "app.show_problems"),
            (t("cmd.help"), "app.show_help"),
        ):
            score = matcher.match(label)
            if score > 0:
                yield Hit(score, matcher.highlight(label), partial(self.app.run_action, action))
