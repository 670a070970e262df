"""Every user-facing string, in Swedish and English, looked up by key."""

from __future__ import annotations

import threading
from collections.abc import Mapping

from jamtui.core.text import DEFAULT_LANG

Catalog = Mapping[str, Mapping[str, str]]

_current_lang = DEFAULT_LANG


# The string tables, in the order they are looked in. The first screen's strings are in
# ui_strings, so only that table is read at start-up; the others are read on the first
# key it does not have (start-up time is measured). Every command line builds a parser,
# whose words (``argparse.*``) are in base_strings: it comes right after the CLI's table.
_MODULES = (
    "ui_strings",
    "catalog_strings",
    "cli_strings",
    "base_strings",
    "export_strings",
    "storage_strings",
    "run_ui_strings",
    "report_strings",
    "items_strings",
    "run2_strings",
    "safety_strings",
    "sync_strings",
    "workshop_strings",
    "runscreen_strings",
    "followup_strings",
    "rating_rows_strings",
)
_strings: dict[str, Mapping[str, str]] = {}
_loaded = 0
_lock = threading.Lock()  # the catalog loads in a thread and reports problems with t()


def _load_next() -> bool:
    """Read the next string table; False when all are read (safe from any thread)."""
    global _loaded
    with _lock:
        if _loaded >= len(_MODULES):
            return False
        import importlib

        module = importlib.import_module(f"jamtui.i18n.{_MODULES[_loaded]}")
        for key, entry in module.STRINGS.items():
            _strings.setdefault(key, entry)
        _loaded += 1
        return True


def set_language(lang: str) -> None:
    """Choose the language ``t`` uses when none is given."""
    global _current_lang
    _current_lang = lang


def current_language() -> str:
    return _current_lang


def t(key: str, lang: str | None = None, /, **values: object) -> str:
    """The string ``key`` in ``lang`` (default: the current language), formatted with ``values``."""
    entry = _strings.get(key)
    while entry is None and _load_next():
        entry = _strings.get(key)
    if entry is None:
        return key
    text = entry.get(lang or _current_lang) or entry.get(DEFAULT_LANG) or key
    return text.format(**values) if values else text


def tn(key: str, count: int, lang: str | None = None, /, **values: object) -> str:
    """``key`` for ``count`` things: ``key.one`` when there is one (and that entry exists),
    else ``key`` itself; ``count`` is passed to the text as ``{count}``."""
    chosen = f"{key}.one" if count == 1 and _has(f"{key}.one") else key
    return t(chosen, lang, count=count, **values)


def _has(key: str) -> bool:
    while key not in _strings and _load_next():
        pass
    return key in _strings


def all_keys() -> dict[str, Mapping[str, str]]:
    """Every string table entry (for tests that check both languages are complete)."""
    while _load_next():
        pass
    return dict(_strings)
