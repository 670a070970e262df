"""Data folders tied to one bare remote on the local disk, and run files edited as a user would."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jamtui.core.toml_reader import parse_toml
from jamtui.sync.files import render_run_data

ORG = "ljungby-kommun"
RUN = "2026-12-01-larande-uppfoljning"

ORG_TEXT = """format = 1
name = "Ljungby kommun"
org_number = ""
archived = false
created = "2026-11-01T09:00:00+01:00"
units = ["Kultur- och fritidsförvaltningen"]
notes = ""
"""

RUN_TEXT = """format = 1
id = "2026-12-01-larande-uppfoljning"
checklist = "larande-uppfoljning"
checklist_version = "2011.1"
organisation = "ljungby-kommun"
unit = ""
date = "2026-12-01"
facilitator = "Åsa"
status = "draft"
created = "2026-12-01T09:00:00+01:00"
updated = "2026-12-01T09:00:00+01:00"

[[participants]]
name = "Åsa"
role = "strateg"
"""


def run_path(root: Path, run_id: str = RUN, org: str = ORG) -> Path:
    return root / "organisations" / org / "runs" / f"{run_id}.toml"


def seed(root: Path) -> None:
    """One organisation with one run, as jamtui writes them."""
    runs = root / "organisations" / ORG / "runs"
    runs.mkdir(parents=True)
    (root / "organisations" / ORG / "organisation.toml").write_text(ORG_TEXT, encoding="utf-8")
    run_path(root).write_text(render_run_data(parse_toml(RUN_TEXT)), encoding="utf-8")


def read_run(root: Path, run_id: str = RUN) -> dict[str, Any]:
    return parse_toml(run_path(root, run_id).read_text(encoding="utf-8"))


def edit_run(root: Path, change: Any, run_id: str = RUN, stamp: str = "") -> None:
    """Apply ``change(data)`` to the run's parsed data and save it with jamtui's writer."""
    data = read_run(root, run_id)
    change(data)
    if stamp:
        data["updated"] = stamp
    run_path(root, run_id).write_text(render_run_data(data), encoding="utf-8")


def answer(data: dict[str, Any], item: str) -> dict[str, Any]:
    return data.setdefault("answers", {}).setdefault(item, {})


def tree_bytes(root: Path) -> dict[str, bytes]:
    """Every synced file's bytes, by relative path."""
    from jamtui.sync.worktree import walk

    return {path.decode(): (root / path.decode()).read_bytes() for path, _info in walk(root)}


def _v2() -> bool:
    from jamtui.storage import run_file

    return run_file.FORMAT >= 2


def add_participant(data: dict[str, Any], name: str) -> str:
    """Add a participant; the key their ratings are stored under (an id from format 2 on)."""
    import hashlib

    person: dict[str, Any] = {"name": name, "role": ""}
    key = name
    if _v2():
        key = "p-" + hashlib.sha256(name.encode()).hexdigest()[:8]
        person = {"id": key, **person}
    data.setdefault("participants", []).append(person)
    return key


def rename_participant(data: dict[str, Any], key: str, name: str) -> bool:
    """Rename the participant stored under ``key`` (format 2: ratings keep their id)."""
    if not _v2():
        return False
    for person in data.get("participants", []):
        if person.get("id") == key:
            person["name"] = name
            return True
    return False


def add_action(data: dict[str, Any], item: str, what: str) -> None:
    row: dict[str, Any] = {"what": what, "who": "", "due": ""}
    if _v2():
        import hashlib

        row = {"id": "a-" + hashlib.sha256(what.encode()).hexdigest()[:8], **row}
    answer(data, item).setdefault("actions", []).append(row)


def finalize(data: dict[str, Any], at: str) -> None:
    data["status"] = "finalized"
    data.setdefault("history", []).append({"status": "finalized", "at": at, "by": "", "reason": ""})
