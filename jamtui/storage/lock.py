"""Run locks: an OS lock on a file whose record names the holder (pid, start, boot, host, time).

POSIX: ``flock``; Windows: ``msvcrt.locking`` on a byte far past the record, so the record
stays readable for the "who has it open" message; elsewhere the lock file alone decides.
The OS drops the lock when its process dies, so a crashed window's lock is free at once. A
record whose pid is alive but belongs to another process (a pid reused after a reboot, or
by another program) is recognised by its start time and boot id and taken over.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import socket
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from jamtui.fileio.safe_files import LOCK_LIMIT, read_regular
from jamtui.i18n import t
from jamtui.storage import processes

fcntl: ModuleType | None
try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None

msvcrt: ModuleType | None
try:
    import msvcrt  # type: ignore[import-not-found,unused-ignore]
except ImportError:
    msvcrt = None

WINDOWS_LOCK_OFFSET = 1 << 30
"""The byte ``msvcrt.locking`` locks: far past the record, which others must still read."""

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_BINARY = getattr(os, "O_BINARY", 0)


@dataclass(frozen=True)
class LockInfo:
    """Who holds a lock."""

    pid: int
    host: str
    since: str
    started: str = ""
    """The holder's process start token (``processes.start_token``); "" when unknown."""
    boot: str = ""
    """The boot id of the holder's machine when it took the lock; "" when unknown."""
    note: str = ""
    """Why the run cannot be locked when no one holds it (a read-only folder); shown as is."""

    def is_mine(self) -> bool:
        """Written by this very process."""
        return (
            self.pid == os.getpid()
            and self.host == socket.gethostname()
            and (not self.started or self.started == processes.start_token(os.getpid()))
        )

    def is_stale(self) -> bool:
        """True when the holder is a process on this host that no longer exists.

        A live pid whose start time (or the machine's boot id) differs from the record's is
        another process that got the same number: the holder is gone.
        """
        if self.host != socket.gethostname() or self.pid <= 0:
            return False
        if self.boot:
            current_boot = processes.boot_id()
            if current_boot and current_boot != self.boot:
                return True
        if self.pid == os.getpid():
            return not self.is_mine()
        if not processes.is_alive(self.pid):
            return True
        if self.started:
            current = processes.start_token(self.pid)
            if current and current != self.started:
                return True
        return False


def read_lock(path: Path) -> LockInfo | None:
    try:
        data = json.loads(read_regular(path, LOCK_LIMIT))
        return LockInfo(
            int(data["pid"]),
            str(data["host"]),
            str(data["since"]),
            str(data.get("started", "")),
            str(data.get("boot", "")),
        )
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
        # An unreadable lock file: treat as held by an unknown process on another host,
        # so nothing is overwritten silently; its age is shown to the user.
        return LockInfo(-1, "?", time.strftime("%Y-%m-%d %H:%M", time.localtime(_mtime(path))))


def _mtime(path: Path) -> float:
    try:
        return path.lstat().st_mtime
    except OSError:
        return time.time()


def try_lock(path: Path) -> LockInfo | None:
    """Take the lock; return None on success, or the current holder when it is held."""
    if fcntl is not None:
        return _try_lock_os(path, _flock, _funlock)
    if msvcrt is not None:
        return _try_lock_os(path, _mslock, _msunlock)
    return _try_lock_file(path)  # pragma: no cover - neither flock nor msvcrt


_held: dict[str, int] = {}
"""Lock files this process holds, with the open descriptor that keeps the OS lock."""


def _mine() -> LockInfo:
    return LockInfo(
        os.getpid(),
        socket.gethostname(),
        time.strftime("%Y-%m-%d %H:%M:%S"),
        processes.start_token(os.getpid()),
        processes.boot_id(),
    )


def _record(info: LockInfo) -> bytes:
    return json.dumps(
        {
            "pid": info.pid,
            "host": info.host,
            "since": info.since,
            "started": info.started,
            "boot": info.boot,
        }
    ).encode("utf-8")


def _flock(fd: int) -> None:
    assert fcntl is not None
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _funlock(fd: int) -> None:
    assert fcntl is not None
    fcntl.flock(fd, fcntl.LOCK_UN)


def _mslock(fd: int) -> None:
    assert msvcrt is not None
    os.lseek(fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
    msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)


def _msunlock(fd: int) -> None:
    assert msvcrt is not None
    os.lseek(fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
    msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)


def _try_lock_os(
    path: Path, lock: Callable[[int], None], unlock: Callable[[int], None]
) -> LockInfo | None:
    """The OS lock decides who holds the run; the file's record says who it is.

    Two processes can never both take over the same stale lock: only one gets the OS lock.
    """
    key = str(path)
    if key in _held:
        return None
    for _ in range(5):
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | _NOFOLLOW | _NONBLOCK | _BINARY, 0o644)
        except OSError as error:
            if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
                # A read-only data folder: the run opens read-only, saying why.
                return LockInfo(
                    -1, "?", "", note=t("safety.read_only_folder", None, path=path.parent)
                )
            # A link, or something that cannot be opened: never followed, never written.
            return read_lock(path) or LockInfo(-1, "?", "")
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # a FIFO or device named like a lock
            os.close(fd)
            return LockInfo(-1, "?", "")
        try:
            lock(fd)
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
        if (
            holder is not None
            and holder.pid != -1
            and not holder.is_mine()
            and not holder.is_stale()
        ):
            # Written by a live process that holds no OS lock (another host, an older
            # jamtui): never overwrite it silently.
            with contextlib.suppress(OSError):
                unlock(fd)
            os.close(fd)
            return holder
        data = _record(_mine())
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, data)
        os.fsync(fd)
        _held[key] = fd
        return None
    return read_lock(path) or LockInfo(-1, "?", "")


def _try_lock_file(path: Path) -> LockInfo | None:
    for _ in range(3):
        mine = _mine()
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _BINARY, 0o644)
        except FileExistsError:
            holder = read_lock(path)
            if holder is None:
                continue
            if holder.is_mine():
                return None
            if holder.is_stale():
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
                continue
            return holder
        os.write(fd, _record(mine))
        os.fsync(fd)
        os.close(fd)
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
        if fcntl is not None:
            # Remove the file while still holding the OS lock, then let go of it.
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
            os.close(fd)
            return
        # Windows cannot remove an open file: let go, then remove it unless someone else
        # opened it meanwhile (then the removal fails and their lock stands).
        with contextlib.suppress(OSError):
            _msunlock(fd)
        os.close(fd)
        with contextlib.suppress(OSError):
            path.unlink()
        return
    holder = read_lock(path)
    if holder is not None and holder.is_mine():
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
