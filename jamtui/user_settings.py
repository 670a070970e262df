"""The user's settings file (``settings.toml`` in the config folder): read, checked, written.

Every value is checked on reading; a bad one is reported with the file and line and ignored,
never fatal. Writing goes through tomlkit, so comments and the order of the file survive.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple

from jamtui.core.text import LANGUAGES

SETTINGS_NAME = "settings.toml"
MAX_BYTES = 64 * 1024


def _language(value: object) -> str:
    if not isinstance(value, str) or value.strip().lower() not in LANGUAGES:
        raise ValueError("settings.bad_language")
    return value.strip().lower()


def _text(value: object) -> str:
    if not isinstance(value, str) or "\n" in value or not value.strip():
        raise ValueError("settings.bad_text")
    return value.strip()


def _keys(value: object) -> str:
    if not isinstance(value, str) or not value.strip() or any(c.isspace() for c in value):
        raise ValueError("settings.bad_keys")
    return value.strip()


KEYS: dict[str, Callable[[object], str]] = {
    "language": _language,
    "theme": _text,
    "facilitator": _text,
    "report_folder": _text,
    "report_template": _text,
}
"""Every plain setting and the check its value must pass; ``keymap.<binding id>`` besides."""


# NamedTuples, not frozen dataclasses: every command reads the settings file, and importing
# ``dataclasses`` was ~12 ms of a short command (see jamtui/settings.py).
class SettingsProblem(NamedTuple):
    """A value in the settings file that was ignored, and where it is."""

    path: Path
    line: int | None
    key: str
    message_key: str

    def format(self) -> str:
        from jamtui.i18n import t

        where = f"{self.path}:{self.line}" if self.line else str(self.path)
        key = f"{self.key}: " if self.key else ""
        return f"{where}: {key}{t(self.message_key)}"


_NOTHING: Mapping[str, str] = MappingProxyType({})


class UserSettings(NamedTuple):
    """What the settings file says (only valid values), and what it said that was not."""

    values: Mapping[str, str] = _NOTHING
    keymap: Mapping[str, str] = _NOTHING
    problems: tuple[SettingsProblem, ...] = ()

    def get(self, key: str) -> str | None:
        if key.startswith("keymap."):
            return self.keymap.get(key.removeprefix("keymap."))
        return self.values.get(key)


def settings_path(config_dir: Path) -> Path:
    return Path(config_dir) / SETTINGS_NAME


def read_user_settings(path: Path) -> UserSettings:
    """The settings in ``path``; a missing file is empty, a broken one is a problem."""
    try:
        if not os.path.isfile(path):
            return UserSettings()
        if os.path.getsize(path) > MAX_BYTES:
            return UserSettings(problems=(SettingsProblem(path, None, "", "settings.too_big"),))
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return UserSettings(problems=(SettingsProblem(path, None, "", "settings.unreadable"),))
    from jamtui.core.toml_reader import TOMLDecodeError, parse_toml

    try:
        data = parse_toml(text)
    except (TOMLDecodeError, RecursionError) as error:
        line = getattr(error, "lineno", None)
        return UserSettings(problems=(SettingsProblem(path, line, "", "settings.bad_toml"),))
    return check_settings(path, text, data)


def check_settings(path: Path, text: str, data: Mapping[str, Any]) -> UserSettings:
    """Keep the valid values of ``data``; report the others with their lines."""
    from jamtui.core.toml_lines import LineMap

    lines = LineMap(text)
    values: dict[str, str] = {}
    keymap: dict[str, str] = {}
    problems: list[SettingsProblem] = []

    def problem(key: str, message_key: str) -> None:
        found = lines.find(key)
        problems.append(SettingsProblem(path, found[0] if found else None, key, message_key))

    for key, value in data.items():
        if key == "keymap":
            if not isinstance(value, dict):
                problem(key, "settings.bad_keymap")
                continue
            for binding_id, keys in value.items():
                try:
                    keymap[str(binding_id)] = _keys(keys)
                except ValueError as error:
                    problem(f"keymap.{binding_id}", str(error))
        elif key in KEYS:
            try:
                values[key] = KEYS[key](value)
            except ValueError as error:
                problem(key, str(error))
        else:
            problem(key, "settings.unknown_key")
    return UserSettings(values, keymap, tuple(problems))


def check_value(key: str, value: str) -> str:
    """``value`` as ``key`` would store it; ValueError (with a string key) when it is bad."""
    if key.startswith("keymap.") and key.count(".") >= 1 and key.removeprefix("keymap."):
        return _keys(value)
    if key not in KEYS:
        raise ValueError("settings.unknown_key")
    return KEYS[key](value)


def write_setting(path: Path, key: str, value: str | None) -> None:
    """Set (or with None remove) ``key`` in the file, keeping its comments and layout."""
    import tomlkit

    from jamtui.fileio.atomic import write_text_atomic

    try:
        document = tomlkit.parse(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        document = tomlkit.document()
        document.add(tomlkit.comment("jamtui settings: jamtui config list shows every key."))
    table: Any = document
    name = key
    if key.startswith("keymap."):
        name = key.removeprefix("keymap.")
        if "keymap" not in document:
            document.add("keymap", tomlkit.table())
        table = document["keymap"]
    if value is None:
        if name in table:
            del table[name]
    else:
        table[name] = value
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(path, tomlkit.dumps(document))
