"""Settings: JAMTUI_HOME isolates everything; options beat the environment."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

from jamtui.settings import choose_language, resolve_settings


def test_jamtui_home_holds_data_and_config(tmp_path: Path) -> None:
    settings = resolve_settings(environ={"JAMTUI_HOME": str(tmp_path)})
    assert settings.data_dir == tmp_path
    assert settings.config_dir == tmp_path / "config"
    assert settings.all_checklist_dirs == (tmp_path / "config" / "checklists",)


def test_data_dir_option_beats_jamtui_home(tmp_path: Path) -> None:
    settings = resolve_settings(
        data_dir=str(tmp_path / "a"), environ={"JAMTUI_HOME": str(tmp_path / "b")}
    )
    assert settings.data_dir == tmp_path / "a"
    assert settings.config_dir == tmp_path / "a" / "config"


def test_checklist_folders_options_first_then_environment(tmp_path: Path) -> None:
    env = {
        "JAMTUI_HOME": str(tmp_path),
        "JAMTUI_CHECKLISTS": os.pathsep.join(["", str(tmp_path / "e1"), "", str(tmp_path / "e2")]),
        "JAMTUI_CONFIG_DIR": str(tmp_path / "konfig"),
    }
    settings = resolve_settings(checklist_dirs=[str(tmp_path / "o1")], environ=env)
    assert settings.all_checklist_dirs == (
        tmp_path / "konfig" / "checklists",
        tmp_path / "o1",
        tmp_path / "e1",
        tmp_path / "e2",
    )


def test_language_option_environment_and_fallback() -> None:
    assert choose_language(None, {}) == "sv"
    assert choose_language(None, {"JAMTUI_LANG": "EN "}) == "en"
    assert choose_language("sv", {"JAMTUI_LANG": "en"}) == "sv"
    assert choose_language(None, {"JAMTUI_LANG": "fi"}) == "sv"
    assert resolve_settings(lang="en", environ={"JAMTUI_HOME": "/x"}).lang == "en"


def test_settings_are_frozen_values_copied_with_replace(tmp_path: Path) -> None:
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "settings.toml").write_text('theme = "nord"\n', encoding="utf-8")
    settings = resolve_settings(environ={"JAMTUI_HOME": str(tmp_path)})
    with pytest.raises(AttributeError):
        settings.lang = "en"  # type: ignore[misc]
    english = settings.replace(lang="en")
    assert (english.lang, settings.lang) == ("en", "sv")
    assert english.data_dir == settings.data_dir and english.setting("theme") == "nord"
    assert english != settings and english.replace(lang="sv") == settings
    # What the settings file says is not part of the comparison (as before).
    assert settings.replace(user=None) == settings
    assert pickle.loads(pickle.dumps(settings)) == settings
    assert len({settings, settings.replace(user=None)}) == 1


def test_no_command_line_path_imports_dataclasses(tmp_path: Path) -> None:
    """Every command reads settings; ``dataclasses`` (with ``inspect``) cost ~12 ms of a
    short command such as ``jamtui orgs``."""
    import subprocess
    import sys

    code = (
        "import sys; from jamtui.cli import main\n"
        "try:\n    main(['--data-dir', sys.argv[1], 'orgs'])\n"
        "except SystemExit:\n    pass\n"
        "print('dataclasses' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip().splitlines()[-1] == "False"
