"""Deleted runs: moved to ``papperskorg/``, restored from it, emptied only on demand."""

from __future__ import annotations

import os
import re
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from jamtui.i18n import t
from jamtui.storage.atomic import fsync_dir
from jamtui.storage.errors import LockedError, NotFoundError, StorageError

if TYPE_CHECKING:
    from jamtui.storage.store import Store

TRASH = "papperskorg"
_NAME = re.compile(r"^[A-Za-z0-9_~-]+$")


@dataclass(frozen=True)
class TrashedRun:
    """A run in the papperskorg; ``name`` is its file name without ``.toml``."""

    name: str
    run_id: str
    checklist_id: str
    date: str
    unit: str
    deleted: str
    problem: str = ""


def trash_dir(store: Store, org: str) -> Path:
    return store.orgs_dir / store.resolve_slug(org) / TRASH


def delete_run(store: Store, org: str, run_id: str) -> str:
    """Move a run to the papperskorg; returns its name there (what ``restore_run`` takes)."""
    from jamtui.storage.lock import LockInfo, read_lock, release_lock, try_lock

    slug = store.resolve_slug(org)
    run_id = store.resolve_run(slug, run_id)
    runs = store.orgs_dir / slug / "runs"
    source = runs / f"{run_id}.toml"
    lock = runs / f".{run_id}.lock"
    mine = read_lock(lock)
    if mine is not None and mine.pid == os.getpid() and mine.host == socket.gethostname():
        holder: LockInfo | None = mine  # open in this process (another screen): keep it
    else:
        holder = try_lock(lock)
    if holder is not None:
        raise LockedError(
            t("followup.trash.locked", None, run=run_id, pid=holder.pid, host=holder.host)
        )
    try:
        folder = trash_dir(store, slug)
        folder.mkdir(exist_ok=True)
        name = run_id
        number = 2
        while (folder / f"{name}.toml").exists():
            name = f"{run_id}~{number}"
            number += 1
        os.replace(source, folder / f"{name}.toml")
        os.utime(folder / f"{name}.toml")  # the deletion time, shown in the list
        fsync_dir(folder)
        fsync_dir(runs)
    finally:
        release_lock(lock)
    return name


def restore_run(store: Store, org: str, name: str) -> str:
    """Move a run back from the papperskorg; returns its run id."""
    slug = store.resolve_slug(org)
    folder = trash_dir(store, slug)
    path = folder / f"{name}.toml"
    if not _NAME.match(name) or not path.is_file():
        raise NotFoundError(t("followup.trash.no_run", None, run=name))
    run_id = name.split("~", 1)[0]
    target = store.orgs_dir / slug / "runs" / f"{run_id}.toml"
    if target.exists():
        raise StorageError(t("followup.trash.taken", None, run=run_id))
    os.replace(path, target)
    fsync_dir(target.parent)
    fsync_dir(folder)
    return run_id


def list_trash(store: Store, org: str) -> list[TrashedRun]:
    """Runs in the papperskorg, most recently deleted first."""
    import datetime as dt

    from jamtui.storage.run_file import parse_run_text
    from jamtui.storage.store import _read

    folder = trash_dir(store, org)
    if not folder.is_dir():
        return []
    found = []
    for entry in os.scandir(folder):
        if not entry.name.endswith(".toml") or entry.name.startswith(".") or not entry.is_file():
            continue
        name = entry.name[:-5]
        deleted = dt.datetime.fromtimestamp(entry.stat().st_mtime).astimezone()
        stamp = deleted.isoformat(timespec="seconds")
        try:
            run = parse_run_text(Path(entry.path), _read(Path(entry.path)))
        except (StorageError, OSError) as error:
            found.append(TrashedRun(name, name.split("~")[0], "", "", "", stamp, str(error)))
            continue
        found.append(TrashedRun(name, run.id, run.checklist_id, run.date, run.unit, stamp))
    return sorted(found, key=lambda r: (r.deleted, r.name), reverse=True)


def empty_trash(store: Store, org: str) -> int:
    """Delete every run in the papperskorg for good; returns how many."""
    folder = trash_dir(store, org)
    if not folder.is_dir():
        return 0
    count = 0
    for entry in os.scandir(folder):
        if entry.is_file() and entry.name.endswith(".toml"):
            os.unlink(entry.path)
            count += 1
    fsync_dir(folder)
    return count
