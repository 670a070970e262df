"""The first screen's listing: one pre-sorted index, no file per organisation looked at."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from jamtui.core.model import Checklist
from jamtui.storage import Store, org_file
from jamtui.storage import store as store_module
from jamtui.storage.index import INDEX_NAME


def first_screen(store: Store) -> list[str]:
    """Names as the first screen lists them (a new process, the index only)."""
    return [org.name for org in Store(store.root).organisation_rows(check_files=False)]


def made_outside(store: Store, slug: str, name: str) -> None:
    """An organisation folder made by hand, a sync or a restored backup."""
    folder = store.orgs_dir / slug
    (folder / "runs").mkdir(parents=True)
    (folder / "organisation.toml").write_text(f'format = 1\nname = "{name}"\n', encoding="utf-8")


def test_folders_added_removed_and_renamed_outside_the_app_show_at_once(store: Store) -> None:
    for name in ("Lund", "Ystad", "Örebro"):
        store.create_organisation(name)
    assert first_screen(store) == ["Lund", "Ystad", "Örebro"]
    made_outside(store, "ale", "Ale kommun")
    assert first_screen(store) == ["Ale kommun", "Lund", "Ystad", "Örebro"]
    shutil.rmtree(store.orgs_dir / "ystad")
    assert first_screen(store) == ["Ale kommun", "Lund", "Örebro"]
    os.rename(store.orgs_dir / "lund", store.orgs_dir / "lund-2")
    rows = Store(store.root).organisation_rows(check_files=False)
    assert [(o.slug, o.name) for o in rows] == [
        ("ale", "Ale kommun"),
        ("lund-2", "Lund"),
        ("orebro", "Örebro"),
    ]


def test_a_folder_removed_in_the_same_clock_tick_as_the_index_write_still_shows(
    store: Store,
) -> None:
    """File times are coarse: a change right after the index's write may leave the folder's
    mtime at the very time of that write. The listing must not take that for "no change"."""
    for name in ("Lund", "Ystad"):
        store.create_organisation(name)
    assert first_screen(store) == ["Lund", "Ystad"]
    index = store.orgs_dir / INDEX_NAME
    shutil.rmtree(store.orgs_dir / "ystad")
    written = os.lstat(index).st_ctime_ns  # the tick the index was put in place
    os.utime(store.orgs_dir, ns=(written, written))  # the removal in that same tick
    assert first_screen(store) == ["Lund"]


def test_the_first_screen_looks_at_no_organisation_file_when_nothing_changed(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    for number in range(40):
        store.create_organisation(f"Kommun {number:02d}")
    first_screen(store)  # the listing after the last change brings the index up to date
    looked_at: list[str] = []
    real_stat = os.stat

    def counting_stat(path: object, *args: object, **kwargs: object) -> os.stat_result:
        looked_at.append(str(path))
        return real_stat(path, *args, **kwargs)  # type: ignore[arg-type]

    def no_parsing(*args: object) -> None:
        raise AssertionError("an organisation file was parsed")

    monkeypatch.setattr(os, "stat", counting_stat)
    monkeypatch.setattr(org_file, "parse_organisation", no_parsing)
    monkeypatch.setattr(store_module, "summary_fields", no_parsing)
    assert len(first_screen(store)) == 40
    assert not [path for path in looked_at if path.endswith("organisation.toml")]
    assert len(looked_at) <= 2, looked_at  # the folder itself, not one per organisation


def test_a_file_edited_in_place_is_listed_as_it_reads_by_a_checking_listing(store: Store) -> None:
    org = store.create_organisation("Lund")
    first_screen(store)
    path = store.orgs_dir / org.slug / "organisation.toml"
    text = path.read_text(encoding="utf-8").replace('name = "Lund"', 'name = "Lunds kommun"')
    with path.open("r+", encoding="utf-8") as file:  # in place, as many editors save
        file.write(text)
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert [o.name for o in Store(store.root).list_organisations()] == ["Lunds kommun"]
    assert first_screen(store) == ["Lunds kommun"]  # the checking listing updated the index


def test_renames_and_archiving_in_the_app_reach_the_first_screen_without_a_check(
    store: Store,
) -> None:
    lund = store.create_organisation("Lund")
    store.create_organisation("Malmö")
    first_screen(store)
    store.rename_organisation(lund.slug, "Öckerö")
    assert first_screen(store) == ["Malmö", "Öckerö"]
    store.archive_organisation(lund.slug)
    assert first_screen(store) == ["Malmö"]
    rows = Store(store.root).organisation_rows(include_archived=True, check_files=False)
    assert [(o.name, o.archived) for o in rows] == [("Malmö", False), ("Öckerö", True)]


@pytest.mark.parametrize(
    "rows",
    [["no tabs at all"], [1, 2], ["a\tb\tc\td\te\tf\tg"]],
    ids=["too few fields", "not strings", "too many fields"],
)
def test_an_index_with_malformed_rows_is_rebuilt_with_a_notice(
    store: Store, rows: list[object]
) -> None:
    store.create_organisation("Lund")
    index = store.orgs_dir / INDEX_NAME
    index.write_text(json.dumps({"version": 3, "entries": {"rows": rows}}), encoding="utf-8")
    fresh = Store(store.root)
    assert [o.name for o in fresh.organisation_rows(check_files=False)] == ["Lund"]
    assert [n.path for n in fresh.take_notices()] == [index]
    assert first_screen(store) == ["Lund"]


def test_names_with_tabs_backslashes_and_newlines_survive_the_index(store: Store) -> None:
    made_outside(store, "udda", "Udda\\\\t namn")  # TOML: a backslash, then "t"
    path = store.orgs_dir / "udda" / "organisation.toml"
    path.write_text('format = 1\nname = "Tab\\there \\\\ and\\nline"\n', encoding="utf-8")
    listed = Store(store.root).list_organisations()
    assert [o.name for o in listed] == ["Tab\there \\ and\nline"]
    assert first_screen(store) == ["Tab\there \\ and\nline"]


def test_runs_of_a_fresh_folder_are_read_from_the_index_alone(
    store: Store, checklist: Checklist, monkeypatch: pytest.MonkeyPatch
) -> None:
    org = store.create_organisation("Lund")
    for day in ("2025-01-01", "2026-01-01", "2024-06-01"):
        store.create_run(org.slug, checklist, date=day)
    assert [r.date for r in store.list_runs(org.slug)] == ["2026-01-01", "2025-01-01", "2024-06-01"]

    def no_parsing(*args: object) -> None:
        raise AssertionError("a run file was parsed")

    from jamtui.storage import run_file

    monkeypatch.setattr(run_file, "parse_run_text", no_parsing)
    rows = Store(store.root).run_rows(org.slug, check_files=False)
    assert [r.date for r in rows] == ["2026-01-01", "2025-01-01", "2024-06-01"]
    assert rows.index_of("2024-06-01-prov") == 2


def test_a_run_added_outside_the_app_shows_without_a_check(
    store: Store, checklist: Checklist
) -> None:
    org = store.create_organisation("Lund")
    run = store.create_run(org.slug, checklist, date="2025-01-01")
    store.list_runs(org.slug)
    path = store.run_path(org.slug, run.id)
    copy = path.read_text(encoding="utf-8").replace(run.id, "2027-02-02-prov")
    copy = copy.replace('date = "2025-01-01"', 'date = "2027-02-02"')
    Path(path.parent, "2027-02-02-prov.toml").write_text(copy, encoding="utf-8")
    rows = Store(store.root).run_rows(org.slug, check_files=False)
    assert [r.id for r in rows] == ["2027-02-02-prov", run.id]


def test_the_background_check_sees_each_kind_of_change_and_nothing_else(store: Store) -> None:
    for name in ("Lund", "Ystad", "Örebro"):
        store.create_organisation(name)
    listing = Store(store.root)
    listing.organisation_rows(check_files=False)
    rows = listing.org_index_rows
    assert rows is not None and len(rows) == 3
    assert not store.organisations_changed(rows)
    path = store.orgs_dir / "lund" / "organisation.toml"
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))  # edited in place
    assert store.organisations_changed(rows)
    listing.organisation_rows(check_files=True)
    rows = listing.org_index_rows
    assert rows is not None and not store.organisations_changed(rows)
    made_outside(store, "ale", "Ale kommun")
    assert store.organisations_changed(rows)
    shutil.rmtree(store.orgs_dir / "ale")
    assert not store.organisations_changed(rows)
    shutil.rmtree(store.orgs_dir / "ystad")
    assert store.organisations_changed(rows)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_rebuilt_index_names_special_organisation_files_by_their_full_path(
    store: Store, tmp_path: Path
) -> None:
    """The rebuild looks files up relative to the open organisations folder; a FIFO or a
    link is still refused unopened, and its row names the file as it is in the data folder."""
    for name in ("Ale", "Bjuv", "Lund"):
        store.create_organisation(name)
    (tmp_path / "elsewhere.toml").write_text('format = 1\nname = "Utanför"\n', encoding="utf-8")
    fifo = store.orgs_dir / "ale" / "organisation.toml"
    link = store.orgs_dir / "bjuv" / "organisation.toml"
    fifo.unlink()
    os.mkfifo(fifo)
    link.unlink()
    link.symlink_to(tmp_path / "elsewhere.toml")
    (store.orgs_dir / INDEX_NAME).unlink(missing_ok=True)
    rows = {o.slug: o for o in Store(store.root).organisation_rows(check_files=False)}
    assert [rows[slug].name for slug in ("ale", "bjuv", "lund")] == ["ale", "bjuv", "Lund"]
    assert str(fifo) in rows["ale"].problem and str(link) in rows["bjuv"].problem
    assert not rows["lund"].problem


def test_writing_a_listing_index_waits_for_no_disk(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An index is a cache: atomic (never read half-written) but not synced to disk; an
    organisation's own file still is."""
    synced: list[int] = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: synced.append(fd) or real_fsync(fd))
    store.create_organisation("Lund")
    assert synced  # the organisation file and its folder
    synced.clear()
    (store.orgs_dir / INDEX_NAME).unlink(missing_ok=True)
    assert first_screen(store) == ["Lund"]
    assert (store.orgs_dir / INDEX_NAME).exists() and not synced


def test_rebuilding_a_runs_index_loads_no_checklist_model(
    store: Store, checklist: Checklist
) -> None:
    """The first screen rebuilds the first organisation's runs index when it is missing;
    reading run files needs the answers, not the checklists (the model is ~10 ms)."""
    import subprocess
    import sys

    org = store.create_organisation("Lund")
    store.create_run(org.slug, checklist, date="2026-01-01")
    (store.orgs_dir / org.slug / "runs" / INDEX_NAME).unlink(missing_ok=True)
    code = (
        "import sys; from pathlib import Path; from jamtui.storage import Store\n"
        "runs = Store(Path(sys.argv[1])).run_rows('lund', check_files=False)\n"
        "print(len(runs), runs[0].answered, 'jamtui.core.model' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(store.root)], capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["1", "0", "False"]
