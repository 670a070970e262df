"""The settings file: checked values with file and line, `jamtui config`, comments kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jamtui.cli import main
from jamtui.settings import resolve_settings
from jamtui.user_settings import read_user_settings


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("JAMTUI_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("JAMTUI_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("JAMTUI_LANG", raising=False)
    return tmp_path / "config"


def test_bad_values_are_reported_with_file_and_line_and_ignored(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(
        '# mina inställningar\ntheme = "nord"\nlanguage = "fi"\ncolour = 3\n\n'
        '[keymap]\n"run.next" = "f6"\n"run.previous" = 7\n',
        encoding="utf-8",
    )
    user = read_user_settings(path)
    assert user.get("theme") == "nord" and user.get("language") is None
    assert dict(user.keymap) == {"run.next": "f6"}
    where = sorted((p.line, p.key) for p in user.problems)
    assert where == [(3, "language"), (4, "colour"), (8, "keymap.run.previous")]
    assert all(p.format().startswith(f"{path}:") for p in user.problems)


def test_a_broken_file_is_never_fatal(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config.mkdir(parents=True)
    (config / "settings.toml").write_text("theme = \n", encoding="utf-8")
    assert main(["--lang", "en", "config", "list"]) == 0
    assert "settings.toml:1: the file is not valid TOML" in capsys.readouterr().err
    (config / "settings.toml").write_text("[" * 100_000, encoding="utf-8")
    assert main(["orgs"]) == 0


def test_config_set_get_list_and_comments_survive(
    config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config.mkdir(parents=True)
    path = config / "settings.toml"
    path.write_text('# my own comment\nfacilitator = "Åsa"  # that is me\n', encoding="utf-8")
    assert main(["config", "set", "theme", "nord"]) == 0
    assert main(["config", "set", "keymap.run.next", "f6"]) == 0
    text = path.read_text(encoding="utf-8")
    assert "# my own comment" in text and "# that is me" in text
    assert main(["config", "get", "theme"]) == 0
    assert capsys.readouterr().out == "nord\n"
    assert main(["config", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed["settings"]["facilitator"] == "Åsa"
    assert listed["settings"]["keymap.run.next"] == "f6"
    assert main(["--lang", "en", "config", "set", "language", "fi"]) == 2
    assert "language: the language must be sv or en" in capsys.readouterr().err
    assert main(["--lang", "en", "config", "set", "colour", "red"]) == 2
    assert 'unknown setting "colour"' in capsys.readouterr().err
    assert main(["locate", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["settings"] == str(path)


def test_the_language_setting_is_used_unless_an_option_says_otherwise(
    config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["config", "set", "language", "en"]) == 0
    assert resolve_settings().lang == "en"
    with pytest.raises(SystemExit):
        main(["--help"])
    assert capsys.readouterr().out.startswith("usage: jamtui")
    assert resolve_settings(lang="sv").lang == "sv"
