"""Command palette providers: go to any item of the open run, and app-wide commands."""

from __future__ import annotations

from collections.abc import Callable, Iterator
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
    for label, callback in _run_commands(app, screen):
        if label not in seen:
            seen.add(label)
            yield SystemCommand(label, "", callback)
    yield SystemCommand(t("cmd.problems"), "F2", partial(app.run_action, "app.show_problems"))
    yield SystemCommand(t("cmd.help"), "F1", partial(app.run_action, "app.show_help"))
    yield SystemCommand(t("cmd.theme"), t("cmd.theme_help"), app.action_change_theme)


def _run_commands(app: App[Any], screen: Screen[Any]) -> list[tuple[str, Callable[[], object]]]:
    """What can be done with the open run from a screen that has one but no key for it."""
    session = getattr(screen, "session", None)
    checklist = getattr(screen, "checklist", None)
    organisation = getattr(screen, "organisation", None)
    if session is None or checklist is None or not isinstance(organisation, str):
        return []
    found: list[tuple[str, Callable[[], object]]] = []
    flush = getattr(screen, "flush", lambda: None)

    def export() -> None:
        flush()
        app.export_run(session, checklist, organisation)  # type: ignore[attr-defined]

    def finalize() -> None:
        from jamtui.ui.screens.summary import SummaryScreen

        flush()
        summary = SummaryScreen(session, checklist, organisation)
        app.push_screen(summary, callback=None)
        app.call_after_refresh(summary.action_finalize)

    bound = {binding.action for _node, binding, _on, _tip in screen.active_bindings.values()}
    if "export" not in bound and hasattr(app, "export_run"):
        found.append((t("cmd.export_run"), export))
    if "finalize" not in bound:
        found.append((t("cmd.finalize_run"), finalize))
    if "details" in bound:
        found.append((t("cmd.participants"), partial(app.run_action, "details", screen)))
    return found
