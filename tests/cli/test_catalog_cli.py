"""The catalog commands as a user runs them: --version, check, checklists, locate, options."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from jamtui import __version__
from jamtui.cli import main

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = sorted(p.stem for p in (ROOT / "checklists").glob("*.toml"))

LOOSE = """format = 1
id = "{id}"
version = "1"
title = {{ sv = "Lös lista {id}", en = "Loose list {id}" }}

[[sections]]
id = "s"
title = "Avsnitt"

[[sections.items]]
id = "a"
type = "yesno"
text = "Fråga"
"""

BROKEN = """format = 1
id = "Trasig Lista"
version = "1"
titel = "Stavfel"

[[sections]]
id = "s"
title = "Avsnitt"

[[sections.items]]
id = "a"
type = "skala"
text = "Fråga"
"""


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("JAMTUI_HOME", str(tmp_path / "home"))
    for name in ("JAMTUI_CHECKLISTS", "JAMTUI_LANG", "JAMTUI_CONFIG_DIR"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def folder_with(tmp_path: Path, name: str, *ids: str) -> Path:
    folder = tmp_path / name
    folder.mkdir(parents=True, exist_ok=True)
    for checklist_id in ids:
        (folder / f"{checklist_id}.toml").write_text(LOOSE.format(id=checklist_id), "utf-8")
    return folder


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out == f"jamtui {__version__}\n"


def test_check_passes_every_bundled_file(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = [str(ROOT / "checklists" / f"{name}.toml") for name in BUNDLED]
    code, out, _ = run(capsys, "check", *paths)
    assert code == 0
    assert len(out.splitlines()) == len(BUNDLED) == 10
    assert all(": OK (" in line for line in out.splitlines())


def test_check_prints_one_line_per_problem_and_exits_1(
    env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = env / "trasig.toml"
    broken.write_text(BROKEN, encoding="utf-8")
    good = folder_with(env, "bra", "bra") / "bra.toml"
    code, out, _ = run(capsys, "check", str(good), str(broken), str(env / "saknas.toml"))
    assert code == 1
    lines = out.splitlines()
    assert lines[0].startswith(f"{good}: OK")
    problems = [line for line in lines if line.startswith(f"{broken}:")]
    assert len(problems) == 4, lines
    assert any(":2" in p and "Trasig Lista" in p for p in problems)  # unsafe id, line 2
    assert any("titel" in p and '"title"' in p for p in problems)  # did you mean
    assert any("skala" in p and "s.a" in p for p in problems)  # unknown type, item id
    assert lines[-1] == f"{env / 'saknas.toml'}: filen finns inte"


def test_check_a_folder_checks_every_file_in_it(
    env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "check", str(ROOT / "checklists"))
    assert code == 0 and len(out.splitlines()) == 10


def test_loose_files_from_user_folder_options_and_environment_are_all_listed(
    env: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    home = env / "home"
    folder_with(home / "config", "checklists", "anvandarens")
    first = folder_with(env, "forsta", "forsta")
    second = folder_with(env, "andra", "andra")
    third = folder_with(env, "tredje", "tredje")
    fourth = folder_with(env, "fjarde", "fjarde")
    monkeypatch.setenv("JAMTUI_CHECKLISTS", os.pathsep.join([str(third), str(fourth)]))
    code, out, _ = run(
        capsys, "checklists", "--json", "--checklists", str(first), "--checklists", str(second)
    )
    assert code == 0
    data = json.loads(out)
    ids = [row["id"] for row in data["checklists"]]
    assert set(ids) == {*BUNDLED, "anvandarens", "forsta", "andra", "tredje", "fjarde"}
    assert data["problems"] == []
    code, out, _ = run(capsys, "locate", "--json", "--checklists", str(first))
    places = json.loads(out)
    assert places["data"] == str(home)
    assert places["checklists"] == [
        str(home / "config" / "checklists"),
        str(first),
        str(third),
        str(fourth),
    ]


def test_data_dir_option_wins_over_the_environment_and_works_after_the_command(
    env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = env / "annan"
    assert run(capsys, "orgs", "add", "Lund", "--data-dir", str(other))[0] == 0
    assert (other / "organisations" / "lund" / "organisation.toml").is_file()
    assert not (env / "home" / "organisations").exists()
    code, out, _ = run(capsys, "--data-dir", str(other), "locate")
    assert code == 0 and out.splitlines()[0] == f"data: {other}"
    code, out, _ = run(capsys, "runs", "lund", "--data-dir", str(other), "--json")
    assert (code, json.loads(out)) == (0, {"runs": []})


def test_language_option_and_environment(
    env: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = folder_with(env, "listor", "lista")
    code, out, _ = run(capsys, "--lang", "en", "checklists", "--checklists", str(folder))
    assert "Loose list lista" in out and "Checklist for gender-equal decisions" in out
    code, out, _ = run(capsys, "checklists", "--checklists", str(folder))
    assert "Lös lista lista" in out and "Checklista för jämställda beslut" in out
    monkeypatch.setenv("JAMTUI_LANG", "en")
    code, _, err = run(capsys, "runs", "nobody")
    assert code == 2 and err == 'jamtui: no organisation is called "nobody"\n'
    code, _, err = run(capsys, "--lang", "sv", "runs", "nobody")
    assert err == 'jamtui: ingen organisation heter "nobody"\n'
