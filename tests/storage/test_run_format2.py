"""Run file format 2: files written by the format-1 jamtui open, migrate and keep every rating."""

from __future__ import annotations

import hashlib
import shutil
import unicodedata
from pathlib import Path

import pytest

from jamtui.core.answers import ActionRow
from jamtui.core.model import Checklist
from jamtui.core.participants import keep_ids
from jamtui.core.run import Participant
from jamtui.storage import InvalidValueError, Store
from jamtui.storage.run_file import parse_run_text, render_run

DATA = Path(__file__).parent / "data"
RUN_ID = "2026-11-22-prov"
OLD_RATINGS = {"Carina Sennerby": 3, "Nils Berg": 1, "Åsa Lind": "na", "Kim Ek": 2}


def derived(name: str) -> str:
    return "p-" + hashlib.sha256(unicodedata.normalize("NFC", name).encode()).hexdigest()[:8]


def old_store(tmp_path: Path, fixture: str = "v1-ratings-actions.toml") -> tuple[Store, Path]:
    store = Store(tmp_path / "data")
    folder = store.orgs_dir / "malmo-stad"
    (folder / "runs").mkdir(parents=True)
    shutil.copy(DATA / "v1-organisation.toml", folder / "organisation.toml")
    path = folder / "runs" / f"{RUN_ID}.toml"
    shutil.copy(DATA / fixture, path)
    return store, path


@pytest.mark.parametrize("fixture", ["v1-ratings-actions.toml", "v1-hand-edited.toml"])
def test_a_format_1_file_opens_with_every_rating_under_a_derived_id(
    tmp_path: Path, fixture: str
) -> None:
    store, _ = old_store(tmp_path, fixture)
    run = store.load_run("malmo-stad", RUN_ID)
    assert [(p.name, p.id, p.retired) for p in run.participants] == [
        ("Carina Sennerby", derived("Carina Sennerby"), False),
        ("Nils Berg", derived("Nils Berg"), False),
        ("Åsa Lind", derived("Åsa Lind"), False),
        ("Kim Ek", derived("Kim Ek"), True),  # rated, then left the run: kept, retired
    ]
    ratings = run.answers["s.betyg"].ratings
    assert set(ratings) == {derived(name) for name in OLD_RATINGS}
    assert run.named_ratings(ratings) == OLD_RATINGS
    rows = run.answers["s.plan"].actions
    assert rows[0].what == "Boka utbildning för chefer"
    first = hashlib.sha256(
        "s.plan\n0\nBoka utbildning för chefer\nÅsa\n2027-03-01".encode()
    ).hexdigest()[:8]
    assert rows[0].id == f"a-{first}"
    assert len({r.id for r in rows}) == 3
    assert {r.status for r in rows} == {"ej-paborjad"}
    assert rows[2].due == "32026-03-3"  # read as it is; never silently changed
    # Two machines migrating the same old file agree on every id.
    again = store.load_run("malmo-stad", RUN_ID)
    assert [p.id for p in again.participants] == [p.id for p in run.participants]
    assert [r.id for r in again.answers["s.plan"].actions] == [r.id for r in rows]


@pytest.mark.parametrize("fixture", ["v1-ratings-actions.toml", "v1-hand-edited.toml"])
def test_the_next_save_writes_format_2_and_a_rename_keeps_every_rating(
    tmp_path: Path, checklist: Checklist, fixture: str
) -> None:
    store, path = old_store(tmp_path, fixture)
    with store.open_run("malmo-stad", RUN_ID, checklist) as session:
        assert path.read_text(encoding="utf-8").startswith("format = 1")  # reading never writes
        session.set_note("s.fraga", "Enades snabbt, efter samtal")
    text = path.read_text(encoding="utf-8")
    assert "format = 2" in text and "format = 1" not in text
    assert '"Carina Sennerby" =' not in text  # ratings keyed by id, never by name
    assert (
        f'"{derived("Carina Sennerby")}" = 3' in text or f"{derived('Carina Sennerby')} = 3" in text
    )
    if fixture == "v1-hand-edited.toml":
        assert "# Deltagare enligt kallelsen" in text and "# enades efter samtal" in text

    # Rename the way the details dialog does: the edited lines, ids kept by keep_ids.
    with store.open_run("malmo-stad", RUN_ID, checklist) as session:
        run = session.run
        edited = [Participant(p.name, p.role) for p in run.active_participants]
        edited[0] = Participant("Carina Sennerby-Ek", "strateg")
        session.update_details(participants=keep_ids(run.active_participants, edited))
    run = store.load_run("malmo-stad", RUN_ID)
    expected = dict(OLD_RATINGS)
    expected["Carina Sennerby-Ek"] = expected.pop("Carina Sennerby")
    assert run.named_ratings(run.answers["s.betyg"].ratings) == expected
    assert [p.name for p in run.participants].count("Carina Sennerby") == 0
    assert run.participant("Carina Sennerby-Ek").id == derived("Carina Sennerby")  # type: ignore[union-attr]


def test_format_2_round_trips_and_leaves_defaults_out(
    store: Store, checklist: Checklist, tmp_path: Path
) -> None:
    org = store.create_organisation("Lund")
    run = store.create_run(
        org.slug,
        checklist,
        date="2026-12-01",
        participants=[Participant("Åsa"), Participant("Nils")],
    )
    with store.open_run(org.slug, run.id, checklist) as session:
        session.set_rating("s.betyg", "Åsa", 2)
        session.set_revealed("s.betyg")
        session.set_internal_note("s.betyg", "Bara för oss")
        session.set_actions(
            "s.plan",
            [
                ActionRow("Boka", "Åsa", "1/3 2027", status="pagar", comment="Väntar på lokal"),
                ActionRow("Halvskriven", draft=True),
            ],
        )
        session.set_last_item("s.plan")
        session.save_position()
        path = session.path
    text = path.read_text(encoding="utf-8")
    for absent in ("retired", "draft = false", "revealed = false", "person =", 'comment = ""'):
        assert absent not in text
    loaded = store.load_run(org.slug, run.id)
    answer = loaded.answers["s.betyg"]
    assert answer.revealed and answer.internal_note == "Bara för oss"
    assert loaded.named_ratings(answer.ratings) == {"Åsa": 2}
    rows = loaded.answers["s.plan"].actions
    assert [(r.due, r.status, r.comment, r.draft) for r in rows] == [
        ("2027-03-01", "pagar", "Väntar på lokal", False),
        ("", "ej-paborjad", "", True),
    ]
    assert all(r.id.startswith("a-") and len(r.id) == 10 for r in rows)
    assert loaded.last_item == "s.plan"
    assert render_run(parse_run_text(path, text)) == text  # byte-stable


def test_saving_only_the_position_does_not_change_updated(
    store: Store, checklist: Checklist
) -> None:
    org = store.create_organisation("Lund")
    run = store.create_run(org.slug, checklist, date="2026-12-01")
    with store.open_run(org.slug, run.id, checklist) as session:
        session.set_note("s.fraga", "x")
        updated = session.run.updated_at
        session.set_last_item("s.betyg")
        assert store.load_run(org.slug, run.id).last_item == ""  # no write per move
        session.save_position()
    loaded = store.load_run(org.slug, run.id)
    assert loaded.last_item == "s.betyg" and loaded.updated_at == updated


def test_action_dates_are_real_dates(store: Store, checklist: Checklist) -> None:
    org = store.create_organisation("Lund")
    run = store.create_run(org.slug, checklist, date="2026-12-01")
    with store.open_run(org.slug, run.id, checklist) as session:
        with pytest.raises(InvalidValueError, match="32026-03-3"):
            session.set_actions("s.plan", [ActionRow("Boka", due="32026-03-3")])
        session.set_actions("s.plan", [ActionRow("Boka", due="1 mars 2027")])
        assert session.answer("s.plan").actions[0].due == "2027-03-01"


def test_an_old_odd_date_survives_editing_another_field(
    tmp_path: Path, checklist: Checklist
) -> None:
    store, _ = old_store(tmp_path)
    with store.open_run("malmo-stad", RUN_ID, checklist) as session:
        rows = session.answer("s.plan").actions
        from dataclasses import replace

        session.set_actions("s.plan", [replace(rows[0], status="klar"), *rows[1:]])
        assert session.answer("s.plan").actions[2].due == "32026-03-3"


def test_removing_a_participant_keeps_their_ratings_as_retired(
    store: Store, checklist: Checklist
) -> None:
    org = store.create_organisation("Lund")
    run = store.create_run(
        org.slug,
        checklist,
        participants=[Participant("Åsa"), Participant("Nils"), Participant("Kim")],
    )
    with store.open_run(org.slug, run.id, checklist) as session:
        session.set_rating("s.betyg", "Nils", 3)
        nils = session.run.participant("Nils")
        assert nils is not None
        kept = [p for p in session.run.participants if p.name == "Åsa"]
        session.update_details(participants=kept)
        assert [(p.name, p.retired) for p in session.run.participants] == [
            ("Åsa", False),
            ("Nils", True),  # has a rating: kept as retired; Kim had none and is gone
        ]
        with pytest.raises(InvalidValueError, match="inte längre med"):
            session.set_rating("s.betyg", "Nils", 2)
        # Adding the name again brings the same person (and their rating) back.
        session.update_details(participants=[*kept, Participant("Nils")])
        assert session.run.participant("Nils") == nils
    loaded = store.load_run(org.slug, run.id)
    assert loaded.named_ratings(loaded.answers["s.betyg"].ratings) == {"Nils": 3}


def test_a_rating_by_id_or_by_name_lands_on_the_same_person(
    store: Store, checklist: Checklist
) -> None:
    org = store.create_organisation("Lund")
    run = store.create_run(org.slug, checklist, participants=[Participant("Åsa")])
    with store.open_run(org.slug, run.id, checklist) as session:
        pid = session.run.active_participants[0].id
        session.set_rating("s.betyg", pid, 1)
        session.set_rating("s.betyg", "A\u030asa", 2)
        assert session.answer("s.betyg").ratings == {pid: 2}
