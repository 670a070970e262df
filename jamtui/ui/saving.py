"""The one way a screen saves a change and tells the user how it went."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Any

from textual.app import App
from textual.widget import Widget

from jamtui.core.sanitize import strip_controls
from jamtui.i18n import t
from jamtui.storage import InvalidValueError, ReadOnlyError, StorageError

FAILURE_TIMEOUT = 10
"""Seconds a failed save stays on screen (long enough to read the reason)."""


class Saved(Enum):
    """How a change went: on disk, refused (a rule or a read-only run), or failed (disk)."""

    OK = "ok"
    REFUSED = "refused"
    FAILED = "failed"

    def __bool__(self) -> bool:
        return self is Saved.OK


def save_change(node: Widget | App[Any], change: Callable[[], object]) -> Saved:
    """Run ``change``; a refusal is a warning, a failure an error that stays 10 s; never raises
    for storage errors, so nothing the user typed is lost with a traceback."""
    try:
        change()
    except (InvalidValueError, ReadOnlyError) as error:
        node.notify(_line(str(error)), severity="warning", markup=False)
        return Saved.REFUSED
    except (StorageError, OSError) as error:
        message = t("save.failed", None, reason=_line(str(error)))
        node.notify(message, severity="error", timeout=FAILURE_TIMEOUT, markup=False)
        return Saved.FAILED
    return Saved.OK


def _line(text: str) -> str:
    return strip_controls(text, keep_newlines=False).strip()
