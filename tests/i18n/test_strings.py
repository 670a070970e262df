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


def _tables() -> list[object]:
    import importlib

    from jamtui.i18n import _MODULES

    return [importlib.import_module(f"jamtui.i18n.{name}") for name in _MODULES]


def _source() -> str:
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    files = [
        *(root / "jamtui").rglob("*.py"),
        *(root / "plugins").rglob("*.py"),
        *(root / "jamtui").rglob("*.html"),  # the workshop's page templates
    ]
    return "\n".join(
        p.read_text(encoding="utf-8") for p in files if "i18n" not in p.relative_to(root).parts
    )


def test_every_string_key_is_used() -> None:
    """Keys of every table (other helpers' tables too): used literally or by a declared family."""
    source = _source()
    families = tuple(prefix for table in _tables() for prefix in getattr(table, "DYNAMIC", ()))

    def used(key: str) -> bool:
        if f'"{key}"' in source or f"'{key}'" in source or key.startswith(families):
            return True
        for suffix in (".one", "_long"):  # plural forms (tn) and long labels (help)
            if key.endswith(suffix) and used(key[: -len(suffix)]):
                return True
        return False

    assert sorted(key for key in all_keys() if not used(key)) == []


def test_every_key_the_code_looks_up_exists() -> None:
    import re

    known = all_keys()
    literal = re.compile(
        r"""\b(?:t|tn|self\.tr|describe)\(\s*["']([a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+)["']"""
    )
    binding = re.compile(r"""Binding\([^)]*?,\s*"[^"]*",\s*"([a-z][a-z0-9_]*\.[a-z0-9_.]+)\"""")
    source = _source()
    looked_up = set(literal.findall(source)) | set(binding.findall(source))
    assert len(looked_up) > 200
    assert sorted(key for key in looked_up if key not in known) == []


def test_plurals() -> None:
    from jamtui.i18n import tn

    assert tn("cli.check.ok", 1, "sv", path="a.toml", id="x") == "a.toml: OK (x, 1 fråga)"
    assert tn("cli.check.ok", 3, "sv", path="a.toml", id="x") == "a.toml: OK (x, 3 frågor)"
    assert tn("cli.check.ok", 1, "en", path="a.toml", id="x") == "a.toml: OK (x, 1 item)"


def test_the_na_label_follows_the_language() -> None:
    from jamtui.core.answer_text import answer_words, na_label
    from jamtui.core.model import NA_VALUE
    from tests.storage.conftest import make_checklist

    item = make_checklist().item("s.betyg")
    assert item is not None and item.scale is not None
    assert na_label(item, "en") == "Not applicable"
    assert answer_words(item, NA_VALUE, "sv") == "Ej aktuellt"
    assert answer_words(item, NA_VALUE, "en") == "Not applicable"


def test_the_first_screen_s_key_bar_is_in_the_first_string_table() -> None:
    """Start-up reads only the first table for the first screen (the others are read when a
    key they hold is first wanted): every key the first screen's bar names is there."""
    from jamtui.i18n import ui_strings
    from jamtui.ui.app import JamtuiApp
    from jamtui.ui.screens.organisations import OrganisationsScreen

    named = [b.description for b in [*OrganisationsScreen.BINDINGS, *JamtuiApp.BINDINGS]]
    missing = [key for key in named if key not in ui_strings.STRINGS]
    assert missing == []
