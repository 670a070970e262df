"""Start an app headless and exit as soon as its first screen is interactive.

python bench/probe_startup.py jamtui DATA_DIR   # jamtui with organisations listed
python bench/probe_startup.py baseline          # a minimal Textual app with one widget
"""

from __future__ import annotations

import sys
from typing import Any


async def _exit_when_ready(pilot: Any) -> None:
    await pilot.pause()
    pilot.app.exit()


def run_jamtui(data_dir: str) -> None:
    """The ``jamtui`` command's own path to the TUI; only the terminal is headless."""
    import functools

    from jamtui.cli import main, tui_command

    async def ready(pilot: Any) -> None:
        from jamtui.ui.widgets.name_list import NameList

        await pilot.pause()
        listed = pilot.app.screen.query_one("#org-list", NameList).option_count
        assert listed > 0, "no organisations listed"
        pilot.app.exit()

    tui_command.run_tui = functools.partial(  # type: ignore[assignment]
        tui_command.run_tui, headless=True, auto_pilot=ready, size=(120, 40)
    )
    sys.exit(main(["--data-dir", data_dir]))


def run_baseline() -> None:
    from textual.app import App, ComposeResult
    from textual.widgets import Static

    class Minimal(App[None]):
        def compose(self) -> ComposeResult:
            yield Static("Hej")

    Minimal().run(headless=True, auto_pilot=_exit_when_ready, size=(120, 40))


if __name__ == "__main__":
    if sys.argv[1] == "jamtui":
        run_jamtui(sys.argv[2])
    else:
        run_baseline()
