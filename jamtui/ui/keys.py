"""What a key binding does, in the current language: bindings carry string keys, not text."""

from __future__ import annotations

from textual.binding import Binding

from jamtui.i18n import t


def describe(binding: Binding) -> str:
    """The binding's description resolved now (so a language chosen at run time shows)."""
    return t(binding.description) if binding.description else ""


def describe_long(binding: Binding) -> str:
    """The longer wording of a key's label where there is one (the key bar has little room)."""
    label = binding.description
    longer = t(f"{label}_long")
    return describe(binding) if longer == f"{label}_long" else longer


_NAMES = {
    "question_mark": "?",
    "slash": "/",
    "escape": "Esc",
    "delete": "Delete",
    "enter": "Enter",
    "minus": "-",
    "space": "Space",
    "pageup": "PgUp",
    "pagedown": "PgDn",
}


def key_label(key: str) -> str:
    """``ctrl+g`` → ``Ctrl+G``, ``f4`` → ``F4``, ``question_mark`` → ``?``, ``n`` → ``n``."""
    *modifiers, name = key.strip().split("+")
    shown = _NAMES.get(name) or (name.upper() if len(name) == 1 and modifiers else name)
    if len(shown) > 1 and shown == name:
        shown = name[:1].upper() + name[1:]
    return "+".join([*(m.capitalize() for m in modifiers), shown])
