"""Answer editors per item type, built once and shown item by item; they post ``Changed``."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widget import Widget
from textual.widgets import (
    Button,
    DataTable,
    Input,
    Label,
    RadioButton,
    RadioSet,
    SelectionList,
    Static,
    TextArea,
)

from jamtui.core.answer_text import answer_words, na_label
from jamtui.core.answers import ActionRow, AnswerValue
from jamtui.core.model import NA_VALUE, Item, ItemType
from jamtui.core.run import ItemAnswer
from jamtui.i18n import t
from jamtui.ui.safe_text import line
from jamtui.ui.widgets.marked import MarkedRadioButton, MarkedSelectionList


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


class ChoiceSet(RadioSet):
    """A radio set whose buttons are relabelled and re-chosen in place, or all cleared."""

    read_only = False

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Enter and Space do not choose while read-only (the screen shows why)."""
        return not (self.read_only and action == "toggle_button")

    def load(self, labels: list[Text], chosen: int | None) -> None:
        """Show ``labels`` with ``chosen`` pressed (None: none), reusing the buttons."""
        buttons = list(self.query(RadioButton))
        with self.prevent(RadioButton.Changed):
            for index, button in enumerate(buttons):
                if index < len(labels):
                    if str(button.label) != str(labels[index]):
                        button.label = labels[index]
                    button.value = index == chosen
                    button.display = True
                else:
                    button.value = False
                    button.display = False
        # New buttons are made outside ``prevent``: a widget made inside it mounts under it,
        # and Textual's prevented set is shared, so a key pressed meanwhile would be lost.
        for index in range(len(buttons), len(labels)):
            button = MarkedRadioButton(labels[index], value=index == chosen)
            button.can_focus = False
            self.mount(button)
            buttons.append(button)
        # RadioSet keeps which button is pressed and which is highlighted; a cleared set has
        # neither pressed (Textual itself offers no way back to "none chosen").
        self._pressed_button = buttons[chosen] if chosen is not None else None
        self._selected = chosen if chosen is not None else (0 if labels else None)


class ChoiceEditor(AnswerEditor):
    """Yes/no, a scale (with its labels and N/A) or a single choice, as radio buttons."""

    UPDATES_IN_PLACE = True

    def compose(self) -> ComposeResult:
        self.options = options_for(self.item, self.lang)
        with ChoiceSet(id="choice"):
            for label, value in self.options:
                yield MarkedRadioButton(label, value=value == self.value)

    def show(self, item: Item, answer: ItemAnswer, read_only: bool) -> None:
        super().show(item, answer, read_only)
        self.options = options_for(item, self.lang)
        values = [value for _, value in self.options]
        chosen = values.index(answer.value) if answer.value in values else None
        choices = self.query_one(ChoiceSet)
        choices.read_only = read_only
        choices.load([label for label, _ in self.options], chosen)

    @on(RadioSet.Changed)
    def _changed(self, event: RadioSet.Changed) -> None:
        event.stop()
        value = self.options[event.index][1]
        if value == self.value:
            return
        if self.read_only:  # a click: put the stored answer back
            values = [v for _, v in self.options]
            chosen = values.index(self.value) if self.value in values else None
            event.radio_set.load([label for label, _ in self.options], chosen)  # type: ignore[attr-defined]
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
        self.area = TextArea(
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
    """Action rows: åtgärd, ansvarig, klart senast; add and remove rows."""

    class RowsChanged(Message):
        def __init__(self, item_id: str, rows: list[ActionRow]) -> None:
            super().__init__()
            self.item_id = item_id
            self.rows = rows

    def __init__(
        self, item: Item, rows: list[ActionRow], lang: str, disabled: bool = False
    ) -> None:
        super().__init__(item, None, lang, disabled=disabled)
        self.rows = list(rows)

    def compose(self) -> ComposeResult:
        yield DataTable(id="action-rows", cursor_type="row")
        with Horizontal(classes="action-inputs"):
            yield Input(placeholder=t("export.what"), id="action-what")
            yield Input(placeholder=t("export.who"), id="action-who")
            yield Input(placeholder=t("export.due"), id="action-due")
        with Horizontal(classes="buttons"):
            yield Button(t("actions.add"), id="action-add", variant="primary")
            yield Button(t("actions.remove"), id="action-remove")

    def on_mount(self) -> None:
        self._fill()

    UPDATES_IN_PLACE = True

    def show(self, item: Item, answer: ItemAnswer, read_only: bool) -> None:
        super().show(item, answer, read_only)
        self.rows = list(answer.actions)
        self.disabled = read_only
        with self.prevent(Input.Changed):
            for field in self.query(Input):
                field.value = ""
        self._fill()

    def focus_target(self) -> Widget | None:
        """Typing goes into a new row's first field."""
        found = self.query("#action-what")
        return found.first() if found and found.first().focusable else None

    def _fill(self) -> None:
        table = self.query_one("#action-rows", DataTable)
        table.clear(columns=True)
        table.add_columns(t("export.what"), t("export.who"), t("export.due"))
        for index, row in enumerate(self.rows):
            table.add_row(line(row.what), line(row.who), line(row.due), key=str(index))

    @on(Input.Submitted)
    @on(Button.Pressed, "#action-add")
    def _add(self, event: Message) -> None:
        event.stop()
        what = self.query_one("#action-what", Input)
        who = self.query_one("#action-who", Input)
        due = self.query_one("#action-due", Input)
        row = ActionRow(what.value.strip(), who.value.strip(), due.value.strip())
        if row.is_empty():
            return
        self.rows.append(row)
        for field in (what, who, due):
            field.value = ""
        what.focus()
        self._fill()
        self.post_message(self.RowsChanged(self.item.id, list(self.rows)))

    @on(Button.Pressed, "#action-remove")
    def _remove(self, event: Button.Pressed) -> None:
        event.stop()
        table = self.query_one("#action-rows", DataTable)
        if not self.rows or table.cursor_row is None or table.cursor_row >= len(self.rows):
            return
        del self.rows[table.cursor_row]
        self._fill()
        self.post_message(self.RowsChanged(self.item.id, list(self.rows)))


class RatingsEditor(Widget):
    """Each participant's rating of a rater item, with the spread as on a whiteboard."""

    DEFAULT_CSS = "RatingsEditor { height: auto; }"

    class RatingChanged(Message):
        def __init__(self, item_id: str, participant: str, value: object) -> None:
            super().__init__()
            self.item_id = item_id
            self.participant = participant
            self.value = value

    def __init__(
        self,
        item: Item,
        participants: list[str],
        ratings: dict[str, AnswerValue],
        lang: str,
        disabled: bool = False,
    ) -> None:
        super().__init__(disabled=disabled)
        self.item = item
        self.participants = participants
        self.ratings = dict(ratings)
        self.lang = lang

    def compose(self) -> ComposeResult:
        self.options = options_for(self.item, self.lang)
        yield Label(Text(t("ratings.heading"), style="bold"))
        with Vertical(id="ratings"):
            for index, name in enumerate(self.participants):
                with Horizontal(classes="rating-row"):
                    yield Label(line(name), classes="rater")
                    with RadioSet(id=f"rater-{index}", classes="inline"):
                        for label, value in self.options:
                            short = Text(str(value)) if isinstance(value, int) else label
                            yield MarkedRadioButton(short, value=self.ratings.get(name) == value)
        yield Static(self.spread_text(), id="spread")

    def spread_text(self) -> Text:
        from jamtui.core.ratings_view import spread_line

        return Text(spread_line(self.item, self.ratings, self.participants, self.lang))

    @on(RadioSet.Changed)
    def _changed(self, event: RadioSet.Changed) -> None:
        event.stop()
        index = int((event.radio_set.id or "rater-0").split("-")[1])
        name = self.participants[index]
        value = self.options[event.index][1]
        if self.ratings.get(name) == value:
            return
        self.ratings[name] = value
        self.query_one("#spread", Static).update(self.spread_text())
        self.post_message(self.RatingChanged(self.item.id, name, value))
