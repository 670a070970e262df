"""Start-up as the terminal receives it: the first screen is drawn whole, not redrawn piece by
piece as it settles (issue 19: every repaint is time before the screen is still)."""

from __future__ import annotations

from pathlib import Path

from jamtui.storage import Store
from tests.terminal import Terminal, plain

ORGANISATIONS = 60
"""More than a 24-row terminal shows: the list needs its scroll bar."""


def long_list(data: Path) -> None:
    store = Store(data)
    for number in range(ORGANISATIONS):
        store.create_organisation(f"Kommun {number:02d}")


def test_a_list_longer_than_the_terminal_is_drawn_with_its_scroll_bar_at_once(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    long_list(data)
    with Terminal("--data-dir", str(data), size=(80, 24)) as term:
        term.wait_for("Kommun 00")
        done = term.quit()
    assert done.code == 0 and not done.traceback
    # Textual paints a new screen a second time once it is shown (every app does, the
    # one-widget one too); the list was drawn twice more: again with its scroll bar, which
    # Textual adds only after a first layout has measured it, and again when the first
    # layout's size changes reached the screen.
    drawn = plain(term.raw).count("Kommun 05")
    assert drawn <= 2, f"the list was drawn {drawn} times while starting"
