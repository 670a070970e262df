"""Hand-edited run files saved answer by answer: what a person wrote by hand stays."""

from __future__ import annotations

from pathlib import Path

import pytest

from jamtui.core.model import Checklist
from jamtui.core.run import Participant
from jamtui.core.toml_reader import parse_toml
from jamtui.storage import Store
from jamtui.storage.run_file import render_preserving
from jamtui.storage.run_segments import Segments


def made(store: Store, checklist: Checklist) -> tuple[str, str, Path]:
    org = store.create_organisation("Lund")
    run = store.create_run(org.slug, checklist, participants=[Participant("Åsa")])
    with store.open_run(org.slug, run.id, checklist) as session:
        session.set_value("s.fraga", "ja")
        session.set_note("s.fritext", "ska stå kvar")
    return org.slug, run.id, store.run_path(org.slug, run.id)


def test_a_comment_inside_an_answer_survives_changes_to_that_answer(
    store: Store, checklist: Checklist
) -> None:
    slug, run_id, path = made(store, checklist)
    text = path.read_text(encoding="utf-8")
    marked = text.replace('value = "ja"\n', 'value = "ja"\n# frågade två gånger\n', 1)
    assert marked != text
    path.write_text(marked, encoding="utf-8")
    assert Segments.split(marked) is not None  # saved answer by answer
    with store.open_run(slug, run_id, checklist) as session:
        for n in range(5):
            before = path.read_text(encoding="utf-8")
            session.set_note("s.fraga", f"Anteckning {n}")
            session.set_value("s.betyg", 1 + n % 3)
            saved = path.read_text(encoding="utf-8")
            assert "# frågade två gånger" in saved
            assert parse_toml(saved)["answers"]["s.fraga"]["note"] == f"Anteckning {n}"
            assert (
                parse_toml(saved)["answers"].keys()
                == parse_toml(render_preserving(before, session.run))["answers"].keys()
            )
    again = store.load_run(slug, run_id)
    assert again.answers["s.fraga"].note == "Anteckning 4"
    assert again.answers["s.betyg"].value == 2


@pytest.mark.parametrize(
    "tail",
    ['\n[egen]\nanteckning = "min egen tabell"\n', '\n[answers]\n"s.metoder" = {value = ["a"]}\n'],
    ids=["a table of the person's own after the answers", "an answers table written by hand"],
)
def test_files_that_cannot_be_split_are_saved_whole_and_keep_what_they_hold(
    store: Store, checklist: Checklist, tail: str
) -> None:
    slug, run_id, path = made(store, checklist)
    text = path.read_text(encoding="utf-8") + tail
    path.write_text(text, encoding="utf-8")
    assert Segments.split(text) is None
    data = parse_toml(text)
    with store.open_run(slug, run_id, checklist) as session:
        session.set_note("s.fraga", "ny")
    saved = parse_toml(path.read_text(encoding="utf-8"))
    assert saved["answers"]["s.fraga"]["note"] == "ny"
    if "egen" in data:
        assert saved["egen"] == data["egen"]
    else:
        assert saved["answers"]["s.metoder"]["value"] == ["a"]


def test_a_new_answer_after_a_last_line_without_a_line_break(
    store: Store, checklist: Checklist
) -> None:
    slug, run_id, path = made(store, checklist)
    text = path.read_text(encoding="utf-8").rstrip("\n") + "  # sista raden"
    path.write_text(text, encoding="utf-8")
    with store.open_run(slug, run_id, checklist) as session:
        session.set_value("s.metoder", ["a", "b"])
        session.set_value("s.fraga", None)
        session.set_note("s.fraga", "")
    saved = path.read_text(encoding="utf-8")
    assert "# sista raden" in saved
    again = store.load_run(slug, run_id)
    assert again.answers["s.metoder"].value == ("a", "b")
    assert "s.fraga" not in parse_toml(saved)["answers"]
