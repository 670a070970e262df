"""Escape sequences a hostile data folder or checklist might hold, and what must not leak."""

from __future__ import annotations

OSC52 = "\x1b]52;c;SGFja2VkIGNsaXBib2FyZA==\x07"  # set the clipboard
OSC2 = "\x1b]2;PWNED-TITLE\x07"  # set the window title
OSC8 = "\x1b]8;;https://evil.example/x\x1b\\klicka\x1b]8;;\x1b\\"  # a live hyperlink
CSI = "\x1b[31;1;4mROT\x1b[2J\x1b[6n"  # colour, clear screen, ask for the cursor position
C1 = "\x9b31;1;4m\x9d0;C1TITLE\x9c"  # 8-bit CSI and OSC
BIDI = "\u202eevil\u202c\u2066x\u2069"  # right-to-left override, isolate
ZERO_WIDTH = "a\u200bb\u200dc\ufeffd"

ALL = OSC52 + OSC2 + OSC8 + CSI + C1 + BIDI + ZERO_WIDTH

FORBIDDEN: tuple[bytes, ...] = (
    b"\x1b]52",
    b"PWNED-TITLE\x07",
    b"\x1b]2;PWNED",
    b"https://evil.example",
    b"\x1b[31;1;4m",
    b"\x1b[6n",
    "\x9b".encode(),
    "\x9d".encode(),
    "\u202e".encode(),
    "\u2066".encode(),
    "\u200b".encode(),
)
"""Byte strings that would mean a payload reached the terminal raw."""


def leaks(output: bytes) -> list[bytes]:
    """The forbidden byte strings found in ``output``."""
    return [bad for bad in FORBIDDEN if bad in output]
