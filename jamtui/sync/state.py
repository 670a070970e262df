"""What a sync leaves for the next one: files still to reconcile, and where conflicts wait.

``pending.json`` lists files whose working copy is based on an older blob than HEAD holds
(a run open in another window, or a sync that was interrupted): the next sync merges them.
It is replaced atomically together with the HEAD it belongs to (see ``Journal``).
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from jamtui.storage.atomic import write_text_atomic


@dataclass
class Pending:
    """Files to reconcile: path → (blob the working file is based on, blob HEAD holds)."""

    head: str = ""
    paths: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)


class Journal:
    """The pending list, written before HEAD moves and confirmed after."""

    def __init__(self, folder: Path) -> None:
        self.current = folder / "pending.json"
        self.next = folder / "pending.next.json"

    def recover(self, head: bytes | None) -> None:
        """Finish or drop a half-done update, whichever matches HEAD."""
        if not self.next.exists():
            return
        staged = _read(self.next)
        if staged is not None and staged.head == (head or b"").decode():
            os.replace(self.next, self.current)
        else:
            with contextlib.suppress(FileNotFoundError):
                self.next.unlink()

    def load(self) -> Pending:
        return _read(self.current) or Pending()

    def stage(self, pending: Pending) -> None:
        write_text_atomic(self.next, _dump(pending))

    def confirm(self) -> None:
        os.replace(self.next, self.current)

    def save(self, pending: Pending) -> None:
        if pending.paths:
            write_text_atomic(self.current, _dump(pending))
        else:
            with contextlib.suppress(FileNotFoundError):
                self.current.unlink()


def _dump(pending: Pending) -> str:
    return json.dumps(
        {"head": pending.head, "paths": {k: list(v) for k, v in sorted(pending.paths.items())}}
    )


def _read(path: Path) -> Pending | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        paths = {
            str(k): (v[0] if v[0] else None, v[1] if v[1] else None)
            for k, v in data.get("paths", {}).items()
        }
        return Pending(str(data.get("head", "")), paths)
    except (OSError, ValueError, TypeError, AttributeError, IndexError):
        return None


class ConflictRegistry:
    """Paths of files that hold a ``[conflicts]`` table or a refused other version."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "conflicts.json"

    def load(self) -> set[str] | None:
        """The paths, or None when the registry is missing (then the folder is scanned once)."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return {str(p) for p in data} if isinstance(data, list) else None

    def save(self, paths: set[str]) -> None:
        write_text_atomic(self.path, json.dumps(sorted(paths), ensure_ascii=False))
