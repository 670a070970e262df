"""The data folder as a git repository (dulwich): scan, commit, trees, and writing files back."""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from dulwich.diff_tree import tree_changes
from dulwich.object_store import commit_tree_changes, iter_tree_contents
from dulwich.objects import Blob, Commit, ObjectID, ShaFile, Tree
from dulwich.refs import Ref
from dulwich.repo import Repo

from jamtui.storage.atomic import write_atomic
from jamtui.sync.gitindex import GitIndex, entry_from_stat
from jamtui.sync.worktree import Scan, walk

BRANCH = Ref(b"refs/heads/main")
REMOTE_BRANCH = Ref(b"refs/remotes/origin/main")
FILE_MODE = 0o100644


@dataclass(frozen=True)
class Change:
    """One path changed between two trees: its blob before and after (None: absent)."""

    path: bytes
    old: bytes | None
    new: bytes | None


class DataRepo:
    """The repository of one data folder; the working tree is the data folder itself."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.repo = Repo(str(root))
        self.state = root / ".git" / "jamtui"
        self.state.mkdir(exist_ok=True)

    @staticmethod
    def is_repo(root: Path) -> bool:
        return (root / ".git" / "HEAD").is_file()

    @classmethod
    def init(cls, root: Path) -> DataRepo:
        root.mkdir(parents=True, exist_ok=True)
        if not cls.is_repo(root):
            Repo.init(str(root), default_branch=b"main").close()
        return cls(root)

    def close(self) -> None:
        self.repo.close()

    # -- refs and objects --------------------------------------------------------------------

    def head(self) -> bytes | None:
        try:
            return self.repo.refs[BRANCH]
        except KeyError:
            return None

    def remote_head(self) -> bytes | None:
        try:
            return self.repo.refs[REMOTE_BRANCH]
        except KeyError:
            return None

    def tree_of(self, commit: bytes | None) -> bytes | None:
        if commit is None:
            return None
        obj = self.repo[ObjectID(commit)]
        assert isinstance(obj, Commit)
        tree: bytes = obj.tree
        return tree

    def blob(self, sha: bytes | None) -> bytes | None:
        if sha is None:
            return None
        obj = self.repo.object_store[ObjectID(sha)]
        assert isinstance(obj, Blob)
        return obj.as_raw_string()

    def add_blob(self, data: bytes) -> bytes:
        blob = Blob.from_string(data)
        self.repo.object_store.add_object(blob)
        return blob.id

    def changes(self, tree1: bytes | None, tree2: bytes | None) -> list[Change]:
        """Paths whose blob differs between two trees (no rename detection)."""
        result = []
        for change in tree_changes(self.repo.object_store, _oid(tree1), _oid(tree2)):
            old_path, new_path = (
                change.old.path if change.old else None,
                (change.new.path if change.new else None),
            )
            path = new_path or old_path
            assert path is not None
            result.append(
                Change(
                    path,
                    change.old.sha if change.old and change.old.path else None,
                    change.new.sha if change.new and change.new.path else None,
                )
            )
        return result

    def blob_at(self, tree: bytes | None, path: bytes) -> bytes | None:
        if tree is None:
            return None
        from dulwich.object_store import tree_lookup_path

        try:
            _mode, sha = tree_lookup_path(self.repo.object_store.__getitem__, ObjectID(tree), path)
        except KeyError:
            return None
        return sha

    def tree_paths(self, tree: bytes | None) -> dict[bytes, bytes]:
        if tree is None:
            return {}
        return {
            entry.path: entry.sha
            for entry in iter_tree_contents(self.repo.object_store, ObjectID(tree))
            if entry.path is not None and entry.sha is not None
        }

    def apply(self, tree: bytes | None, changes: Iterable[tuple[bytes, bytes | None]]) -> bytes:
        """A new tree: ``tree`` with each path set to a blob (None deletes it)."""
        items = [(path, FILE_MODE if sha else None, _oid(sha)) for path, sha in changes]
        if tree is None:
            empty = Tree()
            self.repo.object_store.add_object(empty)
            tree = empty.id
        if not items:
            return tree
        return commit_tree_changes(self.repo.object_store, ObjectID(tree), items)

    def make_commit(self, tree: bytes, parents: list[bytes], message: str, author: bytes) -> bytes:
        commit = Commit()
        commit.tree = ObjectID(tree)
        commit.parents = [ObjectID(p) for p in parents]
        commit.author = commit.committer = author
        now = int(time.time())
        offset = -time.timezone if not time.localtime().tm_isdst else -time.altzone
        commit.author_time = commit.commit_time = now
        commit.author_timezone = commit.commit_timezone = offset
        commit.encoding = b"UTF-8"
        commit.message = message.encode("utf-8") + b"\n"
        self.repo.object_store.add_object(commit)
        return commit.id

    def set_head(self, old: bytes | None, new: bytes) -> None:
        if old is None:
            if not self.repo.refs.add_if_new(BRANCH, ObjectID(new)):
                raise RuntimeError("HEAD moved")
        elif not self.repo.refs.set_if_equals(BRANCH, ObjectID(old), ObjectID(new)):
            raise RuntimeError("HEAD moved")

    def set_remote_head(self, sha: bytes | None) -> None:
        if sha is None:
            with contextlib.suppress(KeyError):
                del self.repo.refs[REMOTE_BRANCH]
        else:
            self.repo.refs[REMOTE_BRANCH] = ObjectID(sha)

    def objects_since(self, new: bytes, old: bytes) -> list[ShaFile]:
        """The commits, trees and blobs reachable from ``new`` that ``old`` does not have.

        Found by diffing each new commit's tree with its parents' (unchanged subtrees are
        skipped), not by walking every tree the remote has: a push of one change to a folder
        of 10,000 runs reads a handful of objects.
        """
        store = self.repo.object_store
        wanted: dict[bytes, None] = {}
        walker = self.repo.get_walker(include=[ObjectID(new)], exclude=[ObjectID(old)])
        for entry in walker:
            commit = entry.commit
            wanted[commit.id] = None
            wanted[commit.tree] = None
            parents = [self.tree_of(p) for p in commit.parents] or [None]
            for parent_tree in parents:
                for change in tree_changes(
                    store, _oid(parent_tree), ObjectID(commit.tree), include_trees=True
                ):
                    if change.new is not None and change.new.sha is not None:
                        wanted[change.new.sha] = None
        return [store[ObjectID(sha)] for sha in wanted]

    def commit_author(self, commit: bytes | None) -> str:
        if commit is None:
            return ""
        obj = self.repo[ObjectID(commit)]
        assert isinstance(obj, Commit)
        name: bytes = obj.author.split(b" <")[0]
        return name.decode("utf-8", "replace")

    # -- the index as a stat cache of the working tree ---------------------------------------

    def index(self) -> GitIndex:
        return GitIndex(self.root / ".git" / "index")

    def scan(self, index: GitIndex) -> Scan:
        """What changed in the working tree since the index (the index always equals HEAD)."""
        entries = index.entries
        changed: dict[bytes, tuple[bytes, bytes, os.stat_result]] = {}
        refreshed: dict[bytes, os.stat_result] = {}
        seen: set[bytes] = set()
        racy_from = index.mtime_ns
        for path, info in walk(self.root):
            seen.add(path)
            found = entries.get(path)
            if (
                found is not None
                and found.mtime_ns == info.st_mtime_ns
                and found.mtime_ns != 0
                and found.size == info.st_size
                and found.ino in (0, info.st_ino)
                and info.st_mtime_ns < racy_from
            ):
                continue
            try:
                data = (self.root / os.fsdecode(path)).read_bytes()
            except FileNotFoundError:
                seen.discard(path)
                continue
            sha = Blob.from_string(data).id
            if found is not None and found.sha == sha:
                refreshed[path] = info
            else:
                changed[path] = (sha, data, info)
        deleted = [path for path in entries if path not in seen]
        return Scan(changed, deleted, refreshed)

    def record(
        self, index: GitIndex, path: bytes, sha: bytes | None, info: os.stat_result | None
    ) -> None:
        """Make the index say ``path`` holds blob ``sha`` (None: no such file).

        Without ``info`` (content the working tree does not hold, such as a run open in
        another window) the entry's stat never matches, so every scan looks at it again.
        """
        index.set(path, None if sha is None else entry_from_stat(sha, info))

    # -- the working tree --------------------------------------------------------------------

    def read_file(self, path: bytes) -> bytes | None:
        try:
            return (self.root / os.fsdecode(path)).read_bytes()
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
            return None

    def write_file(
        self, path: bytes, data: bytes | None, durable: bool = True
    ) -> os.stat_result | None:
        """Write (or delete) one file of the working tree, whole or not at all; its new stat.

        ``durable=False`` skips the fsyncs (the caller syncs the disk once for many files).
        """
        target = self.root / os.fsdecode(path)
        if data is None:
            with contextlib.suppress(FileNotFoundError):
                target.unlink()
            return None
        target.parent.mkdir(parents=True, exist_ok=True)
        if durable:
            write_atomic(target, data)
        else:
            tmp = target.parent / f".{target.name}.{os.getpid()}.tmp"
            tmp.write_bytes(data)
            os.replace(tmp, target)
        return target.stat()


def _oid(sha: bytes | None) -> ObjectID | None:
    return ObjectID(sha) if sha is not None else None
