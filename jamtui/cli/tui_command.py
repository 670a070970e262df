"""Start the Textual app (the only CLI path that imports Textual)."""

from __future__ import annotations

from jamtui.settings import Settings


def run_tui(settings: Settings) -> int:
    """Run the TUI until the user quits."""
    from jamtui.ui.app import run_app

    return int(run_app(settings))
