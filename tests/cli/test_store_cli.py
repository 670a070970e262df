"""The scripting commands over the store: orgs, runs, answer, doctor; bad input never tracebacks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jamtui.cli import main
from tests.storage.conftest import CHECKLIST


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("JAMTUI_HOME", str(tmp_path / "data"))
    folder = tmp_path / "listor"
    folder.mkdir()
    (folder / "prov.toml").write_text(CHECKLIST.format(version="1", extra=""), encoding="utf-8")
    monkeypatch.setenv("JAMTUI_CHECKLISTS", str(folder))
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_whole_session_from_the_shell(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "orgs", "add", "Malmö stad", "--unit", "Vård", "--unit", "Skola")
    assert (code, out) == (0, "malmo-stad\n")
    code, out, _ = run(
        capsys,
        "runs",
        "new",
        "Malmö stad",
        "prov",
        "--date",
        "2026-02-03",
        "--participant",
        "Åsa;strateg",
        "--participant",
        "Nils",
    )
    assert (code, out) == (0, "2026-02-03-prov\n")
    assert (
        run(capsys, "answer", "malmo-stad", "latest", "s.fraga", "ja", "--note", "rad 1\nrad 2")[0]
        == 0
    )
    assert run(capsys, "answer", "malmo-stad", "latest", "s.betyg", "3", "--rater", "Åsa")[0] == 0
    assert run(capsys, "answer", "malmo-stad", "2026-02-03-prov", "s.metoder", "a,b")[0] == 0
    code, out, _ = run(capsys, "runs", "malmo-stad", "--json")
    (summary,) = json.loads(out)
    assert summary["answered"] == 2 and summary["status"] == "draft"
    code, out, _ = run(capsys, "orgs", "--json")
    assert json.loads(out)[0]["name"] == "Malmö stad"
    assert run(capsys, "doctor")[0] == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["runs", "Finns inte"], 'ingen organisation heter "Finns inte"'),
        (["runs", "new", "malmo-stad", "okand"], 'checklistan "okand" finns inte'),
        (["runs", "new", "malmo-stad", "prov", "--date", "2026-13-01"], "är inget datum"),
        (["answer", "malmo-stad", "latest", "s.okand", "ja"], 'ingen fråga "s.okand"'),
        (["answer", "malmo-stad", "latest", "s.betyg", "7"], "finns inte på skalan"),
        (["answer", "malmo-stad", "latest", "s.betyg", "tre"], "kan inte få svaret"),
        (
            ["answer", "malmo-stad", "latest", "s.fraga", "ja", "--rater", "Åsa"],
            "inga personliga bedömningar",
        ),
        (["answer", "malmo-stad", "2020-01-01-x", "s.fraga", "ja"], "ingen körning"),
        (["answer", "malmo-stad", "../../etc", "s.fraga", "ja"], "ingen körning"),
    ],
)
def test_bad_input_gets_one_line_and_exit_2(
    env: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    run(capsys, "orgs", "add", "Malmö stad")
    run(capsys, "runs", "new", "malmo-stad", "prov")
    code, _, err = run(capsys, *args)
    assert code == 2
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_answer_on_a_finalized_run_is_refused(
    env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from jamtui.storage import Store

    run(capsys, "orgs", "add", "Lund")
    run(capsys, "runs", "new", "lund", "prov")
    store = Store(env / "data")
    with store.open_run("lund", "latest") as session:
        session.finalize("Åsa")
    code, _, err = run(capsys, "answer", "lund", "latest", "s.fraga", "ja")
    assert code == 2 and "slutförd" in err


def test_doctor_lists_broken_files_and_exits_1(
    env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "orgs", "add", "Lund")
    path = env / "data" / "organisations" / "lund" / "organisation.toml"
    path.write_text("format = 1\nname = [\n", encoding="utf-8")
    code, out, _ = run(capsys, "doctor")
    assert code == 1
    assert f"{path}:" in out


def test_rater_is_the_participant_name_or_id(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from jamtui.storage import Store

    run(capsys, "orgs", "add", "Lund")
    run(capsys, "runs", "new", "lund", "prov", "--participant", "Åsa Lind", "--participant", "Nils")
    store = Store(env / "data")
    pid = store.load_run("lund", "latest").active_participants[1].id
    assert run(capsys, "answer", "lund", "latest", "s.betyg", "2", "--rater", pid)[0] == 0
    assert run(capsys, "answer", "lund", "latest", "s.betyg", "3", "--rater", "Åsa Lind")[0] == 0
    code, _, err = run(capsys, "answer", "lund", "latest", "s.betyg", "1", "--rater", "Kim")
    assert code == 2 and '"Kim" är inte deltagare' in err
    saved = store.load_run("lund", "latest")
    assert saved.named_ratings(saved.answers["s.betyg"].ratings) == {"Nils": 2, "Åsa Lind": 3}
