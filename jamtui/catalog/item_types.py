"""The item types the loader knows: built-ins and plugins', all registered through one hook."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from jamtui.core.items.base import ItemKind, Key
from jamtui.i18n import t
from jamtui.plugin.registry import ItemTypeRegister

if TYPE_CHECKING:
    from jamtui.plugin.manager import PluginHost

TYPE_NAME = re.compile(r"^[a-z][a-z0-9-]{0,31}$")


class TypeRegistry:
    """Item types by name, each with the plugin that registered it."""

    def __init__(self) -> None:
        self.kinds: dict[str, ItemKind] = {}
        self.providers: dict[str, str] = {}
        self.generation = 0

    def register_for(
        self, plugin: str, problem: Callable[[str, str], None] | None = None
    ) -> ItemTypeRegister:
        """The ``register`` callable handed to ``plugin``'s ``jamtui_register_item_types``."""

        def register(kind: ItemKind) -> None:
            complaint = self._refusal(kind)
            if complaint is not None:
                if problem is None:
                    raise ValueError(complaint)
                problem(plugin, complaint)
                return
            self.kinds[kind.name] = kind
            self.providers[kind.name] = plugin
            self.generation += 1
            _plans.clear()

        return register

    def _refusal(self, kind: object) -> str | None:
        name = getattr(kind, "name", None)
        if not isinstance(kind, ItemKind) or not isinstance(name, str):
            return t("plugin.bad_item_type", None, what=type(kind).__name__)
        if not TYPE_NAME.match(name):
            return t("plugin.bad_item_type_name", None, name=name)
        if name in self.kinds and self.kinds[name] is not kind:
            return t("plugin.duplicate_item_type", None, name=name, by=self.providers[name])
        return None

    @property
    def names(self) -> list[str]:
        return list(self.kinds)

    def item_keys(self) -> dict[str, Key]:
        """Every key some type owns (the first type to name a key describes it)."""
        keys: dict[str, Key] = {}
        for kind in self.kinds.values():
            for key in kind.keys:
                keys.setdefault(key.name, key)
        return keys

    def tables(self) -> dict[str, tuple[Key, ...]]:
        """Nested tables the types define (``choice``, ``table_column`` …)."""
        found: dict[str, tuple[Key, ...]] = {}
        for kind in self.kinds.values():
            for name, keys in kind.tables.items():
                found.setdefault(name, keys)
        return found


_plans: dict[object, object] = {}
"""Caches keyed by registry state, cleared when a type is registered (see structure.py)."""

_active: TypeRegistry | None = None


def builtin_registry() -> TypeRegistry:
    """The built-in types, registered by their hook implementation (jamtui.plugin.builtin_types)."""
    from jamtui.plugin.builtin_types import jamtui_register_item_types

    registry = TypeRegistry()
    jamtui_register_item_types(registry.register_for("jamtui"))
    return registry


def active() -> TypeRegistry:
    """The registry checklists are loaded with (the built-ins until plugins are loaded)."""
    global _active
    if _active is None:
        _active = builtin_registry()
    return _active


def load_item_types(
    host: PluginHost, registered: Sequence[tuple[str, object]] | None = None
) -> TypeRegistry:
    """Built-in types, then every plugin's ``jamtui_register_item_types``; becomes active.

    ``registered``: what the plugins' hooks registered, when they were already called
    (``PluginHost.collect``); each type is then checked as if it were registered now.
    """
    global _active
    registry = builtin_registry()
    if registered is None:

        def make_register(plugin: str) -> ItemTypeRegister:
            return registry.register_for(plugin, host.problem)

        host.call_each("jamtui_register_item_types", make_register)
    else:
        for plugin, kind in registered:
            registry.register_for(plugin, host.problem)(kind)
    _active = registry
    _plans.clear()
    return registry


@contextmanager
def using(registry: TypeRegistry) -> Iterator[TypeRegistry]:
    """Load with ``registry`` inside the block, then restore the one before (tests, embedding)."""
    global _active
    before = _active
    _active = registry
    _plans.clear()
    try:
        yield registry
    finally:
        _active = before
        _plans.clear()


def tables_with_types() -> Mapping[str, tuple[Key, ...]]:
    """The format's tables with the item keys and nested tables of every active type."""
    from jamtui.catalog.spec import TABLES

    registry = active()
    merged = dict(TABLES)
    merged.update(registry.tables())
    common = {key.name for key in TABLES["item"]}
    extra = tuple(key for name, key in registry.item_keys().items() if name not in common)
    merged["item"] = (*TABLES["item"], *extra)
    return merged
