"""Settings: JAMTUI_HOME isolates everything; options beat the environment."""

from __future__ import annotations

import os
from pathlib import Path

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
