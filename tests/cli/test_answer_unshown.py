"""`jamtui answer` refuses answers the run would never show: hidden items, items after a stop."""

from __future__ import annotations

from pathlib import Path

import pytest

from jamtui.cli import main

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("JAMTUI_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("JAMTUI_CHECKLISTS", str(ROOT / "checklists"))
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_answer_after_a_stop_outcome_is_refused_with_one_line(
    env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "orgs", "add", "Lund")
    run(capsys, "runs", "new", "lund", "jamstallda-beslut")
    assert run(capsys, "answer", "lund", "latest", "beslut.beror", "ja")[0] == 0
    assert run(capsys, "answer", "lund", "latest", "beslut.statistik", "nej")[0] == 0
    code, _, err = run(capsys, "answer", "lund", "latest", "beslut.analys", "ja")
    assert code == 2
    assert err.strip().splitlines() == [
        'jamtui: fråga "beslut.analys" visas inte i körningen (körningen avslutades med '
        'utfallet "Återremittera för komplettering" före den); svaret sparades inte'
    ]
    code, _, err = run(capsys, "answer", "lund", "latest", "beslut.analys", "--note", "x")
    assert code == 2 and "svaret sparades inte" in err
    # nothing was stored: the run still has two answers
    code, out, _ = run(capsys, "runs", "lund")
    assert out.split("\t")[4].startswith("2")


def test_answer_to_a_hidden_item_is_refused(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "orgs", "add", "Lund")
    run(capsys, "runs", "new", "lund", "jamstalldhetsanalys")
    code, _, err = run(capsys, "answer", "lund", "latest", "steg1.motivering", "Berör ingen")
    assert code == 2
    assert "visas inte i körningen (dold av sitt villkor)" in err
    assert len(err.strip().splitlines()) == 1
    assert run(capsys, "answer", "lund", "latest", "steg1.beror", "nej")[0] == 0
    # now the item is shown and takes the answer
    assert run(capsys, "answer", "lund", "latest", "steg1.motivering", "Berör ingen")[0] == 0
