"""The built-in item types, registered through the hook every plugin uses."""

from __future__ import annotations

from jamtui.core.items import BUILTIN
from jamtui.plugin.markers import hookimpl
from jamtui.plugin.registry import ItemTypeRegister


@hookimpl
def jamtui_register_item_types(register: ItemTypeRegister) -> None:
    """Register yesno, scale, choice, multichoice, text, actions, number, date, table, notice."""
    for kind in BUILTIN:
        register(kind)
