"""A writer killed at random moments loses nothing it reported saved; two processes never clash."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from jamtui.storage import Store
from tests.storage.conftest import CHECKLIST, make_checklist

ROOT = Path(__file__).resolve().parents[2]

WRITER = """
import itertools, os, sys
from pathlib import Path
from jamtui.catalog.loader import load_checklist_text
from jamtui.storage import Store
# Imports once, then forks one writer per line read: a kill costs a fork, not a start-up.
checklist = load_checklist_text(Path(sys.argv[2]).read_text(encoding="utf-8"), "prov.toml").checklist
for line in sys.stdin:
    start = int(line)
    pid = os.fork()
    if pid == 0:
        session = Store(Path(sys.argv[1])).open_run("lund", "latest", checklist)
        for n in itertools.count(start):
            session.set_note("s.fritext", f"anteckning {n} " + "å" * (n % 300))
            session.set_value("s.betyg", 1 + n % 3)
            os.write(1, f"{n}\\n".encode())
    os.write(1, f"pid {pid}\\n".encode())
    os.waitpid(pid, 0)
    os.write(1, b"dead\\n")
"""

HOLDER = """
import sys, time
from pathlib import Path
from jamtui.storage import Store
store = Store(Path(sys.argv[1]))
session = store.open_run("lund", "latest", None)
print("locked", flush=True)
time.sleep(60)
"""


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork (POSIX)")
def test_sigkill_at_random_moments_never_loses_a_saved_answer(tmp_path: Path) -> None:
    data = tmp_path / "data"
    store = Store(data)
    checklist = make_checklist()
    store.create_organisation("Lund")
    run = store.create_run("lund", checklist)
    checklist_file = tmp_path / "prov.toml"
    checklist_file.write_text(CHECKLIST.format(version="1", extra=""), encoding="utf-8")
    path = data / "organisations" / "lund" / "runs" / f"{run.id}.toml"
    rng = random.Random(20261122)
    last_saved = -1
    zygote = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data), str(checklist_file)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=_env(),
        text=True,
        bufsize=1,
    )
    assert zygote.stdin is not None and zygote.stdout is not None
    try:
        for _ in range(200):
            zygote.stdin.write(f"{last_saved + 1}\n")
            zygote.stdin.flush()
            lines = [zygote.stdout.readline(), zygote.stdout.readline()]
            pid = next(int(x.split()[1]) for x in lines if x.startswith("pid "))
            # Kill at a random moment after the first save: mostly mid-write, sometimes
            # between saves (the delay covers several saves of this small run).
            time.sleep(rng.uniform(0, 0.02))
            os.kill(pid, signal.SIGKILL)
            while (text := zygote.stdout.readline()) not in ("dead\n", ""):
                lines.append(text)
            reported = [int(x) for x in lines if x.strip().isdigit()]
            assert reported, "the writer did not start"
            last_saved = max(last_saved, reported[-1])
            stored = store.load_run("lund", run.id)
            number = int(stored.answers["s.fritext"].note.split()[1])
            assert number >= last_saved, f"lost answer {last_saved}, file holds {number}"
            assert stored.answers["s.betyg"].value in (1, 2, 3)
            last_saved = number
    finally:
        zygote.kill()
        zygote.communicate()
    store.open_run("lund", run.id, checklist).close()
    assert store.problems() == []
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]


def test_second_process_gets_a_read_only_view_with_the_reason(tmp_path: Path) -> None:
    data = tmp_path / "data"
    store = Store(data)
    checklist = make_checklist()
    store.create_organisation("Lund")
    run = store.create_run("lund", checklist)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data)], stdout=subprocess.PIPE, env=_env(), text=True
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        session = store.open_run("lund", run.id, checklist)
        assert session.read_only
        assert f"process {holder.pid}" in session.read_only_reason
        assert "annat fönster" in session.read_only_reason
        from jamtui.storage import ReadOnlyError

        with pytest.raises(ReadOnlyError):
            session.set_value("s.fraga", "ja")
    finally:
        holder.kill()
        holder.wait()
    again = store.open_run("lund", run.id, checklist)
    assert not again.read_only, "a lock left by a dead process must be taken over"
    again.set_value("s.fraga", "ja")
    again.close()


def test_cli_answer_refuses_a_run_open_elsewhere(tmp_path: Path) -> None:
    data = tmp_path / "data"
    store = Store(data)
    checklist = make_checklist()
    store.create_organisation("Lund")
    store.create_run("lund", checklist)
    folder = tmp_path / "listor"
    folder.mkdir()
    (folder / "prov.toml").write_text(CHECKLIST.format(version="1", extra=""), encoding="utf-8")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data)], stdout=subprocess.PIPE, env=_env(), text=True
    )
    try:
        assert holder.stdout is not None
        holder.stdout.readline()
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "jamtui",
                "answer",
                "lund",
                "latest",
                "s.fraga",
                "ja",
                "--checklists",
                str(folder),
            ],
            capture_output=True,
            text=True,
            env={**_env(), "JAMTUI_HOME": str(data)},
            timeout=60,
        )
    finally:
        holder.kill()
        holder.wait()
    assert result.returncode == 2
    assert "skrivskyddad" in result.stderr and "Traceback" not in result.stderr
    assert store.load_run("lund", "latest").answers.get("s.fraga") is None


def test_lock_file_records_pid_host_and_time(tmp_path: Path) -> None:
    store = Store(tmp_path / "data")
    checklist = make_checklist()
    store.create_organisation("Lund")
    run = store.create_run("lund", checklist)
    with store.open_run("lund", run.id, checklist):
        lock = tmp_path / "data" / "organisations" / "lund" / "runs" / f".{run.id}.lock"
        data = json.loads(lock.read_text(encoding="utf-8"))
        assert data["pid"] == os.getpid() and data["host"] and data["since"]
    assert not lock.exists()
