"""The ``actions`` type: rows of åtgärd, ansvarig, klart senast; answered when it has a row."""

from __future__ import annotations

from typing import TYPE_CHECKING

from jamtui.core.items.base import ItemKind

if TYPE_CHECKING:
    from jamtui.core.model import Item


class ActionsKind(ItemKind):
    name = "actions"
    na_capable = False

    def value_error(self, item: Item, value: object) -> str | None:
        return "no_value_for_actions"

    def parse(self, item: Item, text: str) -> object:
        raise ValueError(text)

    def is_answered(self, item: Item, value: object, has_rows: bool = False) -> bool:
        return has_rows


KIND = ActionsKind()
