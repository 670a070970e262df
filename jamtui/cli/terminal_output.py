"""The CLI's boundary to the terminal: what it prints shows controls visibly, never raw.

Everything a command prints (names and text from data folders, checklist content, file
names, plugins' own prints, argparse's echo of arguments) goes through ``show_controls``,
so an escape sequence in a file is shown as ``␛[…`` instead of acting on the terminal.
Characters the terminal's encoding lacks are written as ``\\uXXXX`` rather than failing.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from collections.abc import Iterator, Sequence
from typing import TextIO

from jamtui.core.sanitize import show_controls


class SafeStream(io.TextIOBase):
    """A text stream that writes through ``show_controls`` to ``inner``."""

    def __init__(self, inner: TextIO) -> None:
        super().__init__()
        self.inner = inner
        reconfigure = getattr(inner, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(Exception):
                reconfigure(errors="backslashreplace")

    def write(self, text: str) -> int:
        self.inner.write(show_controls(text))
        return len(text)

    def flush(self) -> None:
        self.inner.flush()

    def isatty(self) -> bool:
        return self.inner.isatty()

    def fileno(self) -> int:
        return self.inner.fileno()

    def writable(self) -> bool:
        return True

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return str(getattr(self.inner, "encoding", "utf-8"))


@contextlib.contextmanager
def guarded_output() -> Iterator[None]:
    """Route ``sys.stdout`` and ``sys.stderr`` through ``SafeStream`` for the block."""
    saved = sys.stdout, sys.stderr
    sys.stdout = SafeStream(saved[0])
    sys.stderr = SafeStream(saved[1])
    try:
        yield
    finally:
        with contextlib.suppress(Exception):
            sys.stdout.flush()
            sys.stderr.flush()
        sys.stdout, sys.stderr = saved


def unguarded() -> None:
    """Give the real streams back (before the TUI takes the terminal)."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if isinstance(stream, SafeStream):
            stream.flush()
            setattr(sys, name, stream.inner)


def decode_arguments(words: Sequence[str]) -> tuple[list[str], int | None]:
    """``words`` with undecodable bytes re-read as UTF-8 (an ASCII or Latin-1 locale).

    Returns the words and, when one is not valid UTF-8 at all, its 1-based position.
    """
    legacy = sys.getfilesystemencoding().lower().replace("-", "") != "utf8"
    result: list[str] = []
    for position, word in enumerate(words, 1):
        undecoded = any("\udc80" <= char <= "\udcff" for char in word)
        if undecoded or (legacy and not word.isascii()):
            try:
                word = os.fsencode(word).decode("utf-8")
            except (UnicodeError, ValueError):
                if undecoded:
                    return result, position
        result.append(word)
    return result, None
