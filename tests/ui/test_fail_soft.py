"""After a failed save nothing raises and the text stays; a read-only data folder opens read-only."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import TextArea

from jamtui.storage import Store
from jamtui.ui.app import JamtuiApp
from jamtui.ui.screens.run import RunScreen
from tests.ui.conftest import screen_text, wait_for


async def _open_run(pilot: Any, app: JamtuiApp) -> RunScreen:
    await pilot.pause()
    await pilot.press("enter")  # the organisation
    await pilot.pause()
    await pilot.press("enter")  # its run
    await wait_for(pilot, lambda: isinstance(app.screen, RunScreen), "the run screen")
    assert isinstance(app.screen, RunScreen)
    return app.screen


async def test_escape_after_a_failed_save_keeps_the_text_and_never_crashes(
    make_app: Callable[..., JamtuiApp],
    store: Store,
    catalog: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from jamtui.storage import session as session_module

    org = store.create_organisation("Lund")
    store.create_run(org.slug, catalog.get("jamstalldhetsanalys"))

    def disk_full(path: Path, text: str) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_run(pilot, app)
        monkeypatch.setattr(session_module, "write_text_atomic", disk_full)
        note = screen.query_one("#note", TextArea)
        note.focus()
        note.insert("Viktig anteckning")
        await wait_for(pilot, lambda: "EJ SPARAT" in screen_text(app), "the failed save shows")
        await pilot.press("escape")
        await pilot.pause()
        # Still here, with the text, and told how to go on.
        assert app.screen is screen and note.text == "Viktig anteckning"
        await wait_for(
            pilot,
            lambda: any("inte sparat" in str(n.message) for n in app._notifications),
            "the hint",
        )
        await pilot.press("escape")  # a second Esc leaves without saving: no crash
        await wait_for(pilot, lambda: not isinstance(app.screen, RunScreen), "left the run")
        assert app.is_running
    assert app.return_code in (None, 0)


async def test_a_read_only_data_folder_shows_runs_read_only_with_a_message(
    make_app: Callable[..., JamtuiApp],
    store: Store,
    catalog: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    org = store.create_organisation("Lund")
    store.create_run(org.slug, catalog.get("jamstallda-beslut"))
    real_open = os.open

    def read_only_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if flags & (os.O_CREAT | os.O_WRONLY | os.O_RDWR):
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", read_only_open)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_run(pilot, app)
        assert screen.session.read_only
        assert "går inte att skriva i" in screen_text(app)
        assert screen.query_one("#note", TextArea).read_only


HOLDER = """
import sys
from pathlib import Path
from jamtui.storage import Store
session = Store(Path(sys.argv[1])).open_run("lund", "latest", None)
print("locked", flush=True)
sys.stdin.read()
"""


@pytest.mark.skipif(os.name == "nt", reason="needs a POSIX pseudo-terminal")
def test_a_second_window_on_a_run_open_elsewhere_never_crashes(
    store: Store, catalog: Any, tmp_path: Path
) -> None:
    import subprocess
    import sys

    from tests.terminal import Terminal

    org = store.create_organisation("Lund")
    store.create_run(org.slug, catalog.get("skr-sjalvskattning"))
    root = Path(__file__).resolve().parents[2]
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(store.root)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with Terminal("--data-dir", str(store.root), size=(80, 24)) as term:
            term.wait_for("Lund")
            term.press("enter")
            term.wait_for("Enheter:")  # the organisation's screen
            term.wait_settled()
            term.press("enter")
            term.wait_for("Skrivskyddad")
            for keys in (("tab", "space", "a", "b"), ("f4", "f3", "f5"), ("f8",), ("escape",)):
                term.press(*keys)
                term.wait_settled()
            term.press("f9")
            term.wait_settled()
            term.press("escape", "escape")
            term.wait_for("Utkast")
            done = term.quit()
        assert (done.code, done.traceback) == (0, "")
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait()
    assert store.load_run("lund", "latest").answers == {}


async def test_the_new_run_dialog_refuses_a_name_on_two_lines_and_keeps_the_text(
    make_app: Callable[..., JamtuiApp], store: Store
) -> None:
    from textual.widgets import Button, Input, Label, Select

    store.create_organisation("Lund")
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        dialog = app.screen
        dialog.query_one("#checklist", Select).value = "jamstallda-beslut"
        dialog.query_one("#facilitator", Input).value = "Karin\x1b[2J Ek"
        dialog.query_one("#participants", TextArea).load_text("Åsa\tLind; strateg")
        dialog.query_one("#start", Button).press()
        await pilot.pause()
        assert app.screen is dialog  # still open, with everything typed
        error = str(dialog.query_one("#newrun-error", Label).render())
        assert "styrtecken" in error and "Processledarens namn" in error
        dialog.query_one("#facilitator", Input).value = "Karin Ek"
        dialog.query_one("#start", Button).press()
        await pilot.pause()
        error = str(dialog.query_one("#newrun-error", Label).render())
        assert app.screen is dialog and "tabbtecken" in error and "Deltagarens namn" in error
        assert dialog.query_one("#participants", TextArea).text == "Åsa\tLind; strateg"
        assert store.list_runs("lund") == []
