"""Hostile files and input: every problem is one clear error naming the file, nothing is lost."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from jamtui.core.model import Checklist
from jamtui.core.run import Participant
from jamtui.storage import CorruptFileError, InvalidValueError, NotFoundError, Store


def _run_path(store: Store, slug: str, run_id: str) -> Path:
    return store.orgs_dir / slug / "runs" / f"{run_id}.toml"


def test_syntax_error_at_the_end_of_the_file_names_the_last_line(
    store: Store, checklist: Checklist
) -> None:
    org = store.create_organisation("Lund")
    run = store.create_run(org.slug, checklist)
    path = _run_path(store, org.slug, run.id)
    text = path.read_text(encoding="utf-8") + "extra = [\n"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CorruptFileError) as caught:
        store.load_run(org.slug, run.id)
    assert caught.value.line == text.count("\n") + 1
    assert f"{path}:{caught.value.line}:" in str(caught.value)


def test_a_deeply_nested_run_file_is_reported_not_a_crash(
    store: Store, checklist: Checklist
) -> None:
    org = store.create_organisation("Lund")
    run = store.create_run(org.slug, checklist)
    other = store.create_run(org.slug, checklist)
    path = _run_path(store, org.slug, run.id)
    path.write_text(
        path.read_text(encoding="utf-8") + "x = " + "[" * 100_000 + "]" * 100_000 + "\n",
        encoding="utf-8",
    )
    before = path.read_bytes()
    with pytest.raises(CorruptFileError, match="för djupt nästlad"):
        store.open_run(org.slug, run.id, checklist)
    listed = {r.id: r for r in store.list_runs(org.slug)}
    assert "för djupt nästlad" in listed[run.id].problem
    assert listed[other.id].problem == ""
    assert [p.path for p in store.problems()] == [path]
    assert path.read_bytes() == before


def test_a_file_that_is_not_utf8_is_named_in_listing_doctor_and_open(
    store: Store, checklist: Checklist
) -> None:
    org = store.create_organisation("Lund")
    run = store.create_run(org.slug, checklist)
    path = _run_path(store, org.slug, run.id)
    path.write_bytes(b'format = 1\nid = "\xff\xfe"\n')
    with pytest.raises(CorruptFileError) as caught:
        store.open_run(org.slug, run.id, checklist)
    assert str(path) in str(caught.value) and "inte UTF-8" in str(caught.value)
    (summary,) = store.list_runs(org.slug)
    assert str(path) in summary.problem and "inte UTF-8" in summary.problem
    (problem,) = store.problems()
    assert problem.path == path and "inte UTF-8" in problem.message
    assert path.read_bytes() == b'format = 1\nid = "\xff\xfe"\n'


def test_a_byte_order_mark_from_a_windows_editor_is_accepted(
    store: Store, checklist: Checklist
) -> None:
    org = store.create_organisation("Lund")
    run = store.create_run(org.slug, checklist)
    for path in (
        _run_path(store, org.slug, run.id),
        store.orgs_dir / org.slug / "organisation.toml",
    ):
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert store.get_organisation(org.slug).name == "Lund"
    assert store.list_organisations()[0].problem == ""
    assert store.list_runs(org.slug)[0].problem == ""
    with store.open_run(org.slug, run.id, checklist) as session:
        session.set_value("s.fraga", "ja")
    assert store.load_run(org.slug, run.id).answers["s.fraga"].value == "ja"
    assert store.problems() == []


def test_a_participant_name_used_twice_is_refused(store: Store, checklist: Checklist) -> None:
    org = store.create_organisation("Lund")
    with pytest.raises(InvalidValueError, match='"Åsa" finns redan'):
        store.create_run(
            org.slug, checklist, participants=[Participant("Åsa"), Participant("Åsa ")]
        )
    assert store.list_runs(org.slug) == []
    run = store.create_run(org.slug, checklist, participants=[Participant("Åsa")])
    path = _run_path(store, org.slug, run.id)
    with store.open_run(org.slug, run.id, checklist) as session:
        before = path.read_bytes()
        with pytest.raises(InvalidValueError, match='"Nils" finns redan'):
            session.update_details(
                facilitator="Karin",
                participants=[Participant("Nils"), Participant("Åsa"), Participant("Nils", "chef")],
            )
        assert path.read_bytes() == before
        assert session.run.facilitator == ""
        assert [p.name for p in session.run.participants] == ["Åsa"]


def test_an_exact_name_shared_by_two_organisations_is_ambiguous(store: Store) -> None:
    first = store.create_organisation("Lund")
    second = store.create_organisation("Lund")
    assert first.slug != second.slug
    with pytest.raises(InvalidValueError, match='flera organisationer heter "Lund"'):
        store.resolve_slug("Lund")
    assert store.resolve_slug(second.slug) == second.slug
    with pytest.raises(NotFoundError):
        store.resolve_slug("Ystad")


def test_a_new_run_file_is_written_whole_or_not_at_all(
    store: Store, checklist: Checklist, monkeypatch: pytest.MonkeyPatch
) -> None:
    org = store.create_organisation("Lund")
    runs = store.orgs_dir / org.slug / "runs"

    def crash(src: object, dst: object) -> None:
        raise KeyboardInterrupt  # the process dies between writing and naming the file

    monkeypatch.setattr(os, "link", crash)
    with pytest.raises(KeyboardInterrupt):
        store.create_run(org.slug, checklist, date="2026-01-01")
    monkeypatch.undo()
    assert [p.name for p in runs.iterdir() if p.suffix == ".toml"] == []
    run = store.create_run(org.slug, checklist, date="2026-01-01")
    assert run.id == "2026-01-01-prov"
    assert store.problems() == []


def test_an_existing_run_file_is_never_replaced_by_a_new_run(
    store: Store, checklist: Checklist
) -> None:
    org = store.create_organisation("Lund")
    first = store.create_run(org.slug, checklist, date="2026-01-01")
    path = _run_path(store, org.slug, first.id)
    path.write_text(path.read_text(encoding="utf-8") + "# handskriven rad\n", encoding="utf-8")
    before = path.read_bytes()
    second = store.create_run(org.slug, checklist, date="2026-01-01")
    assert second.id == "2026-01-01-prov-2"
    assert path.read_bytes() == before


def test_delete_after_an_interrupted_delete(store: Store, checklist: Checklist) -> None:
    org = store.create_organisation("Lund")
    store.create_run(org.slug, checklist)
    leftover = store.orgs_dir / f".deleting-{org.slug}"
    (leftover / "runs").mkdir(parents=True)
    (leftover / "runs" / "gammal.toml").write_text("x = 1\n", encoding="utf-8")
    store.delete_organisation(org.slug)
    assert not (store.orgs_dir / org.slug).exists()
    assert store.list_organisations(include_archived=True) == []


def test_doctor_reports_a_data_folder_that_is_a_file(tmp_path: Path) -> None:
    target = tmp_path / "inte-en-mapp"
    target.write_text("", encoding="utf-8")
    (problem,) = Store(target).problems()
    assert problem.path == target and "inte en mapp" in problem.message


def test_clearing_answers_in_a_hand_edited_file_stays_cleared(
    store: Store, checklist: Checklist
) -> None:
    org = store.create_organisation("Lund")
    run = store.create_run(org.slug, checklist, participants=[Participant("Åsa")])
    path = _run_path(store, org.slug, run.id)
    with store.open_run(org.slug, run.id, checklist) as session:
        session.set_value("s.fraga", "ja")
        session.set_note("s.fraga", "gammal anteckning")
        session.set_rating("s.betyg", "Åsa", 2)
        session.set_note("s.fritext", "ska stå kvar")
    path.write_text("# Min kommentar överst\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    with store.open_run(org.slug, run.id, checklist) as session:
        session.set_value("s.fraga", None)
        session.set_note("s.fraga", "")
        session.set_rating("s.betyg", "Åsa", None)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Min kommentar överst\n")
    again = store.load_run(org.slug, run.id)
    assert set(again.answers) == {"s.fritext"}
    assert again.answers["s.fritext"].note == "ska stå kvar"
    with store.open_run(org.slug, run.id, checklist) as session:
        session.set_note("s.fritext", "")
    assert store.load_run(org.slug, run.id).answers == {}
    assert path.read_text(encoding="utf-8").startswith("# Min kommentar överst\n")
