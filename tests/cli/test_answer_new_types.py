"""`jamtui answer` with the format 1.1 types: a number with a decimal comma, a date, a table."""

from __future__ import annotations

from pathlib import Path

import pytest

from jamtui.cli import main
from jamtui.storage import Store

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("JAMTUI_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("JAMTUI_CHECKLISTS", str(ROOT / "checklists"))
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    return code, capsys.readouterr().err


def test_numbers_dates_and_tables_from_the_shell(
    env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "orgs", "add", "Lund")
    run(capsys, "runs", "new", "lund", "4r", "--date", "2026-11-22")
    assert run(capsys, "answer", "lund", "latest", "r2.budget", "12 500 kr") == (0, "")
    assert run(capsys, "answer", "lund", "latest", "r1.datum", "1/10 2026")[0] == 0
    cells = "beslutar.kvinnor=5; beslutar.man=4; malgrupp.kvinnor=1,5"
    code, err = run(capsys, "answer", "lund", "latest", "r1.fordelning", cells)
    assert code == 2 and "ska vara ett heltal" in err  # people come whole
    assert run(capsys, "answer", "lund", "latest", "r1.fordelning", cells[:-3] + "120")[0] == 0
    code, err = run(capsys, "answer", "lund", "latest", "r1.fordelning", "beslutar.andel=50")
    assert code == 2 and "beräknad kolumn" in err and len(err.strip().splitlines()) == 1
    code, err = run(capsys, "answer", "lund", "latest", "r2.budget", "-1")
    assert code == 2 and "minsta tillåtna" in err
    code, err = run(capsys, "answer", "lund", "latest", "r1.om", "x")
    assert code == 2 and len(err.strip().splitlines()) == 1
    saved = Store(env / "data").load_run("lund", "latest").answers
    assert saved["r2.budget"].value == 12500
    assert saved["r1.datum"].value == "2026-10-01"
    assert saved["r1.fordelning"].value == {
        "beslutar": {"kvinnor": 5, "man": 4},
        "malgrupp": {"kvinnor": 120},
    }
