"""`--help` and usage errors speak one language: English with --lang en, Swedish otherwise."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from jamtui.cli import build_parser, main
from tests.storage.conftest import CHECKLIST

SWEDISH = re.compile(r"[åäöÅÄÖ]|\b(och|eller|lista|visa|mapp|körning\w*|flaggor|användning)\b")
ENGLISH = re.compile(r"usage:|options:|positional arguments|show this help|the following|\bthe\b")


def help_texts(capsys: pytest.CaptureFixture[str], lang: str) -> list[str]:
    """``jamtui --help`` and every sub-command's ``--help`` (nested ones too)."""
    texts = []
    commands: list[list[str]] = [[]]
    parser = build_parser()
    for action in parser._subparsers._group_actions:  # type: ignore[union-attr]
        for name, sub in action.choices.items():  # type: ignore[union-attr]
            commands.append([name])
            for nested in sub._subparsers._group_actions if sub._subparsers else ():
                commands += [[name, more] for more in (nested.choices or ())]  # type: ignore[union-attr]
    for words in commands:
        with pytest.raises(SystemExit) as exit_info:
            main(["--lang", lang, *words, "--help"])
        assert exit_info.value.code == 0
        texts.append(capsys.readouterr().out)
    assert len(texts) > 10
    return texts


def test_english_help_has_no_swedish(capsys: pytest.CaptureFixture[str]) -> None:
    for text in help_texts(capsys, "en"):
        assert not SWEDISH.search(text), text


def test_swedish_help_has_no_english_from_argparse(capsys: pytest.CaptureFixture[str]) -> None:
    for text in help_texts(capsys, "sv"):
        assert not ENGLISH.search(text), text
        assert text.startswith("användning: jamtui")


def test_usage_errors_follow_lang(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", "en", "export"])
    assert "the following arguments are required: ORG" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["export", "--lang", "sv"])
    assert "de här argumenten behövs: ORG" in capsys.readouterr().err


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("JAMTUI_HOME", str(tmp_path / "data"))
    folder = tmp_path / "listor"
    folder.mkdir()
    (folder / "prov.toml").write_text(CHECKLIST.format(version="1", extra=""), encoding="utf-8")
    monkeypatch.setenv("JAMTUI_CHECKLISTS", str(folder))
    return tmp_path


def test_runs_list_and_new_are_sub_commands(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["orgs", "add", "New"]) == 0  # an organisation whose slug is "new"
    assert main(["orgs", "add", "List"]) == 0
    capsys.readouterr()
    assert main(["runs", "new", "new", "prov", "--date", "2026-01-02"]) == 0
    assert capsys.readouterr().out == "2026-01-02-prov\n"
    assert main(["runs", "list", "new", "--json"]) == 0
    assert '"id": "2026-01-02-prov"' in capsys.readouterr().out
    assert main(["runs", "list", "list"]) == 0
    assert capsys.readouterr().out == ""
    # The old spelling still lists: jamtui runs ORG
    assert main(["orgs", "add", "Lund"]) == 0
    assert main(["runs", "new", "lund", "prov", "--date", "2026-01-03"]) == 0
    capsys.readouterr()
    assert main(["runs", "--lang", "en", "lund"]) == 0
    assert capsys.readouterr().out.startswith("2026-01-03-prov\t")


def test_runs_new_keeps_the_config_folder(
    env: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A checklist only in the config folder's checklists/ must be found by `runs new`.
    config = env / "config-elsewhere"
    (config / "checklists").mkdir(parents=True)
    text = CHECKLIST.format(version="1", extra="").replace('id = "prov"', 'id = "egen"')
    (config / "checklists" / "egen.toml").write_text(text, encoding="utf-8")
    monkeypatch.setenv("JAMTUI_CONFIG_DIR", str(config))
    assert main(["orgs", "add", "Lund"]) == 0
    assert main(["runs", "new", "lund", "egen", "--date", "2026-01-02", "--lang", "en"]) == 0
    assert capsys.readouterr().out.endswith("2026-01-02-egen\n")


def test_the_runs_alias_skips_option_values() -> None:
    from jamtui.cli.store_commands import runs_alias

    assert runs_alias(["runs", "--lang", "en", "list", "x"]) == [
        "runs",
        "--lang",
        "en",
        "list",
        "x",
    ]
    assert runs_alias(["runs", "lund", "--json"]) == ["runs", "list", "lund", "--json"]
