"""Open only regular files, of bounded size, and write only inside the data folder.

Every reader of the data, config and checklist folders goes through ``read_regular``: a FIFO,
a device, a socket, or a link to one (``/dev/zero``) is reported, never opened for reading
(a FIFO is opened non-blocking, so even that cannot hang), and a file larger than its cap is
refused before it is read. Files in the data folder are never read through a symbolic link.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from jamtui.i18n import t

KiB = 1024
MiB = 1024 * KiB

RUN_FILE_LIMIT = 16 * MiB
ORG_FILE_LIMIT = 4 * MiB
CHECKLIST_LIMIT = 1 * MiB
CACHE_LIMIT = 64 * MiB
LOCK_LIMIT = 4 * KiB

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_BINARY = getattr(os, "O_BINARY", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_READ = os.O_RDONLY | _NONBLOCK | _BINARY | _CLOEXEC
_READ_NOFOLLOW = _READ | _NOFOLLOW


class UnsafeFileError(OSError):
    """A path that is not a regular file (or is too large, or a link where none may be)."""

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        super().__init__(reason)
        self.filename = os.fspath(path)
        self.strerror = reason
        self.reason = reason

    def __str__(self) -> str:
        return f"{self.filename}: {self.reason}"


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return t("safety.file.fifo")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return t("safety.file.device")
    if stat.S_ISSOCK(mode):
        return t("safety.file.socket")
    if stat.S_ISDIR(mode):
        return t("safety.file.folder")
    return t("safety.file.special")


def read_regular(path: str | os.PathLike[str], limit: int, follow_links: bool = False) -> bytes:
    """The bytes of ``path`` if it is a regular file of at most ``limit`` bytes.

    FileNotFoundError when it does not exist; UnsafeFileError when it is a FIFO, device,
    socket or folder (or, without ``follow_links``, a symbolic link), or larger than
    ``limit``. A FIFO is never waited on.
    """
    return read_regular_stat(path, limit, follow_links)[0]


def read_regular_stat(
    path: str | os.PathLike[str],
    limit: int,
    follow_links: bool = False,
    *,
    at: tuple[int, str] | None = None,
) -> tuple[bytes, os.stat_result]:
    """``read_regular``, and the file's status as it was opened (its stamp: size, mtime).

    ``at``: an open folder and the file's name relative to it, looked up instead of
    ``path`` (which messages still name): a short path is resolved faster (a rebuilt
    organisations index reads 10,000 files: ~20 % of the reading).
    """
    where: str | os.PathLike[str] = path
    folder: int | None = None
    if at is not None:
        folder, where = at
    info = os.stat(where, dir_fd=folder) if follow_links else os.lstat(where, dir_fd=folder)
    if not stat.S_ISREG(info.st_mode):
        if stat.S_ISLNK(info.st_mode):
            raise UnsafeFileError(path, t("safety.file.link"))
        raise UnsafeFileError(path, t("safety.file.not_regular", None, kind=_kind(info.st_mode)))
    try:
        fd = os.open(where, _READ if follow_links else _READ_NOFOLLOW, dir_fd=folder)
    except OSError as error:
        if not follow_links and _NOFOLLOW and error.errno in (errno.ELOOP, errno.EMLINK):
            raise UnsafeFileError(path, t("safety.file.link")) from None
        raise
    try:
        opened = os.fstat(fd)
        if not stat.S_ISREG(opened.st_mode):  # swapped between the check and the open
            raise UnsafeFileError(
                path, t("safety.file.not_regular", None, kind=_kind(opened.st_mode))
            )
        size = opened.st_size
        if size > limit:
            raise UnsafeFileError(path, t("safety.file.too_large", None, size=size))
        # As much as the file holds (and a little more, to see its end): asking for a whole
        # MiB each time costs a fresh mapping of that size (0.5 ms per run file).
        want = min(1 * MiB, limit + 1, size + 64 * 1024)
        chunk = os.read(fd, want)
        if len(chunk) < want and len(chunk) >= size:
            # A short read of a regular file at its size is its end: one read per file (a
            # rebuilt index reads 10,000 organisation files).
            return chunk, opened
        chunks = [chunk]
        total = len(chunk)
        while chunk:
            if total > limit:  # grew while read
                raise UnsafeFileError(path, t("safety.file.too_large", None, size=total))
            want = min(1 * MiB, limit + 1 - total, max(size - total, 0) + 64 * 1024)
            chunk = os.read(fd, want)
            chunks.append(chunk)
            total += len(chunk)
        return b"".join(chunks), opened
    finally:
        os.close(fd)


def read_regular_text(path: str | os.PathLike[str], limit: int) -> str:
    """``read_regular`` decoded as UTF-8 (UnicodeDecodeError as ``bytes.decode`` gives it)."""
    return read_regular(path, limit).decode("utf-8")


def is_real_folder(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is a folder itself, not a symbolic link to one."""
    try:
        return stat.S_ISDIR(os.lstat(path).st_mode)
    except OSError:
        return False


def check_inside(root: Path, target: Path) -> None:
    """UnsafeFileError unless ``target``, links resolved, lies inside ``root``."""
    real_root = os.path.realpath(root)
    real = os.path.realpath(target)
    if os.path.commonpath([real_root, real]) != real_root:
        raise UnsafeFileError(target, t("safety.file.outside", None, root=root))
