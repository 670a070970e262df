"""Answer editors per item type, built once and shown item by item; they post ``Changed``."""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.widget import Widget
from textual.widgets import (
    Button,
    Input,
    Label,
    OptionList,
    Select,
    SelectionList,
    Static,
    TextArea,
)
from textual.widgets.option_list import Option

from jamtui.core.answer_text import answer_words, na_label
from jamtui.core.answers import ACTION_STATUSES, DEFAULT_ACTION_STATUS, ActionRow, AnswerValue
from jamtui.core.dates import normalise_date
from jamtui.core.ids import new_id
from jamtui.core.model import NA_VALUE, Item, ItemType
from jamtui.core.run import ItemAnswer, Participant
from jamtui.i18n import t
from jamtui.ui.safe_text import line
from jamtui.ui.widgets.choice_list import ChoiceList
from jamtui.ui.widgets.marked import MarkedSelectionList
from jamtui.ui.widgets.quiet_update import update_line
from jamtui.ui.widgets.rating_rows import RatingRows
from jamtui.ui.widgets.safe_text_area import SafeTextArea


def options_for(item: Item, lang: str) -> list[tuple[Text, AnswerValue]]:
    """(label, value) pairs for single-choice items: yes/no, scale levels, choices, N/A."""
    values: list[AnswerValue] = []
    if item.type is ItemType.YESNO:
        values = ["ja", "nej"]
    elif item.type is ItemType.SCALE and item.scale is not None:
        values = [level.value for level in item.scale.levels]
    elif item.type is ItemType.CHOICE:
        values = [choice.value for choice in item.choices]
    options = [(line(answer_words(item, value, lang)), value) for value in values]
    if item.allows_na:
        options.append((line(na_label(item, lang)), NA_VALUE))
    return options


class AnswerEditor(Widget):
    """Base: one editor per kind of item, built once; ``show`` loads another item into it.

    The run screen keeps one editor per class and calls ``show(item, answer, read_only)`` on
    every move, so moving is an update of content, not a rebuild. A subclass that cannot
    update in place leaves ``UPDATES_IN_PLACE`` false and is built anew for every item.
    Subclasses post ``Changed`` when the user changes the answer, and ``Refused`` when the
    user tries to change it while the run is read-only (nothing changes then).
    """

    DEFAULT_CSS = "AnswerEditor { height: auto; }"
    UPDATES_IN_PLACE: ClassVar[bool] = False

    class Changed(Message):
        def __init__(self, item_id: str, value: object) -> None:
            super().__init__()
            self.item_id = item_id
            self.value = value

    class Refused(Message):
        """An edit was tried on a read-only run and undone."""

    def __init__(
        self, item: Item, value: object, lang: str, disabled: bool = False, **kwargs: object
    ) -> None:
        super().__init__(disabled=disabled, **kwargs)  # type: ignore[arg-type]
        self.item = item
        self.value = value
        self.lang = lang
        self.read_only = False

    def show(self, item: Item, answer: ItemAnswer, read_only: bool) -> None:
        """Load ``item`` and its stored ``answer`` (only when ``UPDATES_IN_PLACE``)."""
        self.item = item
        self.value = answer.value
        self.read_only = read_only

    def current(self) -> object:
        """The answer as the widgets hold it right now (saved on leaving and quitting)."""
        return self.value

    def focus_target(self) -> Widget | None:
        """The widget that takes the keyboard when the item is shown."""
        for widget in self.query("*"):
            if widget.focusable:
                return widget
        return None


def shortcuts_for(item: Item, options: list[tuple[Text, AnswerValue]]) -> dict[str, int]:
    """Characters that choose an option directly: on a scale its levels (1–9, 0 for 10),
    otherwise the options' numbers (1–9); n for N/A."""
    values = [value for _, value in options]
    keys: dict[str, int]
    if item.type is ItemType.SCALE:
        keys = {str(v % 10): values.index(v) for v in values if isinstance(v, int) and 1 <= v <= 10}
    else:
        keys = {
            str(n): n - 1 for n in range(1, min(len(values), 9) + 1) if values[n - 1] != NA_VALUE
        }
    if NA_VALUE in values:
        keys["n"] = values.index(NA_VALUE)
    return keys


class ChoiceEditor(AnswerEditor):
    """Yes/no, a scale (with its labels and N/A) or a single choice, as one ``ChoiceList``."""

    UPDATES_IN_PLACE = True

    def option_pairs(self, item: Item) -> list[tuple[Text, AnswerValue]]:
        """(label, value) of each option of ``item``."""
        return options_for(item, self.lang)

    def _chosen(self) -> int | None:
        values = [value for _, value in self.options]
        return values.index(self.value) if self.value in values else None

    def compose(self) -> ComposeResult:
        self.options = self.option_pairs(self.item)
        yield ChoiceList(
            [label for label, _ in self.options],
            self._chosen(),
            shortcuts=shortcuts_for(self.item, self.options),
            id="choice",
        )

    def show(self, item: Item, answer: ItemAnswer, read_only: bool) -> None:
        super().show(item, answer, read_only)
        self.options = self.option_pairs(item)
        choices = self.query_one(ChoiceList)
        choices.read_only = read_only
        choices.load(
            [label for label, _ in self.options],
            self._chosen(),
            shortcuts_for(item, self.options),
        )

    @on(ChoiceList.Changed)
    def _changed(self, event: ChoiceList.Changed) -> None:
        event.stop()
        value = self.options[event.index][1]
        if value == self.value:
            return
        if self.read_only:  # a click: put the stored answer back
            choices = event.choice_list
            choices.load(choices.labels, self._chosen(), choices.shortcuts)
            self.post_message(self.Refused())
            return
        self.value = value
        self.post_message(self.Changed(self.item.id, value))


class MultiChoiceEditor(AnswerEditor):
    """Several options at once."""

    UPDATES_IN_PLACE = True

    def compose(self) -> ComposeResult:
        yield MarkedSelectionList(*self._selections(self.item, self.value), id="multi")

    def _selections(self, item: Item, value: object) -> list[tuple[Text, str, bool]]:
        chosen = set(value) if isinstance(value, tuple | list) else set()
        return [(line(c.label.get(self.lang)), c.value, c.value in chosen) for c in item.choices]

    def show(self, item: Item, answer: ItemAnswer, read_only: bool) -> None:
        super().show(item, answer, read_only)
        choices = self.query_one(MarkedSelectionList)
        choices.read_only = read_only
        with self.prevent(SelectionList.SelectedChanged, SelectionList.SelectionToggled):
            choices.clear_options()
            choices.add_options(self._selections(item, answer.value))
            choices.highlighted = 0 if item.choices else None

    @on(SelectionList.SelectedChanged)
    def _changed(self, event: SelectionList.SelectedChanged[str]) -> None:
        event.stop()
        order = [c.value for c in self.item.choices]
        value = tuple(v for v in order if v in event.selection_list.selected)
        previous = tuple(self.value) if isinstance(self.value, tuple | list) else ()
        if value == previous:
            return
        if self.read_only:  # a click: put the stored answer back
            with self.prevent(SelectionList.SelectedChanged):
                event.selection_list.deselect_all()
                for chosen in previous:
                    event.selection_list.select(chosen)
            self.post_message(self.Refused())
            return
        self.value = value
        self.post_message(self.Changed(self.item.id, value))


class TextEditor(AnswerEditor):
    """Free text over several lines (paste keeps every line)."""

    UPDATES_IN_PLACE = True

    def compose(self) -> ComposeResult:
        self.area = SafeTextArea(
            str(self.value or ""), id="answer-text", soft_wrap=True, read_only=self.read_only
        )
        yield self.area

    def show(self, item: Item, answer: ItemAnswer, read_only: bool) -> None:
        super().show(item, answer, read_only)
        text = str(answer.value or "")
        with self.prevent(TextArea.Changed):
            if self.area.text != text:
                self.area.load_text(text)
        self.area.read_only = read_only

    def current(self) -> object:
        return self.area.text

    @on(TextArea.Changed, "#answer-text")
    def _changed(self, event: TextArea.Changed) -> None:
        event.stop()
        text = event.text_area.text
        if text != (self.value or ""):
            self.value = text
            self.post_message(self.Changed(self.item.id, text))


class ActionsEditor(AnswerEditor):
    """Action rows: åtgärd, ansvarig, klart senast, status, kommentar; add, edit, remove.

    What is typed for a new row is a draft row, saved as it is typed (``RowsChanged`` with
    ``draft=True``) and shown as "utkast"; Enter or "Lägg till" makes it a complete row once
    it has an action and a real date (or none). Enter on a listed row loads it into the form
    to edit it (status too); "Ta bort" asks first. Rows wrap instead of being cut.
    """

    DEFAULT_CSS = """
    ActionsEditor { height: auto; }
    ActionsEditor #action-rows { height: auto; max-height: 12; }
    ActionsEditor .action-inputs Select { width: 24; }
    ActionsEditor #action-error { color: $error; }
    """

    class RowsChanged(Message):
        def __init__(self, item_id: str, rows: list[ActionRow], draft: bool = False) -> None:
            super().__init__()
            self.item_id = item_id
            self.rows = rows
            self.draft = draft
            """True while only a draft changed (the screen may save it a moment later)."""

    def __init__(
        self, item: Item, rows: list[ActionRow], lang: str, disabled: bool = False
    ) -> None:
        super().__init__(item, None, lang, disabled=disabled)
        self.rows = list(rows)
        self.editing: str | None = None
        """Id of the complete row loaded into the form, or None for a new (draft) row."""

    def compose(self) -> ComposeResult:
        # Everything is built with its content: a query from on_mount can run before the
        # nested containers have their children.
        draft = self._draft() or ActionRow("")
        rows = OptionList(*self._options(), id="action-rows")
        rows.display = rows.can_focus = bool(self.rows)  # a hidden list must not take focus
        yield rows
        yield Label(t("actions.new_row"), id="action-form-title", classes="hint")
        # Arriving at the item must not select the draft: the next key would replace it.
        yield Input(
            draft.what, placeholder=t("export.what"), id="action-what", select_on_focus=False
        )
        with Horizontal(classes="action-inputs"):
            yield Input(
                draft.who, placeholder=t("export.who"), id="action-who", select_on_focus=False
            )
            yield Input(
                draft.due,
                placeholder=t("actions.due_placeholder"),
                id="action-due",
                select_on_focus=False,
            )
            yield Select(
                [(t(f"actions.status.{s}"), s) for s in ACTION_STATUSES],
                value=draft.status,
                allow_blank=False,
                id="action-status",
            )
        yield Input(
            draft.comment,
            placeholder=t("actions.comment"),
            id="action-comment",
            select_on_focus=False,
        )
        yield Label("", id="action-error")
        with Horizontal(classes="buttons"):
            yield Button(t("actions.add"), id="action-add", variant="primary")
            yield Button(t("actions.new"), id="action-new")
            yield Button(t("actions.remove"), id="action-remove")

    def _options(self) -> list[Option]:
        return [Option(self.row_text(row), id=row.id or None) for row in self.rows]

    # -- showing ----------------------------------------------------------------------------
    def _draft(self) -> ActionRow | None:
        return next((row for row in self.rows if row.draft), None)

    def row_text(self, row: ActionRow) -> Text:
        """One row in words, every field in full (the list wraps it)."""
        text = Text("✎ " + t("actions.draft") + ": ", style="italic") if row.draft else Text()
        text.append_text(line(row.what or "–", style="bold"))
        for part in (row.who, row.due):
            if part:
                text.append(" · ")
                text.append_text(line(part))
        text.append(" · " + t(f"actions.status.{row.status}"))
        if row.comment:
            text.append(" · ")
            text.append_text(line(row.comment, style="italic"))
        return text

    UPDATES_IN_PLACE = True

    def show(self, item: Item, answer: ItemAnswer, read_only: bool) -> None:
        """Another item's rows; the form holds its draft row (if any) to go on typing."""
        super().show(item, answer, read_only)
        self.rows = list(answer.actions)
        self.disabled = read_only
        draft = self._draft()
        self._load(draft if draft is not None else ActionRow(""), None)
        self._fill()

    def focus_target(self) -> Widget | None:
        """Typing goes into the "Åtgärd" field: it starts (or continues) a row."""
        found = self.query("#action-what")
        return found.first() if found and found.first().focusable else None

    def _fill(self) -> None:
        rows = self.query_one("#action-rows", OptionList)
        highlighted = rows.highlighted
        rows.clear_options()
        rows.add_options(self._options())
        rows.display = rows.can_focus = bool(self.rows)
        if self.rows:
            rows.highlighted = min(highlighted or 0, len(self.rows) - 1)

    def _field(self, name: str) -> Input:
        return self.query_one(f"#action-{name}", Input)

    def _load(self, row: ActionRow, editing: str | None) -> None:
        """Put ``row`` into the form without posting changes."""
        self.editing = editing
        with self.prevent(Input.Changed, Select.Changed):
            for name in ("what", "who", "due", "comment"):
                field = self._field(name)
                field.value = getattr(row, name)
                field.cursor_position = len(field.value)  # typing goes on at the end
            self.query_one("#action-status", Select).value = row.status
        self.query_one("#action-form-title", Label).update(
            t("actions.editing") if editing else t("actions.new_row")
        )
        self.query_one("#action-add", Button).label = t(
            "actions.save_row" if editing else "actions.add"
        )
        self.query_one("#action-error", Label).update("")

    def _form_row(self, base: ActionRow) -> ActionRow:
        status = self.query_one("#action-status", Select).value
        return replace(
            base,
            what=self._field("what").value.strip(),
            who=self._field("who").value.strip(),
            due=self._field("due").value.strip(),
            comment=self._field("comment").value.strip(),
            status=status if isinstance(status, str) else DEFAULT_ACTION_STATUS,
        )

    def _post(self, draft: bool = False) -> None:
        self._fill()
        self.post_message(self.RowsChanged(self.item.id, list(self.rows), draft=draft))

    # -- typing: the draft row --------------------------------------------------------------
    @on(Input.Changed)
    @on(Select.Changed)
    def _typed(self, event: Message) -> None:
        event.stop()
        if self.editing is not None:
            return  # an edit of a complete row is saved with Enter / "Spara ändring"
        draft = self._draft()
        row = self._form_row(draft if draft is not None else ActionRow("", id=new_id("a")))
        row = replace(row, draft=True)
        if draft is None:
            if row.is_empty():
                return
            self.rows.append(row)
        elif row.is_empty():
            self.rows.remove(draft)  # everything typed was erased: no draft left
        else:
            self.rows[self.rows.index(draft)] = row
        self._post(draft=True)

    # -- completing, editing, removing --------------------------------------------------------
    @on(Input.Submitted)
    @on(Button.Pressed, "#action-add")
    def _add(self, event: Message) -> None:
        event.stop()
        error = self.query_one("#action-error", Label)
        if self.editing is not None:
            index = next((i for i, r in enumerate(self.rows) if r.id == self.editing), None)
            base = self.rows[index] if index is not None else ActionRow("")
        else:
            index = next((i for i, r in enumerate(self.rows) if r.draft), None)
            base = self.rows[index] if index is not None else ActionRow("", id=new_id("a"))
        row = replace(self._form_row(base), draft=False)
        if not row.what:
            error.update(t("actions.need_what"))
            return
        due = normalise_date(row.due)
        if due is None and not (self.editing is not None and row.due == base.due):
            error.update(t("dates.bad", None, date=row.due))
            self._field("due").focus()
            return
        row = replace(row, due=due if due is not None else row.due)
        if index is None:
            self.rows.append(row)
        else:
            self.rows[index] = row
        self._load(ActionRow(""), None)
        self._field("what").focus()
        self._post()

    @on(OptionList.OptionSelected, "#action-rows")
    def _edit(self, event: OptionList.OptionSelected) -> None:
        """Enter on a row: load it into the form (a draft simply continues)."""
        event.stop()
        row = self.rows[event.option_index]
        self._load(row, None if row.draft else row.id)
        self._field("what").focus()

    @on(Button.Pressed, "#action-new")
    def _new(self, event: Button.Pressed) -> None:
        event.stop()
        draft = self._draft()
        self._load(draft if draft is not None else ActionRow(""), None)
        self._field("what").focus()

    @on(Button.Pressed, "#action-remove")
    def _remove(self, event: Button.Pressed) -> None:
        event.stop()
        rows = self.query_one("#action-rows", OptionList)
        target: ActionRow | None = None
        if self.editing is not None:
            target = next((r for r in self.rows if r.id == self.editing), None)
        elif rows.highlighted is not None and rows.highlighted < len(self.rows):
            target = self.rows[rows.highlighted]
        if target is None:
            return
        from jamtui.ui.screens.dialogs import ConfirmDialog

        def confirmed(yes: bool | None) -> None:
            if not yes or target not in self.rows:
                return
            self.rows.remove(target)
            if self.editing == target.id or target.draft:
                self._load(ActionRow(""), None)
            self._post()

        question = t("actions.remove_confirm", None, what=target.what or "–")
        self.app.push_screen(ConfirmDialog(question, t("actions.remove_yes")), confirmed)


class RatingsEditor(Widget):
    """Each participant's rating of a rater item, with the spread as on a whiteboard.

    The ratings are one ``RatingRows`` widget (a line per rater), not a widget per value.
    While ``hidden`` (not everyone has rated and nobody revealed them) no value is shown:
    each name carries ✓ once that person has rated, and the spread line says how many have
    rated. ``show_ratings`` updates it after a change.
    """

    DEFAULT_CSS = "RatingsEditor { height: auto; }"

    class RatingChanged(Message):
        def __init__(
            self, item_id: str, participant: str, value: object, editor: RatingsEditor
        ) -> None:
            super().__init__()
            self.item_id = item_id
            self.participant = participant
            self.value = value
            self.editor = editor

    def __init__(
        self,
        item: Item,
        participants: list[Participant],
        ratings: dict[str, AnswerValue],
        lang: str,
        disabled: bool = False,
        names: dict[str, str] | None = None,
        revealed: bool = False,
    ) -> None:
        super().__init__(disabled=disabled)
        self.item = item
        self.participants = participants
        self.ratings = dict(ratings)
        self.lang = lang
        self.names = names if names is not None else {p.id: p.name for p in participants}
        self.options = options_for(item, lang)
        self.rows = RatingRows(
            item, participants, self.options, self.ratings, revealed, id="rating-rows"
        )
        self.spread = Static(self.spread_text(), id="spread")

    def compose(self) -> ComposeResult:
        yield Label(Text(t("ratings.heading"), style="bold"))
        yield self.rows
        yield self.spread

    @property
    def hidden(self) -> bool:
        """The values are hidden (the rows decide, by the run's rule)."""
        return self.rows.hidden

    def spread_text(self) -> Text:
        from jamtui.core.ratings_view import hidden_line, spread_line

        if self.hidden:
            rated = sum(1 for p in self.participants if p.id in self.ratings)
            shown = hidden_line(rated, len(self.participants), self.lang)
            return Text(f"{t('ratings.hidden_label')}: {shown}", style="italic")
        named = {self.names.get(pid, pid): value for pid, value in self.ratings.items()}
        people = [p.name for p in self.participants]
        return Text(spread_line(self.item, named, people, self.lang))

    def show_ratings(self, ratings: dict[str, AnswerValue], revealed: bool) -> None:
        """Show ``ratings`` (as stored): openly, or only who has rated while they are hidden."""
        self.ratings = dict(ratings)
        self.rows.load(self.item, self.ratings, revealed)
        update_line(self.spread, self.spread_text())

    @on(RatingRows.Set)
    def _changed(self, event: RatingRows.Set) -> None:
        event.stop()
        if self.ratings.get(event.pid) == event.value:
            return
        if event.value is None:
            self.ratings.pop(event.pid, None)
        else:
            self.ratings[event.pid] = event.value
        update_line(self.spread, self.spread_text())
        self.post_message(self.RatingChanged(self.item.id, event.pid, event.value, self))
