"""Data folders, organisation and run files, atomic writes and locks."""

from jamtui.storage.errors import (
    CorruptFileError,
    InvalidValueError,
    LockedError,
    NotFoundError,
    ReadOnlyError,
    StorageError,
)
from jamtui.storage.org_file import Contact, Organisation
from jamtui.storage.session import RunSession
from jamtui.storage.store import FileProblem, OrganisationSummary, RunSummary, Store

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
