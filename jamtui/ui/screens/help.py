"""Every key of the app, grouped by screen, in the user's language."""

from __future__ import annotations

import importlib

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.dom import DOMNode
from textual.screen import ModalScreen
from textual.widgets import Static

from jamtui.i18n import t
from jamtui.ui.keys import describe_long, key_label

# Each group: its heading, the class whose bindings it lists (module:Class), and the keys that
# are no binding of their own (typed into a widget). Everything else comes from the bindings,
# with the keys the user's keymap gives them.
_SCREENS = "jamtui.ui.screens"
HELP_GROUPS: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("help.section.global", "jamtui.ui.app:JamtuiApp", [("Ctrl+P", "key.palette")]),
    (
        "help.section.orgs",
        f"{_SCREENS}.organisations:OrganisationsScreen",
        [("Enter", "key.open")],
    ),
    ("help.section.conflicts", f"{_SCREENS}.conflicts:ConflictsScreen", []),
    (
        "help.section.org",
        f"{_SCREENS}.organisation:OrganisationScreen",
        [("Enter", "key.open")],
    ),
    ("help.section.run", f"{_SCREENS}.run:RunScreen", [("Tab / Shift+Tab", "key.next_field")]),
    ("help.section.summary", f"{_SCREENS}.summary:SummaryScreen", []),
    (
        "help.section.grid",
        f"{_SCREENS}.ratings_grid:RatingsGridScreen",
        [
            ("1–9, 0 = 10", "grid.type_rating"),
            ("n", "grid.na"),
            ("- / Delete", "grid.clear"),
            ("Enter", "grid.open_item"),
        ],
    ),
    ("help.section.compare", f"{_SCREENS}.compare:CompareScreen", []),
    ("help.section.followup", f"{_SCREENS}.actions:ActionsScreen", []),
    ("help.section.followup", f"{_SCREENS}.activity:ActivityScreen", []),
    ("help.section.followup", f"{_SCREENS}.people:PeopleScreen", []),
    ("help.section.followup", f"{_SCREENS}.units:UnitsScreen", []),
]


def binding_rows(owner: type[DOMNode], app: App[object]) -> list[tuple[str, str]]:
    """(keys, long description) of every described binding of ``owner``, keymap applied."""
    merged = owner._merged_bindings
    if merged is None:
        return []
    by_action: dict[str, tuple[list[str], Binding]] = {}
    keymap = app._keymap
    for key, bindings in merged.key_to_bindings.items():
        for binding in bindings:
            if not binding.description or not binding.id:
                continue  # Textual's own bindings (no id) are not jamtui's keys
            keys = keymap[binding.id].split(",") if binding.id in keymap else [key]
            shown = [binding.key_display or key_label(k) for k in keys]
            entry = by_action.setdefault(binding.action, ([], binding))
            entry[0].extend(k for k in shown if k not in entry[0])
    return [(" / ".join(keys), describe_long(binding)) for keys, binding in by_action.values()]


def help_groups(app: App[object]) -> list[tuple[str, list[tuple[str, str]]]]:
    """The help screen's groups: heading and (keys, what they do), in the current language."""
    groups: list[tuple[str, list[tuple[str, str]]]] = []
    for heading, where, extra in HELP_GROUPS:
        module, _, name = where.partition(":")
        owner = getattr(importlib.import_module(module), name)
        rows = [(key, t(label)) for key, label in extra] + binding_rows(owner, app)
        groups.append((heading, rows))
    return groups


class HelpScreen(ModalScreen[None]):
    """The key reference (F1 or ?)."""

    CSS_PATH = "dialogs.tcss"

    BINDINGS = [
        Binding("escape,f1,question_mark,q", "dismiss", "help.close", id="help.close"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog help"):
            yield Static(Text(t("help.title"), style="bold"))
            yield Static(t("help.intro"), markup=False)
            for heading, rows in help_groups(self.app):
                yield Static(Text(t(heading), style="bold underline"), classes="group-heading")
                for key, label in rows:
                    yield Static(Text(f"  {key:<14}") + Text(label))

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(None)
