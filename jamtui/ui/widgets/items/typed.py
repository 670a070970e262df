"""Editors for types answered by typing one value (number, date, a plugin's) or by a pick."""

from __future__ import annotations

from typing import cast

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.widgets import Input, Static

from jamtui.core.answer_text import answer_words, na_label
from jamtui.core.answers import AnswerValue, parse_value, value_error
from jamtui.core.model import NA_VALUE, Item
from jamtui.i18n import t
from jamtui.ui.safe_text import line
from jamtui.ui.widgets.answer_editors import AnswerEditor, ChoiceEditor


def shown_value(item: object, value: object, lang: str) -> str:
    """What the input line starts with: the stored answer as it would be typed."""
    if value is None or value == "":
        return ""
    if value == NA_VALUE:
        return na_label(item, lang)  # type: ignore[arg-type]
    if isinstance(value, float) and lang != "en":
        return repr(value).replace(".", ",")
    return str(value)


class TypedEditor(AnswerEditor):
    """One line to type the answer in; the type parses and checks it, and says what is wrong.

    A value the type accepts is saved at once (``Changed``); anything else stays in the line
    with a hint below it, and the stored answer is kept until the line holds a good value.
    """

    DEFAULT_CSS = """
    TypedEditor { height: auto; }
    TypedEditor #typed-hint { color: $text-muted; height: auto; }
    TypedEditor #typed-hint.bad { color: $warning; }
    """

    def compose(self) -> ComposeResult:
        yield Input(shown_value(self.item, self.value, self.lang), id="typed")
        yield Static(self._hint(), id="typed-hint")

    def on_mount(self) -> None:
        # The run screen places the cursor before this editor has composed its line (then
        # the note took it and typing went there); take it once the line exists.
        self.call_after_refresh(self._focus_line)

    def _focus_line(self) -> None:
        lines = list(self.query("#typed").results(Input))  # gone if the item moved on
        if lines and self.is_mounted and not self.disabled:
            lines[0].focus(scroll_visible=False)

    def _hint(self) -> Text:
        unit = self.item.options.get("unit")
        parts = [t("items.typed.hint." + self.item.item_kind.name, None)]
        if unit:
            parts.append(t("items.typed.unit", None, unit=unit.get(self.lang)))
        words = answer_words(self.item, self.value, self.lang)
        if words:
            parts.append(t("items.typed.saved", None, value=words))
        return line(" · ".join(p for p in parts if p and not p.startswith("items.")))

    @on(Input.Changed, "#typed")
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        hint = self.query_one("#typed-hint", Static)
        text = event.value.strip()
        value: AnswerValue | None
        if not text:
            value = None
        else:
            try:
                value = parse_value(self.item, text)
                reason = value_error(self.item, value)
            except ValueError:
                reason = "not_" + self.item.item_kind.name
            if reason is not None:
                hint.update(line(t("items.typed.bad", None, reason=t(f"reason.{reason}"))))
                hint.set_class(True, "bad")
                return
        hint.set_class(False, "bad")
        if value != self.value:
            self.value = value
            self.post_message(self.Changed(self.item.id, value))
        hint.update(self._hint())


class ValuesEditor(ChoiceEditor):
    """One choice among the values a (plugin) type declares, each in the type's own words."""

    UPDATES_IN_PLACE = False

    def option_pairs(self, item: Item) -> list[tuple[Text, AnswerValue]]:
        values = item.item_kind.possible_values(item) or ()
        options = [(line(answer_words(item, v, self.lang)), cast(AnswerValue, v)) for v in values]
        if item.allows_na:
            options.append((line(na_label(item, self.lang)), NA_VALUE))
        return options
