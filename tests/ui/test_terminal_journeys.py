"""The run screen typed at like a person, through the real ``jamtui`` in a pseudo-terminal.

Every way of arriving at an item leaves the keyboard in its answer (what is typed next is
in the answer on disk, not in the note), at 80x24 and 120x40; Ctrl+O and Esc; quitting
right after a key never crashes and never loses the key; a finalized run is read-only.
"""

from __future__ import annotations

import io
import shutil
import sys
import time
import tomllib
from collections.abc import Iterator
from contextlib import redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from jamtui.cli import main
from tests.terminal import Terminal

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")

CHECKLIST = Path(__file__).parent / "data" / "alla-typer.toml"
SIZES = [(80, 24), (120, 40)]
PEOPLE = ["Åsa Lind;strateg", "Bo Ek;chef", "Carina Sennerby;HR", "Dan Öst;politiker"]


@dataclass
class Place:
    """A data folder with one organisation and one run of the every-type checklist."""

    data: Path
    checklists: Path
    run_file: Path

    def args(self) -> list[str]:
        return ["--data-dir", str(self.data), "--checklists", str(self.checklists)]

    def cli(self, *words: str) -> str:
        """Run a ``jamtui`` command in this process (the set-up, not the journey under test)."""
        printed = io.StringIO()
        with redirect_stdout(printed):
            code = main([*self.args(), *words])
        assert code == 0, (words, printed.getvalue())
        return printed.getvalue()

    def answers(self) -> dict[str, Any]:
        """The run file's answers as on disk now (an empty dict while it is being replaced)."""
        try:
            return dict(tomllib.loads(self.run_file.read_text("utf-8")).get("answers", {}))
        except (OSError, tomllib.TOMLDecodeError):
            return {}

    def answer(self, item: str) -> dict[str, Any]:
        return dict(self.answers().get(item, {}))

    def open(self, size: tuple[int, int]) -> Terminal:
        """Start jamtui and open the run; wait until the run screen is drawn."""
        term = Terminal(*self.args(), size=size)
        term.wait_for("Kommun A")
        term.press("enter")
        term.wait_for("Enheter")
        term.press("enter")
        term.wait_for(" av 9 besvarade")
        return term


@pytest.fixture
def place(tmp_path: Path) -> Place:
    checklists = tmp_path / "checklistor"
    checklists.mkdir()
    shutil.copy(CHECKLIST, checklists)
    data = tmp_path / "data"
    made = Place(data, checklists, data)
    made.cli("orgs", "add", "Kommun A")
    people = [word for person in PEOPLE for word in ("--participant", person)]
    run_id = made.cli("runs", "new", "kommun-a", "alla-typer", *people).strip()
    made.run_file = data / "organisations" / "kommun-a" / "runs" / f"{run_id}.toml"
    assert made.run_file.is_file()
    return made


def each_delay_at_one_size(delays: list[int]) -> list[Any]:
    """Every delay at both sizes; `make test` runs each delay once, the sizes taking turns.

    The other half is marked ``slow``: `make test-slow` (which CI also runs) tries them.
    """
    return [
        pytest.param(
            size,
            delay,
            id=f"{size[0]}x{size[1]}-{delay}",
            marks=() if turn % len(SIZES) == SIZES.index(size) else (pytest.mark.slow,),
        )
        for turn, delay in enumerate(delays)
        for size in SIZES
    ]


@pytest.fixture(params=SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def size(request: pytest.FixtureRequest) -> tuple[int, int]:
    return tuple(request.param)  # type: ignore[return-value]


@pytest.fixture
def term(place: Place, size: tuple[int, int]) -> Iterator[Terminal]:
    with place.open(size) as opened:
        yield opened


QUESTIONS = [
    "Finns det mål?",
    "I vilken grad?",
    "Vilket läge?",
    "Vilka metoder?",
    "Beskriv läget.",
    "Nästa steg?",
    "Gemensam bedömning?",
    "Något mer?",
    "Något annat?",
]


def on_item(term: Terminal, text: str) -> None:
    """Wait until the run screen shows the item whose question is ``text``.

    By its position line: at 120 columns the outline lists every question anyway.
    """
    term.wait_for(f"Fråga {QUESTIONS.index(text) + 1} av 9 ·")
    term.wait_for(text)


def saved(place: Place, term: Terminal, item: str, field: str, expected: object) -> None:
    """Wait until ``answers.item.field`` on disk holds (or, for text, contains) ``expected``."""

    def holds() -> bool:
        value = place.answer(item).get(field)
        if isinstance(expected, str) and isinstance(value, str):
            return expected in value
        return bool(value == expected)

    term.wait_until(holds, f"answers.{item}.{field} = {expected!r} on disk")


def type_text(place: Place, term: Terminal, marker: str) -> None:
    """Type ``marker`` on the free-text item; it must land in the answer, not the note."""
    term.type(marker)
    saved(place, term, "typer.fritext", "value", marker)
    assert marker not in str(place.answer("typer.fritext").get("note", ""))


def test_typing_lands_in_the_answer_after_every_way_of_arriving(
    place: Place, term: Terminal
) -> None:
    # Opening the run: the first item, a yes/no; Space chooses the highlighted option.
    on_item(term, "Finns det mål?")
    term.press("space")
    saved(place, term, "typer.janej", "value", "ja")
    # F4 onto each type in turn.
    term.press("f4")
    on_item(term, "I vilken grad?")
    term.press("space")
    saved(place, term, "typer.skala", "value", 1)
    term.press("f4")
    on_item(term, "Vilket läge?")
    term.press("down", "space")
    saved(place, term, "typer.val", "value", "klart")
    term.press("f4")
    on_item(term, "Vilka metoder?")
    term.press("space")
    saved(place, term, "typer.flerval", "value", ["analys"])
    term.press("f4")
    on_item(term, "Beskriv läget.")
    type_text(place, term, "[f4]")
    term.press("f4")
    on_item(term, "Nästa steg?")
    term.type("Boka utbildning")
    term.press("enter")
    term.wait_until(
        lambda: "Boka utbildning" in str(place.answer("typer.atgarder").get("actions", "")),
        "the action row on disk",
    )
    term.press("f4")
    on_item(term, "Gemensam bedömning?")
    term.press("space")  # the agreed value comes first in the Tab order
    saved(place, term, "typer.bedomning", "value", 1)
    # F3 back onto the action item, then once more onto the text.
    term.press("f3")
    on_item(term, "Nästa steg?")
    term.press("f3")
    on_item(term, "Beskriv läget.")
    type_text(place, term, "[f3]")
    # F5: the next unanswered item, a text.
    term.press("f5")
    on_item(term, "Något mer?")
    term.type("[f5]")
    saved(place, term, "mer.sist1", "value", "[f5]")
    # Ctrl+G and Ctrl+O: into the outline, up to the item before, Enter opens it.
    for key, marker in (("ctrl+g", "[cg]"), ("ctrl+o", "[co]")):
        term.press("f3")
        on_item(term, "Gemensam bedömning?")
        term.press(key)
        term.press("up", "up")  # bedömning → åtgärder → fritext
        term.press("enter")
        on_item(term, "Beskriv läget.")
        type_text(place, term, marker)
        term.press("f4", "f4", "f4")
        on_item(term, "Något mer?")
    # Ctrl+O, moving in the outline, then Esc: back in the answer, on the same item.
    term.press("f3", "f3", "f3")
    on_item(term, "Beskriv läget.")
    term.press("ctrl+o", "down", "down", "escape")
    type_text(place, term, "[esc]")
    # Closing a dialog (run details, Ctrl+R) and coming back from F8 and F9.
    dialogs = (
        ("ctrl+r", "Körningens uppgifter"),
        ("f8", "Pilarna flyttar"),
        ("f9", "Status: "),
    )
    for key, title in dialogs:
        term.press(key)
        term.wait_for(title)
        term.press("escape")
        term.wait_until(
            lambda title=title: title not in term.screen() and "Beskriv läget." in term.screen(),
            f"back from {key}",
        )
        type_text(place, term, f"[{key}]")
    done = term.quit()
    assert (done.code, done.traceback) == (0, "")
    answer = place.answer("typer.fritext")
    for marker in ("[f4]", "[f3]", "[cg]", "[co]", "[esc]", "[ctrl+r]", "[f8]", "[f9]"):
        assert marker in answer["value"]
    assert "note" not in answer


def test_reopening_the_app_puts_the_keyboard_in_the_answer(place: Place, size: Any) -> None:
    place.cli("answer", "kommun-a", "latest", "typer.janej", "ja")
    with place.open(size) as term:
        on_item(term, "I vilken grad?")  # the first unanswered item
        term.press("space")
        saved(place, term, "typer.skala", "value", 1)
        assert term.quit().code == 0


def test_tab_goes_answer_note_internal_note_and_back(place: Place, term: Terminal) -> None:
    term.press("f4", "f4", "f4", "f4")
    on_item(term, "Beskriv läget.")
    term.type("svar")
    term.press("tab")
    term.type("anteckning")
    saved(place, term, "typer.fritext", "note", "anteckning")
    term.press("tab")  # keys are read in order: the text below goes where Tab moved to
    term.wait_for("Intern anteckning – lämnas inte ut", already=True)
    term.type("bara för oss")
    saved(place, term, "typer.fritext", "internal_note", "bara för oss")
    assert "bara för oss" not in place.answer("typer.fritext")["note"]
    term.press("shift+tab", "shift+tab")
    term.type("+")
    saved(place, term, "typer.fritext", "value", "svar+")
    assert term.quit().code == 0


@pytest.mark.parametrize(("size", "delay_ms"), each_delay_at_one_size([0, 50, 100, 300]))
def test_quitting_right_after_a_key_saves_it_and_exits_cleanly(
    place: Place, size: tuple[int, int], delay_ms: int
) -> None:
    with place.open(size) as term:
        term.press("f4", "f4", "f4", "f4")
        on_item(term, "Beskriv läget.")
        term.type("sista ordet")
        time.sleep(delay_ms / 1000)  # the scenario: Ctrl+Q this long after the last key
        done = term.quit()
    assert (done.code, done.traceback) == (0, "")
    assert "NoMatches" not in done.output
    assert place.answer("typer.fritext").get("value") == "sista ordet"


@pytest.mark.parametrize(("size", "delay_ms"), each_delay_at_one_size([0, 100]))
def test_leaving_right_after_a_key_saves_it(
    place: Place, size: tuple[int, int], delay_ms: int
) -> None:
    with place.open(size) as term:
        term.press("f4", "f4", "f4", "f4")
        on_item(term, "Beskriv läget.")
        term.type("på väg ut")
        time.sleep(delay_ms / 1000)
        term.press("escape")
        term.wait_for("Enheter")
        assert place.answer("typer.fritext").get("value") == "på väg ut"
        done = term.quit()
    assert (done.code, done.traceback) == (0, "")


def test_a_finalized_run_is_read_only_and_leaving_it_is_safe(
    place: Place, size: tuple[int, int]
) -> None:
    place.cli("answer", "kommun-a", "latest", "typer.fritext", "klart svar")
    # Finalized as the summary's F does (its dialog is tested on its own).
    text = place.run_file.read_text("utf-8")
    assert 'status = "draft"' in text
    place.run_file.write_text(text.replace('status = "draft"', 'status = "finalized"'), "utf-8")
    with place.open(size) as term:
        term.wait_for("Skrivskyddad")  # the banner
        before = place.run_file.read_bytes()
        term.press("f4", "f4", "f4", "f4")
        on_item(term, "Beskriv läget.")
        term.type("x")
        # Read-only: the banner keeps saying so and nothing changes (the file is compared below).
        term.wait_for("körningen är slutförd; öppna den igen för att ändra", already=True)
        term.press("space", "backspace")
        term.press("escape")
        term.wait_for("Enheter")
        done = term.quit()
    assert (done.code, done.traceback) == (0, "")
    assert place.run_file.read_bytes() == before
