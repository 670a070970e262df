"""Several windows taking over the same stale lock at once: exactly one may edit."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from jamtui.storage.lock import release_lock, try_lock

TAKER = """
import sys, time
from pathlib import Path
from jamtui.storage.lock import try_lock
start = float(sys.argv[2])
while time.time() < start:
    pass
holder = try_lock(Path(sys.argv[1]))
print("mine" if holder is None else f"held by {holder.pid}", flush=True)
time.sleep(1.5)  # keep it while the others try
"""


ASK = (
    "import sys; from pathlib import Path; from jamtui.storage.lock import try_lock; "
    "h = try_lock(Path(sys.argv[1])); print(h.pid if h else 'mine')"
)


def ask_from_another_process(lock: Path) -> str:
    """What another process gets from try_lock: 'mine', or the holder's pid."""
    result = subprocess.run(
        [sys.executable, "-c", ASK, str(lock)], capture_output=True, text=True, timeout=60
    )
    return result.stdout.strip()


@pytest.mark.skipif(sys.platform == "win32", reason="the OS lock is POSIX flock")
def test_only_one_of_many_processes_takes_over_a_stale_lock(tmp_path: Path) -> None:
    lock = tmp_path / ".run.lock"
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    stale = {"pid": int(dead.stdout), "host": socket.gethostname(), "since": "2026-11-22 09:00"}
    lock.write_text(json.dumps(stale), "utf-8")
    start = time.time() + 1.0
    takers = [
        subprocess.Popen(
            [sys.executable, "-c", TAKER, str(lock), str(start)], stdout=subprocess.PIPE, text=True
        )
        for _ in range(6)
    ]
    answers = [taker.communicate(timeout=60)[0].strip() for taker in takers]
    assert answers.count("mine") == 1, answers
    assert all(a == "mine" or a.startswith("held by ") for a in answers)


def test_a_released_lock_can_be_taken_again_and_a_held_one_names_its_holder(
    tmp_path: Path,
) -> None:
    lock = tmp_path / ".run.lock"
    assert try_lock(lock) is None
    assert try_lock(lock) is None, "the same process may open its own run again"
    assert ask_from_another_process(lock) == str(os.getpid())
    release_lock(lock)
    assert not lock.exists()
    assert ask_from_another_process(lock) == "mine", "a lock whose holder let go is free"
