"""Saves re-render only what changed, and write what a full render of the run would."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from jamtui.core.answers import ActionRow
from jamtui.core.model import Checklist
from jamtui.core.run import Participant
from jamtui.core.toml_reader import parse_toml
from jamtui.storage import RunSession, Store
from jamtui.storage.run_file import render_preserving, render_run

COMMENT = "# Stämt av med förvaltningen i telefon (Åsa)"

Change = Callable[[RunSession, int], None]

CHANGES: list[Change] = [
    lambda s, n: s.set_value("s.fraga", "ja" if n % 2 else "nej"),
    lambda s, n: s.set_note("s.fraga", f"Anteckning {n}\nrad två"),
    lambda s, n: s.set_rating("s.betyg", "Åsa", 1 + n % 3),
    lambda s, n: s.set_value("s.metoder", ["a", "b"] if n % 2 else ["b"]),
    lambda s, n: s.set_actions("s.plan", [ActionRow(f"Åtgärd {n}", "Nils", "2027-03-01")]),
    lambda s, n: s.set_note("s.fritext", "" if n % 3 == 0 else f"Fritext {n}"),
    lambda s, n: s.set_value("s.fraga", None),
    lambda s, n: s.update_details(unit=f"Enhet {n % 2}"),
    lambda s, n: s.set_internal_note("s.betyg", f"Internt {n}"),
    lambda s, n: s.set_rating("s.betyg", "Åsa", None),
]


def _open(store: Store, checklist: Checklist, hand_edited: bool) -> tuple[RunSession, Path]:
    org = store.create_organisation("Lund")
    run = store.create_run(org.slug, checklist, participants=[Participant("Åsa")])
    path = store.run_path(org.slug, run.id)
    with store.open_run(org.slug, run.id, checklist) as session:
        session.set_value("s.fraga", "ja")
        session.set_note("s.fritext", "ska stå kvar")
    if hand_edited:
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("\n[answers.", f"\n{COMMENT}\n[answers.", 1), encoding="utf-8")
    return store.open_run(org.slug, run.id, checklist), path


def test_every_save_of_a_file_jamtui_wrote_is_the_full_canonical_text(
    store: Store, checklist: Checklist
) -> None:
    session, path = _open(store, checklist, hand_edited=False)
    with session:
        for n in range(40):
            CHANGES[n % len(CHANGES)](session, n)
            assert path.read_text(encoding="utf-8") == render_run(session.run)
    again = store.load_run(session.run.organisation, session.run.id)
    assert again.answers == session.run.answers


def test_a_hand_edited_comment_survives_many_saves_and_each_save_matches_a_full_merge(
    store: Store, checklist: Checklist
) -> None:
    session, path = _open(store, checklist, hand_edited=True)
    before = path.read_text(encoding="utf-8")
    with session:
        for n in range(40):
            CHANGES[n % len(CHANGES)](session, n)
            saved = path.read_text(encoding="utf-8")
            assert COMMENT in saved
            # What merging the whole run into the text on disk (re-parsed) gives; tomlkit
            # may place a blank line differently in a document it keeps than in one it reads.
            assert parse_toml(saved) == parse_toml(render_preserving(before, session.run))
            before = saved
        session.finalize(by="Karin")
    assert COMMENT in path.read_text(encoding="utf-8")
    again = store.load_run(session.run.organisation, session.run.id)
    assert again.answers == session.run.answers
    assert again.status.value == "finalized" and again.unit == session.run.unit


def test_clearing_every_answer_of_a_hand_edited_file_and_answering_again(
    store: Store, checklist: Checklist
) -> None:
    session, path = _open(store, checklist, hand_edited=True)
    before = path.read_text(encoding="utf-8")
    with session:
        session.set_value("s.fraga", None)
        session.set_note("s.fritext", "")
        assert all(answer.is_empty() for answer in session.run.answers.values())
        saved = path.read_text(encoding="utf-8")
        assert "[answers" not in saved and COMMENT in saved
        assert parse_toml(saved) == parse_toml(render_preserving(before, session.run))
        session.set_value("s.fraga", "nej")
        again = path.read_text(encoding="utf-8")
        assert parse_toml(again) == parse_toml(render_preserving(saved, session.run))
    assert store.load_run(session.run.organisation, session.run.id).answers["s.fraga"].value == (
        "nej"
    )
