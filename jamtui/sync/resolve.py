"""The conflicts waiting in a data folder, and resolving one: keep a, keep b, or a new value."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jamtui.core.toml_reader import TOMLDecodeError, parse_toml
from jamtui.storage.atomic import write_atomic
from jamtui.sync.conflicts import StoredConflict, read_conflicts, resolve
from jamtui.sync.files import CONFLICT_SUFFIX, is_run_path, render_run_data
from jamtui.sync.state import ConflictRegistry
from jamtui.sync.toml_out import render_document
from jamtui.sync.values import MISSING

SIDE_FILE = "file"
"""The id of a refused file's conflict: the whole other version kept beside it."""


@dataclass(frozen=True)
class WaitingConflict:
    """One conflict of one file (``conflict`` None: a whole other version in a side file)."""

    path: str
    conflict: StoredConflict | None
    side_path: str = ""

    @property
    def id(self) -> str:
        return self.conflict.id if self.conflict else SIDE_FILE


class LockedRun(Exception):
    """The run is open in a window: resolve after closing it."""


def _registry(root: Path) -> ConflictRegistry:
    return ConflictRegistry(root / ".git" / "jamtui")


def waiting_conflicts(root: Path) -> list[WaitingConflict]:
    """Every conflict the registry lists, read from the files themselves."""
    result: list[WaitingConflict] = []
    for path in sorted(_registry(root).load() or set()):
        name = path.rsplit("/", 1)[-1]
        if CONFLICT_SUFFIX in name:
            original = path[: path.rindex(CONFLICT_SUFFIX)]
            if (root / path).is_file():
                result.append(WaitingConflict(original, None, path))
            continue
        data = _parse(root / path)
        if data is None:
            continue
        result.extend(WaitingConflict(path, c) for c in read_conflicts(data))
    return result


def _parse(path: Path) -> dict[str, Any] | None:
    try:
        return parse_toml(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, TOMLDecodeError, RecursionError):
        return None


def render_file(path: str, data: dict[str, Any]) -> str:
    """A data-folder file's canonical text after a resolution."""
    return render_run_data(data) if is_run_path(path) else render_document(data)


def resolve_conflict(root: Path, item: WaitingConflict, choice: str, text: str = "") -> None:
    """Resolve: ``choice`` is "a", "b" or "new" (then ``text`` is the value, as TOML or text)."""
    from jamtui.sync.engine import _file_lock

    registry = _registry(root)
    paths = registry.load() or set()
    with _file_lock(root, item.path) as free:
        if not free:
            raise LockedRun(item.path)
        if item.conflict is None:
            side = root / item.side_path
            if choice == "b":
                write_atomic(root / item.path, side.read_bytes())
            side.unlink(missing_ok=True)
            paths.discard(item.side_path)
            registry.save(paths)
            return
        file = root / item.path
        data = _parse(file)
        if data is None:
            raise FileNotFoundError(item.path)
        conflict = item.conflict
        new: Any
        if choice == "a":
            new = conflict.a
        elif choice == "b":
            new = conflict.b
        else:
            new = parse_value(text, conflict.a if conflict.a is not MISSING else conflict.b)
        data = resolve(data, conflict.id, new)
        write_atomic(file, render_file(item.path, data).encode("utf-8"))
        if not read_conflicts(data):
            paths.discard(item.path)
            registry.save(paths)


def parse_value(text: str, like: Any) -> Any:
    """A new value typed by a person, of the same kind as ``like`` where it can be."""
    if isinstance(like, bool):
        return text.strip().lower() in ("true", "ja", "yes", "1")
    if isinstance(like, int):
        try:
            return int(text.strip())
        except ValueError:
            return text
    if isinstance(like, list):
        return [part.strip() for part in text.split(",") if part.strip()]
    return text


def show_value(value: Any) -> str:
    """A value as a person reads it (MISSING: deleted)."""
    if value is MISSING:
        return "–"
    if isinstance(value, list):
        return ", ".join(show_value(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {show_value(v)}" for k, v in value.items() if k != "id")
    if isinstance(value, bool):
        return "ja" if value else "nej"
    return str(value)
