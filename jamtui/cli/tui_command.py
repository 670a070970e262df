"""Start the Textual app (the only CLI path that imports Textual)."""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING, Any

from jamtui.settings import Settings

if TYPE_CHECKING:
    from jamtui.workshop.options import WorkshopOptions


def run_tui(settings: Settings, **run_options: Any) -> int:
    """Run the TUI until the user quits (``run_options`` go to ``App.run``)."""
    # Importing Textual allocates a great deal and frees almost nothing: the cyclic garbage
    # collector only wastes time there (~25 ms). run_app freezes what was imported and turns
    # collection back on before the app runs.
    gc.disable()
    try:
        from jamtui.ui.app import run_app
    finally:
        gc.enable()
    return int(run_app(settings, **run_options))


def run_workshop_tui(settings: Settings, options: WorkshopOptions) -> int:
    """The facilitator's app in workshop mode (serves the workshop pages while it runs)."""
    from jamtui.ui.workshop_app import run_workshop

    return run_workshop(settings, options)
