"""Arbitrary notes and names survive save and load unchanged (hypothesis)."""

from __future__ import annotations

import tempfile
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jamtui.core.names import name_problem
from jamtui.core.run import ItemAnswer, Participant
from jamtui.storage import InvalidValueError, Store
from tests.properties import examples
from tests.storage.conftest import make_checklist

CHECKLIST = make_checklist()

notes = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)),
    max_size=300,
).map(lambda s: unicodedata.normalize("NFC", s))
tricky = st.sampled_from(
    ['"""', "'''", "\\", '\\"', "\n", "\r\n", "\x00", "\x1b[31m", "\t", "\u2028"]
)
mixed = (
    st.lists(st.one_of(notes, tricky), max_size=8)
    .map("".join)
    .map(lambda s: unicodedata.normalize("NFC", s))
)


@settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(note=mixed, dissent=mixed, name=mixed.filter(lambda s: s.strip() != ""))
def test_notes_and_names_round_trip(note: str, dissent: str, name: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp))
        clean = unicodedata.normalize("NFC", name).strip()
        if name_problem(clean) is not None:
            # Not one line of plain text: refused with a message, nothing written.
            with pytest.raises(InvalidValueError):
                store.create_organisation(name)
            assert not store.orgs_dir.exists() or not any(store.orgs_dir.iterdir())
            name = "Lund"
        org = store.create_organisation(name)
        assert store.get_organisation(org.slug).name == unicodedata.normalize("NFC", name).strip()
        run = store.create_run(org.slug, CHECKLIST, participants=[Participant("Åsa")])
        with store.open_run(org.slug, run.id, CHECKLIST) as session:
            session.set_note("s.fritext", note)
            session.set_value("s.fritext", note or "x")
            session.set_dissent("s.betyg", dissent)
        again = store.load_run(org.slug, run.id)
        assert again.answers["s.fritext"].note == note
        assert again.answers["s.fritext"].value == (note or "x")
        assert again.answers.get("s.betyg") is None or again.answers["s.betyg"].dissent == dissent


@settings(max_examples=examples(100), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(note=mixed, dissent=mixed)
def test_notes_round_trip_through_a_hand_edited_file(note: str, dissent: str) -> None:
    """A file with a person's comment is saved through tomlkit; text must survive that too."""
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp))
        org = store.create_organisation("Lund")
        run = store.create_run(org.slug, CHECKLIST, participants=[Participant("Åsa")])
        path = store.orgs_dir / org.slug / "runs" / f"{run.id}.toml"
        path.write_text("# handskriven\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
        with store.open_run(org.slug, run.id, CHECKLIST) as session:
            session.set_note("s.fritext", "först")
            session.set_note("s.fritext", note)
            session.set_dissent("s.betyg", dissent)
        again = store.load_run(org.slug, run.id)
        assert again.answers.get("s.fritext", ItemAnswer()).note == note
        assert again.answers.get("s.betyg", ItemAnswer()).dissent == dissent
        assert path.read_text(encoding="utf-8").startswith("# handskriven\n")
