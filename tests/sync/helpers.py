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
