"""Data folders, organisation and run files, atomic writes and locks."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from jamtui.storage.errors import (
    CorruptFileError,
    InvalidValueError,
    LockedError,
    NotFoundError,
    ReadOnlyError,
    StorageError,
)
from jamtui.storage.org_file import Contact, Organisation
from jamtui.storage.store import FileProblem, OrganisationSummary, RunSummary, Store

if TYPE_CHECKING:
    from jamtui.storage.session import RunSession


def __getattr__(name: str) -> Any:
    # A session (and the run file code under it) is imported when a run is first opened.
    if name == "RunSession":
        from jamtui.storage.session import RunSession

        return RunSession
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "Contact",
    "CorruptFileError",
    "FileProblem",
    "InvalidValueError",
    "LockedError",
    "NotFoundError",
    "Organisation",
    "OrganisationSummary",
    "ReadOnlyError",
    "RunSession",
    "RunSummary",
    "StorageError",
    "Store",
]
