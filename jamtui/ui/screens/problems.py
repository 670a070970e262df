"""Every problem met while loading checklists and plugins, one per line."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from jamtui.catalog import Catalog
from jamtui.i18n import t
from jamtui.ui.safe_text import line
from jamtui.ui.widgets.keybar import KeyBar


def problem_lines(catalog: Catalog) -> list[tuple[str, list[str]]]:
    """Groups of problem lines: per plugin, then checklist files in folders."""
    groups: list[tuple[str, list[str]]] = []
    plugin_problems: set[str] = set()
    if catalog.host is not None:
        for info in catalog.host.plugins.values():
            if info.problems:
                groups.append((t("problems.plugin", None, name=info.name), list(info.problems)))
                plugin_problems.update(info.problems)
    files = [p.format() for p in catalog.problems if p.format() not in plugin_problems]
    if files:
        groups.append((t("problems.files"), files))
    return groups


class ProblemsScreen(Screen[None]):
    """Shows what failed to load, so nothing fails silently."""

    CSS_PATH = "screens.tcss"

    BINDINGS = [Binding("escape", "app.pop_screen", "key.back", id="problems.back")]

    def __init__(self, catalog: Catalog) -> None:
        super().__init__()
        self.catalog = catalog

    def compose(self) -> ComposeResult:
        yield Static(Text(t("problems.title"), style="bold"), classes="screen-title")
        with VerticalScroll(id="problems"):
            groups = problem_lines(self.catalog)
            if not groups:
                yield Static(t("problems.none"))
            for heading, lines in groups:
                yield Static(line(heading, style="bold"), classes="group-heading")
                for entry in lines:
                    yield Static(Text("• ") + line(entry), classes="problem")
        yield KeyBar()
