"""The CLI fails soft: one line, nothing half-made, nothing half-saved."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from jamtui.storage import Store
from tests.cli.test_hostile_cli import home, run  # noqa: F401 - the fixture is used by name

ROOT = Path(__file__).resolve().parents[2]


def test_a_failed_orgs_add_leaves_nothing_and_the_retry_gets_the_name(
    home: Path,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from jamtui.storage import store as store_module

    real = store_module.write_text_atomic

    def disk_full(path: Path, text: str) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(store_module, "write_text_atomic", disk_full)
    code, out, err = run(capsys, "orgs", "add", "Lund")
    assert code == 2 and err.count("\n") == 1 and "No space left" in err and out == ""
    assert [p.name for p in (home / "organisations").iterdir()] == []
    monkeypatch.setattr(store_module, "write_text_atomic", real)
    assert run(capsys, "orgs", "add", "Lund")[:2] == (0, "lund\n")


def test_answer_with_a_bad_note_saves_nothing(
    home: Path,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run(capsys, "orgs", "add", "Lund")[0] == 0
    assert run(capsys, "runs", "new", "lund", "prov", "--date", "2026-05-01")[0] == 0
    path = home / "organisations" / "lund" / "runs" / "2026-05-01-prov.toml"
    before = path.read_bytes()
    # A note holding bytes that are not UTF-8 (a lone surrogate after decoding).
    code, _, err = run(capsys, "answer", "lund", "latest", "s.fraga", "ja", "--note", "x\udcff")
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err
    assert path.read_bytes() == before  # the value was not saved either
    code, _, err = run(capsys, "answer", "lund", "latest", "s.fraga", "ja", "--note", "bra")
    assert code == 0, err
    answer = Store(home).load_run("lund", "latest").answers["s.fraga"]
    assert (answer.value, answer.note) == ("ja", "bra")


def _jamtui_bytes(args: list[bytes], env: dict[str, str]) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [os.fsencode(sys.executable), b"-m", b"jamtui", *args],
        capture_output=True,
        env=env,
        timeout=120,
        cwd=ROOT,
    )


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX argv bytes")
def test_bad_bytes_in_arguments_and_an_ascii_locale_are_one_line(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("JAMTUI_", "LC_", "LANG", "PYTHONUTF8", "PYTHONIOENCODING"))
    }
    env.update(JAMTUI_HOME=str(tmp_path / "data"), LC_ALL="C", LANG="C")
    env.update(PYTHONUTF8="0", PYTHONCOERCECLOCALE="0")
    bad = _jamtui_bytes([b"orgs", b"add", b"Lund\xff\xfe"], env)
    assert bad.returncode == 2
    assert bad.stderr.count(b"\n") == 1 and b"Traceback" not in bad.stderr
    assert not (tmp_path / "data" / "organisations").exists()
    # UTF-8 typed in a terminal whose locale says ASCII: the name is read as UTF-8.
    good = _jamtui_bytes([b"orgs", b"add", "Åsa kommun".encode()], env)
    assert good.returncode == 0, good.stderr
    assert Store(tmp_path / "data").list_organisations()[0].name == "Åsa kommun"
    listed = _jamtui_bytes([b"orgs"], env)
    assert listed.returncode == 0 and b"Traceback" not in listed.stderr
    assert b"sa kommun" in listed.stdout


def test_a_symlinked_organisation_or_runs_folder_is_never_written_through(
    home: Path,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run(capsys, "orgs", "add", "Lund")[0] == 0
    outside = tmp_path / "utanfor"
    (outside / "runs").mkdir(parents=True)
    (outside / "organisation.toml").write_text('name = "Utanför"\n', encoding="utf-8")
    (home / "organisations" / "utanfor").symlink_to(outside, target_is_directory=True)
    code, _, err = run(capsys, "runs", "new", "utanfor", "prov")
    assert code == 2 and err.count("\n") == 1
    # A runs folder that is a link out of the data folder.
    lund_runs = home / "organisations" / "lund" / "runs"
    lund_runs.rmdir()
    lund_runs.symlink_to(outside / "runs", target_is_directory=True)
    code, _, err = run(capsys, "runs", "new", "lund", "prov")
    assert code == 2 and err.count("\n") == 1
    assert list((outside / "runs").iterdir()) == []
    assert sorted(p.name for p in outside.iterdir()) == ["organisation.toml", "runs"]


PRINTER = """
from jamtui.plugin import hookimpl
print("import \\x1b]2;PLUGINTITEL\\x07 \\x9b2J \\u202e")

@hookimpl
def jamtui_register_checklists(register):
    print("hook \\x1b]52;c;SGVq\\x07")
"""


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_what_a_plugin_prints_in_a_cli_command_shows_no_escape(tmp_path: Path) -> None:
    from tests.safety import payloads
    from tests.safety.test_plugins import environ, make_site
    from tests.terminal import Terminal

    site = make_site(tmp_path, {"skrivare": PRINTER}, {"skrivare": "skrivare"})
    with Terminal("checklists", env=environ(site, tmp_path)) as term:
        done = term.wait_exit()
        raw = term.raw
    assert done.code == 0
    assert b"PLUGINTITEL" in raw and b"\x1b]2;PLUGINTITEL" not in raw
    assert payloads.leaks(raw) == []
