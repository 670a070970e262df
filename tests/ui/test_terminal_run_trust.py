"""Journeys in a real terminal (#11a): renaming a participant, hidden ratings, a draft action row."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from jamtui.catalog import load_catalog
from jamtui.core.run import Participant
from jamtui.settings import resolve_settings
from jamtui.storage import Store
from tests.terminal import Terminal

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")

SIZES = [(80, 24), (120, 40)]
ITEM = "moment.m1-beslut"
PEOPLE = [
    Participant("Carina Sennerby", "strateg"),
    Participant("Nils Berg"),
    Participant("Kim Ek"),
]


def data_with_run(
    tmp_path: Path, checklist_id: str, ratings: dict[str, int], last_item: str = ""
) -> tuple[Store, Path]:
    settings = resolve_settings(data_dir=str(tmp_path), environ={})
    checklist = load_catalog(settings).get(checklist_id)
    assert checklist is not None
    store = Store(settings.data_dir)
    org = store.create_organisation("Lund")
    people = PEOPLE if any(item.raters for item in checklist.items) else []
    run = store.create_run(org.slug, checklist, date="2026-11-22", participants=people)
    with store.open_run(org.slug, run.id, checklist) as session:
        for name, value in ratings.items():
            session.set_rating(ITEM, name, value)
        session.set_last_item(last_item)
        session.save_position()
    return store, store.orgs_dir / org.slug / "runs" / f"{run.id}.toml"


def open_run(term: Terminal, where: str = "Fråga 1 av") -> None:
    """From the first screen: the organisation (its runs listed beside it), then its run."""
    term.wait_for("Utkast")  # the runs preview beside the organisation list
    term.wait_settled()
    term.press("enter")
    term.wait_for("Enheter:")  # the organisation screen
    term.wait_settled()
    term.press("enter")
    term.wait_for(where)


def when_typing_lands(term: Terminal) -> None:
    """Wait until what is typed reaches the focused field of a screen just shown.

    A new screen is drawn a moment before its field has the focus; keys sent in between
    go nowhere. A probe character is typed (again, if it went nowhere) until it shows,
    then erased.
    """
    for _ in range(20):
        term.type("§")
        try:
            term.wait_for("§", timeout=1)
            break
        except AssertionError:
            continue
    for _ in range(20):  # one backspace per probe that arrived
        term.press("backspace")
        try:
            term.wait_gone("§", timeout=1)
            return
        except AssertionError:
            continue
    term.wait_gone("§")


@pytest.mark.parametrize("size", SIZES)
def test_renaming_a_participant_keeps_every_rating(tmp_path: Path, size: tuple[int, int]) -> None:
    store, path = data_with_run(tmp_path, "skr-sjalvskattning", {"Carina Sennerby": 3, "Kim Ek": 2})
    carina = store.load_run("lund", "latest").participant("Carina Sennerby")
    with Terminal("--data-dir", str(tmp_path), size=size) as term:
        open_run(term)
        # One write (``press`` sends its keys together), as a fast typist: the dialog,
        # unit → date → facilitator → participants, the first line ("Carina Sennerby; strateg")
        # cut and retyped, Tab to "Spara", Enter. Each key acts on what the one before it
        # left, however late the dialog is drawn.
        term.press(
            *("ctrl+r", "tab", "tab", "tab", "ctrl+k"),
            *"Carina Sennerby-Ek; strateg",
            "tab",
            "enter",
        )
        term.wait_until(lambda: "Carina Sennerby-Ek" in path.read_text("utf-8"), "the rename")
        term.wait_gone("Deltagare", already=True)  # the dialog closed: back on the run
        done = term.quit()
    assert done.code == 0 and not done.traceback
    run = store.load_run("lund", "latest")
    assert run.named_ratings(run.answers[ITEM].ratings) == {"Carina Sennerby-Ek": 3, "Kim Ek": 2}
    assert run.participant("Carina Sennerby-Ek") == carina.__class__(
        "Carina Sennerby-Ek",
        "strateg",
        id=carina.id,  # type: ignore[union-attr]
    )


@pytest.mark.parametrize("size", SIZES)
def test_hidden_ratings_are_on_no_screen(tmp_path: Path, size: tuple[int, int]) -> None:
    data_with_run(tmp_path, "skr-sjalvskattning", {"Carina Sennerby": 3, "Nils Berg": 1})
    values = ("3: Carina", "1: Nils", "3 · Nils", "Carina Sennerby: 3")
    with Terminal("--data-dir", str(tmp_path), size=size) as term:
        open_run(term)
        screens = [term.screen()]
        tall = size[1] >= 40  # at 80x24 the ratings sit below the note, out of view
        if tall:
            term.wait_for("✓ Carina")
            term.wait_for("dolt till alla bedömt (2 av 3 har bedömt)")
            screens.append(term.screen())
        term.press("f8")
        term.wait_for("Dolt: 2 av 3 har bedömt")
        screens.append(term.screen())
        term.press("escape")
        term.wait_for("Fråga 1 av")
        term.press("f9")
        term.wait_for("Status: Utkast")  # the summary ("Sammanfattning" is in the run footer)
        term.press("end")  # to the ratings, wherever the summary is taller than the screen
        term.wait_for("1.1 dolt till alla bedömt (2 av 3 har bedömt)", already=True)
        screens.append(term.screen())
        for shown in screens:
            assert not any(value in shown for value in values), shown
        term.press("escape")
        term.wait_for("Fråga 1 av")
        term.press("ctrl+l")  # the facilitator reveals
        term.wait_for("Bedömningarna visas för alla")
        if tall:
            term.wait_for("3: Carina Sennerby")
        done = term.quit()
    assert done.code == 0 and not done.traceback


@pytest.mark.parametrize("size", SIZES)
def test_a_draft_action_row_survives_f4_and_quitting(tmp_path: Path, size: tuple[int, int]) -> None:
    store, path = data_with_run(tmp_path, "trappan", {}, last_item="steg1.nasta")
    with Terminal("--data-dir", str(tmp_path), size=size) as term:
        open_run(term, "Fråga 4 av")  # where the group stopped: "Nästa åtgärd"
        term.wait_for("Ny åtgärd (sparas medan du skriver")
        when_typing_lands(term)
        term.type("Boka kurs för chefer")
        term.wait_until(lambda: "draft = true" in path.read_text("utf-8"), "the draft on disk")
        term.press("f4")
        term.wait_for("Fråga 5 av")  # the next item
        term.press("f3")
        term.wait_for("Fråga 4 av")
        term.wait_for("utkast: Boka kurs för chefer")
        when_typing_lands(term)
        term.type(" och HR")
        term.wait_for("Boka kurs för chefer och HR")
        done = term.quit()  # at once: what was typed is on disk first
    assert done.code == 0 and not done.traceback
    (row,) = store.load_run("lund", "latest").answers["steg1.nasta"].actions
    assert (row.what, row.draft) == ("Boka kurs för chefer och HR", True)


@pytest.mark.parametrize("size", SIZES)
def test_digits_right_after_f4_land_in_the_table_and_the_number_line(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    store, path = data_with_run(tmp_path, "4r", {})
    with Terminal("--data-dir", str(tmp_path), size=size) as term:
        open_run(term, "Fråga 2 av")  # the 4R run opens at its date line (1 is a notice)
        when_typing_lands(term)
        # One write each, as a fast typist: F4 onto the table and a digit for its first cell;
        # F4 twice (past a text item) onto the budget line and two digits.
        term.press("f4", "7")
        term.wait_until(lambda: "kvinnor = 7" in path.read_text("utf-8"), "7 on disk")
        term.press("f4", "f4", "1", "2")
        term.wait_for("Fråga 5 av")  # the budget
        term.wait_until(lambda: "= 12" in path.read_text("utf-8"), "12 on disk")
        done = term.quit()
    assert done.code == 0 and not done.traceback
    answers = store.load_run("lund", "latest").answers
    assert answers["r1.fordelning"].value == {"beslutar": {"kvinnor": 7}}
    assert answers["r2.budget"].value == 12
    assert not any(answer.note for answer in answers.values())
