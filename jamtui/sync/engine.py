"""One sync: commit local changes, fetch, merge with jamtui's merge, push — safe to interrupt.

Every step leaves the repository in a state the next sync completes: files are written
atomically, HEAD moves only after the list of files still to reconcile is on disk, and a
file whose working copy changed meanwhile is merged three-way, never overwritten.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import socket
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from dulwich.graph import can_fast_forward, find_merge_base
from dulwich.objects import Blob, ObjectID

from jamtui.i18n import t
from jamtui.storage.lock import held_here, release_lock, try_lock
from jamtui.sync import remote as net
from jamtui.sync.repo import DataRepo
from jamtui.sync.state import ConflictRegistry, Journal, Pending
from jamtui.sync.worktree import CONFLICT_SUFFIX, GITIGNORE, is_run_path, walk

Progress = Callable[[str], None]
_ATTEMPTS = 4


class SyncError(Exception):
    """A sync that could not run or finish (exit 2); nothing is lost."""


@dataclass
class SyncResult:
    """What a sync did and what waits."""

    sent: int = 0
    received: int = 0
    conflicts: list[str] = field(default_factory=list)
    waiting: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return 1 if self.conflicts else 0


@dataclass(frozen=True)
class SyncStatus:
    """Where the data folder stands, without talking to the remote."""

    configured: bool
    remote: str = ""
    ahead: int = 0
    behind: int = 0
    changed: int = 0
    conflicts: tuple[str, ...] = ()

    @property
    def to_send(self) -> int:
        return self.changed + self.ahead


def _author(repo: DataRepo) -> bytes:
    config = repo.repo.get_config_stack()
    try:
        name = config.get((b"user",), b"name")
    except KeyError:
        name = getpass.getuser().encode()
    try:
        email = config.get((b"user",), b"email")
    except KeyError:
        email = f"{getpass.getuser()}@{socket.gethostname()}".encode()
    return name + b" <" + email + b">"


def remote_url(repo: DataRepo) -> str:
    try:
        return repo.repo.get_config().get((b"remote", b"origin"), b"url").decode()
    except KeyError:
        return ""


def _lock_for(root: Path, path: str) -> Path | None:
    """The lock file of a run file (runs/.<id>.lock), None for files without locks."""
    if not is_run_path(path):
        return None
    file = root / path
    return file.parent / f".{file.stem}.lock"


@contextlib.contextmanager
def _file_lock(root: Path, path: str) -> Iterator[bool]:
    """Hold the run's lock while its file is rewritten; False when a window has it open."""
    lock = _lock_for(root, path)
    if lock is None or not lock.parent.is_dir():
        yield True
        return
    if held_here(lock) or try_lock(lock) is not None:
        yield False
        return
    try:
        yield True
    finally:
        release_lock(lock)


def _has_conflicts(path: str, data: bytes | None) -> bool:
    if CONFLICT_SUFFIX in path.rsplit("/", 1)[-1]:
        return data is not None
    return data is not None and b"\n[conflicts." in data


class Sync:
    """One sync of one data folder (holding its sync lock)."""

    def __init__(self, root: Path, progress: Progress | None = None) -> None:
        self.root = root
        self.repo = DataRepo(root)
        self.progress = progress or (lambda _text: None)
        self.journal = Journal(self.repo.state)
        self.registry = ConflictRegistry(self.repo.state)
        self.conflicts = self.registry.load()
        self.index = self.repo.index()
        self.author = _author(self.repo)
        self.user = self.author.split(b" <")[0].decode("utf-8", "replace")
        self.result = SyncResult()

    # -- bookkeeping -------------------------------------------------------------------------

    def note(self, path: str, data: bytes | None) -> None:
        if self.conflicts is None:
            return
        if _has_conflicts(path, data):
            self.conflicts.add(path)
        else:
            self.conflicts.discard(path)

    def finish(self) -> SyncResult:
        self.index.write()
        if self.conflicts is None:
            self.conflicts = {
                path.decode()
                for path, _info in walk(self.root)
                if _has_conflicts(path.decode(), self.repo.read_file(path))
            }
        if self.conflicts != self.registry.load():
            self.registry.save(self.conflicts)
        self.result.conflicts = sorted(self.conflicts)
        self.result.waiting = sorted(self.journal.load().paths)
        return self.result

    # -- steps -------------------------------------------------------------------------------

    def reconcile(self, pending: Pending) -> None:
        """Bring working files up to HEAD, merging any edit made meanwhile."""
        many = len(pending.paths) > 32  # then one disk sync at the end, not two per file
        for path, (base, target) in sorted(pending.paths.items()):
            key = path.encode()
            with _file_lock(self.root, path) as free:
                if not free:
                    self.repo.record(self.index, key, target.encode() if target else None, None)
                    continue
                working = self.repo.read_file(key)
                base_data = self.repo.blob(base.encode() if base else None)
                target_data = self.repo.blob(target.encode() if target else None)
                if working == target_data:
                    result: bytes | None = working
                elif working == base_data:
                    result = target_data
                else:
                    from jamtui.sync.files import merge_file

                    merged = merge_file(path, base_data, working, target_data, self.user, "")
                    result = merged.data
                    if merged.refused and target_data is not None:
                        self._side_file(path, target_data)
                info = None
                if result != working:
                    info = self.repo.write_file(key, result, durable=not many)
                elif result is not None:
                    info = os.stat(self.root / path)
                sha = target.encode() if target else None
                self.repo.record(self.index, key, sha, info if result == target_data else None)
                self.note(path, result)
                del pending.paths[path]
        if many and hasattr(os, "sync"):
            os.sync()
        self.index.write()
        self.journal.save(pending)

    def _side_file(self, path: str, data: bytes) -> str:
        digest = self.repo.add_blob(data).decode()[:8]
        side = f"{path}{CONFLICT_SUFFIX}{digest}"
        self.repo.write_file(side.encode(), data)
        self.note(side, data)
        return side

    def commit_local(self, waiting: set[str]) -> None:
        """One commit of everything changed in the working tree (open runs waiting excluded)."""
        scan = self.repo.scan(self.index)
        for path, info in scan.refreshed.items():
            if path.decode() not in waiting:
                self.repo.record(self.index, path, self.index[path].sha, info)
        changes: list[tuple[bytes, bytes | None]] = []
        described: list[tuple[str, bytes | None, bytes | None]] = []
        blobs: list[Blob] = []
        head = self.repo.head()
        for path, (sha, data, info) in sorted(scan.changed.items()):
            if path.decode() in waiting:
                continue
            blobs.append(_blob(data))
            old = self.index[path].sha if path in self.index else None
            changes.append((path, sha))
            described.append((path.decode(), self.repo.blob(old), data))
            self.repo.record(self.index, path, sha, info)
            self.note(path.decode(), data)
        for path in scan.deleted:
            if path.decode() in waiting:
                continue
            old = self.index[path].sha
            changes.append((path, None))
            described.append((path.decode(), self.repo.blob(old), None))
            self.repo.record(self.index, path, None, None)
            self.note(path.decode(), None)
        if not changes:
            return
        self.progress("commit")
        store = self.repo.repo.object_store
        if len(blobs) > 32:
            store.add_objects([(blob, None) for blob in blobs])  # one pack, not many files
        else:
            for blob in blobs:
                store.add_object(blob)
        tree = self.repo.apply(self.repo.tree_of(head), changes)
        if head is not None and tree == self.repo.tree_of(head):
            self.index.dirty = True  # the index was behind HEAD (an interrupted sync)
            return
        from jamtui.sync.describe import describe

        message = describe(self.root, described)
        commit = self.repo.make_commit(tree, [head] if head else [], message, self.author)
        self.repo.set_head(head, commit)
        self.index.write()
        self.result.sent += len(changes)

    def integrate(self, new_head: bytes) -> None:
        """Move HEAD to ``new_head`` (a descendant) and bring the working tree along."""
        old = self.repo.head()
        pending = self.journal.load()
        changes = self.repo.changes(self.repo.tree_of(old), self.repo.tree_of(new_head))
        for change in changes:
            path = change.path.decode()
            base = pending.paths[path][0] if path in pending.paths else _hex(change.old)
            pending.paths[path] = (base, _hex(change.new))
        pending.head = new_head.decode()
        self.journal.stage(pending)
        self.repo.set_head(old, new_head)
        self.journal.confirm()
        self.result.received += len(changes)
        self.reconcile(pending)

    def merge(self, ours: bytes, theirs: bytes) -> bytes:
        """A merge commit of ``ours`` and ``theirs`` made with jamtui's merge."""
        from jamtui.sync.files import merge_file

        self.progress("merge")
        bases = find_merge_base(self.repo.repo, [ObjectID(ours), ObjectID(theirs)])
        base_tree = self.repo.tree_of(bases[0]) if bases else None
        ours_tree, theirs_tree = self.repo.tree_of(ours), self.repo.tree_of(theirs)
        mine = {c.path: c for c in self.repo.changes(base_tree, ours_tree)}
        other = {c.path: c for c in self.repo.changes(base_tree, theirs_tree)}
        who = self.repo.commit_author(theirs)
        updates: list[tuple[bytes, bytes | None]] = []
        for path, change in sorted(other.items()):
            if path not in mine:
                updates.append((path, change.new))
                continue
            o, th = mine[path].new, change.new
            if o == th:
                continue
            name = path.decode()
            merged = merge_file(
                name,
                self.repo.blob(change.old),
                self.repo.blob(o),
                self.repo.blob(th),
                self.user,
                who,
            )
            if merged.refused:
                theirs_data = self.repo.blob(th)
                if theirs_data is not None:
                    digest = (th or b"").decode()[:8]
                    updates.append((f"{name}{CONFLICT_SUFFIX}{digest}".encode(), th))
                continue
            sha = self.repo.add_blob(merged.data) if merged.data is not None else None
            if sha != o:
                updates.append((path, sha))
        tree = self.repo.apply(ours_tree, updates)
        message = t("sync.msg.merge", None, who=who or "?")
        return self.repo.make_commit(tree, [ours, theirs], message, self.author)

    def run(self, url: str) -> SyncResult:
        self.journal.recover(self.repo.head())
        pending = self.journal.load()
        if pending.paths:
            self.reconcile(pending)
        if self.repo.head() is None:
            # A new repository: what the remote holds comes first, local files merge into it.
            self.progress("fetch")
            first = net.fetch(self.repo.repo, url)
            self.repo.set_remote_head(first)
            if first is not None:
                self.integrate(first)
        self.commit_local(set(self.journal.load().paths))
        for _ in range(_ATTEMPTS):
            self.progress("fetch")
            theirs = net.fetch(self.repo.repo, url)
            if theirs != self.repo.remote_head():
                self.repo.set_remote_head(theirs)
            ours = self.repo.head()
            if theirs == ours:
                return self.finish()
            if ours is None:
                assert theirs is not None
                self.integrate(theirs)
                return self.finish()
            if theirs is None or _is_ancestor(self.repo, theirs, ours):
                new = ours
            elif _is_ancestor(self.repo, ours, theirs):
                self.integrate(theirs)
                return self.finish()
            else:
                new = self.merge(ours, theirs)
                self.integrate(new)
            self.progress("push")
            try:
                missing = partial(self.repo.objects_since, new, theirs) if theirs else None
                net.push(self.repo.repo, url, theirs, new, missing)
            except net.PushRejected:
                continue
            self.repo.set_remote_head(new)
            return self.finish()
        raise SyncError(t("sync.failed", None, detail="remote keeps moving"))


def _blob(data: bytes) -> Blob:
    return Blob.from_string(data)


def _hex(sha: bytes | None) -> str | None:
    return sha.decode() if sha else None


def _is_ancestor(repo: DataRepo, ancestor: bytes, descendant: bytes) -> bool:
    return bool(can_fast_forward(repo.repo, ObjectID(ancestor), ObjectID(descendant)))


@contextlib.contextmanager
def _sync_lock(root: Path) -> Iterator[None]:
    state = root / ".git" / "jamtui"
    state.mkdir(parents=True, exist_ok=True)
    lock = state / "sync.lock"
    if try_lock(lock) is not None:
        raise SyncError(t("sync.busy", None))
    marker = state / "in-progress"
    try:
        if marker.exists():
            _remove_stale_git_locks(root / ".git")
        marker.touch()
        yield
        marker.unlink()
    finally:
        release_lock(lock)


def _remove_stale_git_locks(git: Path) -> None:
    """Ref and index lock files a killed sync left (we hold the sync lock: no one else writes)."""
    for folder in (git, git / "refs"):
        for dirpath, _dirs, files in os.walk(folder):
            for name in files:
                if name.endswith(".lock") and "jamtui" not in dirpath:
                    with contextlib.suppress(FileNotFoundError):
                        os.unlink(os.path.join(dirpath, name))
            if folder == git:
                break
    objects = git / "objects"
    for dirpath, _dirs, files in os.walk(objects):
        for name in files:
            if name.endswith(".lock") or name.startswith("tmp"):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(os.path.join(dirpath, name))


def sync(root: Path, progress: Progress | None = None) -> SyncResult:
    """Commit, fetch, merge and push the data folder at ``root``."""
    if not DataRepo.is_repo(root):
        raise SyncError(t("sync.not_set_up", None))
    with _sync_lock(root):
        job = Sync(root, progress)
        try:
            url = remote_url(job.repo)
            if not url:
                raise SyncError(t("sync.not_set_up", None))
            try:
                return job.run(url)
            except net.RemoteError as error:
                job.finish()
                raise SyncError(t("sync.offline", None, remote=url, detail=str(error))) from None
        finally:
            job.repo.close()


def setup(root: Path, url: str, progress: Progress | None = None) -> SyncResult:
    """Tie the data folder to ``url`` (a missing local folder becomes a bare repository)."""
    if net.has_password(url):
        raise SyncError(t("sync.password_in_url", None))
    folder = net.local_path(url)
    if folder is not None:
        folder = folder.resolve()
        if not folder.exists() or (folder.is_dir() and not any(folder.iterdir())):
            net.make_bare(folder)
        url = str(folder)
    repo = DataRepo.init(root)
    try:
        config = repo.repo.get_config()
        config.set((b"remote", b"origin"), b"url", url.encode())
        config.set((b"remote", b"origin"), b"fetch", b"+refs/heads/*:refs/remotes/origin/*")
        config.set((b"branch", b"main"), b"remote", b"origin")
        config.set((b"branch", b"main"), b"merge", b"refs/heads/main")
        config.write_to_path()
    finally:
        repo.close()
    ignore = root / ".gitignore"
    if not ignore.exists():
        from jamtui.storage.atomic import write_text_atomic

        write_text_atomic(ignore, GITIGNORE)
    return sync(root, progress)


def status(root: Path) -> SyncStatus:
    """Ahead/behind the last fetched remote, unsent files and conflicts (no network)."""
    if not DataRepo.is_repo(root):
        return SyncStatus(False)
    repo = DataRepo(root)
    try:
        url = remote_url(repo)
        scan = repo.scan(repo.index())
        waiting = set(Journal(repo.state).load().paths)
        changed = len([p for p in scan.changed if p.decode() not in waiting]) + len(
            [p for p in scan.deleted if p.decode() not in waiting]
        )
        ours, theirs = repo.head(), repo.remote_head()
        ahead = behind = 0
        if ours and ours != theirs:
            ahead = _count(repo, ours, theirs)
        if theirs and ours != theirs:
            behind = _count(repo, theirs, ours)
        conflicts = ConflictRegistry(repo.state).load() or set()
        return SyncStatus(bool(url), url, ahead, behind, changed, tuple(sorted(conflicts)))
    finally:
        repo.close()


def _count(repo: DataRepo, tip: bytes, exclude: bytes | None) -> int:
    walker = repo.repo.get_walker(
        include=[ObjectID(tip)], exclude=[ObjectID(exclude)] if exclude else None
    )
    return sum(1 for _ in walker)
