"""The pty harness itself: keys arrive as Textual names, waits fail with the screen, exits."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

from tests.terminal import Terminal

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")

KEY_APP = textwrap.dedent(
    """
    from textual.app import App
    from textual.widgets import Static

    class Keys(App):
        def compose(self):
            yield Static("ready", id="seen")

        def on_key(self, event):
            event.prevent_default()
            if event.key == "ctrl+q":
                self.exit()
            self.query_one("#seen", Static).update(f"key={event.key}.")

    Keys().run()
    """
)

KEYS = ["f1", "f3", "f4", "f5", "f8", "f9", "ctrl+o", "ctrl+g", "escape", "tab", "shift+tab"]
KEYS += ["up", "down", "enter", "backspace", "a", "ä"]


def test_every_key_arrives_under_its_textual_name(tmp_path: Path) -> None:
    with Terminal("-c", KEY_APP, command=sys.executable, size=(80, 24)) as term:
        term.wait_for("ready")
        for key in KEYS:
            term.press(key)
            term.wait_for(f"key={key}.")
        # A key right after Escape is never read as Alt+key.
        term.press("escape", "x")
        term.wait_for("key=x.")
        assert term.quit().code == 0


def test_jamtui_starts_at_both_sizes_and_quits_cleanly(tmp_path: Path) -> None:
    import subprocess

    from tests.terminal import JAMTUI

    subprocess.run(
        [str(JAMTUI), "--data-dir", str(tmp_path), "orgs", "add", "Kommun Å"], check=True
    )
    for size in ((80, 24), (120, 40)):
        with Terminal("--data-dir", str(tmp_path), size=size) as term:
            term.wait_for("Kommun Å")
            assert len(term.lines()) == size[1]
            term.press("enter")
            term.wait_for("Enheter")
            assert b"\x1b[?1049h" in term.raw  # the raw bytes, escapes included
            done = term.quit()
            assert (done.code, done.traceback) == (0, "")


def test_a_timeout_fails_with_the_screen(tmp_path: Path) -> None:
    with Terminal("--data-dir", str(tmp_path)) as term:
        term.wait_for("Organisationer")
        with pytest.raises(AssertionError) as failure:
            term.wait_for("no such text", timeout=0.2)
        assert "no such text" in str(failure.value)
        assert "Organisationer" in str(failure.value)


def test_a_crash_gives_its_exit_code_and_traceback() -> None:
    with Terminal("-c", "raise ValueError('boom')", command=sys.executable) as term:
        done = term.wait_exit()
    assert done.code == 1
    assert "ValueError: boom" in done.traceback


def test_a_wait_for_what_was_on_the_screen_before_the_keys_fails_at_once() -> None:
    """Waiting for text the keys did not bring would pass before the keys were even read."""
    with Terminal("-c", KEY_APP, command=sys.executable, size=(80, 24)) as term:
        term.wait_for("ready")
        term.press("a")
        with pytest.raises(AssertionError, match="ambiguous wait: 'ready'"):
            term.wait_for("ready", timeout=5)
        term.wait_for("key=a.")
        term.press("b")
        with pytest.raises(AssertionError, match="ambiguous wait: 'nothing'"):
            term.wait_gone("nothing", timeout=5)
        term.press("c")
        term.wait_for("key=", already=True)  # said to be expected: no failure
        assert term.quit().code == 0
