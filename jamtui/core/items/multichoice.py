"""The ``multichoice`` type: any of the listed options; scores the sum of their ``score``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from jamtui.core.items.base import BuildContext, ItemKind
from jamtui.core.items.choice import CHOICE_TABLE, CHOICES_KEY, build_choices, choice_label

if TYPE_CHECKING:
    from jamtui.core.model import Item


class MultiChoiceKind(ItemKind):
    name = "multichoice"
    keys = (CHOICES_KEY,)
    tables = CHOICE_TABLE
    can_score = True

    def build(self, raw: Mapping[str, Any], ctx: BuildContext) -> dict[str, Any]:
        return build_choices(raw, ctx)

    def possible_values(self, item: Item) -> tuple[object, ...]:
        return tuple(choice.value for choice in item.choices)

    def value_error(self, item: Item, value: object) -> str | None:
        if not isinstance(value, tuple | list):
            return "not_a_choice"
        return None if all(isinstance(v, str) and item.choice(v) for v in value) else "not_a_choice"

    def parse(self, item: Item, text: str) -> object:
        parts = (part.strip() for part in text.split(","))
        return tuple(dict.fromkeys(part for part in parts if part))  # each option once

    def bounds(self, item: Item) -> tuple[float, float] | None:
        scores = [c.score for c in item.choices if c.score is not None]
        if not scores:
            return None
        return sum(s for s in scores if s < 0), sum(s for s in scores if s > 0)

    def score(self, item: Item, value: object) -> float | None:
        if not isinstance(value, tuple | list):
            return None
        chosen = [item.choice(v) if isinstance(v, str) else None for v in value]
        if any(c is None for c in chosen):
            return None
        return sum(c.score for c in chosen if c is not None and c.score is not None)

    def report_text(self, item: Item, value: object, lang: str) -> str:
        if not isinstance(value, tuple | list):
            return ""
        return ", ".join(choice_label(item, str(part), lang) for part in value)


KIND = MultiChoiceKind()
