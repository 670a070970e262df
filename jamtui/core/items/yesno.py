"""The ``yesno`` type: ja or nej; scores ja = 1, nej = 0."""

from __future__ import annotations

from typing import TYPE_CHECKING

from jamtui.core.items.base import ItemKind

if TYPE_CHECKING:
    from jamtui.core.model import Item

YES = "ja"
NO = "nej"
_WORDS = {"sv": {YES: "Ja", NO: "Nej"}, "en": {YES: "Yes", NO: "No"}}
_TYPED = {"ja": YES, "yes": YES, "j": YES, "y": YES, "nej": NO, "no": NO, "n": NO}


class YesNoKind(ItemKind):
    name = "yesno"
    can_score = True
    allows_raters = True

    def possible_values(self, item: Item) -> tuple[object, ...]:
        return (YES, NO)

    def value_error(self, item: Item, value: object) -> str | None:
        return None if value in (YES, NO) else "not_yesno"

    def parse(self, item: Item, text: str) -> object:
        answer = _TYPED.get(text.strip().casefold())
        if answer is None:
            raise ValueError(text)
        return answer

    def bounds(self, item: Item) -> tuple[float, float]:
        return 0.0, 1.0

    def score(self, item: Item, value: object) -> float | None:
        return 1.0 if value == YES else 0.0 if value == NO else None

    def report_text(self, item: Item, value: object, lang: str) -> str:
        if not isinstance(value, str):
            return ""
        return _WORDS.get(lang, _WORDS["sv"]).get(value, value)


KIND = YesNoKind()
