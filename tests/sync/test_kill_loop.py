"""A sync killed (SIGKILL) at random points leaves a repository the next sync completes."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from jamtui.sync.engine import sync
from tests.sync.helpers import answer, edit_run, read_run, tree_bytes

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

_SYNC = "import sys\nfrom pathlib import Path\nfrom jamtui.sync.engine import sync\nprint('go', flush=True)\nsync(Path(sys.argv[1]))\n"


def _killed_sync(root: Path, delay: float) -> bool:
    """Start a sync in its own process and kill it ``delay`` seconds after it began."""
    child = subprocess.Popen(
        [sys.executable, "-c", _SYNC, str(root)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert child.stdout is not None
    child.stdout.readline()  # imports done: the sync itself starts now
    deadline = time.monotonic() + delay
    while time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.001)  # polling a child process, not waiting for a condition in the test
    killed = child.poll() is None
    if killed:
        os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    return killed


def test_random_kills_never_lose_an_edit_and_the_next_sync_completes(folders) -> None:  # type: ignore[no-untyped-def]
    a, b = folders(2)
    rng = random.Random(18)
    started = time.monotonic()
    sync(a)
    typical = max(time.monotonic() - started, 0.05)
    kills = 0
    for round_ in range(12):
        edit_run(a, lambda d, n=round_: answer(d, f"a.k{n}").update(value=n, note=f"a{n}"))
        edit_run(b, lambda d, n=round_: answer(d, f"b.k{n}").update(value=n))
        (a / "organisations" / "ljungby-kommun" / f"extra-{round_}.toml").write_text(
            f'format = 1\nname = "a{round_}"\n', encoding="utf-8"
        )
        assert sync(b).exit_code == 0  # so a's sync must fetch, merge and push
        kills += _killed_sync(a, rng.uniform(0, typical * 3))
        assert sync(a).exit_code == 0  # the next sync completes
    assert kills >= 3, kills  # most syncs were really interrupted
    assert sync(b).exit_code == 0 and sync(a).exit_code == 0
    assert tree_bytes(a) == tree_bytes(b)
    answers = read_run(b)["answers"]
    for n in range(12):
        assert answers[f"a.k{n}"]["value"] == n and answers[f"a.k{n}"]["note"] == f"a{n}"
        assert answers[f"b.k{n}"]["value"] == n
        assert (b / "organisations" / "ljungby-kommun" / f"extra-{n}.toml").is_file()
    fsck = subprocess.run(
        ["git", "-C", str(a), "fsck", "--no-dangling"], capture_output=True, text=True, check=False
    )
    assert fsck.returncode in (0, 127) or "error" not in fsck.stderr.lower(), fsck.stderr
