"""Every key of the app, grouped by screen, in the user's language."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from jamtui.i18n import t

HELP_GROUPS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "help.section.global",
        [
            ("F1 / ?", "key.help"),
            ("F2", "key.problems"),
            ("Ctrl+P", "key.palette"),
            ("Esc", "key.back"),
            ("Ctrl+Q", "key.quit"),
        ],
    ),
    (
        "help.section.orgs",
        [
            ("/", "key.filter"),
            ("Enter", "key.open"),
            ("n", "key.new_org"),
            ("r", "key.rename"),
            ("a", "key.archive"),
            ("v", "key.show_archived"),
            ("Delete", "key.delete"),
        ],
    ),
    (
        "help.section.org",
        [
            ("n", "key.new_run"),
            ("Enter", "key.open"),
            ("u", "key.units"),
            ("j", "key.compare"),
            ("a", "key.actions"),
            ("l", "key.activities"),
            ("p", "key.people"),
            ("Delete", "key.delete_run"),
            ("Ctrl+Z", "key.undo_delete"),
        ],
    ),
    (
        "help.section.run",
        [
            ("F4 / Ctrl+N", "key.next"),
            ("F3 / Ctrl+B", "key.previous"),
            ("F5", "key.next_unanswered"),
            ("Ctrl+G", "key.jump"),
            ("Ctrl+T", "key.guidance"),
            ("Ctrl+O", "key.outline"),
            ("Tab / Shift+Tab", "key.next_field"),
            ("F8", "key.grid"),
            ("F9", "key.summary"),
            ("Ctrl+R", "key.details"),
            ("Ctrl+L", "key.reveal"),
            ("F10", "key.follow_up"),
        ],
    ),
    (
        "help.section.summary",
        [("f", "key.finalize"), ("o", "key.reopen"), ("e", "key.export"), ("j", "key.compare")],
    ),
    (
        "help.section.grid",
        [
            ("1–9, 0 = 10", "grid.type_rating"),
            ("n", "grid.na"),
            ("- / Delete", "grid.clear"),
            ("r", "grid.reveal"),
            ("d", "grid.dissent"),
            ("Enter", "grid.open_item"),
        ],
    ),
    ("help.section.compare", [("v", "compare.other")]),
    (
        "help.section.followup",
        [
            ("s", "key.set_status"),
            ("c", "key.comment"),
            ("n", "key.add_activity"),
            ("n", "key.add_person"),
            ("n", "key.add_unit"),
            ("e", "key.edit"),
            ("e", "key.rename"),
            ("m", "key.merge"),
            ("Delete", "key.remove"),
            (", / .", "key.previous_month"),
            (", / .", "key.next_month"),
            ("r", "key.month_report"),
        ],
    ),
]


def _long(label: str) -> str:
    """The longer wording of a key's label where there is one (the key bar has little room)."""
    longer = t(f"{label}_long")
    return t(label) if longer == f"{label}_long" else longer


class HelpScreen(ModalScreen[None]):
    """The key reference (F1 or ?)."""

    CSS_PATH = "dialogs.tcss"

    BINDINGS = [
        Binding("escape,f1,question_mark,q", "dismiss", t("help.close"), id="help.close"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog help"):
            yield Static(Text(t("help.title"), style="bold"))
            yield Static(t("help.intro"), markup=False)
            for heading, keys in HELP_GROUPS:
                yield Static(Text(t(heading), style="bold underline"), classes="group-heading")
                for key, label in keys:
                    yield Static(Text(f"  {key:<14}") + Text(_long(label)))

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(None)
