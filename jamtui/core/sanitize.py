"""Remove terminal escape sequences and control characters from text before showing it."""

from __future__ import annotations

import re

# ESC-introduced sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), other 2-char escapes.
_ESCAPES = re.compile(
    r"""
    \x1b\[[0-?]*[ -/]*[@-~]            # CSI
    | \x1b\][^\x07\x1b]*(?:\x07|\x1b\\)? # OSC, ended by BEL or ST (or cut off)
    | \x1b[PX^_][^\x1b]*(?:\x1b\\)?    # DCS, SOS, PM, APC
    | \x1b[@-Z\\-_]                    # two-character escapes
    | \x9b[0-?]*[ -/]*[@-~]            # 8-bit CSI
    """,
    re.VERBOSE,
)
# C0 controls except tab and newline, DEL, C1 controls, and bidirectional overrides/isolates
# (which can make text display in a misleading order).
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def strip_controls(text: str, keep_newlines: bool = True) -> str:
    """``text`` without escape sequences and control characters.

    Carriage returns become newlines (``\\r\\n`` → ``\\n``); tabs are kept; with
    ``keep_newlines=False`` line breaks become spaces.
    """
    if text.isprintable():  # no control, escape, line break or bidi character: nothing to do
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ESCAPES.sub("", text)
    text = _CONTROLS.sub("", text)
    if not keep_newlines:
        text = " ".join(text.split("\n"))
    return text
