"""The ``text`` type: free text, several lines; never scored."""

from __future__ import annotations

from typing import TYPE_CHECKING

from jamtui.core.items.base import ItemKind

if TYPE_CHECKING:
    from jamtui.core.model import Item


class TextKind(ItemKind):
    name = "text"
    na_capable = False

    def value_error(self, item: Item, value: object) -> str | None:
        return None if isinstance(value, str) else "not_text"

    def parse(self, item: Item, text: str) -> object:
        return text


KIND = TextKind()
