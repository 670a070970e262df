"""Which editor widget answers which item type: built-ins here, plugin types by name.

A plugin's ``ItemKind`` may name its editor in ``editor``: ``"module:attribute"`` (a
factory called as ``factory(item, stored, lang, read_only)`` that returns a widget posting
``AnswerEditor.Changed``), or a built-in editor name (``"values"``, ``"typed"``). Without
one, a type with a fixed set of values gets a single-choice list and any other type a line to
type in, checked by the type's own ``parse`` and ``value_error``. Only the UI imports this.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from textual.widget import Widget

from jamtui.core.model import Item
from jamtui.core.run import ItemAnswer

EditorFactory = Callable[[Item, ItemAnswer, str, bool], Widget | None]
"""``factory(item, stored answer, lang, read_only)``; None: nothing to edit (a notice)."""

_EDITORS: dict[str, EditorFactory] = {}


def register_editor(name: str, factory: EditorFactory) -> None:
    """Use ``factory`` for items of type ``name`` (or for ``editor = name``)."""
    _EDITORS[name] = factory


def _builtins() -> None:
    from jamtui.ui.widgets.answer_editors import (
        ActionsEditor,
        ChoiceEditor,
        MultiChoiceEditor,
        TextEditor,
    )
    from jamtui.ui.widgets.items.table import TableEditor
    from jamtui.ui.widgets.items.typed import TypedEditor, ValuesEditor

    def choice(item: Item, stored: ItemAnswer, lang: str, read_only: bool) -> Widget:
        return ChoiceEditor(item, stored.value, lang, disabled=read_only)

    def multi(item: Item, stored: ItemAnswer, lang: str, read_only: bool) -> Widget:
        return MultiChoiceEditor(item, stored.value, lang, disabled=read_only)

    def text(item: Item, stored: ItemAnswer, lang: str, read_only: bool) -> Widget:
        return TextEditor(item, stored.value, lang)  # as before: typing is checked on save

    def actions(item: Item, stored: ItemAnswer, lang: str, read_only: bool) -> Widget:
        return ActionsEditor(item, stored.actions, lang, disabled=read_only)

    def typed(item: Item, stored: ItemAnswer, lang: str, read_only: bool) -> Widget:
        return TypedEditor(item, stored.value, lang, disabled=read_only)

    def values(item: Item, stored: ItemAnswer, lang: str, read_only: bool) -> Widget:
        return ValuesEditor(item, stored.value, lang, disabled=read_only)

    def table(item: Item, stored: ItemAnswer, lang: str, read_only: bool) -> Widget:
        return TableEditor(item, stored.value, lang, disabled=read_only)

    def notice(item: Item, stored: ItemAnswer, lang: str, read_only: bool) -> None:
        return None

    for name, factory in (
        ("yesno", choice),
        ("scale", choice),
        ("choice", choice),
        ("multichoice", multi),
        ("text", text),
        ("actions", actions),
        ("number", typed),
        ("date", typed),
        ("table", table),
        ("notice", notice),
        ("typed", typed),
        ("values", values),
    ):
        _EDITORS.setdefault(name, factory)


def _factory(item: Item) -> EditorFactory:
    if not _EDITORS:
        _builtins()
    kind = item.item_kind
    named = getattr(kind, "editor", "") or ""
    if ":" in named:
        module, _, attribute = named.partition(":")
        found: EditorFactory = getattr(importlib.import_module(module), attribute)
        return found
    if named in _EDITORS:
        return _EDITORS[named]
    if kind.name in _EDITORS and item.kind is None:
        return _EDITORS[kind.name]  # a built-in type
    if kind.name in _EDITORS:
        return _EDITORS[kind.name]  # a plugin registered an editor for its type
    return _EDITORS["values" if kind.possible_values(item) is not None else "typed"]


def editor_for(item: Item, stored: ItemAnswer, lang: str, read_only: bool) -> Widget | None:
    """The editor for ``item`` with its stored answer, or None when it takes no answer."""
    return _factory(item)(item, stored, lang, read_only)
