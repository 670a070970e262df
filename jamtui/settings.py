"""Resolved settings shared by every command: folders, language, and the user's settings file."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jamtui.core.text import DEFAULT_LANG, LANGUAGES

if TYPE_CHECKING:
    from jamtui.user_settings import UserSettings

APP_NAME = "jamtui"
ENV_HOME = "JAMTUI_HOME"
ENV_CHECKLISTS = "JAMTUI_CHECKLISTS"
ENV_LANG = "JAMTUI_LANG"
ENV_CONFIG = "JAMTUI_CONFIG_DIR"


_FIELDS = ("data_dir", "config_dir", "checklist_dirs", "lang", "user")
"""``Settings``' fields in the order ``__init__`` takes them."""


class Settings:
    """Where jamtui reads and writes, and in which language it speaks (frozen).

    A plain class, not a dataclass: every command reads settings, and importing
    ``dataclasses`` (with ``inspect``) was ~12 ms of a 110 ms ``jamtui orgs``. Equal when the
    folders and the language are (the settings file's contents are not compared).
    """

    __slots__ = ("checklist_dirs", "config_dir", "data_dir", "lang", "user")

    data_dir: Path
    config_dir: Path
    checklist_dirs: tuple[Path, ...]
    lang: str
    user: UserSettings | None
    """What ``settings.toml`` in the config folder says (None: not read)."""

    def __init__(
        self,
        data_dir: Path,
        config_dir: Path,
        checklist_dirs: tuple[Path, ...] = (),
        lang: str = DEFAULT_LANG,
        user: UserSettings | None = None,
    ) -> None:
        setter = object.__setattr__
        setter(self, "data_dir", data_dir)
        setter(self, "config_dir", config_dir)
        setter(self, "checklist_dirs", checklist_dirs)
        setter(self, "lang", lang)
        setter(self, "user", user)

    def replace(self, **changes: Any) -> Settings:
        """A copy with ``changes`` (what ``dataclasses.replace`` did)."""
        values = {name: getattr(self, name) for name in _FIELDS}
        return Settings(**{**values, **changes})

    def __reduce__(self) -> tuple[type[Settings], tuple[object, ...]]:
        return Settings, tuple(getattr(self, name) for name in _FIELDS)

    def _key(self) -> tuple[object, ...]:
        return (self.data_dir, self.config_dir, self.checklist_dirs, self.lang)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Settings):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in _FIELDS)
        return f"Settings({fields})"

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Settings are frozen: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"Settings are frozen: cannot delete {name!r}")

    @property
    def settings_file(self) -> Path:
        """The user's settings file (``jamtui config``)."""
        return self.config_dir / "settings.toml"

    def setting(self, key: str) -> str | None:
        """A value from the settings file (``theme``, ``facilitator``, ``keymap.run.next`` …)."""
        return self.user.get(key) if self.user is not None else None

    @property
    def keymap(self) -> dict[str, str]:
        """Binding id → keys, from the settings file's ``[keymap]``."""
        return dict(self.user.keymap) if self.user is not None else {}

    @property
    def user_checklist_dir(self) -> Path:
        """The user's own folder of loose checklist TOML files."""
        return self.config_dir / "checklists"

    @property
    def all_checklist_dirs(self) -> tuple[Path, ...]:
        """The user's folder first, then folders given on the command line or in the env."""
        return (self.user_checklist_dir, *self.checklist_dirs)


def resolve_settings(
    data_dir: str | None = None,
    checklist_dirs: Sequence[str] = (),
    lang: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> Settings:
    """Combine command-line options, environment variables and platform defaults."""
    env = os.environ if environ is None else environ
    home = data_dir or env.get(ENV_HOME)
    if home:
        data = Path(home).expanduser()
        config = Path(env.get(ENV_CONFIG) or data / "config").expanduser()
    else:
        import platformdirs

        data = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
        config = Path(
            env.get(ENV_CONFIG) or platformdirs.user_config_dir(APP_NAME, appauthor=False)
        )
    dirs = [Path(d).expanduser() for d in checklist_dirs]
    dirs += [Path(d).expanduser() for d in env.get(ENV_CHECKLISTS, "").split(os.pathsep) if d]
    from jamtui.user_settings import read_user_settings, settings_path

    user = read_user_settings(settings_path(config))
    chosen = choose_language(lang or env.get(ENV_LANG) or user.get("language"), env)
    return Settings(
        data_dir=data, config_dir=config, checklist_dirs=tuple(dirs), lang=chosen, user=user
    )


def choose_language(lang: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """``lang``, else ``JAMTUI_LANG``, else Swedish; an unknown language falls back to Swedish."""
    env = os.environ if environ is None else environ
    chosen = (lang or env.get(ENV_LANG) or DEFAULT_LANG).strip().lower()
    return chosen if chosen in LANGUAGES else DEFAULT_LANG
