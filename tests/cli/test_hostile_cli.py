"""The shell commands under hostile input: one line, exit 2, no traceback, nothing changed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from jamtui.cli import main
from tests.storage.conftest import CHECKLIST

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "data"
    monkeypatch.setenv("JAMTUI_HOME", str(data))
    monkeypatch.delenv("JAMTUI_LANG", raising=False)
    folder = tmp_path / "listor"
    folder.mkdir()
    (folder / "prov.toml").write_text(CHECKLIST.format(version="1", extra=""), encoding="utf-8")
    monkeypatch.setenv("JAMTUI_CHECKLISTS", str(folder))
    return data


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under the organisations folder (caches and locks aside), by path."""
    return {
        str(path.relative_to(root)): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and path.name != ".index.json"
    }


NAMES = [
    "a/b",
    "..",
    "../../etc/passwd",
    "a\\b",
    ".dold",
    "🎉 Jämställdhetsrådet",
    "Åre, Älvdalen & Örebro",
    "ö" * 500,
    "CON",
    "nul\x01och\x1b[31mfärg",
]


@pytest.mark.parametrize("name", NAMES, ids=range(len(NAMES)))
def test_any_organisation_name_gets_a_safe_folder_and_is_found_again(
    home: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    code, out, err = run(capsys, "orgs", "add", name)
    assert (code, err) == (0, "")
    slug = out.strip()
    folder = (home / "organisations" / slug).resolve()
    assert folder.parent == (home / "organisations").resolve() and folder.is_dir()
    code, out, _ = run(capsys, "orgs", "--json")
    assert [(o["slug"], o["name"]) for o in json.loads(out)] == [(slug, name)]
    assert run(capsys, "runs", "new", name, "prov", "--date", "2026-05-01")[:2] == (
        0,
        "2026-05-01-prov\n",
    )
    assert run(capsys, "answer", name, "latest", "s.fraga", "ja")[0] == 0


BAD = [
    (
        ["runs", "new", "lund", "prov", "--participant", "Åsa", "--participant", "Åsa;chef"],
        '"Åsa" finns redan',
    ),
    (["runs", "new", "lund", "prov", "--participant", ";strateg"], "saknar namn"),
    (["runs", "new", "lund", "prov", "--unit", "Skolan"], 'ingen enhet "Skolan" (finns: Vård)'),
    (["runs", "new", "lund", "prov", "--date", "../../x"], "är inget datum"),
    (["runs", "new", "lund", "../prov"], 'checklistan "../prov" finns inte'),
    (["runs", "new", "Lund kommun", "prov"], "flera organisationer"),
    (["answer", "lund", "latest", "s.betyg", "2", "--rater", ""], "--rater behöver ett namn"),
    (["answer", "lund", "latest", "s.betyg", "--rater", "Åsa"], "--rater behöver ett SVAR"),
    (["answer", "lund", "latest", "s.fraga"], "inget att ändra"),
    (["answer", "lund", "latest", "s.metoder", "a,zz"], 'kan inte få svaret "a,zz"'),
    (["answer", "lund", "latest", "s.plan", "x"], "åtgärdslistor"),
    (["answer", "lund", "latest", "s.betyg", "2.5"], "finns inte på skalan"),
    (["answer", "lund", "latest", "s.betyg", "1_0"], 'kan inte få svaret "1_0"'),
    (["answer", "lund", "latest", "s.betyg", "٢"], 'kan inte få svaret "٢"'),
    (["answer", "lund", "latest", "s.fraga", "kanske"], "svara ja eller nej"),
    (["answer", "lund", "latest", "../../s.fraga", "ja"], "ingen fråga"),
    (["answer", "lund", "latest/../x", "s.fraga", "ja"], "ingen körning"),
    (["answer", "lund", "latest", "s.fraga", "\x1b[2Jja"], 'kan inte få svaret "ja"'),
    (["runs", "\x1b]0;titel\x07Lund\nrad två"], 'ingen organisation heter "Lund rad två"'),
]


@pytest.mark.parametrize(("args", "message"), BAD, ids=[" ".join(a)[:40] for a, _ in BAD])
def test_bad_input_is_one_clean_line_exit_2_and_changes_nothing(
    home: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    run(capsys, "orgs", "add", "Lund", "--unit", "Vård")
    run(capsys, "orgs", "add", "Lund kommun")
    run(capsys, "orgs", "add", "Lund kommun")
    run(capsys, "runs", "new", "lund", "prov", "--date", "2026-01-01", "--participant", "Åsa")
    before = snapshot(home)
    code, out, err = run(capsys, *args)
    assert code == 2, err
    assert out == ""
    assert err.startswith("jamtui: ") and err.endswith("\n") and err.count("\n") == 1
    assert message in err
    assert "\x1b" not in err and "\x07" not in err
    assert snapshot(home) == before


CORRUPT = {
    "syntax": (lambda text: text.replace('status = "draft"', 'status = "draft'), ":9: "),
    "end of file": (lambda text: text + "x = [\n", "TOML-syntaxfel"),
    "wrong type": (lambda text: text.replace('date = "2026-01-01"', "date = 2026"), ":7: "),
    "unknown status": (lambda text: text.replace('"draft"', '"klar"'), 'okänd status "klar"'),
    "newer format": (lambda text: text.replace("format = 2", "format = 7"), "format 7"),
    "deep": (lambda text: text + "x = " + "[" * 50_000 + "]" * 50_000 + "\n", "nästlad"),
}


@pytest.mark.parametrize("kind", list(CORRUPT))
def test_a_corrupt_run_file_is_named_and_never_overwritten(
    home: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    run(capsys, "orgs", "add", "Lund")
    run(capsys, "runs", "new", "lund", "prov", "--date", "2026-01-01")
    path = home / "organisations" / "lund" / "runs" / "2026-01-01-prov.toml"
    change, message = CORRUPT[kind]
    path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")
    before = path.read_bytes()
    for args in (
        ["answer", "lund", "latest", "s.fraga", "ja"],
        ["answer", "lund", "2026-01-01-prov", "s.fraga", "--note", "viktig"],
        ["export", "lund", "latest", "-o", "-"],
    ):
        code, _, err = run(capsys, *args)
        assert code == 2, (args, err)
        assert err.count("\n") == 1 and str(path) in err and message in err, err
        assert "Traceback" not in err
    code, out, _ = run(capsys, "runs", "lund")
    assert code == 0 and message in out
    code, out, _ = run(capsys, "doctor")
    assert code == 1 and out.startswith(str(path)) and message in out
    assert path.read_bytes() == before
    assert not (path.parent / ".2026-01-01-prov.lock").exists()


def test_a_finalized_run_refuses_answers_and_notes(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from jamtui.storage import Store

    run(capsys, "orgs", "add", "Lund")
    run(capsys, "runs", "new", "lund", "prov")
    with Store(home).open_run("lund", "latest") as session:
        session.set_value("s.fraga", "ja")
        session.finalize("Åsa")
    before = snapshot(home)
    for args in (["s.fraga", "nej"], ["s.fraga", "--note", "sent påkommen"]):
        code, _, err = run(capsys, "answer", "lund", "latest", *args)
        assert code == 2 and "slutförd" in err and err.count("\n") == 1
    assert snapshot(home) == before


def test_a_data_folder_that_cannot_be_used_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "fil"
    blocker.write_text("", encoding="utf-8")
    for args in (["orgs"], ["orgs", "add", "Lund"], ["runs", "lund"]):
        code, _, err = run(capsys, "--data-dir", str(blocker), *args)
        assert code == 2 and err.count("\n") == 1 and str(blocker) in err
    code, out, _ = run(capsys, "--data-dir", str(blocker), "doctor")
    assert code == 1 and "inte en mapp" in out


USAGE = [
    ["runs", "new", "lund"],
    ["--lang", "de", "orgs"],
    ["orgs", "--okänd"],
    ["answer", "lund"],
    ["finns-inte"],
]


@pytest.mark.parametrize("args", USAGE, ids=[" ".join(a) for a in USAGE])
def test_usage_errors_are_one_line_with_a_hint(args: list[str], tmp_path: Path) -> None:
    env = {**os.environ, "JAMTUI_HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}
    env.pop("JAMTUI_LANG", None)
    result = subprocess.run(
        [sys.executable, "-m", "jamtui", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("jamtui") and "--help" in result.stderr


def test_a_multichoice_answer_keeps_each_option_once(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from jamtui.storage import Store

    run(capsys, "orgs", "add", "Lund")
    run(capsys, "runs", "new", "lund", "prov")
    assert run(capsys, "answer", "lund", "latest", "s.metoder", " b, a,,b ")[0] == 0
    assert Store(home).load_run("lund", "latest").answers["s.metoder"].value == ("b", "a")
