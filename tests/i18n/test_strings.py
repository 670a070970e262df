"""Every user-facing string exists in Swedish and English, with the same placeholders."""

from __future__ import annotations

import string

from jamtui.i18n import all_keys, t


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_string_has_swedish_and_english_with_the_same_placeholders() -> None:
    for key, entry in all_keys().items():
        assert entry.get("sv"), f"{key} has no Swedish text"
        assert entry.get("en"), f"{key} has no English text"
        assert placeholders(entry["sv"]) == placeholders(entry["en"]), key


def test_lookup_uses_the_requested_language() -> None:
    assert t("problem.unknown_key", "sv", key="x") == 'okänd nyckel "x"'
    assert t("problem.unknown_key", "en", key="x") == 'unknown key "x"'


def test_no_key_is_in_two_string_tables() -> None:
    """Tables are read lazily, one after another: a key in two would depend on that order."""
    import importlib
    from collections import Counter

    from jamtui.i18n import _MODULES

    counts: Counter[str] = Counter()
    for name in _MODULES:
        counts.update(list(importlib.import_module(f"jamtui.i18n.{name}").STRINGS))
    assert [key for key, n in counts.items() if n > 1] == []
