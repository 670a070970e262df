# ruff: noqa: B023 -- every edit function is called at once, inside its loop turn
"""Random edit sequences on two data folders, synced in random order (hypothesis).

Checks: all folders end byte-identical; every edit is in the result or listed in a conflict
with both values; every file parses.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jamtui.core.toml_reader import parse_toml
from jamtui.sync.engine import setup, sync
from jamtui.sync.values import MISSING
from tests.properties import examples
from tests.sync.helpers import (
    add_action,
    add_participant,
    answer,
    edit_run,
    finalize,
    read_run,
    rename_participant,
    seed,
    tree_bytes,
)

ITEMS = ["s.one", "s.two", "s.three"]
Op = tuple[str, int, int]  # (kind, side, choice)

ops = st.lists(
    st.tuples(
        st.sampled_from(
            ["value", "note", "rating", "action", "participant", "rename", "finalize", "sync"]
        ),
        st.integers(0, 1),
        st.integers(0, 2),
    ),
    min_size=1,
    max_size=14,
)


@dataclass
class Edit:
    """One edit: where it wrote, what, and which edits it had seen (they are superseded)."""

    number: int
    path: tuple[str, ...]
    value: Any
    seen: frozenset[int]


@dataclass
class Side:
    root: Path
    known: set[int] = field(default_factory=set)
    people: list[str] = field(default_factory=list)


def _conflict_values(data: dict[str, Any], path: tuple[str, ...]) -> list[Any]:
    values = []
    for entry in (data.get("conflicts") or {}).values():
        where = tuple(entry["path"])
        if path[: len(where)] == where:
            values += [entry.get("a", MISSING), entry.get("b", MISSING)]
    return values


def _contains(container: Any, value: Any, path: tuple[str, ...], where: tuple[str, ...]) -> bool:
    """Whether ``value`` (at ``path``) is inside a conflict value stored for ``where``."""
    rest = path[len(where) :]
    current = container
    for part in rest:
        if isinstance(current, dict):
            current = current.get(part, MISSING)
        else:
            return False
    return current == value


@settings(max_examples=examples(25), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops)
def test_random_edits_on_two_sides_converge_and_lose_nothing(sequence: list[Op]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        remote = str(base / "remote.git")
        sides = [Side(base / "a"), Side(base / "b")]
        seed(sides[0].root)
        sides[1].root.mkdir()
        for side in sides:
            setup(side.root, remote)
        edits: list[Edit] = []
        lines: list[str] = []
        everyone: list[str] = ["Åsa"]  # participants: must all survive
        actions: list[str] = []
        remote_known: set[int] = set()
        for number, (kind, who, choice) in enumerate(sequence):
            side = sides[who]
            item = ITEMS[choice]
            stamp = f"2026-12-01T10:{number:02d}:00+01:00"
            if kind == "sync":
                sync(side.root)
                side.known |= remote_known
                remote_known |= side.known
                continue
            seen = frozenset(side.known)

            def record(path: tuple[str, ...], value: Any) -> None:
                edits.append(Edit(number, path, value, seen))
                side.known.add(number)

            if kind == "value":
                edit_run(side.root, lambda d: answer(d, item).update(value=number), stamp=stamp)
                record(("answers", item, "value"), number)
            elif kind == "note":
                line = f"rad {number}"
                lines.append(line)

                def append(d: dict[str, Any]) -> None:
                    a = answer(d, item)
                    a["note"] = (a.get("note", "") + "\n" + line).strip("\n")

                edit_run(side.root, append, stamp=stamp)
                side.known.add(number)
            elif kind == "rating":
                data = read_run(side.root)
                keys = [p.get("id", p["name"]) for p in data.get("participants", [])]
                key = keys[choice % len(keys)]
                edit_run(
                    side.root,
                    lambda d: answer(d, item).setdefault("ratings", {}).update({key: number}),
                    stamp=stamp,
                )
                record(("answers", item, "ratings", key), number)
            elif kind == "action":
                what = f"åtgärd {number}"
                actions.append(what)
                edit_run(side.root, lambda d: add_action(d, item, what), stamp=stamp)
                side.known.add(number)
            elif kind == "participant":
                name = f"Deltagare {number}"
                everyone.append(name)
                edit_run(
                    side.root, lambda d: side.people.append(add_participant(d, name)), stamp=stamp
                )
                side.known.add(number)
            elif kind == "rename":
                data = read_run(side.root)
                people = [p for p in data.get("participants", []) if "id" in p]
                if people:
                    key = people[choice % len(people)]["id"]
                    edit_run(
                        side.root,
                        lambda d: rename_participant(d, key, f"Namn {number}"),
                        stamp=stamp,
                    )
                    record(("participants", key, "name"), f"Namn {number}")
            elif kind == "finalize":
                edit_run(side.root, lambda d: finalize(d, stamp), stamp=stamp)
                side.known.add(number)
        # Sync until both agree: a, b, a.
        for side in (sides[0], sides[1], sides[0]):
            sync(side.root)
        assert tree_bytes(sides[0].root) == tree_bytes(sides[1].root)
        for path, content in tree_bytes(sides[0].root).items():
            if path.endswith(".toml"):
                parse_toml(content.decode("utf-8"))
        data = read_run(sides[0].root)
        superseded = {
            n
            for e in edits
            for n in e.seen
            if any(o.path == e.path for o in edits if o.number in e.seen and o.number == n)
        }
        for edit in edits:
            if edit.number in superseded:
                continue
            current: Any = data
            for part in edit.path:
                if isinstance(current, dict):
                    current = current.get(part, MISSING)
                elif isinstance(current, list):
                    current = next((r for r in current if r.get("id") == part), MISSING)
            in_conflict = any(
                value == edit.value or _contains(value, edit.value, edit.path, tuple(entry["path"]))
                for entry in (data.get("conflicts") or {}).values()
                if edit.path[: len(entry["path"])] == tuple(entry["path"])
                for value in (entry.get("a", MISSING), entry.get("b", MISSING))
            )
            assert current == edit.value or in_conflict, (edit, current)
        notes = "\n".join(str(a.get("note", "")) for a in data.get("answers", {}).values())
        for line in lines:
            assert line in notes
        names = [p["name"] for p in data.get("participants", [])]
        for name in everyone:
            renamed = any(e.path[:1] == ("participants",) for e in edits)
            assert name in names or renamed
        rows = [r["what"] for a in data.get("answers", {}).values() for r in a.get("actions", [])]
        for what in actions:
            assert what in rows
