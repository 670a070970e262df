"""Storage errors, each with a message a user can act on."""

from __future__ import annotations

from pathlib import Path


class StorageError(Exception):
    """Something went wrong reading or writing the data folder."""


class NotFoundError(StorageError):
    """No such organisation or run."""


class CorruptFileError(StorageError):
    """A file that cannot be read; it is never overwritten."""

    def __init__(self, path: Path, message: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.detail = message
        where = f"{path}:{line}" if line is not None else str(path)
        super().__init__(f"{where}: {message}")


class ReadOnlyError(StorageError):
    """The run cannot be changed (finalized, or open in another process)."""


class LockedError(StorageError):
    """Another process holds the run's lock."""


class InvalidValueError(StorageError):
    """A value the item cannot take, or an unknown item."""
