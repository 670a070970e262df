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
        yield TextArea(str(self.value or ""), id="answer-text", soft_wrap=True)

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
        participants: list[Participant],
        ratings: dict[str, AnswerValue],
        lang: str,
        disabled: bool = False,
        names: dict[str, str] | None = None,
    ) -> None:
        super().__init__(disabled=disabled)
        self.item = item
        self.participants = participants
        self.ratings = dict(ratings)
        self.lang = lang
        self.names = names if names is not None else {p.id: p.name for p in participants}

    def compose(self) -> ComposeResult:
        self.options = options_for(self.item, self.lang)
        yield Label(Text(t("ratings.heading"), style="bold"))
        with Vertical(id="ratings"):
            for index, person in enumerate(self.participants):
                with Horizontal(classes="rating-row"):
                    yield Label(line(person.name), classes="rater")
                    with RadioSet(id=f"rater-{index}", classes="inline"):
                        for label, value in self.options:
                            short = Text(str(value)) if isinstance(value, int) else label
                            chosen = self.ratings.get(person.id) == value
                            yield MarkedRadioButton(short, value=chosen)
        yield Static(self.spread_text(), id="spread")

    def spread_text(self) -> Text:
        from jamtui.core.ratings_view import spread_line

        named = {self.names.get(pid, pid): value for pid, value in self.ratings.items()}
        people = [p.name for p in self.participants]
        return Text(spread_line(self.item, named, people, self.lang))

    @on(RadioSet.Changed)
    def _changed(self, event: RadioSet.Changed) -> None:
        event.stop()
        index = int((event.radio_set.id or "rater-0").split("-")[1])
        pid = self.participants[index].id
        value = self.options[event.index][1]
        if self.ratings.get(pid) == value:
            return
        self.ratings[pid] = value
        self.query_one("#spread", Static).update(self.spread_text())
        self.post_message(self.RatingChanged(self.item.id, pid, value))
