"""In a real terminal: a person rates with the keyboard on the question screen, and it is on disk."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from jamtui.storage import Store
from tests.terminal import Terminal
from tests.ui.test_terminal_run_trust import ITEM, SIZES, data_with_run, open_run

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")


def ratings_on_disk(store: Store, path: Path) -> dict[str, object]:
    run = store.load_run(path.parent.parent.name, path.stem)
    return run.named_ratings(run.answers[ITEM].ratings) if ITEM in run.answers else {}


def tab_to_the_ratings(term: Terminal) -> None:
    """Tab (answer → note → internal note → the ratings) until the ratings have the keyboard.

    A Tab sent while the new screen's answer has not yet got the focus goes nowhere, so
    Tab is pressed again until the ratings show the keyboard's place (▸, readable without
    colour); a Tab too many goes round the cycle and back.
    """
    for _ in range(12):
        term.press("tab")
        try:
            term.wait_for("▸ Carina Sennerby", timeout=1.5)
            return
        except AssertionError:
            continue
    term.wait_for("▸ Carina Sennerby")


@pytest.mark.parametrize("size", SIZES)
def test_rating_every_participant_with_the_keyboard(tmp_path: Path, size: tuple[int, int]) -> None:
    store, path = data_with_run(tmp_path, "skr-sjalvskattning", {})
    with Terminal("--data-dir", str(tmp_path), size=size) as term:
        open_run(term)
        term.wait_settled()
        tab_to_the_ratings(term)
        term.type("2")
        term.wait_for("✓ Carina Sennerby")  # hidden: who has rated, not the value
        assert "Carina Sennerby: 2" not in term.screen() and "● 2" not in term.screen()
        # Typed at speed, no waiting between keys: each value lands on the rater chosen
        # just before it (Down is not overtaken by the digit after it).
        term.press("down")
        term.type("3")
        term.press("down", "right")  # Kim, unrated: the first level; now everyone has rated
        term.wait_for("Kim Ek: 1")  # the current rater and value, in words
        term.wait_until(
            lambda: (
                ratings_on_disk(store, path) == {"Carina Sennerby": 2, "Nils Berg": 3, "Kim Ek": 1}
            ),
            "the three ratings on disk",
        )
        term.press("delete")  # Kim cleared again
        term.wait_for("Kim Ek: inte bedömt ännu")
        done = term.quit()
    assert done.code == 0 and not done.traceback
    assert ratings_on_disk(store, path) == {"Carina Sennerby": 2, "Nils Berg": 3}
