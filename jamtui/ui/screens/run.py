"""Step through a run: outline, the current item with its answer editor, notes; autosave."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, cast

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.css.query import NoMatches
from textual.screen import Screen
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Label, OptionList, ProgressBar, Static, TextArea

from jamtui.core.answer_text import without_number
from jamtui.core.answers import AnswerValue
from jamtui.core.model import Checklist, Item, ItemType
from jamtui.core.navigation import (
    ItemState,
    Path,
    nearest_visible,
    next_item,
    next_unanswered,
    previous_item,
    walk,
)
from jamtui.i18n import t
from jamtui.storage import InvalidValueError, ReadOnlyError, RunSession, StorageError
from jamtui.ui.safe_text import line, literal
from jamtui.ui.widgets.answer_editors import (
    ActionsEditor,
    AnswerEditor,
    ChoiceEditor,
    MultiChoiceEditor,
    RatingsEditor,
    TextEditor,
)
from jamtui.ui.widgets.keybar import KeyBar
from jamtui.ui.widgets.outline import Outline, legend
from jamtui.ui.widgets.safe_text_area import SafeTextArea

if TYPE_CHECKING:
    from jamtui.ui.app import JamtuiApp

SAVE_DELAY = 0.4


class ItemPane(VerticalScroll, can_focus=False):
    """The current item; scrolls with the focused widget, never takes focus itself."""


class RunScreen(Screen[None]):
    """One run of one checklist, item by item."""

    CSS_PATH = "screens.tcss"

    # The position stays in view above the scrolling item (design: always in words).
    DEFAULT_CSS = """
    RunScreen #item-column { width: 1fr; }
    RunScreen #position { padding: 0 1; }
    """

    # TextArea binds F6 and F7 (select line / all), so navigation avoids them.
    BINDINGS = [
        Binding("f4,ctrl+n", "next", t("key.next"), id="run.next"),
        Binding("f3,ctrl+b", "previous", t("key.previous"), id="run.previous"),
        Binding("f5", "next_unanswered", t("key.next_unanswered"), id="run.next_unanswered"),
        Binding("ctrl+g", "jump", t("key.jump"), id="run.jump"),
        Binding("ctrl+t", "toggle_guidance", t("key.guidance"), id="run.guidance", show=False),
        Binding("ctrl+o", "toggle_outline", t("key.outline"), id="run.outline", show=False),
        Binding("f9", "summary", t("key.summary"), id="run.summary"),
        Binding("f8", "ratings_grid", t("key.grid"), id="run.grid"),
        Binding("ctrl+r", "details", t("key.details"), id="run.details", show=False),
        Binding("escape", "back", t("key.back"), id="run.back"),
        Binding("ctrl+l", "reveal", t("key.reveal"), id="run.reveal", show=False),
    ]

    def __init__(self, session: RunSession, checklist: Checklist, organisation: str) -> None:
        super().__init__()
        self.session = session
        self.checklist = checklist
        self.organisation = organisation
        self.current: str | None = None
        self.show_guidance = True
        self._pending: dict[tuple[str, str], Callable[[], None]] = {}
        self._leave_unsaved = False
        self._shown_editors: Sequence[Widget] = ()
        """Set after Esc was refused once because a save failed: a second Esc leaves."""
        self._timer: Timer | None = None
        self.path: Path = self._walk()

    @property
    def jamtui(self) -> JamtuiApp:
        from jamtui.ui.app import JamtuiApp

        assert isinstance(self.app, JamtuiApp)
        return self.app

    @property
    def lang(self) -> str:
        return self.jamtui.settings.lang

    # -- layout -----------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        with Horizontal(id="run-header"):
            yield Static(self._header_text(), id="run-title")
            yield Static("", id="save-status")
        yield Static("", id="readonly-banner")
        with Horizontal(id="run-body"):
            with Vertical(id="outline-pane"):
                yield Outline(id="outline")
                yield Static(legend(), id="legend")
            with Vertical(id="item-column"):
                yield Static("", id="position")
                with ItemPane(id="item-pane"):
                    yield Static("", id="outcome")
                    yield Static("", id="question")
                    yield Static("", id="guidance")
                    yield Vertical(id="answer")
                    yield Label(t("run.note"), id="note-label")
                    yield SafeTextArea("", id="note", soft_wrap=True)
        with Horizontal(id="run-progress"):
            yield ProgressBar(id="progress", show_eta=False, show_percentage=False)
            yield Static("", id="progress-text")
        yield KeyBar()

    def _header_text(self) -> Text:
        """Organisation · checklist · date · unit; the checklist title gives way when narrow."""
        run = self.session.run
        title = self.checklist.title.get(self.lang)
        tail = f" · {run.date}" + (f" · {run.unit}" if run.unit else "")
        room = self.app.size.width - 16 - len(self.organisation) - 3 - len(tail)
        if len(title) > room:
            title = title[: max(8, room - 1)].rstrip() + "…"
        text = line(self.organisation, style="bold")
        text.append(" · ")
        text.append_text(line(title))
        text.append_text(line(tail))
        return text

    def on_mount(self) -> None:
        banner = self.query_one("#readonly-banner", Static)
        if self.session.read_only:
            banner.update(
                literal(
                    t("readonly.banner", None, reason=self.session.read_only_reason), style="bold"
                )
            )
        banner.display = self.session.read_only
        if self.app.size.width < 90:
            self.query_one("#outline-pane").display = False
        first = next_unanswered(self.path, None) or next_item(self.path, None)
        self.show_item(first.id if first else None)

    def on_resize(self) -> None:
        narrow = self.app.size.width < 90
        self.query_one("#outline-pane").display = not narrow
        self.query_one("#run-title", Static).update(self._header_text())

    # -- state ------------------------------------------------------------------------------
    def _walk(self) -> Path:
        run = self.session.run
        return walk(self.checklist, run.values(), run.with_actions())

    def refresh_path(self) -> None:
        self.path = self._walk()
        self.query_one(Outline).show(
            self.checklist, self.path, self.lang, sorted(self.session.retired), self.current
        )
        visible = len(self.path.visible)
        answered = self.path.answered_count
        bar = self.query_one("#progress", ProgressBar)
        bar.update(total=max(visible, 1), progress=answered)
        self.query_one("#progress-text", Static).update(
            t("run.progress", None, answered=answered, visible=visible)
        )
        self._show_outcome()
        self._show_position()

    def _show_outcome(self) -> None:
        widget = self.query_one("#outcome", Static)
        reached = self.path.outcome
        if reached is None:
            widget.display = False
            return
        outcome = reached.outcome
        mark = "✓" if outcome.kind == "ok" else "■"
        text = Text(f"{mark} {t('run.outcome')}: ", style="bold")
        text.append_text(line(outcome.title.get(self.lang), style="bold"))
        if outcome.description:
            text.append("\n")
            text.append_text(literal(outcome.description.get(self.lang)))
        widget.update(text)
        widget.set_class(outcome.kind == "ok", "ok")
        widget.display = True

    def _show_position(self) -> None:
        item = self.checklist.item(self.current) if self.current else None
        widget = self.query_one("#position", Static)
        if item is None:
            widget.update("")
            return
        section = self.checklist.section_of(item)
        section_number = self.checklist.sections.index(section) + 1
        visible = [i.id for i in self.path.visible]
        state = self.path.states.get(item.id)
        if item.id in visible:
            where = t("run.position", None, number=visible.index(item.id) + 1, total=len(visible))
        else:
            where = t(f"run.position_{state.value if state else 'hidden'}")
        text = Text(where, style="bold")
        text.append(f" · {t('run.section')} {section_number}: ")
        text.append_text(line(without_number(section.title.get(self.lang))))
        widget.update(text)

    # -- showing an item ----------------------------------------------------------------------
    def show_item(self, item_id: str | None) -> None:
        self.flush()
        self.current = item_id
        self.refresh_path()
        item = self.checklist.item(item_id) if item_id else None
        question = self.query_one("#question", Static)
        answer = self.query_one("#answer", Vertical)
        answer.remove_children()
        note = self.query_one("#note", TextArea)
        if item is None:
            question.update(t("run.nothing"))
            note.display = False
            return
        note.display = True
        question.update(literal(item.text.get(self.lang), style="bold"))
        self._show_guidance(item)
        stored = self.session.answer(item.id)
        read_only = self.session.read_only
        editors = self._editors(item, read_only)
        self._shown_editors = editors
        answer.mount_all(editors)
        with note.prevent(TextArea.Changed):
            note.load_text(stored.note)
        note.read_only = read_only
        self.query_one("#item-pane", VerticalScroll).scroll_home(animate=False)
        self.call_after_refresh(self._focus_answer)

    def _focus_answer(self) -> None:
        """Put the cursor where the group answers: the first editor, else the note."""
        # Without scrolling: the question stays in view above a tall editor on a small screen.
        # Only the editors of the item shown now: the previous item's may not be gone yet,
        # and focusing one of those would lose the focus when it goes.
        for editor in self._shown_editors:
            for widget in (editor, *editor.query("*")):
                if widget.focusable:
                    widget.focus(scroll_visible=False)
                    return
        self.query_one("#note", TextArea).focus(scroll_visible=False)

    def _editors(
        self, item: Item, read_only: bool
    ) -> list[Static | AnswerEditor | RatingsEditor | Label | TextArea]:
        stored = self.session.answer(item.id)
        widgets: list[Static | AnswerEditor | RatingsEditor | Label | TextArea] = []
        if item.raters:
            run = self.session.run
            people = run.active_participants
            if people:
                widgets.append(
                    RatingsEditor(
                        item,
                        people,
                        stored.ratings,
                        self.lang,
                        read_only,
                        names=run.names(),
                        hidden=run.ratings_hidden(item.id),
                    )
                )
            else:
                widgets.append(Static(t("ratings.no_participants"), classes="hint"))
            widgets.append(Label(Text(t("ratings.agreed"), style="bold")))
        if item.type in (ItemType.YESNO, ItemType.SCALE, ItemType.CHOICE):
            widgets.append(ChoiceEditor(item, stored.value, self.lang, disabled=read_only))
        elif item.type is ItemType.MULTICHOICE:
            widgets.append(MultiChoiceEditor(item, stored.value, self.lang, disabled=read_only))
        elif item.type is ItemType.TEXT:
            editor = TextEditor(item, stored.value, self.lang)
            widgets.append(editor)
        elif item.type is ItemType.ACTIONS:
            widgets.append(ActionsEditor(item, stored.actions, self.lang, disabled=read_only))
        if item.raters:
            widgets.append(Label(t("ratings.dissent")))
            dissent = SafeTextArea(
                stored.dissent, classes="dissent", soft_wrap=True, read_only=read_only
            )
            widgets.append(dissent)
        return widgets

    def _show_guidance(self, item: Item) -> None:
        widget = self.query_one("#guidance", Static)
        if item.guidance and self.show_guidance:
            widget.update(
                Text(f"{t('run.guidance')}: ", style="italic bold")
                + literal(item.guidance.get(self.lang), style="italic")
            )
            widget.display = True
        else:
            widget.display = False

    # -- saving ---------------------------------------------------------------------------------
    def persist(self, action: Callable[[], None]) -> bool:
        """Run a session change; report refusals and failures, never lose what was typed."""
        try:
            action()
        except (InvalidValueError, ReadOnlyError) as error:
            self.notify(str(error), severity="warning", markup=False)
            return False
        except (StorageError, OSError) as error:
            self._save_status(Text(t("save.failed_short"), style="bold reverse"))
            self.notify(
                t("save.failed", None, reason=str(error)),
                severity="error",
                timeout=10,
                markup=False,
            )
            return False
        stamp = time.strftime("%H:%M:%S")
        self._save_status(Text(t("save.saved", None, time=stamp), style="dim"))
        return True

    def _save_status(self, text: Text) -> None:
        # Also called while the screen is being removed (the last flush): never raise then.
        if self.is_mounted:
            with contextlib.suppress(NoMatches):
                self.query_one("#save-status", Static).update(text)

    def schedule(self, key: tuple[str, str], action: Callable[[], None]) -> None:
        """Save typed text shortly after the typing stops (and on leaving the item)."""
        self._pending[key] = action
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(SAVE_DELAY, self.flush)

    def flush(self, *, refresh: bool = True) -> None:
        """Save every pending text change now (``refresh``: redraw the path afterwards)."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        pending, self._pending = self._pending, {}
        failed = {key: action for key, action in pending.items() if not self.persist(action)}
        if failed:
            self._pending.update(failed)
        elif pending:
            self._leave_unsaved = False
        if pending and refresh and self.is_mounted:
            self.refresh_path()

    @on(AnswerEditor.Changed)
    def _answer_changed(self, event: AnswerEditor.Changed) -> None:
        item_id, value = event.item_id, event.value
        item = self.checklist.item(item_id)
        if item is not None and item.type is ItemType.TEXT:
            text = str(value or "")
            self.schedule((item_id, "value"), lambda: self.session.set_value(item_id, text or None))
            return
        answer = cast(AnswerValue | None, value)  # the session checks it against the item
        if self.persist(lambda: self.session.set_value(item_id, answer)):
            self.refresh_path()

    @on(ActionsEditor.RowsChanged)
    def _rows_changed(self, event: ActionsEditor.RowsChanged) -> None:
        if self.persist(lambda: self.session.set_actions(event.item_id, event.rows)):
            self.refresh_path()

    @on(RatingsEditor.RatingChanged)
    def _rating_changed(self, event: RatingsEditor.RatingChanged) -> None:
        item_id = event.item_id
        if self.persist(lambda: self.session.set_rating(item_id, event.participant, event.value)):  # type: ignore[arg-type]
            hidden = self.session.run.ratings_hidden(item_id)
            event.editor.show_ratings(self.session.answer(item_id).ratings, hidden)

    @on(TextArea.Changed, "#note")
    def _note_changed(self, event: TextArea.Changed) -> None:
        if self.current is None or self.session.read_only:
            return
        item_id, text = self.current, event.text_area.text
        if text != self.session.answer(item_id).note:
            self.schedule((item_id, "note"), lambda: self.session.set_note(item_id, text))

    @on(TextArea.Changed, ".dissent")
    def _dissent_changed(self, event: TextArea.Changed) -> None:
        if self.current is None or self.session.read_only:
            return
        item_id, text = self.current, event.text_area.text
        if text != self.session.answer(item_id).dissent:
            self.schedule((item_id, "dissent"), lambda: self.session.set_dissent(item_id, text))

    @on(OptionList.OptionSelected, "#outline")
    def _jump(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.show_item(event.option.id)

    # -- actions ----------------------------------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """F8 (all ratings on one screen) only for checklists with individual ratings."""
        if action == "ratings_grid":
            return any(item.raters for item in self.checklist.items)
        return True

    def action_next(self) -> None:
        self.flush()
        target = next_item(self.path, self.current)
        if target is not None:
            self.show_item(target.id)
        else:
            self.notify(t("run.at_end"), markup=False)

    def action_previous(self) -> None:
        self.flush()
        current = self.current
        if current is not None and not self.path.is_visible(current):
            fallback = nearest_visible(self.checklist, self.path, current)
            target = fallback
        else:
            target = previous_item(self.path, current)
        if target is not None:
            self.show_item(target.id)

    def action_next_unanswered(self) -> None:
        self.flush()
        target = next_unanswered(self.path, self.current)
        if target is None:
            self.notify(t("run.all_answered"), markup=False)
        else:
            self.show_item(target.id)

    def action_jump(self) -> None:
        pane = self.query_one("#outline-pane")
        pane.display = True
        self.query_one(Outline).focus()

    def action_toggle_outline(self) -> None:
        pane = self.query_one("#outline-pane")
        pane.display = not pane.display

    def action_toggle_guidance(self) -> None:
        self.show_guidance = not self.show_guidance
        item = self.checklist.item(self.current) if self.current else None
        if item is not None:
            self._show_guidance(item)

    def action_summary(self) -> None:
        self.flush()
        from jamtui.ui.screens.summary import SummaryScreen

        self.app.push_screen(SummaryScreen(self.session, self.checklist, self.organisation))

    def action_ratings_grid(self) -> None:
        self.flush()
        from jamtui.ui.screens.ratings_grid import RatingsGridScreen

        self.app.push_screen(RatingsGridScreen(self.session, self.checklist))

    def action_details(self) -> None:
        self.flush()
        self.jamtui.edit_run_details(self.session, self)

    def action_back(self) -> None:
        self.flush()
        if self._pending and not self._leave_unsaved:
            # The last save failed: stay, so what was typed is still here to save again.
            self._leave_unsaved = True
            self.notify(t("safety.unsaved_stay"), severity="error", timeout=10, markup=False)
            return
        self.app.pop_screen()

    def on_screen_resume(self) -> None:
        banner = self.query_one("#readonly-banner", Static)
        banner.display = self.session.read_only
        if self.session.read_only:
            banner.update(
                literal(
                    t("readonly.banner", None, reason=self.session.read_only_reason), style="bold"
                )
            )
        self.query_one("#run-title", Static).update(self._header_text())
        self.show_item(self.current)

    def on_unmount(self) -> None:
        self.flush(refresh=False)  # the widgets are going: save, draw nothing
        self.session.close()

    def goto(self, item_id: str) -> None:
        """Show ``item_id`` (used by the command palette)."""
        self.show_item(item_id)

    def state_of(self, item_id: str) -> ItemState | None:
        return self.path.states.get(item_id)

    def action_reveal(self) -> None:
        """Ctrl+L: show the current item's ratings before everyone has rated (or hide again)."""
        item = self.checklist.item(self.current) if self.current else None
        if item is None or not item.raters:
            self.notify(t("ratings.nothing_to_reveal"), markup=False)
            return
        revealed = not self.session.answer(item.id).revealed
        if not self.persist(lambda: self.session.set_revealed(item.id, revealed)):
            return
        self.notify(t("ratings.revealed" if revealed else "ratings.hidden_again"), markup=False)
        hidden = self.session.run.ratings_hidden(item.id)
        for editor in self.query(RatingsEditor):
            editor.show_ratings(self.session.answer(item.id).ratings, hidden)
