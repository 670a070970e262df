"""Whether every file a fresh index lists still has its recorded stamp (no folder listing)."""

from __future__ import annotations

import os
from collections.abc import Sequence

from jamtui.storage.index import unescape

_DIR_FD = os.stat in os.supports_dir_fd
_DIR_FLAGS = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)


def stamps_unchanged(folder: str, rows: Sequence[str], tail: str = "") -> bool:
    """True when the file of every row (``folder/NAME`` + ``tail``) has the row's stamp.

    Meant for an index that is fresh (``Index.fresh``): the folder's own modification time
    already says no file was added, removed or replaced, so the rows name exactly the files
    there and only edits in place are left to look for — one ``stat`` per row, relative to
    the open folder (a short path to resolve), and no listing. A file that cannot be
    stat'ed, a row without a stamp or any difference answers False (the caller lists the
    folder and summarises what changed, as without this check).
    """
    stat = os.stat
    fd: int | None = None
    prefix = folder + os.sep
    if _DIR_FD:
        try:
            fd = os.open(folder, _DIR_FLAGS)
        except OSError:
            return False
        prefix = ""
    try:
        for row in rows:
            name, _, rest = row.partition("\t")
            if "\\" in name:
                name = unescape(name)
            if not name or os.sep in name or name.startswith("."):
                return False  # not a name the folder's listing gives (a hand-edited index)
            try:
                info = stat(prefix + name + tail, dir_fd=fd)
            except (OSError, ValueError):
                return False
            if f"{info.st_mtime_ns}:{info.st_size}" != rest.partition("\t")[0]:
                return False
    finally:
        if fd is not None:
            os.close(fd)
    return True
