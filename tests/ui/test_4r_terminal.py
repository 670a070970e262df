"""4R through the real jamtui command in a pseudo-terminal: a date and the women/men table."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from jamtui.catalog.loader import load_checklist_file
from jamtui.storage import Store
from tests.terminal import Terminal

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
ROOT = Path(__file__).resolve().parents[2]


def saved_date(store: Store, slug: str, run_id: str) -> object:
    answer = store.load_run(slug, run_id).answers.get("r1.datum")
    return answer.value if answer is not None else None


@pytest.mark.parametrize(("size", "lang"), [((80, 24), "sv"), ((120, 40), "en")])
def test_4r_table_in_the_terminal(tmp_path: Path, size: tuple[int, int], lang: str) -> None:
    checklist = load_checklist_file(ROOT / "checklists" / "4r.toml").checklist
    assert checklist is not None
    store = Store(tmp_path)
    org = store.create_organisation("Lund")
    run = store.create_run(org.slug, checklist, date="2026-11-22")
    with Terminal("--data-dir", str(tmp_path), "--lang", lang, size=size) as term:
        term.wait_for("Lund")
        term.press("enter")  # the organisation
        term.wait_for("Enheter:" if lang == "sv" else "Units:")  # its screen, the run listed
        term.wait_settled(quiet=1.0)  # the cursor is placed after the screen is drawn
        term.press("enter")  # its run
        term.wait_for("1/3 2027")  # the date item's hint, in both languages
        term.wait_settled(quiet=1.0)  # the cursor is placed after the screen is drawn
        term.type("1/10 2026")
        term.wait_for("1/10 2026")  # in the date line (not in the note)
        term.wait_until(
            lambda: (
                "2026-10-01"
                in store.load_run(org.slug, run.id).answers.get("r1.datum", None).__repr__()
            ),
            "the date saved as ISO",
        )
        term.press("f4")
        term.wait_for("Kvinnor" if lang == "sv" else "Women")
        term.wait_settled(quiet=1.0)  # the cursor is placed after the screen is drawn
        term.type("5")
        term.wait_for("Kvinnor 5" if lang == "sv" else "Women 5")  # saved, result shown
        term.press("tab")
        term.wait_settled(quiet=1.0)  # the cursor is placed after the screen is drawn
        term.type("4")
        term.wait_for(
            "Totalt 9, Andel kvinnor 56" if lang == "sv" else "Total 9, Share of women 56"
        )
        done = term.quit()
        assert (done.code, done.traceback) == (0, "")
    saved = store.load_run(org.slug, run.id).answers["r1.fordelning"].value
    assert saved == {"beslutar": {"kvinnor": 5, "man": 4}}
