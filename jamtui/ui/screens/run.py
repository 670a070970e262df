"""Step through a run: outline, the current item with its answer editor, notes; autosave."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, cast

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.css.query import NoMatches
from textual.geometry import Size
from textual.reactive import Reactive
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
from jamtui.core.run import ItemAnswer, RunStatus
from jamtui.i18n import t
from jamtui.storage import RunSession, StorageError
from jamtui.ui.safe_text import line, literal
from jamtui.ui.widgets.answer_editors import (
    ActionsEditor,
    AnswerEditor,
    ChoiceEditor,
    MultiChoiceEditor,
    RatingsEditor,
    TextEditor,
    options_for,
)
from jamtui.ui.widgets.items.registry import editor_for
from jamtui.ui.widgets.keybar import KeyBar
from jamtui.ui.widgets.outline import Outline, legend
from jamtui.ui.widgets.previous_answer import PreviousAnswer
from jamtui.ui.widgets.quiet_update import update_line
from jamtui.ui.widgets.safe_text_area import SafeTextArea
from jamtui.ui.widgets.scrolling import QuietScrollbars

if TYPE_CHECKING:
    from jamtui.ui.app import JamtuiApp

SAVE_DELAY = 0.4

EDITORS: dict[ItemType, type[AnswerEditor]] = {
    ItemType.YESNO: ChoiceEditor,
    ItemType.SCALE: ChoiceEditor,
    ItemType.CHOICE: ChoiceEditor,
    ItemType.MULTICHOICE: MultiChoiceEditor,
    ItemType.TEXT: TextEditor,
    ItemType.ACTIONS: ActionsEditor,
}
"""The editor class of each item type (one instance per class on a run screen)."""

EDIT_KEYS = frozenset({"enter", "space", "backspace", "delete", "ctrl+v", "ctrl+x"})
"""Keys that change an answer, besides printable characters (refused while read-only)."""


class _OnePass:
    """A container whose new content height needs no second layout of the whole screen.

    Textual lays the screen out again whenever a container's virtual (content) size
    changes, although the layout that measured it already placed everything; the item
    pane (1fr) and the answer box (auto, measured in that same layout) do not need it.
    """

    def _size_updated(
        self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True
    ) -> bool:
        updated: bool = super()._size_updated(  # type: ignore[misc]
            size, virtual_size, container_size, layout=False
        )
        return updated


class ItemPane(_OnePass, QuietScrollbars, VerticalScroll, can_focus=False):
    """The current item; scrolls with the focused widget, never takes focus itself.

    Its scroll bar is always shown (``overflow-y: scroll``): a bar that came and went with
    the item's length would change the width and lay the screen out twice per move.
    """


class AnswerBox(_OnePass, Vertical):
    """The answer editors (one shown at a time)."""


class RunScreen(Screen[None]):
    """One run of one checklist, item by item.

    Focus model (docs/decisions.md, "The run screen's focus model"): whenever an item is
    shown, the keyboard is in its answer editor. The widget chosen carries the class
    ``answer-focus`` and is focused at once; ``AUTO_FOCUS`` names that same class, so
    Textual's own auto-focus, whenever it runs, picks the same widget. The outline is
    outside the Tab cycle: Ctrl+O (or Ctrl+G) enters it, Enter opens an item, Esc returns.
    """

    CSS_PATH = "screens.tcss"
    AUTO_FOCUS = ".answer-focus"

    focused: Reactive[Widget | None] = Reactive(None, repaint=False)
    """As in ``Screen``, without repainting the whole screen on every focus change: the
    widgets losing and gaining the focus are restyled and redraw themselves."""

    # The position stays in view above the scrolling item (design: always in words).
    DEFAULT_CSS = """
    RunScreen #item-column { width: 1fr; }
    RunScreen #position { padding: 0 1; }
    RunScreen #edit-hint { padding: 0 1; text-style: bold; height: auto; }
    RunScreen #internal-label { margin-top: 1; }
    RunScreen #internal-note { height: 4; }
    RunScreen #ratings-box { height: auto; }
    RunScreen #item-pane { overflow-y: scroll; }
    """

    # TextArea binds F6 and F7 (select line / all), so navigation avoids them.
    # Keys that move the keyboard are priority bindings: they act in the order they were
    # typed (an ordinary binding acts only after the key has travelled through the focused
    # widget, by when the letters typed after it have gone to the old place). Each first
    # lets the keys typed before it arrive (``JamtuiApp.settle``).
    BINDINGS = [
        Binding("f4,ctrl+n", "next", "key.next", id="run.next", priority=True),
        Binding("f3,ctrl+b", "previous", "key.previous", id="run.previous", priority=True),
        Binding(
            "f5",
            "next_unanswered",
            "key.next_unanswered",
            id="run.next_unanswered",
            priority=True,
        ),
        Binding("ctrl+g", "jump", "key.jump", id="run.jump", priority=True),
        Binding("ctrl+t", "toggle_guidance", "key.guidance", id="run.guidance", show=False),
        Binding(
            "ctrl+o",
            "toggle_outline",
            "key.outline",
            id="run.outline",
            show=False,
            priority=True,
        ),
        Binding(
            "tab", "focus_next", "key.next_field", id="run.next_field", show=False, priority=True
        ),
        Binding(
            "shift+tab",
            "focus_previous",
            "key.next_field",
            id="run.previous_field",
            show=False,
            priority=True,
        ),
        Binding("f9", "summary", "key.summary", id="run.summary"),
        Binding("f8", "ratings_grid", "key.grid", id="run.grid"),
        Binding("ctrl+r", "details", "key.details", id="run.details", show=False, priority=True),
        Binding("escape", "back", "key.back", id="run.back", priority=True),
        Binding("f10", "follow_up", "key.follow_up", id="run.follow_up", show=False),
        Binding("ctrl+l", "reveal", "key.reveal", id="run.reveal", show=False),
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
        """Set after Esc was refused once because a save failed: a second Esc leaves."""
        self._timer: Timer | None = None
        self._leaving = False
        self._outline_for_now = False
        """The outline was shown by Ctrl+O on a narrow screen and hides again on leaving it."""
        self._editors: dict[type[AnswerEditor], AnswerEditor] = {}
        self._editor: AnswerEditor | None = None
        self._ratings: RatingsEditor | None = None
        self._outline = Outline(id="outline")
        self._marked: Widget | None = None
        """The focus target marked with ``answer-focus`` (one without an id)."""
        self._texts = {
            "note": SafeTextArea("", id="note", soft_wrap=True),
            "internal_note": SafeTextArea("", id="internal-note", soft_wrap=True),
            "dissent": SafeTextArea("", id="dissent", classes="dissent", soft_wrap=True),
        }
        """The note, internal note and dissent editors (kept: saving reads them directly)."""
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
                yield self._outline
                yield Static(legend(), id="legend")
            with Vertical(id="item-column"):
                yield Static("", id="position")
                yield Static("", id="edit-hint")
                with ItemPane(id="item-pane"):
                    yield Static("", id="outcome")
                    yield Static("", id="intro")
                    yield Static("", id="question")
                    yield Static("", id="guidance")
                    yield Static("", id="group")
                    yield PreviousAnswer(self.session.run, self.checklist, id="previous")
                    yield Label(Text(t("ratings.agreed"), style="bold"), id="agreed-label")
                    with AnswerBox(id="answer"):
                        yield from self._build_editors()
                    yield Label(t("run.note"), id="note-label")
                    yield self._texts["note"]
                    yield Label(t("run.internal_note"), id="internal-label")
                    yield self._texts["internal_note"]
                    yield Vertical(id="ratings-box")
                    yield Label(t("ratings.dissent"), id="dissent-label")
                    yield self._texts["dissent"]
        with Horizontal(id="run-progress"):
            yield ProgressBar(id="progress", show_eta=False, show_percentage=False)
            yield Static("", id="progress-text")
        yield KeyBar()

    def _build_editors(self) -> list[AnswerEditor]:
        """One editor per class that updates in place, for the item types this checklist has."""
        for item in self.checklist.items:
            kind = EDITORS.get(item.type) if isinstance(item.type, ItemType) else None
            if kind is None or not kind.UPDATES_IN_PLACE or kind in self._editors:
                continue
            editor = self._new_editor(kind, item)
            editor.display = False
            self._editors[kind] = editor
        return list(self._editors.values())

    def _new_editor(self, kind: type[AnswerEditor], item: Item) -> AnswerEditor:
        if kind is ActionsEditor:
            return ActionsEditor(item, [], self.lang)
        return kind(item, None, self.lang)

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
        self._show_read_only()
        if self.app.size.width < 90:
            self.query_one("#outline-pane").display = False
        self.show_item(self._start_item())
        if not self.session.read_only and not self.session.run.answers:
            self.call_after_refresh(self.action_follow_up, True)

    def action_follow_up(self, at_start: bool = False) -> None:
        """Earlier runs' open actions (of this item, else all): the group sets their status."""
        from jamtui.ui.screens.actions import ActionsScreen

        previous = self.query_one(PreviousAnswer)
        actions = previous.open_actions
        if not actions:
            if not at_start:
                self.notify(t("followup.nothing_open"), timeout=3)
            return
        mine = actions if at_start else [a for a in actions if a.item_id == self.current]
        mine = mine or actions
        run = self.session.run

        def back(_: None = None) -> None:
            previous.reload_actions()
            previous.show(self.checklist.item(self.current) if self.current else None)

        self.app.push_screen(
            ActionsScreen(run.organisation, self.organisation, frozenset(a.id for a in mine)),
            back,
        )

    def on_resize(self) -> None:
        if self._leaving:
            return
        narrow = self.app.size.width < 90
        outline_focused = self.focused is self._outline
        self.query_one("#outline-pane").display = not narrow or outline_focused
        self.query_one("#run-title", Static).update(self._header_text())

    def _show_read_only(self) -> None:
        banner = self.query_one("#readonly-banner", Static)
        if self.session.read_only:
            banner.update(
                literal(
                    t("readonly.banner", None, reason=self.session.read_only_reason), style="bold"
                )
            )
        banner.display = self.session.read_only
        from jamtui.ui.sync_ui import show_conflict_banner

        show_conflict_banner(banner, self.session)
        self.query_one("#edit-hint", Static).display = False

    def _start_item(self) -> str | None:
        """Where the group stopped (the item shown last), else the first unanswered item."""
        last = self.session.run.last_item
        if last and self.checklist.item(last) is not None and self.path.is_visible(last):
            return last
        first = next_unanswered(self.path, None) or next_item(self.path, None)
        return first.id if first else None

    # -- state ------------------------------------------------------------------------------
    def _walk(self) -> Path:
        run = self.session.run
        return walk(self.checklist, run.values(), run.with_actions())

    def refresh_path(self) -> None:
        if self._leaving:
            return
        self.path = self._walk()
        self.query_one(Outline).show(
            self.checklist, self.path, self.lang, sorted(self.session.retired), self.current
        )
        visible = len(self.path.asked)
        answered = self.path.answered_count
        bar = self.query_one("#progress", ProgressBar)
        bar.update(total=max(visible, 1), progress=answered)
        update_line(
            self.query_one("#progress-text", Static),
            Text(t("run.progress", None, answered=answered, visible=visible)),
        )
        self._show_outcome()
        self._show_position()

    def _show_outcome(self) -> None:
        widget = self.query_one("#outcome", Static)
        reached = self.path.outcome
        shown = [*self.path.notes, *([reached] if reached is not None else [])]
        if not shown:
            widget.display = False
            return
        text = Text()
        for entry in shown:
            outcome = entry.outcome
            if text:
                text.append("\n")
            mark = "✓" if outcome.kind == "ok" else "■" if outcome.ends_run else "i"
            label = t("run.outcome") if outcome.ends_run else t("run.note_outcome")
            text.append(f"{mark} {label}: ", style="bold")
            text.append_text(line(outcome.title.get(self.lang), style="bold"))
            if outcome.description:
                text.append("\n")
                text.append_text(literal(outcome.description.get(self.lang)))
        widget.update(text)
        widget.set_class(reached is not None and reached.outcome.kind == "ok", "ok")
        widget.display = True

    def _show_position(self) -> None:
        item = self.checklist.item(self.current) if self.current else None
        widget = self.query_one("#position", Static)
        if item is None:
            widget.update("")
            return
        section = self.checklist.section_of(item)
        section_number = self.checklist.sections.index(section) + 1
        state = self.path.states.get(item.id)
        visible = [i.id for i in self.path.visible]
        number = visible.index(item.id) + 1 if item.id in visible else None
        if number is not None:
            where = t("run.position", None, number=number, total=len(self.path.visible))
        else:
            where = t(f"run.position_{state.value if state else 'hidden'}")
        text = Text(where, style="bold")
        text.append(f" · {t('run.section')} {section_number}: ")
        text.append_text(line(without_number(section.title.get(self.lang))))
        update_line(widget, text)

    # -- showing an item ----------------------------------------------------------------------
    def show_item(self, item_id: str | None) -> None:
        """Show ``item_id`` with its stored answer and put the keyboard in its answer.

        Everything is updated in one batch (one layout, one repaint): the editors already
        exist and only their content changes.
        """
        if self._leaving:
            return
        with self.app.batch_update():
            self.flush(refresh=False)
            self.current = item_id
            self.session.set_last_item(item_id)  # in memory: written with the next save
            self.refresh_path()
            self._load_item(self.checklist.item(item_id) if item_id else None)
            self.query_one("#item-pane", VerticalScroll).scroll_home(animate=False)
            self.focus_answer()

    def _load_item(self, item: Item | None) -> None:
        question = self.query_one("#question", Static)
        note = self.query_one("#note", TextArea)
        internal = self.query_one("#internal-note", TextArea)
        self.query_one("#edit-hint", Static).display = False
        rater_widgets = ("#agreed-label", "#ratings-box", "#dissent-label", "#dissent")
        self._show_group(item)
        self.query_one(PreviousAnswer).show(item)
        if item is None:
            self.query_one("#intro", Static).display = False
            question.update(t("run.nothing"))
            self._show_editor(None, None, ItemAnswer())
            for selector in ("#guidance", "#note-label", "#note", "#internal-label"):
                self.query_one(selector).display = False
            internal.display = False
            for selector in rater_widgets:
                self.query_one(selector).display = False
            return
        read_only = self.session.read_only
        stored = self.session.answer(item.id)
        question.update(literal(item.text.get(self.lang), style="bold"))
        self._show_intro(item)
        self._show_guidance(item)
        self._show_editor(
            item, EDITORS.get(item.type) if isinstance(item.type, ItemType) else None, stored
        )
        for area, text in ((note, stored.note), (internal, self._internal_note(stored))):
            with area.prevent(TextArea.Changed):
                if area.text != text:
                    area.load_text(text)
            area.read_only = read_only
            area.display = True
        for selector in ("#note-label", "#internal-label"):
            self.query_one(selector).display = True
        self._show_ratings(item, stored, read_only)

    def _show_editor(
        self, item: Item | None, kind: type[AnswerEditor] | None, stored: ItemAnswer
    ) -> None:
        """Show the one editor of ``kind`` with ``item``'s answer; hide the others."""
        read_only = self.session.read_only
        editor: AnswerEditor | None = None
        if item is not None and kind is not None:
            if kind.UPDATES_IN_PLACE:
                editor = self._editors.get(kind)
                if editor is None:  # a type this checklist did not have when composed
                    editor = self._editors[kind] = self._new_editor(kind, item)
                    self.query_one("#answer", Vertical).mount(editor)
                    self.call_after_refresh(self._reload_editor, editor)
                else:
                    editor.show(item, stored, read_only)
            else:
                editor = self._build_once(kind, item, stored, read_only)
        elif item is not None:  # a type of format 1.1 or a plugin's: built for this item
            built = editor_for(item, stored, self.lang, read_only)
            editor = built if isinstance(built, AnswerEditor) else None
            if editor is not None:
                self.query_one("#answer", Vertical).mount(editor)
                self.call_after_refresh(self._focus_if_current, editor)
        if self._editor is not None and self._editor is not editor:
            if self._editor.UPDATES_IN_PLACE:
                self._editor.display = False
            else:
                self._editor.remove()
        if editor is not None:
            editor.display = True
        self._editor = editor

    def _reload_editor(self, editor: AnswerEditor) -> None:
        """A newly mounted editor: load the current item and take the keyboard."""
        item = self.checklist.item(self.current) if self.current else None
        if self._leaving or item is None or editor is not self._editor:
            return
        editor.show(item, self.session.answer(item.id), self.session.read_only)
        self.focus_answer()

    def _build_once(
        self, kind: type[AnswerEditor], item: Item, stored: ItemAnswer, read_only: bool
    ) -> AnswerEditor:
        """An editor that cannot update in place, built for this item and mounted."""
        editor: AnswerEditor
        if kind is ActionsEditor:
            editor = ActionsEditor(item, stored.actions, self.lang, disabled=read_only)
        else:
            editor = kind(item, stored.value, self.lang, disabled=read_only)
        self.query_one("#answer", Vertical).mount(editor)
        self.call_after_refresh(self._focus_if_current, editor)
        return editor

    def _focus_if_current(self, editor: AnswerEditor) -> None:
        if not self._leaving and editor is self._editor:
            self.focus_answer()

    def _show_ratings(self, item: Item, stored: ItemAnswer, read_only: bool) -> None:
        """The individual ratings: the same editor again when raters and options are the same."""
        box = self.query_one("#ratings-box", Vertical)
        raters = bool(item.raters)
        for selector in ("#agreed-label", "#ratings-box", "#dissent-label", "#dissent"):
            self.query_one(selector).display = raters
        if not raters:
            return
        dissent = self.query_one("#dissent", TextArea)
        with dissent.prevent(TextArea.Changed):
            if dissent.text != stored.dissent:
                dissent.load_text(stored.dissent)
        dissent.read_only = read_only
        run = self.session.run
        people = run.active_participants
        revealed = run.ratings_revealed(item.id)
        editor = self._ratings
        options = options_for(item, self.lang)
        if (
            editor is not None
            and editor.participants == people
            and [(str(label), value) for label, value in getattr(editor, "options", [])]
            == [(str(label), value) for label, value in options]
        ):
            editor.item = item
            try:
                editor.show_ratings(stored.ratings, revealed)
            except NoMatches:  # not built yet (nested rows mount a moment later): rebuild
                pass
            else:
                editor.disabled = read_only
                return
        if editor is not None:
            editor.remove()
            self._ratings = None
        box.remove_children()
        if people:
            self._ratings = RatingsEditor(
                item,
                people,
                stored.ratings,
                self.lang,
                read_only,
                names=run.names(),
                revealed=revealed,
            )
            box.mount(self._ratings)
        else:
            box.mount(Static(t("ratings.no_participants"), classes="hint"))

    @staticmethod
    def _internal_note(stored: ItemAnswer) -> str:
        return stored.internal_note

    def answer_target(self) -> Widget:
        """Where the keyboard goes when an item is shown: its answer editor, else the note."""
        if self._editor is not None and self._editor.display:
            target = self._editor.focus_target()
            if target is not None:
                return target
        return self.query_one("#note", TextArea)

    def focus_answer(self) -> None:
        """Put the keyboard in the current item's answer, now (the focus model)."""
        if self._leaving:
            return
        target = self.answer_target()
        # Textual's auto-focus uses the same selector. By id where there is one: a class
        # change would restyle the editor's whole subtree on every move.
        if target.id:
            self.AUTO_FOCUS = f"#{target.id}"  # type: ignore[misc]
        else:
            if self._marked is not None and self._marked is not target:
                self._marked.remove_class("answer-focus")
            target.add_class("answer-focus")
            self._marked = target
            self.AUTO_FOCUS = ".answer-focus"  # type: ignore[misc]
        # Without scrolling: the question stays in view above a tall editor on a small screen.
        self.set_focus(target, scroll_visible=False)

    @property
    def focus_chain(self) -> list[Widget]:
        """Tab moves answer → note → internal note → ratings → dissent → back to the answer.

        The outline is outside the cycle unless the keyboard is in it (Ctrl+O).
        """
        chain = super().focus_chain
        outline = self._outline
        if self.focused is not outline:
            chain = [widget for widget in chain if widget is not outline]
        return chain

    def _show_intro(self, item: Item) -> None:
        """The checklist's ``intro`` above the first item while nothing is answered yet.

        It is what the group reads at the start; once anything is answered, rated or noted
        it gives the room back to the question (it stays in the report).
        """
        widget = self.query_one("#intro", Static)
        start = [*self.path.visible[:1], *self.path.asked[:1]]  # a notice may come first
        fresh = all(answer.is_empty() for answer in self.session.run.answers.values())
        if self.checklist.intro and fresh and any(item.id == first.id for first in start):
            widget.update(
                Text(f"{t('run.intro')}: ", style="bold")
                + literal(self.checklist.intro.get(self.lang))
            )
            widget.display = True
        else:
            widget.display = False

    def _show_group(self, item: Item | None) -> None:
        """The sub-heading (``group``) the item stands under, if it has one."""
        widget = self.query_one("#group", Static)
        if item is not None and item.group:
            widget.update(line(item.group.get(self.lang), style="bold underline"))
            widget.display = True
        else:
            widget.display = False

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

    # -- read-only ------------------------------------------------------------------------------
    def show_refused(self) -> None:
        """A key that would edit a read-only run: say why on one line, change nothing."""
        if self._leaving:
            return
        if self.session.run.status is RunStatus.FINALIZED and not self.session.locked_elsewhere:
            text = t("run.finalized_hint")
        else:
            text = t("readonly.banner", None, reason=self.session.read_only_reason)
        hint = self.query_one("#edit-hint", Static)
        hint.update(literal(text, style="bold"))
        hint.display = True

    def on_key(self, event: events.Key) -> None:
        """While read-only, keys that would edit the answer only show the hint."""
        if not self.session.read_only or self._leaving:
            return
        focused = self.focused
        pane = self.query_one("#item-pane")
        if focused is None or (focused is not pane and pane not in focused.ancestors):
            return
        if event.is_printable or event.key in EDIT_KEYS:
            event.stop()
            event.prevent_default()
            self.show_refused()

    @on(AnswerEditor.Refused)
    def _refused(self, event: AnswerEditor.Refused) -> None:
        event.stop()
        self.show_refused()

    # -- saving ---------------------------------------------------------------------------------
    def _set_status(self, text: Text) -> None:
        if self._leaving or not self.is_mounted:
            return
        for status in self.query("#save-status").results(Static):
            update_line(status, text)

    def persist(self, action: Callable[[], None]) -> bool:
        """Run a session change; report refusals and failures, never lose what was typed."""
        from jamtui.ui.saving import Saved, save_change

        # Through the app: its notifications outlive this screen when a save fails on leaving.
        result = save_change(self.app, action)
        if result is Saved.FAILED:
            self._set_status(Text(t("save.failed_short"), style="bold reverse"))
        elif result is Saved.OK:
            stamp = time.strftime("%H:%M:%S")
            self._set_status(Text(t("save.saved", None, time=stamp), style="dim"))
        return bool(result)

    def _save_status(self, text: Text) -> None:
        # Also called while the screen is being removed (the last flush): never raise then.
        if self.is_mounted:
            with contextlib.suppress(NoMatches):
                update_line(self.query_one("#save-status", Static), text)

    def schedule(self, key: tuple[str, str], action: Callable[[], None]) -> None:
        """Save typed text shortly after the typing stops (and on leaving the item)."""
        self._pending[key] = action
        if self._leaving:
            return
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(SAVE_DELAY, self.flush)

    def _collect(self) -> None:
        """Queue what the text widgets hold now but is not saved yet (keys not yet echoed)."""
        item_id = self.current
        if item_id is None or self.session.read_only:
            return
        stored = self.session.answer(item_id)
        editor = self._editor
        if isinstance(editor, TextEditor) and editor.item.id == item_id:
            answer = str(editor.current() or "")
            if answer != (stored.value or ""):
                self._pending[(item_id, "value")] = lambda: self.session.set_value(
                    item_id, answer or None
                )
        fields: list[tuple[str, str, Callable[[str, str], None]]] = [
            ("note", stored.note, self.session.set_note),
            ("dissent", stored.dissent, self.session.set_dissent),
            ("internal_note", stored.internal_note, self.session.set_internal_note),
        ]
        for key, saved, setter in fields:
            area = self._texts[key]
            if not area.display:
                continue
            typed = area.text
            if typed != saved:
                self._pending[(item_id, key)] = partial(setter, item_id, typed)

    def flush(self, refresh: bool = True) -> None:
        """Save every pending text change now, and whatever the text widgets hold."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if self.is_mounted:
            self._collect()
        pending, self._pending = self._pending, {}
        failed = {key: action for key, action in pending.items() if not self.persist(action)}
        if failed:
            self._pending.update(failed)
        if pending and refresh and self.is_mounted and not self._leaving:
            self.refresh_path()

    def close_run(self) -> None:
        """Save, stop every timer and draw nothing more: the screen is going away."""
        if self._leaving:
            return
        self.flush(refresh=False)
        with contextlib.suppress(StorageError, OSError):  # the position is a convenience
            self.session.save_position()
        self._leaving = True
        if self._timer is not None:
            self._timer.stop()
        self._timer = None

    @on(AnswerEditor.Changed)
    def _answer_changed(self, event: AnswerEditor.Changed) -> None:
        if self._leaving:
            return
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
        if self._leaving:
            return
        item_id, rows = event.item_id, event.rows
        if event.draft:  # typed: saved like text, shortly after the typing stops
            self.schedule((item_id, "actions"), lambda: self.session.set_actions(item_id, rows))
            return
        self._pending.pop((item_id, "actions"), None)
        if self.persist(lambda: self.session.set_actions(item_id, rows)):
            self.refresh_path()

    @on(RatingsEditor.RatingChanged)
    def _rating_changed(self, event: RatingsEditor.RatingChanged) -> None:
        if self._leaving:
            return
        item_id = event.item_id
        if self.persist(lambda: self.session.set_rating(item_id, event.participant, event.value)):  # type: ignore[arg-type]
            shown = self.session.run.ratings_revealed(item_id)
            event.editor.show_ratings(self.session.answer(item_id).ratings, shown)

    @on(TextArea.Changed, "#note")
    def _note_changed(self, event: TextArea.Changed) -> None:
        if self.current is None or self.session.read_only or self._leaving:
            return
        item_id, text = self.current, event.text_area.text
        if text != self.session.answer(item_id).note:
            self.schedule((item_id, "note"), lambda: self.session.set_note(item_id, text))

    @on(TextArea.Changed, "#internal-note")
    def _internal_note_changed(self, event: TextArea.Changed) -> None:
        if self.current is None or self.session.read_only or self._leaving:
            return
        item_id, text = self.current, event.text_area.text
        if text != self._internal_note(self.session.answer(item_id)):
            self.schedule(
                (item_id, "internal_note"), lambda: self.session.set_internal_note(item_id, text)
            )

    @on(TextArea.Changed, "#dissent")
    def _dissent_changed(self, event: TextArea.Changed) -> None:
        if self.current is None or self.session.read_only or self._leaving:
            return
        item_id, text = self.current, event.text_area.text
        if text != self.session.answer(item_id).dissent:
            self.schedule((item_id, "dissent"), lambda: self.session.set_dissent(item_id, text))

    @on(OptionList.OptionSelected, "#outline")
    def _jump(self, event: OptionList.OptionSelected) -> None:
        if event.option.id and not self._leaving:
            self._leave_outline()
            self.show_item(event.option.id)

    # -- actions ----------------------------------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """F8 (all ratings on one screen) only for checklists with individual ratings."""
        if action == "ratings_grid":
            return any(item.raters for item in self.checklist.items)
        return True

    async def action_next(self) -> None:
        await self.jamtui.settle()
        if self._leaving:
            return
        self.flush()
        target = next_item(self.path, self.current)
        if target is not None:
            self.show_item(target.id)
        else:
            self.notify(t("run.at_end"), markup=False)

    async def action_previous(self) -> None:
        await self.jamtui.settle()
        if self._leaving:
            return
        self.flush()
        current = self.current
        if current is not None and not self.path.is_visible(current):
            fallback = nearest_visible(self.checklist, self.path, current)
            target = fallback
        else:
            target = previous_item(self.path, current)
        if target is not None:
            self.show_item(target.id)

    async def action_next_unanswered(self) -> None:
        await self.jamtui.settle()
        if self._leaving:
            return
        self.flush()
        target = next_unanswered(self.path, self.current)
        if target is None:
            self.notify(t("run.all_answered"), markup=False)
        else:
            self.show_item(target.id)

    async def action_jump(self) -> None:
        """Ctrl+G: into the outline, at the current item."""
        await self.jamtui.settle()
        if not self._leaving:
            self._enter_outline()

    async def action_focus_next(self) -> None:
        await self.jamtui.settle()
        if not self._leaving:
            self.focus_next()

    async def action_focus_previous(self) -> None:
        await self.jamtui.settle()
        if not self._leaving:
            self.focus_previous()

    async def action_toggle_outline(self) -> None:
        """Ctrl+O: into the outline, or back to the answer when already there."""
        await self.jamtui.settle()
        if self._leaving:
            return
        if self.focused is self._outline:
            self._leave_outline()
            self.focus_answer()
        else:
            self._enter_outline()

    def _enter_outline(self) -> None:
        pane = self.query_one("#outline-pane")
        self._outline_for_now = not pane.display
        pane.display = True
        outline = self.query_one(Outline)
        outline.show(
            self.checklist, self.path, self.lang, sorted(self.session.retired), self.current
        )
        self.set_focus(outline)

    def _leave_outline(self) -> None:
        if self._outline_for_now:
            self.query_one("#outline-pane").display = False
            self._outline_for_now = False

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
        from jamtui.ui.screens.run_details import edit_run_details

        edit_run_details(self)

    async def action_back(self) -> None:
        """Esc: out of the outline back to the answer; else leave the run."""
        await self.jamtui.settle()
        if self._leaving:
            return
        if self.focused is self._outline:
            self._leave_outline()
            self.focus_answer()
            return
        self.flush(refresh=False)
        if self._pending and not self._leave_unsaved:
            # A save failed: stay with what was typed and say so; a second Esc leaves.
            self._leave_unsaved = True
            self.app.notify(t("safety.unsaved_stay"), severity="warning", timeout=10, markup=False)
            return
        self.close_run()
        self.app.pop_screen()

    def on_screen_resume(self) -> None:
        """Back from a dialog, F8 or F9: the run may be finalized or reopened meanwhile."""
        if self._leaving:
            return
        self._show_read_only()
        self.query_one("#run-title", Static).update(self._header_text())
        self.show_item(self.current)

    def on_unmount(self) -> None:
        self.close_run()
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
        shown = self.session.run.ratings_revealed(item.id)
        for editor in self.query(RatingsEditor):
            editor.show_ratings(self.session.answer(item.id).ratings, shown)
