"""A small, fast writer of canonical TOML for the files jamtui owns.

tomlkit re-renders a whole document on every save (milliseconds for a long run); this writer
builds the text directly. Files a person has edited by hand are saved through tomlkit
instead, so their comments and layout survive (see ``jamtui.storage.run_file``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")
_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
}
_NEEDS_ESCAPE = re.compile(r'[\\"\x00-\x1f\x7f]')


def _escape_char(match: re.Match[str]) -> str:
    char = match.group(0)
    return _ESCAPES.get(char) or f"\\u{ord(char):04x}"


def key(name: str) -> str:
    """A bare key when possible, else a quoted one (always on one line: keys cannot span lines)."""
    return name if _BARE_KEY.match(name) else '"' + _NEEDS_ESCAPE.sub(_escape_char, name) + '"'


TOML_INT_MIN = -(2**63)
TOML_INT_MAX = 2**63 - 1


def string(text: str) -> str:
    """A TOML string; multi-line text uses a multi-line basic string that reads naturally."""
    if "\n" in text:
        body = _NEEDS_ESCAPE.sub(lambda m: "\n" if m.group(0) == "\n" else _escape_char(m), text)
        return f'"""\n{body}"""'
    return '"' + _NEEDS_ESCAPE.sub(_escape_char, text) + '"'


Scalar = str | int | float | bool


def value(item: object) -> str:
    """A TOML value for a str, int, float, bool or a list of those."""
    if isinstance(item, bool):
        return "true" if item else "false"
    if isinstance(item, int):
        if not TOML_INT_MIN <= item <= TOML_INT_MAX:
            raise ValueError(f"integer out of TOML's range: {item}")
        return repr(item)
    if isinstance(item, float):
        return repr(item)
    if isinstance(item, str):
        return string(item)
    if isinstance(item, Mapping):
        return inline_table(item)
    if isinstance(item, Sequence):
        return "[" + ", ".join(value(v) for v in item) + "]"
    raise TypeError(type(item).__name__)


def pairs(mapping: Mapping[str, object]) -> str:
    """``key = value`` lines for the scalar entries of ``mapping`` (None values skipped)."""
    return "".join(f"{key(k)} = {value(v)}\n" for k, v in mapping.items() if v is not None)


def inline_table(mapping: Mapping[str, object]) -> str:
    inner = ", ".join(f"{key(k)} = {value(v)}" for k, v in mapping.items() if v is not None)
    return "{ " + inner + " }" if inner else "{}"


def single_line_string(text: str) -> str:
    """A TOML basic string on one line (line breaks escaped), for inline tables."""
    return '"' + _NEEDS_ESCAPE.sub(_escape_char, text) + '"'
