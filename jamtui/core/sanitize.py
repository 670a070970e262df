"""Neutralise terminal escape sequences and invisible control characters in untrusted text.

The one sanitiser of jamtui. Three forms, one character set:

- ``strip_controls``: names, titles, one-line messages: escape sequences and controls removed.
- ``show_controls``: text a person reads or edits (notes, answers): every unsafe character
  replaced by exactly one visible character (``␛`` for ESC), so nothing is hidden and a text
  area's columns still match the stored text character for character.
- ``has_unsafe``: whether text holds anything either form would change.
"""

from __future__ import annotations

import functools
import re


@functools.cache
def _escapes() -> re.Pattern[str]:
    """ESC-introduced sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), other
    2-character escapes. (Patterns are compiled when first wanted: most text is printable
    and never needs them, and start-up is measured.)"""
    return re.compile(
        r"""
        \x1b\[[0-?]*[ -/]*[@-~]            # CSI
        | \x1b\][^\x07\x1b]*(?:\x07|\x1b\\)? # OSC, ended by BEL or ST (or cut off)
        | \x1b[PX^_][^\x1b]*(?:\x1b\\)?    # DCS, SOS, PM, APC
        | \x1b[@-Z\\-_]                    # two-character escapes
        | \x9b[0-?]*[ -/]*[@-~]            # 8-bit CSI
        | \x9d[^\x07\x1b\x9c]*(?:\x07|\x9c|\x1b\\)?  # 8-bit OSC
        | [\x90\x98\x9e\x9f][^\x1b\x9c]*(?:\x9c|\x1b\\)?  # 8-bit DCS, SOS, PM, APC
        """,
        re.VERBOSE,
    )


# Characters a terminal acts on or that change how text around them is shown:
# C0 controls except tab and newline, DEL, C1 controls; bidirectional embeddings, overrides,
# isolates and marks (text shown in a misleading order); zero-width and invisible characters;
# line/paragraph separators; lone surrogates (undecodable bytes from the command line).
UNSAFE_CLASS = (
    "\x00-\x08\x0b-\x1f\x7f-\x9f"
    "\u061c\u180e\u200b-\u200f\u202a-\u202e\u2028\u2029\u2060-\u2064\u2066-\u206f"
    "\ufeff\ufff9-\ufffb\ud800-\udfff"
)


@functools.cache
def _unsafe(extra: str = "") -> re.Pattern[str]:
    """One unsafe character, or one of ``extra``."""
    return re.compile(f"[{UNSAFE_CLASS}{extra}]")


REPLACEMENT = "\ufffd"
"""Shown for an unsafe character that has no picture of its own (C1, bidi, zero-width)."""


def _picture(char: str) -> str:
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ … ␟ (Unicode control pictures): ESC is ␛
    if code == 0x7F:
        return "\u2421"  # ␡
    return REPLACEMENT


_PICTURES: dict[int, str] = {}


def _picture_of(match: re.Match[str]) -> str:
    char = match.group()
    found = _PICTURES.get(ord(char))
    if found is None:
        found = _PICTURES[ord(char)] = _picture(char)
    return found


def strip_controls(text: str, keep_newlines: bool = True) -> str:
    """``text`` without escape sequences and control characters.

    Carriage returns become newlines (``\\r\\n`` → ``\\n``); tabs are kept; with
    ``keep_newlines=False`` line breaks become spaces.
    """
    if text.isprintable():  # no control, escape, line break or bidi character: nothing to do
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _escapes().sub("", text)
    text = _unsafe().sub("", text)
    if not keep_newlines:
        text = " ".join(text.split("\n"))
    return text


def show_controls(text: str, keep_tabs: bool = True, keep_newlines: bool = True) -> str:
    """``text`` with every unsafe character replaced by one visible character.

    ESC becomes ``␛``, other C0 controls their control picture, DEL ``␡``; C1 controls,
    bidi and zero-width characters ``\ufffd``. Newlines (and tabs, with ``keep_tabs``) are kept,
    so lines and columns match ``text`` exactly.
    """
    pattern = _unsafe(("" if keep_tabs else "\t") + ("" if keep_newlines else "\n"))
    if pattern.search(text) is None:
        return text
    return pattern.sub(_picture_of, text)


def has_unsafe(text: str) -> bool:
    """Whether ``text`` holds an escape, a control, a bidi or an invisible character."""
    return _unsafe().search(text) is not None
