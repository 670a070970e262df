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

if TYPE_CHECKING:
    from jamtui.storage.org_file import Contact, Organisation
    from jamtui.storage.session import RunSession
    from jamtui.storage.store import FileProblem, OrganisationSummary, RunSummary, Store

_LAZY = {
    "Contact": "org_file",
    "Organisation": "org_file",
    "RunSession": "session",
    "FileProblem": "store",
    "OrganisationSummary": "store",
    "RunSummary": "store",
    "Store": "store",
}


def __getattr__(name: str) -> Any:
    # Imported when first used: `jamtui orgs` reads one index and needs none of the run file
    # code, and a session (and the run file code under it) only when a run is first opened.
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f"jamtui.storage.{module}"), name)
    globals()[name] = value
    return value


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
