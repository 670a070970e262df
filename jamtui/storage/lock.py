"""Run locks: an OS lock on a file that names pid, host and time; dead holders free it at once."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import time
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

fcntl: ModuleType | None
try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None


@dataclass(frozen=True)
class LockInfo:
    """Who holds a lock."""

    pid: int
    host: str
    since: str

    def is_stale(self) -> bool:
        """True when the holder is a process on this host that no longer exists."""
        if self.host != socket.gethostname():
            return False
        if self.pid == os.getpid():
            return False
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return True
        except PermissionError:
            return False
        return False


def read_lock(path: Path) -> LockInfo | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return LockInfo(int(data["pid"]), str(data["host"]), str(data["since"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        # An unreadable lock file: treat as held by an unknown process on another host,
        # so nothing is overwritten silently; its age is shown to the user.
        return LockInfo(-1, "?", time.strftime("%Y-%m-%d %H:%M", time.localtime(_mtime(path))))


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return time.time()


def try_lock(path: Path) -> LockInfo | None:
    """Take the lock; return None on success, or the current holder when it is held."""
    if fcntl is None:  # pragma: no cover - Windows: the lock file alone decides
        return _try_lock_file(path)
    return _try_lock_flock(path)


_held: dict[str, int] = {}
"""Lock files this process holds, with the open descriptor that keeps the OS lock."""


def _mine() -> LockInfo:
    return LockInfo(os.getpid(), socket.gethostname(), time.strftime("%Y-%m-%d %H:%M:%S"))


def _try_lock_flock(path: Path) -> LockInfo | None:
    """The OS lock (flock) decides who holds the run; the file's contents say who it is.

    The kernel drops the lock when its process dies, so a crashed window's lock is free at
    once, and two processes can never both take over the same stale lock.
    """
    assert fcntl is not None
    key = str(path)
    if key in _held:
        return None
    for _ in range(5):
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return read_lock(path) or LockInfo(-1, "?", "")
        try:
            same_file = os.fstat(fd).st_ino == os.stat(path).st_ino
        except FileNotFoundError:
            same_file = False
        if not same_file:
            # The holder released (and removed) the file while we opened it: try again.
            os.close(fd)
            continue
        holder = read_lock(path)
        someone_else = holder is not None and (
            holder.pid != os.getpid() or holder.host != socket.gethostname()
        )
        if holder is not None and someone_else and holder.pid != -1 and not holder.is_stale():
            # Written by a process that holds no OS lock (another host, an older jamtui):
            # never overwrite it silently.
            os.close(fd)
            return holder
        mine = _mine()
        data = json.dumps({"pid": mine.pid, "host": mine.host, "since": mine.since})
        os.ftruncate(fd, 0)
        os.pwrite(fd, data.encode("utf-8"), 0)
        os.fsync(fd)
        _held[key] = fd
        return None
    return read_lock(path) or LockInfo(-1, "?", "")


def _try_lock_file(path: Path) -> LockInfo | None:
    for _ in range(3):
        mine = _mine()
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            holder = read_lock(path)
            if holder is None:
                continue
            if holder.pid == os.getpid() and holder.host == mine.host:
                return None
            if holder.is_stale():
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
                continue
            return holder
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"pid": mine.pid, "host": mine.host, "since": mine.since}, handle)
            handle.flush()
            os.fsync(handle.fileno())
        return None
    holder = read_lock(path)
    return holder or LockInfo(-1, "?", "")


def held_here(path: Path) -> bool:
    """Whether this process holds the lock (a run open in this app's own window)."""
    return str(path) in _held


def release_lock(path: Path) -> None:
    """Remove the lock if this process holds it."""
    fd = _held.pop(str(path), None)
    if fd is not None:
        # Remove the file while still holding the OS lock, then let go of it.
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        os.close(fd)
        return
    holder = read_lock(path)
    if holder is not None and holder.pid == os.getpid() and holder.host == socket.gethostname():
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
