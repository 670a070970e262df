"""The ``notice`` type: facilitator information that shows and reports but takes no answer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from jamtui.core.items.base import ItemKind

if TYPE_CHECKING:
    from jamtui.core.model import Item


class NoticeKind(ItemKind):
    name = "notice"
    takes_answer = False
    na_capable = False

    def value_error(self, item: Item, value: object) -> str | None:
        return "no_answer"

    def parse(self, item: Item, text: str) -> object:
        raise ValueError(text)

    def is_answered(self, item: Item, value: object, has_rows: bool = False) -> bool:
        return True  # nothing to answer: never "missing", never next to answer


KIND = NoticeKind()
