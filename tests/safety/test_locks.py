"""Locks name pid, start time and boot id: a reused pid is not "alive"; the Windows path."""

from __future__ import annotations

import fcntl
import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from jamtui.storage import lock as lock_module
from jamtui.storage import processes
from jamtui.storage.lock import read_lock, release_lock, try_lock


@pytest.fixture
def other_process() -> Iterator[subprocess.Popen[bytes]]:
    """A live process that is not jamtui (it waits for its stdin to close)."""
    child = subprocess.Popen(
        [sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE
    )
    yield child
    assert child.stdin is not None
    child.stdin.close()
    child.wait()


def _write_record(path: Path, pid: int, **extra: str) -> None:
    record = {"pid": pid, "host": socket.gethostname(), "since": "2026-01-01 10:00", **extra}
    path.write_text(json.dumps(record), encoding="utf-8")


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc (Linux)")
def test_a_live_pid_that_started_later_is_not_the_holder(
    tmp_path: Path, other_process: subprocess.Popen[bytes]
) -> None:
    path = tmp_path / ".run.lock"
    # The record's pid is alive now, but that process started at another time: the pid was
    # reused (after a reboot, or by another program). The run is not held.
    _write_record(path, other_process.pid, started="1", boot=processes.boot_id())
    assert try_lock(path) is None
    assert read_lock(path) is not None and read_lock(path).pid == os.getpid()  # type: ignore[union-attr]
    release_lock(path)
    # The same pid with its real start time is the holder: never taken over silently.
    real = processes.start_token(other_process.pid)
    assert real
    _write_record(path, other_process.pid, started=real, boot=processes.boot_id())
    holder = try_lock(path)
    assert holder is not None and holder.pid == other_process.pid


def test_a_record_from_before_a_reboot_is_stale(
    tmp_path: Path, other_process: subprocess.Popen[bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / ".run.lock"
    _write_record(path, other_process.pid, started="", boot="old-boot-id")
    monkeypatch.setattr(processes, "boot_id", lambda: "this-boot-id")
    assert try_lock(path) is None
    release_lock(path)


def test_an_old_record_without_start_time_is_respected_while_its_pid_lives(
    tmp_path: Path, other_process: subprocess.Popen[bytes]
) -> None:
    path = tmp_path / ".run.lock"
    _write_record(path, other_process.pid)
    holder = try_lock(path)
    assert holder is not None and holder.pid == other_process.pid


class FakeMsvcrt:
    """``msvcrt.locking`` on Linux: an exclusive lock per open file, never blocking."""

    LK_NBLCK = 2
    LK_UNLCK = 0

    def __init__(self) -> None:
        self.calls: list[tuple[int, int]] = []

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        self.calls.append((os.lseek(fd, 0, os.SEEK_CUR), mode))
        fcntl.flock(fd, fcntl.LOCK_UN if mode == self.LK_UNLCK else fcntl.LOCK_EX | fcntl.LOCK_NB)


class FakeKernel32:
    """OpenProcess / GetExitCodeProcess / GetProcessTimes for a table of pids."""

    def __init__(self, alive: dict[int, int]) -> None:
        self.alive = alive  # pid -> creation time

    def OpenProcess(self, access: int, inherit: bool, pid: int) -> int:
        return pid if pid in self.alive else 0

    def GetLastError(self) -> int:
        return 87  # ERROR_INVALID_PARAMETER: no such process

    def GetExitCodeProcess(self, handle: int, code: Any) -> int:
        code._obj.value = 259  # STILL_ACTIVE
        return 1

    def GetProcessTimes(self, handle: int, created: Any, *rest: Any) -> int:
        created._obj.value = self.alive[handle]
        return 1

    def CloseHandle(self, handle: int) -> int:
        return 1


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeMsvcrt]:
    """The Windows lock path forced on Linux: msvcrt locking, kernel32 liveness, no os.kill."""
    fake = FakeMsvcrt()
    monkeypatch.setattr(lock_module, "fcntl", None)
    monkeypatch.setattr(lock_module, "msvcrt", fake)
    monkeypatch.setattr(processes, "IS_WINDOWS", True)
    monkeypatch.setattr(processes, "kernel32", FakeKernel32({os.getpid(): 1111, 4242: 2222}))
    monkeypatch.setattr(processes, "boot_id", lambda: "")

    def no_kill(pid: int, sig: int) -> None:
        raise AssertionError("os.kill must not be used on Windows (it sends Ctrl+C there)")

    monkeypatch.setattr(os, "kill", no_kill)
    yield fake


def test_windows_locks_keep_the_holder_record_readable(tmp_path: Path, windows: FakeMsvcrt) -> None:
    path = tmp_path / ".run.lock"
    assert try_lock(path) is None
    # The lock is on a byte far past the record, so the record can be read while held.
    assert windows.calls == [(lock_module.WINDOWS_LOCK_OFFSET, FakeMsvcrt.LK_NBLCK)]
    record = read_lock(path)
    assert record is not None and record.pid == os.getpid() and record.started == "1111"
    # A second window (another handle) finds it held and learns by whom.
    fd = lock_module._held.pop(str(path))
    try:
        holder = try_lock(path)
        assert holder is not None and holder.pid == os.getpid()
    finally:
        lock_module._held[str(path)] = fd
    release_lock(path)
    assert not path.exists()
    assert windows.calls[-1] == (lock_module.WINDOWS_LOCK_OFFSET, FakeMsvcrt.LK_UNLCK)


def test_windows_liveness_uses_the_process_api(tmp_path: Path, windows: FakeMsvcrt) -> None:
    path = tmp_path / ".run.lock"
    _write_record(path, 999_999, started="5")  # no such process
    assert try_lock(path) is None
    release_lock(path)
    _write_record(path, 4242, started="7")  # alive, but started at another time: reused pid
    assert try_lock(path) is None
    release_lock(path)
    _write_record(path, 4242, started="2222")  # alive and the same process: respected
    holder = try_lock(path)
    assert holder is not None and holder.pid == 4242


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")
def test_a_fifo_or_a_link_as_lock_file_is_never_opened_for_reading(tmp_path: Path) -> None:
    fifo = tmp_path / ".fifo.lock"
    os.mkfifo(fifo)
    holder = try_lock(fifo)  # returns at once: a FIFO is not waited on
    assert holder is not None and holder.pid == -1
    link = tmp_path / ".link.lock"
    link.symlink_to("/dev/zero")
    holder = try_lock(link)
    assert holder is not None and holder.pid == -1
    assert read_lock(link) is not None
