"""Every user-facing string, in Swedish and English, looked up by key."""

from __future__ import annotations

from collections.abc import Mapping

from jamtui.core.text import DEFAULT_LANG

Catalog = Mapping[str, Mapping[str, str]]

_current_lang = DEFAULT_LANG


def _load() -> dict[str, Mapping[str, str]]:
    from jamtui.i18n import (
        catalog_strings,
        cli_strings,
        export_strings,
        run_ui_strings,
        storage_strings,
        ui_strings,
    )

    merged: dict[str, Mapping[str, str]] = {}
    for module in (
        catalog_strings,
        cli_strings,
        export_strings,
        storage_strings,
        ui_strings,
        run_ui_strings,
    ):
        merged.update(module.STRINGS)
    return merged


_strings: dict[str, Mapping[str, str]] | None = None


def set_language(lang: str) -> None:
    """Choose the language ``t`` uses when none is given."""
    global _current_lang
    _current_lang = lang


def current_language() -> str:
    return _current_lang


def t(key: str, lang: str | None = None, /, **values: object) -> str:
    """The string ``key`` in ``lang`` (default: the current language), formatted with ``values``."""
    global _strings
    if _strings is None:
        _strings = _load()
    entry = _strings.get(key)
    if entry is None:
        return key
    text = entry.get(lang or _current_lang) or entry.get(DEFAULT_LANG) or key
    return text.format(**values) if values else text


def all_keys() -> dict[str, Mapping[str, str]]:
    """Every string table entry (for tests that check both languages are complete)."""
    global _strings
    if _strings is None:
        _strings = _load()
    return dict(_strings)
