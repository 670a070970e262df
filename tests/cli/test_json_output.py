"""`--json` on every command that prints data: one object per command, documented shapes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from jamtui.cli import build_parser, main
from tests.storage.conftest import CHECKLIST

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("JAMTUI_HOME", str(tmp_path / "data"))
    folder = tmp_path / "listor"
    folder.mkdir()
    (folder / "prov.toml").write_text(CHECKLIST.format(version="1", extra=""), encoding="utf-8")
    monkeypatch.setenv("JAMTUI_CHECKLISTS", str(folder))
    return tmp_path


def out_json(capsys: pytest.CaptureFixture[str], *words: str) -> dict[str, object]:
    main(list(words))
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, dict)
    return data


def test_every_command_answers_with_one_object(
    env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shapes = {
        ("orgs", "add", "Lund", "--json"): "organisation",
        ("runs", "new", "lund", "prov", "--date", "2026-01-02", "--json"): "run",
        ("orgs", "--json"): "organisations",
        ("runs", "list", "lund", "--json"): "runs",
        ("checklists", "--json"): "checklists",
        ("check", str(env / "listor"), "--json"): "files",
        ("plugins", "--json"): "plugins",
        ("doctor", "--json"): "problems",
        ("config", "list", "--json"): "settings",
        ("locate", "--json"): "data",
    }
    for words, key in shapes.items():
        assert key in out_json(capsys, *words), words
    runs = out_json(capsys, "runs", "list", "lund", "--json")["runs"]
    assert isinstance(runs, list) and runs[0]["id"] == "2026-01-02-prov"


def test_every_json_option_is_documented() -> None:
    """Each command with --json has its shape in docs/cli-json.md."""
    text = (ROOT / "docs" / "cli-json.md").read_text(encoding="utf-8")
    parser = build_parser()
    found = []
    stack = [([], parser)]
    while stack:
        words, current = stack.pop()
        if any("--json" in a.option_strings for a in current._actions):
            found.append(" ".join(words))
        if current._subparsers is not None:
            for action in current._subparsers._group_actions:
                for name, sub in (action.choices or {}).items():  # type: ignore[union-attr]
                    stack.append(([*words, name], sub))
    assert len(found) >= 10
    for command in found:
        # Positionals such as ORG may stand between the words: `jamtui log ORG list --json`.
        words = [re.escape(word) for word in command.split()]
        pattern = "`jamtui " + "(?: [A-Z]+)* ".join(words) + "(?: [A-Z]+)* --json`"
        assert re.search(pattern, text), command
