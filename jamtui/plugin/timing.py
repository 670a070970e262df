"""Run a plugin's code with a time limit, so a slow or hung plugin cannot hold jamtui hostage."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

ENV_TIMEOUT = "JAMTUI_PLUGIN_TIMEOUT"
DEFAULT_TIMEOUT = 5.0
"""Seconds a plugin's import or one hook call may take before jamtui goes on without it."""

T = TypeVar("T")


def time_limit() -> float:
    """The limit in seconds (``JAMTUI_PLUGIN_TIMEOUT``; a bad value gives the default)."""
    try:
        value = float(os.environ.get(ENV_TIMEOUT, ""))
    except ValueError:
        return DEFAULT_TIMEOUT
    return value if value > 0 else DEFAULT_TIMEOUT


class TimedOut(Exception):
    """The call did not finish within the limit; it goes on in a daemon thread, unheard."""


class _Call(Generic[T]):
    def __init__(self, function: Callable[[], T]) -> None:
        self.function = function
        self.result: T | None = None
        self.error: BaseException | None = None
        self.done = threading.Event()

    def run(self) -> None:
        try:
            self.result = self.function()
        except BaseException as error:  # handed to the caller's thread
            self.error = error
        finally:
            self.done.set()


def call_with_limit(function: Callable[[], T], limit: float, name: str) -> T:
    """``function()``, run in a daemon thread; TimedOut after ``limit`` seconds.

    Exceptions are raised in the caller's thread. A KeyboardInterrupt while waiting is the
    caller's, as usual.
    """
    call = _Call(function)
    thread = threading.Thread(target=call.run, name=f"jamtui-plugin-{name}", daemon=True)
    thread.start()
    if not call.done.wait(limit):
        raise TimedOut(name)
    if call.error is not None:
        raise call.error
    return call.result  # type: ignore[return-value]


slow_notice: Callable[[str], None] | None = None
"""Called with a one-line message when a plugin is slow (the CLI prints it on stderr)."""
