"""Checking listings of a fresh index: edits in place are seen, nothing else is listed."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from jamtui.core.model import Checklist
from jamtui.storage import Store
from jamtui.storage.index import INDEX_NAME


def edit_in_place(path: Path, old: str, new: str) -> None:
    """Rewrite ``path`` without replacing it (the folder's mtime stays as it was)."""
    text = path.read_text(encoding="utf-8").replace(old, new)
    assert new in text
    with path.open("r+", encoding="utf-8") as file:
        file.write(text)
        file.truncate()
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))


def put_index(folder: Path, rows: list[str]) -> None:
    """An index renamed into place by hand: it looks fresh (the rename set the folder's mtime)."""
    draft = folder.parent / "index-draft.json"
    table = {"version": 3, "entries": {"rows": rows, "shared": []}}
    draft.write_text(json.dumps(table), encoding="utf-8")
    os.rename(draft, folder / INDEX_NAME)


def test_a_checking_listing_of_a_fresh_index_lists_no_folder(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("Lund", "Malmö", "Ystad"):
        store.create_organisation(name)
    store.list_organisations()  # brings the index up to date

    def no_listing(*args: object) -> None:
        raise AssertionError("the organisations folder was listed")

    monkeypatch.setattr(os, "scandir", no_listing)
    assert [o.name for o in Store(store.root).list_organisations()] == ["Lund", "Malmö", "Ystad"]


def test_a_run_file_edited_in_place_is_listed_as_it_reads(
    store: Store, checklist: Checklist
) -> None:
    org = store.create_organisation("Lund")
    run = store.create_run(org.slug, checklist, date="2025-01-01", unit="Kultur")
    assert [r.unit for r in store.list_runs(org.slug)] == ["Kultur"]
    edit_in_place(store.run_path(org.slug, run.id), 'unit = "Kultur"', 'unit = "Skola"')
    assert [r.unit for r in Store(store.root).list_runs(org.slug)] == ["Skola"]


def test_an_organisation_file_removed_behind_a_fresh_index_is_reported(store: Store) -> None:
    org = store.create_organisation("Lund")
    store.list_organisations()
    (store.orgs_dir / org.slug / "organisation.toml").unlink()
    listed = Store(store.root).list_organisations()
    assert [(o.slug, bool(o.problem)) for o in listed] == [(org.slug, True)]


@pytest.mark.parametrize("name", ["../../elsewhere", ".hidden", ""])
def test_a_hand_made_index_naming_other_paths_is_not_trusted(store: Store, name: str) -> None:
    org = store.create_organisation("Lund")
    store.list_organisations()
    elsewhere = store.root.parent / "elsewhere"
    elsewhere.mkdir(exist_ok=True)
    (elsewhere / "organisation.toml").write_text('format = 1\nname = "Falsk"\n', "utf-8")
    stamp = os.stat(elsewhere / "organisation.toml")
    row = f"{name}\t{stamp.st_mtime_ns}:{stamp.st_size}\t\tFalsk\t\t"
    put_index(store.orgs_dir, [row])
    assert [(o.slug, o.name) for o in Store(store.root).list_organisations()] == [
        (org.slug, "Lund")
    ]
