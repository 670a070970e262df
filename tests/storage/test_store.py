"""Organisations and runs: round trips, names, listing, hand edits, corrupt files, drift."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from jamtui.core.answers import ActionRow
from jamtui.core.model import Checklist
from jamtui.core.run import Participant, RunStatus
from jamtui.storage import (
    CorruptFileError,
    InvalidValueError,
    NotFoundError,
    ReadOnlyError,
    Store,
)
from tests.storage.conftest import make_checklist


def test_answers_notes_ratings_and_actions_survive_reopening(
    store: Store, checklist: Checklist
) -> None:
    org = store.create_organisation("Malmö stad", units=["Vård och omsorg"])
    run = store.create_run(
        org.slug,
        checklist,
        date="2026-03-01",
        participants=[Participant("Åsa", "strateg"), Participant("Nils")],
    )
    with store.open_run(org.slug, run.id, checklist) as session:
        session.set_value("s.fraga", "ja")
        session.set_value("s.betyg", 2)
        session.set_rating("s.betyg", "Åsa", 3)
        session.set_rating("s.betyg", "Nils", 1)
        session.set_dissent("s.betyg", "Nils tycker att vi är sämre.")
        session.set_value("s.metoder", ["a", "b"])
        session.set_note("s.fraga", "Första raden\nandra raden")
        session.set_actions("s.plan", [ActionRow("Ta fram statistik", "Åsa", "2026-06-30")])
    again = store.load_run(org.slug, run.id)
    assert again.answers["s.fraga"].value == "ja"
    assert again.answers["s.fraga"].note == "Första raden\nandra raden"
    assert again.named_ratings(again.answers["s.betyg"].ratings) == {"Åsa": 3, "Nils": 1}
    assert again.answers["s.betyg"].dissent == "Nils tycker att vi är sämre."
    assert again.answers["s.metoder"].value == ("a", "b")
    (row,) = again.answers["s.plan"].actions
    assert (row.what, row.who, row.due, row.status) == (
        "Ta fram statistik",
        "Åsa",
        "2026-06-30",
        "ej-paborjad",
    )
    assert [(p.name, p.role) for p in again.participants] == [("Åsa", "strateg"), ("Nils", "")]
    assert all(re.fullmatch(r"p-[0-9a-f]{8}", p.id) for p in again.participants)
    assert again.answers["s.fraga"].answered_at


def test_several_runs_of_the_same_checklist_get_distinct_ids(
    store: Store, checklist: Checklist
) -> None:
    org = store.create_organisation("Lund")
    first = store.create_run(org.slug, checklist, date="2025-10-01")
    second = store.create_run(org.slug, checklist, date="2026-10-01")
    third = store.create_run(org.slug, checklist, date="2026-10-01")
    assert [r.id for r in store.list_runs(org.slug)] == [third.id, second.id, first.id]
    assert len({first.id, second.id, third.id}) == 3


def test_bad_values_are_refused_and_nothing_is_written(store: Store, checklist: Checklist) -> None:
    org = store.create_organisation("Lund")
    run = store.create_run(org.slug, checklist)
    path = store.orgs_dir / org.slug / "runs" / f"{run.id}.toml"
    before = path.read_bytes()
    with store.open_run(org.slug, run.id, checklist) as session:
        with pytest.raises(InvalidValueError, match="värdet finns inte på skalan"):
            session.set_value("s.betyg", 7)
        with pytest.raises(InvalidValueError, match="ingen fråga"):
            session.set_value("s.finns-inte", "ja")
        with pytest.raises(InvalidValueError, match="svara ja eller nej"):
            session.set_value("s.fraga", "kanske")
        with pytest.raises(InvalidValueError, match="inte deltagare"):
            session.set_rating("s.betyg", "Okänd", 2)
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    "name",
    [
        "../../etc/passwd",
        "a/b\\c",
        "..",
        ".dold",
        "nul\x00tecken och \x1b[31mfärg",
        "🎉 Jämställdhetsrådet 🎉",
        "Åre, Älvdalen & Örebro",
        "x" * 500,
        "CON",
        "   ",
    ],
)
def test_odd_names_make_safe_folders_and_keep_the_display_name(store: Store, name: str) -> None:
    if not name.strip():
        with pytest.raises(InvalidValueError):
            store.create_organisation(name)
        return
    org = store.create_organisation(name)
    folder = (store.orgs_dir / org.slug).resolve()
    assert folder.parent == store.orgs_dir.resolve()
    assert org.slug.isascii() and not org.slug.startswith(".") and org.slug not in ("..", "con")
    assert len(org.slug) <= 60
    assert store.get_organisation(org.slug).name == name.strip()


def test_names_that_collide_after_slugging_get_distinct_folders(store: Store) -> None:
    names = ["Malmö stad", "Malmo stad", "MALMÖ STAD", "malmö/stad"]
    slugs = [store.create_organisation(name).slug for name in names]
    assert len(set(slugs)) == 4
    assert sorted(o.name for o in store.list_organisations()) == sorted(names)


def test_list_is_in_swedish_order(store: Store) -> None:
    for name in ["Östersund", "Ale", "Åre", "Ängelholm", "Zinkgruvan", "örkelljunga", "Borås"]:
        store.create_organisation(name)
    assert [o.name for o in store.list_organisations()] == [
        "Ale",
        "Borås",
        "Zinkgruvan",
        "Åre",
        "Ängelholm",
        "örkelljunga",
        "Östersund",
    ]


def test_rename_keeps_the_slug_archive_hides_and_delete_removes_everything(
    store: Store, checklist: Checklist
) -> None:
    org = store.create_organisation("Region Gävleborg")
    store.create_run(org.slug, checklist)
    renamed = store.rename_organisation(org.slug, "Region Gävleborg (hälso- och sjukvård)")
    assert renamed.slug == org.slug
    assert store.list_organisations()[0].name == "Region Gävleborg (hälso- och sjukvård)"
    store.archive_organisation(org.slug)
    assert store.list_organisations() == []
    assert store.list_organisations(include_archived=True)[0].archived
    store.delete_organisation(org.slug)
    assert not (store.orgs_dir / org.slug).exists()
    assert store.list_organisations(include_archived=True) == []
    with pytest.raises(NotFoundError):
        store.get_organisation(org.slug)


def test_organisation_can_be_found_by_exact_name(store: Store) -> None:
    org = store.create_organisation("Kommun [bold]X[/]")
    assert store.resolve_slug("Kommun [bold]X[/]") == org.slug
    with pytest.raises(NotFoundError, match="ingen organisation"):
        store.resolve_slug("Kommun")


def test_hand_added_comments_survive_later_saves(store: Store, checklist: Checklist) -> None:
    org = store.create_organisation("Lund")
    run = store.create_run(org.slug, checklist)
    path = store.orgs_dir / org.slug / "runs" / f"{run.id}.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        "# Anteckning av Åsa: körningen gjordes på distans\n"
        + text.replace('status = "draft"', 'status = "draft"  # ändras vid slutförande'),
        encoding="utf-8",
    )
    with store.open_run(org.slug, run.id, checklist) as session:
        session.set_value("s.fraga", "nej")
        session.set_note("s.fraga", "Motivering\npå två rader")
        session.set_value("s.fraga", "ja")
    saved = path.read_text(encoding="utf-8")
    assert saved.startswith("# Anteckning av Åsa: körningen gjordes på distans\n")
    assert "# ändras vid slutförande" in saved
    again = store.load_run(org.slug, run.id)
    assert again.answers["s.fraga"].value == "ja"
    assert again.answers["s.fraga"].note == "Motivering\npå två rader"


CORRUPTIONS = {
    "syntax": ('status = "draft"', 'status = "draft'),
    "wrong type": ('date = "', 'date = 2026 # "'),
    "unknown status": ('status = "draft"', 'status = "klar"'),
    "newer format": ("format = 2", "format = 99"),
}


@pytest.mark.parametrize("kind", list(CORRUPTIONS))
def test_corrupt_run_files_are_reported_with_line_and_never_overwritten(
    store: Store, checklist: Checklist, kind: str
) -> None:
    org = store.create_organisation("Lund")
    run = store.create_run(org.slug, checklist, date="2026-01-01")
    other = store.create_organisation("Ystad")
    store.create_run(other.slug, checklist)
    path = store.orgs_dir / org.slug / "runs" / f"{run.id}.toml"
    old, new = CORRUPTIONS[kind]
    broken = path.read_text(encoding="utf-8").replace(old, new, 1)
    path.write_text(broken, encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(CorruptFileError) as caught:
        store.open_run(org.slug, run.id, checklist)
    message = str(caught.value)
    assert str(path) in message
    assert caught.value.line is not None and f":{caught.value.line}:" in message
    assert "ändras inte" in message
    summaries = store.list_runs(org.slug)
    assert summaries[0].problem
    assert [o.name for o in store.list_organisations()] == ["Lund", "Ystad"]
    assert store.list_runs(other.slug)[0].problem == ""
    assert [p.path for p in store.problems()] == [path]
    assert path.read_bytes() == before
    assert not (path.parent / f".{run.id}.lock").exists()


def test_corrupt_organisation_file_is_listed_by_folder_and_reported(store: Store) -> None:
    org = store.create_organisation("Lund")
    store.create_organisation("Ystad")
    path = store.orgs_dir / org.slug / "organisation.toml"
    path.write_text('format = 1\nname = "Lund\n', encoding="utf-8")
    orgs = store.list_organisations()
    assert [o.name for o in orgs] == ["lund", "Ystad"]
    assert "TOML" in orgs[0].problem
    (problem,) = store.problems()
    assert problem.path == path and problem.line == 2


def test_listing_sees_hand_edits_without_reparsing_everything(
    store: Store, checklist: Checklist
) -> None:
    org = store.create_organisation("Lund")
    run = store.create_run(org.slug, checklist, date="2026-01-01")
    assert store.list_runs(org.slug)[0].status == "draft"
    path = store.orgs_dir / org.slug / "runs" / f"{run.id}.toml"
    text = path.read_text(encoding="utf-8").replace('unit = ""', 'unit = "Kultur och fritid"')
    path.write_text(text, encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert store.list_runs(org.slug)[0].unit == "Kultur och fritid"
    (store.orgs_dir / org.slug / "runs" / ".index.json").write_text("{trasig", encoding="utf-8")
    assert store.list_runs(org.slug)[0].unit == "Kultur och fritid"


def test_finalized_runs_are_read_only_until_reopened(store: Store, checklist: Checklist) -> None:
    org = store.create_organisation("Lund")
    run = store.create_run(org.slug, checklist)
    with store.open_run(org.slug, run.id, checklist) as session:
        session.set_value("s.fraga", "ja")
        session.finalize(by="Åsa")
        assert session.read_only
        with pytest.raises(ReadOnlyError, match="slutförd"):
            session.set_value("s.fraga", "nej")
        with pytest.raises(InvalidValueError, match="skäl"):
            session.reopen("Åsa", "  ")
        session.reopen("Åsa", "Nya uppgifter om budgeten")
        session.set_value("s.fraga", "nej")
    again = store.load_run(org.slug, run.id)
    assert again.status is RunStatus.REOPENED
    assert [(h.status, h.by, h.reason) for h in again.history] == [
        (RunStatus.FINALIZED, "Åsa", ""),
        (RunStatus.REOPENED, "Åsa", "Nya uppgifter om budgeten"),
    ]
    assert all(h.at for h in again.history)


V2 = """format = 1
id = "prov"
version = "2"
title = "Provlista"

[scales.grad]
levels = [{ value = 1, label = "Lite" }, { value = 2, label = "Något" }, { value = 3, label = "Mycket" }]

[[sections]]
id = "s"
title = "Avsnitt"

[[sections.items]]
id = "fraga"
type = "yesno"
text = "Berör beslutet kvinnor och män?"

[[sections.items]]
id = "betyg2"
type = "scale"
scale = "grad"
text = "Hur långt har ni kommit (ny lydelse)?"
replaces = ["s.betyg"]

[[sections.items]]
id = "tillagd"
type = "text"
text = "Helt ny fråga"
"""


def test_version_drift_keeps_retired_answers_and_carries_replaced_ones(store: Store) -> None:
    from jamtui.catalog.loader import load_checklist_text

    old = make_checklist(version="1")
    org = store.create_organisation("Lund")
    run = store.create_run(org.slug, old)
    with store.open_run(org.slug, run.id, old) as session:
        session.set_value("s.fraga", "ja")
        session.set_value("s.betyg", 3)
        session.set_note("s.fritext", "gammal anteckning")
    newer = load_checklist_text(V2, "v2.toml").checklist
    assert newer is not None
    with store.open_run(org.slug, run.id, newer) as session:
        assert set(session.retired) == {"s.fritext"}
        assert session.retired["s.fritext"].note == "gammal anteckning"
        assert session.answer("s.betyg2").value == 3
        assert session.answer("s.tillagd").value is None
        session.set_value("s.fraga", "nej")
    kept = store.load_run(org.slug, run.id)
    assert kept.answers["s.fritext"].note == "gammal anteckning"
    assert kept.answers["s.betyg"].value == 3
    assert kept.answers["s.betyg2"].value == 3


def test_failed_save_keeps_the_change_in_memory_and_reports_it(
    store: Store, checklist: Checklist, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from jamtui.storage import StorageError
    from jamtui.storage import session as session_module

    org = store.create_organisation("Lund")
    run = store.create_run(org.slug, checklist)
    session = store.open_run(org.slug, run.id, checklist)
    real_write = session_module.write_text_atomic

    def disk_full(path: Path, text: str) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(session_module, "write_text_atomic", disk_full)
    with pytest.raises(StorageError, match="No space left on device"):
        session.set_note("s.fritext", "viktig text")
    assert session.answer("s.fritext").note == "viktig text"
    monkeypatch.setattr(session_module, "write_text_atomic", real_write)
    session.set_value("s.fraga", "ja")
    assert store.load_run(org.slug, run.id).answers["s.fritext"].note == "viktig text"
    session.close()


def test_failed_save_when_the_folder_is_gone(store: Store, checklist: Checklist) -> None:
    import shutil

    from jamtui.storage import StorageError

    org = store.create_organisation("Lund")
    run = store.create_run(org.slug, checklist)
    session = store.open_run(org.slug, run.id, checklist)
    shutil.rmtree(store.orgs_dir / org.slug)
    with pytest.raises(StorageError):
        session.set_note("s.fritext", "text som inte får försvinna")
    assert session.answer("s.fritext").note == "text som inte får försvinna"


def test_batch_writes_once_at_the_end(store: Store, checklist: Checklist) -> None:
    org = store.create_organisation("Lund")
    run = store.create_run(org.slug, checklist)
    path = store.orgs_dir / org.slug / "runs" / f"{run.id}.toml"
    with store.open_run(org.slug, run.id, checklist) as session:
        before = path.read_bytes()
        with session.batch():
            session.set_value("s.fraga", "ja")
            session.set_note("s.fraga", "inom batch")
            assert path.read_bytes() == before
        assert "inom batch" in path.read_text(encoding="utf-8")
