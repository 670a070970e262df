"""A corpus of hostile strings and broken or special files, by class, for every entry point.

Strings cover: terminal escapes (CSI, OSC 52/2/8, DCS/APC/PM/SOS), each C0 control, DEL,
C1 (8-bit CSI/OSC), bidi embeddings, overrides, isolates and marks, zero-width characters,
line and paragraph separators, TOML, Markdown, HTML and Rich markup, format placeholders,
shell syntax, paths and device names, normalisation traps, right-to-left scripts, emoji
sequences, and very long text. Files cover what can sit where jamtui reads: FIFOs, devices
and links to them, links out of the data folder, folders in place of files, empty, huge,
binary, non-UTF-8, UTF-16, deeply nested, truncated, and wrong-typed content.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

from tests.safety import payloads

ESCAPES = [
    payloads.OSC52,
    payloads.OSC2,
    payloads.OSC8,
    payloads.CSI,
    "\x1b]0;titel\x1b\\",
    "\x1bP+q544e\x1b\\",  # DCS: request terminal name
    "\x1b_APC-data\x1b\\",
    "\x1b^PM\x1b\\",
    "\x1bXSOS\x1b\\",
    "\x1b[?1049l\x1b[?25l",  # leave the alternate screen, hide the cursor
    "\x1b[1;1H\x1b[J",
    "\x1bc",  # full reset
    "\x1b[5n\x1b[c",  # status and device attribute queries
    "\x1b]52;c;?\x07",  # clipboard query
    "\x1b[201~",  # end of bracketed paste
    "\x1b",  # a lone ESC at the end
]
C0 = [chr(code) for code in range(0x00, 0x20) if chr(code) not in "\t\n"] + ["\x7f"]
C1 = [payloads.C1, "\x9b2J", "\x85", "\x9c", "\x90q\x9c", "\x9f"]
BIDI = [
    payloads.BIDI,
    "abc\u202edcba",
    "\u202a\u202b\u202c\u202d",
    "\u2066\u2067\u2068\u2069",
    "\u200e\u200f\u061c",
]
ZERO_WIDTH = [payloads.ZERO_WIDTH, "\u2060\u2061\u2062\u2063\u2064", "\ufeffBOM", "\u180e"]
SEPARATORS = ["a\u2028b", "a\u2029b", "rad\r\nrad", "rad\rrad", "a\x0bb\x0cc", "\n\n\n"]
MARKUP = [
    '"""',
    "'''",
    "\\",
    '\\"',
    '"',
    "]]\n[[x]]",
    'key = "value"\n[table]',
    "# kommentar",
    "# Rubrik\n## två",
    "| a | b |\n|---|---|",
    "<script>alert(1)</script>",
    "[länk](javascript:alert(1))",
    "[bold]Rich[/bold] [link=https://x]y[/link] [/]",
    "*fet* _kursiv_ `kod`",
    "{name} {0} {} %s %(x)s",
    "$(rm -rf ~) `id` ; | &",
]
PATHS = ["../../etc/passwd", "/etc/shadow", "C:\\Windows\\system32", "CON", "nul", ".", "..", "a/b"]
UNICODE = [
    "A\u030angström",  # decomposed Å
    "Åsa Öst",
    "e\u0301" * 50,
    "مرحبا بالعالم",
    "שלום עולם",
    "👩\u200d💻 👨\u200d👩\u200d👧",
    "\U0001f1f8\U0001f1ea",
    "ǅ ß ẞ ﬁ",
    "x" * 10_000,
    "ö" * 201,
]

HOSTILE_STRINGS: list[str] = [
    *ESCAPES,
    *C0,
    *C1,
    *BIDI,
    *ZERO_WIDTH,
    *SEPARATORS,
    *MARKUP,
    *PATHS,
    *UNICODE,
]
assert len(HOSTILE_STRINGS) >= 60, len(HOSTILE_STRINGS)


# -- broken and special files -------------------------------------------------------------------

Maker = Callable[[Path], None]


def _text(content: str) -> Maker:
    return lambda path: path.write_text(content, encoding="utf-8")


def _bytes(content: bytes) -> Maker:
    return lambda path: path.write_bytes(content)


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _link(target: str) -> Maker:
    return lambda path: path.symlink_to(target)


def _folder(path: Path) -> None:
    path.mkdir()


def _huge(path: Path) -> None:
    with open(path, "wb") as handle:  # sparse: large, costs no disk
        handle.truncate(200 * 1024 * 1024)


def _outside(path: Path) -> None:
    outside = path.parent.parent / "utanfor.toml"
    outside.write_text('format = 2\nid = "x"\n', encoding="utf-8")
    path.symlink_to(outside)


SPECIAL_FILES: dict[str, Maker] = {
    "fifo": _fifo,
    "link-dev-zero": _link("/dev/zero"),
    "link-dev-null": _link("/dev/null"),
    "link-dev-urandom": _link("/dev/urandom"),
    "link-etc-passwd": _link("/etc/passwd"),
    "link-dangling": _link("/finns/inte"),
    "link-loop": lambda path: path.symlink_to(path.name),
    "link-outside": _outside,
    "folder": _folder,
    "empty": _bytes(b""),
    "huge-sparse": _huge,
    "binary": _bytes(bytes(range(256)) * 4),
    "nul-bytes": _bytes(b"format = 2\x00\x00\x00"),
    "latin-1": _bytes("namn = 'Åsa'\n".encode("latin-1")),
    "utf-16": _bytes('format = 2\nid = "x"\n'.encode("utf-16")),
    "utf-8-bom": _bytes(b"\xef\xbb\xbfformat = 2\n"),
    "deep-toml-arrays": _text("x = " + "[" * 5000 + "]" * 5000 + "\n"),
    "deep-toml-tables": _text("x = " + "{a = " * 3000 + "1" + "}" * 3000 + "\n"),
    "deep-json": _text("[" * 200_000),
    "truncated-toml": _text('format = 2\nid = "x\n[answers."a'),
    "toml-syntax": _text("= = =\n[[[]]]\n"),
    "nan-and-inf": _text("format = 2\nvalue = nan\nweight = inf\nx = -inf\n"),
    "huge-integer": _text("format = 2\nvalue = 99999999999999999999999999\n"),
    "wrong-types": _text('format = "två"\nid = 5\nstatus = []\nparticipants = "alla"\n'),
    "newer-format": _text('format = 99\nid = "x"\nstatus = "draft"\n'),
    "duplicate-keys": _text('format = 2\nformat = 2\nid = "a"\nid = "b"\n'),
    "json-not-object": _text("[1, 2, 3]"),
    "json-wrong-version": _text(json.dumps({"version": 999, "entries": {"x": 1}})),
    "crlf-only": _bytes(b"\r\n" * 1000),
    "escape-in-content": _text(
        f"format = 2\nid = {json.dumps(payloads.ALL)}\nname = {json.dumps(payloads.ALL)}\n"
    ),
    "control-key": _text('"\\u001b[2J" = 1\n"a\\nb" = 2\n'),
}
assert len(SPECIAL_FILES) >= 30, len(SPECIAL_FILES)
