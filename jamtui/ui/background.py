"""Work done off the event loop (a check of the files behind what is shown), then applied."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import TypeVar

from textual.app import App

T = TypeVar("T")


def in_background(app: App[object], work: Callable[[], T], then: Callable[[T], object]) -> None:
    """Run ``work`` in a daemon thread and ``then(result)`` on the event loop.

    A daemon thread, not a worker: quitting never waits for a slow disk. A failure of the
    work, or of ``then`` while the app is closing, is of no interest (the shown state stays).
    """

    def run() -> None:
        try:
            result = work()
        except Exception:
            return
        if not app.is_running:  # closed meanwhile: nothing to apply the result to
            return
        with contextlib.suppress(Exception):
            app.call_from_thread(then, result)

    threading.Thread(target=run, name="check", daemon=True).start()
