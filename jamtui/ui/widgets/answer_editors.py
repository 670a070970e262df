"""Answer editors per item type; each posts ``AnswerEditor.Changed`` with the new value."""

from __future__ import annotations

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
from jamtui.core.run import Participant
from jamtui.i18n import t
from jamtui.ui.safe_text import line
from jamtui.ui.widgets.marked import MarkedRadioButton, MarkedSelectionList
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
    """Base: holds the item; subclasses post Changed when the user changes the answer."""

    DEFAULT_CSS = "AnswerEditor { height: auto; }"

    class Changed(Message):
        def __init__(self, item_id: str, value: object) -> None:
            super().__init__()
            self.item_id = item_id
            self.value = value

    def __init__(
        self, item: Item, value: object, lang: str, disabled: bool = False, **kwargs: object
    ) -> None:
        super().__init__(disabled=disabled, **kwargs)  # type: ignore[arg-type]
        self.item = item
        self.value = value
        self.lang = lang


class ChoiceEditor(AnswerEditor):
    """Yes/no, a scale (with its labels and N/A) or a single choice, as radio buttons."""

    def compose(self) -> ComposeResult:
        self.options = options_for(self.item, self.lang)
        with RadioSet(id="choice"):
            for label, value in self.options:
                yield MarkedRadioButton(label, value=value == self.value)

    @on(RadioSet.Changed)
    def _changed(self, event: RadioSet.Changed) -> None:
        event.stop()
        value = self.options[event.index][1]
        if value != self.value:
            self.value = value
            self.post_message(self.Changed(self.item.id, value))


class MultiChoiceEditor(AnswerEditor):
    """Several options at once."""

    def compose(self) -> ComposeResult:
        chosen = set(self.value) if isinstance(self.value, tuple | list) else set()
        selections = [
            (line(c.label.get(self.lang)), c.value, c.value in chosen) for c in self.item.choices
        ]
        yield MarkedSelectionList(*selections, id="multi")

    @on(SelectionList.SelectedChanged)
    def _changed(self, event: SelectionList.SelectedChanged[str]) -> None:
        event.stop()
        order = [c.value for c in self.item.choices]
        value = tuple(v for v in order if v in event.selection_list.selected)
        previous = tuple(self.value) if isinstance(self.value, tuple | list) else ()
        if value != previous:
            self.value = value
            self.post_message(self.Changed(self.item.id, value))


class TextEditor(AnswerEditor):
    """Free text over several lines (paste keeps every line)."""

    def compose(self) -> ComposeResult:
        yield SafeTextArea(str(self.value or ""), id="answer-text", soft_wrap=True)

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
    """Each participant's rating of a rater item, with the spread as on a whiteboard.

    While ``hidden`` (not everyone has rated and nobody revealed them) no value is shown:
    each name carries ✓ once that person has rated, the buttons show no choice, and the
    spread line says how many have rated. ``show_ratings`` updates it after a change.
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
        hidden: bool = False,
    ) -> None:
        super().__init__(disabled=disabled)
        self.item = item
        self.participants = participants
        self.ratings = dict(ratings)
        self.lang = lang
        self.names = names if names is not None else {p.id: p.name for p in participants}
        self.hidden = hidden

    def compose(self) -> ComposeResult:
        self.options = options_for(self.item, self.lang)
        yield Label(Text(t("ratings.heading"), style="bold"))
        with Vertical(id="ratings"):
            for index, person in enumerate(self.participants):
                with Horizontal(classes="rating-row"):
                    name = self._rater_label(person)
                    yield Label(name, classes="rater", id=f"rater-name-{index}")
                    with RadioSet(id=f"rater-{index}", classes="inline"):
                        for label, value in self.options:
                            short = Text(str(value)) if isinstance(value, int) else label
                            chosen = not self.hidden and self.ratings.get(person.id) == value
                            yield MarkedRadioButton(short, value=chosen)
        yield Static(self.spread_text(), id="spread")

    def _rater_label(self, person: Participant) -> Text:
        if not self.hidden:
            return line(person.name)
        mark = "✓ " if person.id in self.ratings else "· "
        return Text(mark, style="bold") + line(person.name)

    def spread_text(self) -> Text:
        from jamtui.core.ratings_view import hidden_line, spread_line

        if self.hidden:
            rated = sum(1 for p in self.participants if p.id in self.ratings)
            shown = hidden_line(rated, len(self.participants), self.lang)
            return Text(f"{t('ratings.hidden_label')}: {shown}", style="italic")
        named = {self.names.get(pid, pid): value for pid, value in self.ratings.items()}
        people = [p.name for p in self.participants]
        return Text(spread_line(self.item, named, people, self.lang))

    def show_ratings(self, ratings: dict[str, AnswerValue], hidden: bool) -> None:
        """Show ``ratings`` (as stored) openly, or only who has rated while ``hidden``."""
        self.ratings = dict(ratings)
        self.hidden = hidden
        values = [value for _, value in self.options]
        for index, person in enumerate(self.participants):
            self.query_one(f"#rater-name-{index}", Label).update(self._rater_label(person))
            chosen = None if hidden else self.ratings.get(person.id)
            _press(self.query_one(f"#rater-{index}", RadioSet), values, chosen)
        self.query_one("#spread", Static).update(self.spread_text())

    @on(RadioSet.Changed)
    def _changed(self, event: RadioSet.Changed) -> None:
        event.stop()
        index = int((event.radio_set.id or "rater-0").split("-")[1])
        person = self.participants[index]
        value = self.options[event.index][1]
        if self.hidden:  # the choice is recorded, never left on screen
            _press(event.radio_set, [v for _, v in self.options], None)
        if self.ratings.get(person.id) == value:
            return
        self.ratings[person.id] = value
        self.query_one(f"#rater-name-{index}", Label).update(self._rater_label(person))
        self.query_one("#spread", Static).update(self.spread_text())
        self.post_message(self.RatingChanged(self.item.id, person.id, value, self))


def _press(radio_set: RadioSet, values: list[AnswerValue], chosen: object) -> None:
    """Press the button of ``chosen`` in ``radio_set`` (None: no button), without messages."""
    buttons = list(radio_set.query(RadioButton))
    target = values.index(chosen) if chosen in values else None
    with radio_set.prevent(RadioButton.Changed, RadioSet.Changed):
        for index, button in enumerate(buttons):
            button.value = index == target
    # RadioSet remembers its pressed button; Textual offers no public way back to "none".
    radio_set._pressed_button = buttons[target] if target is not None else None
