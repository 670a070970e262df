"""Drive the real installed ``jamtui`` command in a pseudo-terminal, seen through pyte.

The API (kept small and stable; other branches use it)::

    from tests.terminal import Terminal

    with Terminal("--data-dir", str(data), size=(80, 24)) as term:
        term.wait_for("Organisationer")        # text on the screen, or fail showing the screen
        term.press("enter")                    # keys by Textual name: f4, ctrl+o, escape, tab,
        term.type("Hej")                       #   shift+tab, up, down, enter, backspace, ...
        term.wait_until(lambda: "Hej" in path.read_text(), "the answer saved")
        term.raw                               # every byte the app wrote to the terminal
        done = term.quit()                     # Ctrl+Q, then wait for the process to end
        assert done.code == 0 and not done.traceback

Every wait is for a condition, with a timeout (``TIMEOUT`` seconds, ``JAMTUI_TERMINAL_TIMEOUT``
to change it); a timeout raises ``AssertionError`` with what was awaited and the screen.
Escape is sent as the unambiguous CSI u sequence Textual understands (``ESC [ 27 u``), so a key
typed right after it is never read as Alt+key however loaded the machine is.
"""

from __future__ import annotations

import codecs
import fcntl
import os
import re
import signal
import struct
import subprocess
import sys
import termios
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

import pyte
from wcwidth import wcwidth

TIMEOUT = float(os.environ.get("JAMTUI_TERMINAL_TIMEOUT", "30"))
"""Seconds any wait may take before it fails (generous: a loaded machine is slow, not wrong)."""

JAMTUI = Path(sys.executable).with_name("jamtui")
"""The venv's console script: the command a user runs."""

KEYS: dict[str, str] = {
    "enter": "\r",
    "tab": "\t",
    "shift+tab": "\x1b[Z",
    "escape": "\x1b[27u",
    "backspace": "\x7f",
    "space": " ",
    "up": "\x1b[A",
    "down": "\x1b[B",
    "right": "\x1b[C",
    "left": "\x1b[D",
    "home": "\x1b[H",
    "end": "\x1b[F",
    "pageup": "\x1b[5~",
    "pagedown": "\x1b[6~",
    "insert": "\x1b[2~",
    "delete": "\x1b[3~",
    "f1": "\x1bOP",
    "f2": "\x1bOQ",
    "f3": "\x1bOR",
    "f4": "\x1bOS",
    "f5": "\x1b[15~",
    "f6": "\x1b[17~",
    "f7": "\x1b[18~",
    "f8": "\x1b[19~",
    "f9": "\x1b[20~",
    "f10": "\x1b[21~",
    "f11": "\x1b[23~",
    "f12": "\x1b[24~",
}
"""Key names (Textual's) to the bytes an xterm sends; ``ctrl+a`` … ``ctrl+z`` are computed."""

_ANSI = re.compile(r"\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b\[[0-?]*[ -/]*[@-~]|\x1b[@-Z\\-_]")


def key_bytes(key: str) -> bytes:
    """The bytes a terminal sends for one key name (``f4``, ``ctrl+o``, ``a``, ``ä``)."""
    if key in KEYS:
        return KEYS[key].encode()
    if key.startswith("ctrl+") and len(key) == 6 and key[5].isalpha():
        return bytes([ord(key[5].lower()) - ord("a") + 1])
    if len(key) == 1:
        return key.encode()
    raise ValueError(f"unknown key name: {key!r}")


def plain(output: bytes | str) -> str:
    """Terminal output as text: escape sequences removed, line ends normalised."""
    text = output.decode("utf-8", "replace") if isinstance(output, bytes) else output
    return _ANSI.sub("", text).replace("\r\n", "\n").replace("\r", "\n")


def _row_text(line: Mapping[int, pyte.screens.Char], columns: int) -> str:
    """One row of a pyte screen as text, as ``pyte.Screen.display`` renders it."""
    chars = []
    wide = False
    for x in range(columns):
        if wide:  # the stub cell after a wide character
            wide = False
            continue
        char = line[x].data
        wide = wcwidth(char[0]) == 2
        chars.append(char)
    return "".join(chars)


@dataclass(frozen=True)
class Exit:
    """How the process ended."""

    code: int
    """Exit status (negative: killed by that signal)."""
    output: str
    """Everything written after the app left the alternate screen, as plain text."""
    traceback: str
    """A Python traceback in the output (from its first line on), or ``""``."""


class Terminal:
    """One ``jamtui`` process in a pseudo-terminal of ``size`` (columns, rows)."""

    def __init__(
        self,
        *args: str,
        size: tuple[int, int] = (80, 24),
        env: Mapping[str, str] | None = None,
        command: str | os.PathLike[str] = JAMTUI,
    ) -> None:
        self.size = size
        columns, rows = size
        self._screen = pyte.Screen(columns, rows)
        self._stream = pyte.Stream(self._screen)
        self._decoder = codecs.getincrementaldecoder("utf-8")("replace")
        self._raw = bytearray()
        self._lock = threading.Condition()
        self._text: tuple[str, ...] = tuple(self._screen.display)
        self.changed_at = time.monotonic()
        """When the screen's text last changed (``time.monotonic()``)."""
        self._ended = False
        self._sent_over: str | None = None  # the screen when keys were last sent
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        child_env = {
            k: v for k, v in os.environ.items() if not k.startswith(("TEXTUAL", "JAMTUI_"))
        }
        child_env.update(
            {"TERM": "xterm-256color", "COLORTERM": "truecolor", "LANG": "C.UTF-8"},
        )
        for name in ("COLUMNS", "LINES", "NO_COLOR"):
            child_env.pop(name, None)
        child_env.update(env or {})
        try:
            self.process = subprocess.Popen(
                [os.fspath(command), *args],
                stdin=slave,
                stdout=slave,
                stderr=slave,
                env=child_env,
                start_new_session=True,
                close_fds=True,
            )
        finally:
            os.close(slave)
        self._master = master
        self._reader = threading.Thread(target=self._read, name="terminal-reader", daemon=True)
        self._reader.start()

    # -- context manager ----------------------------------------------------------------------
    def __enter__(self) -> Terminal:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Kill the process if it still runs and free the terminal."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
        self._reader.join(timeout=5)
        if self._master >= 0:
            os.close(self._master)
            self._master = -1

    # -- output ---------------------------------------------------------------------------------
    def _read(self) -> None:
        while True:
            try:
                chunk = os.read(self._master, 65536)
            except OSError:  # EIO: the child closed the terminal
                chunk = b""
            with self._lock:
                if not chunk:
                    self._ended = True
                    self._lock.notify_all()
                    return
                self._raw += chunk
                self._stream.feed(self._decoder.decode(chunk))
                text = self._redrawn()
                if text != self._text:
                    self._text = text
                    self.changed_at = time.monotonic()
                self._lock.notify_all()

    def _redrawn(self) -> tuple[str, ...]:
        """The screen's text with the rows pyte marked dirty read again (what ``display`` gives).

        Reading only the changed rows keeps the reader cheap: Textual repaints a few regions
        per key, and reading all of a 120x40 screen after every chunk cost ~2 ms.
        """
        screen = self._screen
        rows = list(self._text)
        if len(rows) != screen.lines:
            rows = [""] * screen.lines
            screen.dirty.update(range(screen.lines))
        for y in screen.dirty:
            if y < screen.lines:
                rows[y] = _row_text(screen.buffer[y], screen.columns)
        screen.dirty.clear()
        return tuple(rows)

    @property
    def raw(self) -> bytes:
        """Every byte the app has written to the terminal so far."""
        with self._lock:
            return bytes(self._raw)

    def lines(self) -> list[str]:
        """The screen as it is now, one string per row (trailing spaces removed)."""
        with self._lock:
            return [row.rstrip() for row in self._text]

    def reverse_video(self, row: int) -> list[int]:
        """The columns of screen row ``row`` drawn in reverse video (a scroll bar's thumb, a
        key in the key bar)."""
        with self._lock:
            line = self._screen.buffer[row]
            return [column for column in range(self.size[0]) if line[column].reverse]

    def screen(self) -> str:
        """The screen as it is now, as text."""
        return "\n".join(self.lines())

    def dump(self) -> str:
        """The screen framed for a failure message."""
        width = self.size[0]
        rule = "+" + "-" * width + "+"
        body = "\n".join(f"|{row.ljust(width)}|" for row in self.lines())
        return f"{rule}\n{body}\n{rule}"

    # -- waiting ----------------------------------------------------------------------------------
    def wait_until(
        self, condition: Callable[[], object], what: str, timeout: float | None = None
    ) -> float:
        """Wait until ``condition()`` is true; return ``time.monotonic()`` when it first was.

        The condition is checked on every screen update and at least every 20 ms (for
        conditions on files). Fails with ``what`` and the screen after ``timeout`` seconds.
        """
        self._sent_over = None  # waiting on anything else settles the keys' ambiguity
        deadline = time.monotonic() + (TIMEOUT if timeout is None else timeout)
        while True:
            if condition():
                return time.monotonic()
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            with self._lock:
                if self._ended and self.process.poll() is not None:
                    if condition():
                        return time.monotonic()
                    raise AssertionError(
                        f"jamtui ended (exit {self.process.returncode}) while waiting for: "
                        f"{what}\n{self.dump()}\n{self.output_after_exit()}"
                    )
                self._lock.wait(min(remaining, 0.02))
        raise AssertionError(f"timed out after waiting for: {what}\n{self.dump()}")

    def wait_for(self, text: str, timeout: float | None = None, *, already: bool = False) -> float:
        """Wait until ``text`` is on the screen (within one row); return when it appeared.

        The first wait after keys were sent must be for something those keys bring: text
        that was on the screen already when they were sent proves nothing (under load the
        keys may not have been read yet) and fails at once, unless ``already`` says that
        is expected.
        """
        before, self._sent_over = self._sent_over, None
        if not already and before is not None and text in before:
            raise AssertionError(
                f"ambiguous wait: {text!r} was on the screen before the last keys were sent; "
                f"wait for something they bring\n{self.dump()}"
            )
        return self.wait_until(lambda: text in self.screen(), f"{text!r} on the screen", timeout)

    def wait_gone(self, text: str, timeout: float | None = None, *, already: bool = False) -> float:
        """Wait until ``text`` is no longer on the screen (the same rule as ``wait_for``)."""
        before, self._sent_over = self._sent_over, None
        if not already and before is not None and text not in before:
            raise AssertionError(
                f"ambiguous wait: {text!r} was not on the screen before the last keys were "
                f"sent; wait for something they change\n{self.dump()}"
            )
        return self.wait_until(
            lambda: text not in self.screen(), f"{text!r} gone from the screen", timeout
        )

    def wait_settled(self, quiet: float = 0.15, timeout: float | None = None) -> float:
        """Wait until the screen's text has not changed for ``quiet`` seconds.

        Returns when it last changed: the moment the screen settled. (A blinking cursor
        changes colours, not text, so it does not keep the screen unsettled.)
        """
        self.wait_until(
            lambda: time.monotonic() - self.changed_at >= quiet,
            f"the screen to stay unchanged for {quiet} s",
            timeout,
        )
        with self._lock:
            return self.changed_at

    # -- input ----------------------------------------------------------------------------------
    def write(self, data: bytes) -> float:
        """Send raw bytes as if typed; return ``time.monotonic()`` just before sending."""
        self._sent_over = self.screen()
        sent = time.monotonic()
        view = memoryview(data)
        while view:
            written = os.write(self._master, view)
            view = view[written:]
        return sent

    def press(self, *keys: str) -> float:
        """Press keys by name, one after the other; return when the first was sent."""
        return self.write(b"".join(key_bytes(key) for key in keys))

    def type(self, text: str) -> float:
        """Type ``text`` (its characters as keys; a newline is Enter)."""
        return self.write(text.replace("\n", "\r").encode())

    def resize(self, columns: int, rows: int) -> None:
        """Resize the terminal, as a user dragging the window does."""
        with self._lock:
            self.size = (columns, rows)
            self._screen.resize(rows, columns)
            self._screen.dirty.update(range(rows))
        fcntl.ioctl(self._master, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        os.killpg(self.process.pid, signal.SIGWINCH)

    # -- ending -------------------------------------------------------------------------------
    def output_after_exit(self) -> str:
        """Plain text written after the app left the alternate screen (tracebacks go there)."""
        raw = self.raw
        cut = raw.rfind(b"\x1b[?1049l")
        return plain(raw[cut:] if cut >= 0 else raw)

    def wait_exit(self, timeout: float | None = None) -> Exit:
        """Wait for the process to end; its exit code, output after the app and traceback."""
        try:
            code = self.process.wait(TIMEOUT if timeout is None else timeout)
        except subprocess.TimeoutExpired:
            raise AssertionError(f"jamtui did not end\n{self.dump()}") from None
        self._reader.join(timeout=5)
        output = self.output_after_exit()
        found = output.find("Traceback")
        return Exit(code, output, output[found:] if found >= 0 else "")

    def quit(self, *keys: str, timeout: float | None = None) -> Exit:
        """Press ``keys`` (default Ctrl+Q) and wait for the process to end."""
        self.press(*(keys or ("ctrl+q",)))
        return self.wait_exit(timeout)
