"""Run locks: a lock file with pid, host and time; stale locks of dead processes are taken over."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import time
from dataclasses import dataclass
from pathlib import Path


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
    for _ in range(3):
        mine = LockInfo(os.getpid(), socket.gethostname(), time.strftime("%Y-%m-%d %H:%M:%S"))
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


def release_lock(path: Path) -> None:
    """Remove the lock if this process holds it."""
    holder = read_lock(path)
    if holder is not None and holder.pid == os.getpid() and holder.host == socket.gethostname():
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
