"""Last time beside this time: the previous run's answer to the current item, read-only.

Shows the value, the agreed rating and the note (never the internal note) of the previous
run of the same checklist and unit, with its date, and the open actions earlier runs left on
the item. The run screen calls ``show(item)``; the group follows actions up with a key that
opens the follow-up list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.widgets import Static

from jamtui.core.answer_text import answer_words
from jamtui.core.model import Item
from jamtui.followup.actions import Action, earlier_open
from jamtui.followup.errors import RuleError
from jamtui.i18n import t
from jamtui.storage import StorageError
from jamtui.ui.safe_text import line, literal

if TYPE_CHECKING:
    from jamtui.core.model import Checklist
    from jamtui.core.run import Run


class PreviousAnswer(Static):
    """The previous run's answer and the item's earlier open actions (hidden when none)."""

    DEFAULT_CSS = """
    PreviousAnswer {
        height: auto;
        margin: 0 0 1 0;
        padding: 0 1;
        border-left: thick $secondary;
        color: $text-muted;
    }
    """

    def __init__(self, run: Run, checklist: Checklist, **kwargs: object) -> None:
        super().__init__("", **kwargs)  # type: ignore[arg-type]
        self.run = run
        self.checklist = checklist
        self.previous: Run | None = None
        self.open_actions: list[Action] = []
        self.loaded = False
        self.display = False  # nothing to show until an item with a previous answer

    def load(self) -> None:
        """Find the previous run and the earlier open actions (once, when first shown)."""
        from jamtui.followup.register import unit_label
        from jamtui.storage.org_records import OrgRecords, previous_run_for

        store = getattr(self.app, "store", None)
        if store is None:
            return
        self.loaded = True
        run = self.run
        try:
            self.previous = previous_run_for(
                store, run.organisation, run.checklist_id, run.unit, run.date, run.id
            )
            records = OrgRecords(store)
            unit = unit_label(records.units(run.organisation), run.unit)
            register = records.register(run.organisation)
        except (StorageError, RuleError, OSError):
            return
        self.open_actions = earlier_open(register, run.checklist_id, unit, run.date, run.id)

    def reload_actions(self) -> None:
        self.loaded = False
        self.load()

    def show(self, item: Item | None) -> None:
        if not self.loaded:
            self.load()
        text = self.describe(item) if item is not None else Text()
        if not text.plain and not self.display:
            return  # hidden and staying hidden: no refresh (the run screen is placing focus)
        self.update(text)
        self.display = bool(text.plain)

    def describe(self, item: Item) -> Text:
        lang = str(getattr(getattr(self.app, "settings", None), "lang", "sv"))
        text = Text()
        previous = self.previous
        answer = previous.answers.get(item.id) if previous is not None else None
        if previous is not None and answer is not None and not answer.is_empty():
            text.append(t("previous.heading", None, date=previous.date), style="bold")
            shown = answer_words(item, answer.value, lang)
            if shown:
                key = "previous.agreed" if item.raters else "previous.value"
                text.append(f"\n{t(key)}: ")
                text.append_text(literal(shown))
            if answer.note.strip():
                text.append(f"\n{t('previous.note')}: ")
                text.append_text(literal(answer.note.strip()))
            for row in answer.actions:
                if not row.is_empty() and not row.draft:
                    text.append(f"\n{t('previous.action')}: ")
                    text.append_text(line(row.what))
        mine = [a for a in self.open_actions if a.item_id == item.id]
        if mine:
            if text.plain:
                text.append("\n")
            text.append(t("previous.open_actions", None, count=len(mine)), style="bold")
            for action in mine:
                text.append("\n• ")
                text.append_text(line(action.what))
                details = [p for p in (action.who, action.due) if p]
                details.append(action.status.label())
                text.append_text(line(f" ({', '.join(details)})"))
            text.append(f"\n{t('previous.follow_up_hint')}", style="italic")
        return text
