"""Item types, one module each; the built-ins and how an item finds its type."""

from __future__ import annotations

from typing import TYPE_CHECKING

from jamtui.core.items import (
    actions,
    choice,
    date,
    multichoice,
    notice,
    number,
    scale,
    table,
    text,
    yesno,
)
from jamtui.core.items.base import BuildContext, ItemKind, Key

if TYPE_CHECKING:
    from jamtui.core.model import Item

BUILTIN: tuple[ItemKind, ...] = (
    yesno.KIND,
    scale.KIND,
    choice.KIND,
    multichoice.KIND,
    text.KIND,
    actions.KIND,
    number.KIND,
    date.KIND,
    table.KIND,
    notice.KIND,
)
"""The types jamtui ships, in the order the docs list them."""

BUILTIN_BY_NAME = {kind.name: kind for kind in BUILTIN}


def kind_of(item: Item) -> ItemKind:
    """The type object of ``item`` (a plugin's, or the built-in one named by ``item.type``)."""
    if item.kind is not None:
        return item.kind
    return BUILTIN_BY_NAME.get(str(item.type), text.KIND)


__all__ = ["BUILTIN", "BUILTIN_BY_NAME", "BuildContext", "ItemKind", "Key", "kind_of"]
