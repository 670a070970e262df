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


def test_the_first_screen_shows_the_list_s_scroll_bar_and_keeps_it(tmp_path: Path) -> None:
    # The scroll bar is the list's (ScrollView's) style: a widget base that hid it from the
    # list's CSS once drew the list without one, and no frame count noticed.
    data = tmp_path / "data"
    long_list(data)
    with Terminal("--data-dir", str(data), size=(80, 24)) as term:
        term.wait_for("Kommun 00")
        term.wait_settled()
        rows = [n for n, text in enumerate(term.lines()) if "Kommun 0" in text]
        thumb = [n for n in rows if term.reverse_video(n)]
        screen = term.dump()
        done = term.quit()
    assert done.code == 0 and not done.traceback
    assert thumb and thumb[0] == rows[0], f"no scroll bar beside the list:\n{screen}"
