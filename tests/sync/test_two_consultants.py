"""Two consultants edit the same organisation offline, sync in either order, and agree."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from jamtui.storage.lock import release_lock, try_lock
from jamtui.sync.engine import status, sync
from tests.sync.helpers import answer, edit_run, read_run, run_path, tree_bytes

Folders = Callable[[int], list[Path]]


def _both_edit(a: Path, b: Path) -> None:
    edit_run(
        a,
        lambda d: answer(d, "utgangspunkter.mal").update(note="Mål från Åsa"),
        stamp="2026-12-01T10:00:00+01:00",
    )
    edit_run(a, lambda d: answer(d, "utgangspunkter.bedomning").update(value=3))
    edit_run(
        b,
        lambda d: answer(d, "utgangspunkter.problem").update(note="Problem från Bo"),
        stamp="2026-12-01T11:00:00+01:00",
    )
    edit_run(b, lambda d: answer(d, "utgangspunkter.bedomning").update(value=4))


@pytest.mark.parametrize("order", ["a-first", "b-first"])
def test_both_edit_offline_sync_in_either_order_and_end_the_same(
    folders: Folders, order: str
) -> None:
    a, b = folders(2)
    _both_edit(a, b)
    first, second = (a, b) if order == "a-first" else (b, a)
    assert sync(first).exit_code == 0
    assert sync(second).exit_code == 1  # the two ratings of one item conflict
    assert sync(first).exit_code == 1
    assert tree_bytes(a) == tree_bytes(b)
    data = read_run(a)
    assert data["answers"]["utgangspunkter.mal"]["note"] == "Mål från Åsa"
    assert data["answers"]["utgangspunkter.problem"]["note"] == "Problem från Bo"
    assert data["updated"] == "2026-12-01T11:00:00+01:00"
    (conflict,) = data["conflicts"].values()
    assert (conflict["a"], conflict["b"]) == (3, 4)
    assert (
        status(a).conflicts
        == status(b).conflicts
        == ("organisations/ljungby-kommun/runs/2026-12-01-larande-uppfoljning.toml",)
    )


def test_a_third_folder_set_up_later_gets_everything(
    folders: Folders, remote: Path, tmp_path: Path
) -> None:
    a, b, c = folders(3)
    _both_edit(a, b)
    sync(a), sync(b), sync(a), sync(c)
    assert tree_bytes(a) == tree_bytes(b) == tree_bytes(c)


def test_setup_with_local_data_and_a_remote_with_data_loses_nothing(
    folders: Folders, remote: Path, tmp_path: Path
) -> None:
    (a,) = folders(1)
    late = tmp_path / "late"
    other = late / "organisations" / "vaxjo" / "organisation.toml"
    other.parent.mkdir(parents=True)
    other.write_text('format = 1\nname = "Växjö kommun"\n', encoding="utf-8")
    from jamtui.sync.engine import setup

    assert setup(late, str(remote)).exit_code == 0
    assert sync(a).exit_code == 0
    assert (
        (a / "organisations" / "vaxjo" / "organisation.toml")
        .read_text(encoding="utf-8")
        .startswith("format = 1")
    )
    assert run_path(late).is_file()
    assert tree_bytes(a) == tree_bytes(late)


def _cli(
    root: Path, *words: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "jamtui", "--data-dir", str(root), *words],
        capture_output=True,
        text=True,
        env={**os.environ, "JAMTUI_LANG": "sv", **(env or {})},
        timeout=60,
        check=False,
    )


def test_cli_setup_sync_status_exit_codes_and_one_line(tmp_path: Path) -> None:
    from tests.sync.helpers import seed

    a, b, remote = tmp_path / "a", tmp_path / "b", tmp_path / "remote.git"
    seed(a)
    b.mkdir()
    done = _cli(a, "sync", "setup", str(remote))
    assert done.returncode == 0, done.stderr
    assert (remote / "HEAD").is_file()  # a missing local path became a bare repository
    assert _cli(b, "sync", "setup", str(remote)).returncode == 0
    assert (a / ".gitignore").read_text(encoding="utf-8").count("\n") >= 5
    edit_run(a, lambda d: answer(d, "x.y").update(value=1))
    edit_run(b, lambda d: answer(d, "x.y").update(value=2))
    status_a = _cli(a, "sync", "status")
    assert "ej skickade filer: 1" in status_a.stdout
    first = _cli(a, "sync")
    assert first.returncode == 0 and first.stdout.count("\n") == 1, first.stdout
    assert "1 skickade" in first.stdout
    second = _cli(b, "sync")
    assert second.returncode == 1
    lines = second.stdout.splitlines()
    assert "konflikter: 1" in lines[0] and "konflikt: organisations/" in lines[1]
    listed = _cli(b, "sync", "conflicts")
    path, cid = listed.stdout.split("\t")[:2]
    assert _cli(b, "sync", "resolve", path, cid, "--keep", "b").returncode == 0
    assert _cli(b, "sync").returncode == 0
    assert _cli(a, "sync").returncode == 0
    assert read_run(a)["answers"]["x.y"]["value"] == 2 and "conflicts" not in read_run(a)
    log = subprocess.run(
        ["git", "-C", str(a), "log", "--format=%s"], capture_output=True, text=True, check=False
    )
    if log.returncode == 0:
        assert "Ljungby kommun: larande-uppfoljning 2026-12-01, 1 svar" in log.stdout


def test_offline_is_exit_2_with_one_line_and_nothing_lost(tmp_path: Path) -> None:
    import shutil

    from tests.sync.helpers import seed

    a, remote = tmp_path / "a", tmp_path / "remote.git"
    seed(a)
    assert _cli(a, "sync", "setup", str(remote)).returncode == 0
    edit_run(a, lambda d: answer(d, "x.y").update(note="skrivet offline"))
    shutil.move(remote, tmp_path / "moved.git")
    done = _cli(a, "sync")
    assert done.returncode == 2
    assert done.stdout == "" and done.stderr.count("\n") == 1 and "inget förlorat" in done.stderr
    assert read_run(a)["answers"]["x.y"]["note"] == "skrivet offline"
    shutil.move(tmp_path / "moved.git", remote)
    assert _cli(a, "sync").returncode == 0
    assert status(a).ahead == status(a).changed == 0


def test_a_run_open_in_another_window_is_merged_when_it_closes(folders: Folders) -> None:
    a, b = folders(2)
    edit_run(b, lambda d: answer(d, "from.b").update(value=5))
    assert sync(b).exit_code == 0
    lock = run_path(a).parent / f".{run_path(a).stem}.lock"
    # Another process holds the run open (its lock); it keeps saving while sync runs.
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys,time\nfrom pathlib import Path\nfrom jamtui.storage.lock import try_lock\n"
            "assert try_lock(Path(sys.argv[1])) is None\nprint('held', flush=True)\nsys.stdin.read()",
            str(lock),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        edit_run(a, lambda d: answer(d, "from.a").update(value=1))
        before = run_path(a).read_bytes()
        result = sync(a)
        assert run_path(a).read_bytes() == before  # never rewritten under the open window
        assert result.waiting == [
            "organisations/ljungby-kommun/runs/2026-12-01-larande-uppfoljning.toml"
        ]
        edit_run(a, lambda d: answer(d, "from.a").update(note="still open"))
        assert sync(a).waiting
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=10)
    assert try_lock(lock) is None
    release_lock(lock)
    result = sync(a)
    assert not result.waiting and result.exit_code == 0
    sync(b)
    data = read_run(b)
    assert data["answers"]["from.a"] == {
        **data["answers"]["from.a"],
        "value": 1,
        "note": "still open",
    }
    assert data["answers"]["from.b"]["value"] == 5
    assert tree_bytes(a) == tree_bytes(b)


def test_nothing_volatile_is_committed(folders: Folders) -> None:
    a, b = folders(2)
    (a / ".index.json").write_text("{}", encoding="utf-8")
    (a / ".cache").mkdir()
    (a / ".cache" / "x.json").write_text("{}", encoding="utf-8")
    (a / "organisations" / "ljungby-kommun" / "rapporter").mkdir()
    (a / "organisations" / "ljungby-kommun" / "rapporter" / "r.md").write_text(
        "#", encoding="utf-8"
    )
    (run_path(a).parent / ".x.123.tmp").write_text("", encoding="utf-8")
    assert sync(a).sent == 0
    sync(b)
    assert not (b / ".index.json").exists() and not (b / ".cache").exists()
    # The .gitignore written by setup says the same to the git command line.
    import shutil

    if shutil.which("git") is None:
        pytest.skip("git command line not installed")
    porcelain = subprocess.run(
        ["git", "-C", str(a), "status", "--porcelain", "--ignored"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "??" not in porcelain and porcelain.count("!!") >= 3, porcelain


def test_the_report_marks_unresolved_conflicts(folders: Folders, tmp_path: Path) -> None:
    a, b = folders(2)
    _both_edit(a, b)
    sync(a), sync(b)
    out = tmp_path / "rapport.md"
    done = _cli(b, "export", "ljungby-kommun", "2026-12-01-larande-uppfoljning", "-o", str(out))
    assert done.returncode == 0, done.stderr
    report = out.read_text(encoding="utf-8")
    assert "Olösta synkkonflikter:" in report and "utgangspunkter.bedomning" in report
    clean = _cli(a, "export", "ljungby-kommun", "2026-12-01-larande-uppfoljning", "-o", str(out))
    assert clean.returncode == 0 and "Olösta" not in out.read_text(
        encoding="utf-8"
    )  # a has not fetched b's merge yet


def test_an_app_save_keeps_the_conflicts_table(folders: Folders) -> None:
    from jamtui.storage import Store

    a, b = folders(2)
    _both_edit(a, b)
    sync(a), sync(b)
    store = Store(b)
    with store.open_run("ljungby-kommun", "2026-12-01-larande-uppfoljning") as session:
        session.set_note("utgangspunkter.mal", "ändrat i appen")
    data = read_run(b)
    assert data["answers"]["utgangspunkter.mal"]["note"] == "ändrat i appen"
    assert len(data["conflicts"]) == 1


def test_organisation_folder_files_merge_record_by_record(folders: Folders) -> None:
    a, b = folders(2)
    people = "organisations/ljungby-kommun/people.toml"
    start = 'format = 1\n\n[[people]]\nid = "pe-00000001"\nname = "Åsa Lind"\nunit = "u-00000001"\n'
    (a / people).write_text(start, encoding="utf-8")
    sync(a), sync(b)
    (a / people).write_text(start.replace('"Åsa Lind"', '"Åsa Lind-Berg"'), encoding="utf-8")
    (b / people).write_text(
        start + '\n[[people]]\nid = "pe-00000002"\nname = "Bo Ek"\n', encoding="utf-8"
    )
    org = a / "organisations" / "ljungby-kommun" / "organisation.toml"
    org.write_text(
        org.read_text(encoding="utf-8").replace(
            'units = ["Kultur- och fritidsförvaltningen"]',
            'units = ["Kultur- och fritidsförvaltningen", "Socialförvaltningen"]',
        ),
        encoding="utf-8",
    )
    org_b = b / "organisations" / "ljungby-kommun" / "organisation.toml"
    org_b.write_text(
        org_b.read_text(encoding="utf-8").replace('notes = ""', 'notes = "Kontakt via HR"'),
        encoding="utf-8",
    )
    assert sync(a).exit_code == 0 and sync(b).exit_code == 0 and sync(a).exit_code == 0
    assert tree_bytes(a) == tree_bytes(b)
    from jamtui.core.toml_reader import parse_toml

    merged = parse_toml((a / people).read_text(encoding="utf-8"))
    assert [p["name"] for p in merged["people"]] == ["Åsa Lind-Berg", "Bo Ek"]
    organisation = parse_toml(org.read_text(encoding="utf-8"))
    assert organisation["units"] == ["Kultur- och fritidsförvaltningen", "Socialförvaltningen"]
    assert organisation["notes"] == "Kontakt via HR"
