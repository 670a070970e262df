"""Reliability figures: SIGKILL ``jamtui answer`` at random moments, and two CLI loops racing.

Not a speed benchmark: it counts corrupt files and lost acknowledged answers (both must be
0). Run: ``.venv/bin/python bench/crash_kills.py [KILLS] [LOOP]`` (defaults 200 and 100).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from jamtui.storage import Store  # noqa: E402
from jamtui.storage.errors import StorageError  # noqa: E402
from tests.storage.conftest import CHECKLIST, make_checklist  # noqa: E402

JAMTUI = [sys.executable, "-m", "jamtui"]


def _setup(folder: Path) -> tuple[Store, dict[str, str]]:
    data = folder / "data"
    lists = folder / "listor"
    lists.mkdir()
    (lists / "prov.toml").write_text(CHECKLIST.format(version="1", extra=""), encoding="utf-8")
    store = Store(data)
    store.create_organisation("Lund")
    store.create_run("lund", make_checklist(), date="2026-01-01")
    env = {**os.environ, "JAMTUI_HOME": str(data), "JAMTUI_CHECKLISTS": str(lists)}
    env["PYTHONPATH"] = str(ROOT)
    return store, env


def kills(count: int) -> tuple[int, int, int, int]:
    """(runs, finished before the kill, corrupt files, lost acknowledged answers)."""
    rng = random.Random(12)
    corrupt = lost = finished = 0
    with tempfile.TemporaryDirectory() as tmp:
        store, env = _setup(Path(tmp))
        acknowledged = -1
        for n in range(count):
            note = f"anteckning {n}"
            process = subprocess.Popen(
                [*JAMTUI, "answer", "lund", "latest", "s.fritext", note, "--note", note],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            time.sleep(rng.uniform(0.05, 0.6))  # the bench's only job is to kill at random
            process.send_signal(signal.SIGKILL)
            if process.wait() == 0:
                acknowledged = n
                finished += 1
            try:
                answer = store.load_run("lund", "latest").answers.get("s.fritext")
            except StorageError:
                corrupt += 1
                continue
            stored = int(answer.note.split()[1]) if answer is not None else -1
            if stored < acknowledged:
                lost += 1
    return count, finished, corrupt, lost


def race(loops: int) -> tuple[int, int]:
    """(acknowledged answers, lost updates) for two CLI loops answering one run at once."""
    with tempfile.TemporaryDirectory() as tmp:
        store, env = _setup(Path(tmp))
        script = (
            "import subprocess, sys\n"
            "ok = 0\n"
            "for n in range(int(sys.argv[2])):\n"
            "    while True:\n"
            "        done = subprocess.run([sys.executable, '-m', 'jamtui', 'answer', 'lund',"
            " 'latest', sys.argv[1], '--note', f'{sys.argv[1]} {n}'], capture_output=True)\n"
            "        if done.returncode == 0:\n"
            "            ok += 1\n"
            "            break\n"
            "print(ok)\n"
        )
        runners = [
            subprocess.Popen(
                [sys.executable, "-c", script, item, str(loops)],
                env=env,
                stdout=subprocess.PIPE,
                text=True,
            )
            for item in ("s.fraga", "s.fritext")
        ]
        acknowledged = sum(int(r.communicate()[0]) for r in runners)
        run = store.load_run("lund", "latest")
        lost = sum(
            run.answers[item].note != f"{item} {loops - 1}" for item in ("s.fraga", "s.fritext")
        )
        return acknowledged, lost


def tui_kills(count: int) -> tuple[int, int]:
    """(kills, corrupt files) for the TUI killed while a note is being typed."""
    from tests.terminal import Terminal

    rng = random.Random(7)
    corrupt = 0
    with tempfile.TemporaryDirectory() as tmp:
        store, env = _setup(Path(tmp))
        env.pop("PYTHONPATH")
        for _ in range(count):
            with Terminal(size=(100, 30), env=env) as term:
                term.wait_for("Lund")
                term.press("enter")
                term.wait_for("Utkast")
                term.wait_settled()
                term.press("enter")
                term.wait_for("Fråga 1 av")
                term.press("tab", "tab", "tab")
                for _ in range(rng.randint(5, 40)):
                    term.type("skriver ")
                term.process.send_signal(signal.SIGKILL)
                term.wait_exit()
            try:
                store.load_run("lund", "latest")
            except StorageError:
                corrupt += 1
    return count, corrupt


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    loop = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    total, finished, corrupt, lost = kills(count)
    print(
        f"jamtui answer killed at random {total} times ({total - finished} mid-run, {finished}"
        f" finished first): {corrupt} corrupt files, {lost} lost acknowledged answers"
    )
    acknowledged, lost_updates = race(loop)
    print(f"two CLI loops x {loop}: {acknowledged} acknowledged, {lost_updates} lost updates")
    tui, tui_corrupt = tui_kills(10)
    print(f"TUI killed while typing {tui} times: {tui_corrupt} corrupt files")
