"""Durable file replacement: temp file in the same folder, fsync, os.replace, fsync folder."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_BINARY = getattr(os, "O_BINARY", 0)


def fsync_dir(folder: Path) -> None:
    """Make a rename or creation in ``folder`` durable (a no-op where folders cannot be synced)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes, durable: bool = True) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves either the old or the new file.

    ``durable=False`` (caches): no ``fsync`` of the file or the folder; other processes
    still see the old file or the new one, never a part, but after a crash the file may be
    the old one or unreadable, which a cache reader treats as missing (the rebuilt
    organisations index waited ~10 ms for the disk, more on a busy one).
    """
    folder = path.parent
    tmp = folder / f".{path.name}.{os.getpid()}.tmp"
    # A leftover (or planted) file of that name is removed, never written through: the temp
    # file is always new, and a symbolic link there is not followed.
    with contextlib.suppress(FileNotFoundError):
        os.unlink(tmp)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _BINARY, 0o644)
    try:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        if durable:
            os.fsync(fd)
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    os.close(fd)
    try:
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    if durable:
        fsync_dir(folder)


def write_text_atomic(path: Path, text: str, durable: bool = True) -> None:
    write_atomic(path, text.encode("utf-8"), durable)


def create_text_atomic(path: Path, text: str) -> None:
    """Create ``path`` holding ``text``, complete or not at all; FileExistsError if it exists.

    The text is written and fsynced under a temporary name, then hard-linked to ``path``
    (which never replaces an existing file), so a crash never leaves an empty new file.
    """
    folder = path.parent
    tmp = folder / f".{path.name}.{os.getpid()}.new.tmp"
    write_atomic(tmp, text.encode("utf-8"))
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise
    except OSError:
        # A file system without hard links: fall back to an exclusive create.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        with os.fdopen(fd, "wb") as handle:
            handle.write(text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
    fsync_dir(folder)
