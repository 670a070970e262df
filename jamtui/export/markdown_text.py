"""Escape user text for Markdown so it reads literally and can never change the structure."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

from jamtui.core.sanitize import strip_controls

# Characters escaped wherever they appear: each can open or delimit markup in any position
# (code spans, emphasis, GFM strikethrough and table cells, link and image openers). A
# ``]`` or ``!`` cannot make a link without an unescaped ``[``, so they stay as typed.
_ALWAYS = frozenset("\\`*|~[")
# ``&`` only starts markup as a character reference (``&amp;``, ``&#123;``).
_ENTITY = re.compile(r"&(?=#[0-9xX]|[A-Za-z0-9]+;)")
# Constructs that only mean something at the start of a line.
_BLOCK_START = re.compile(
    r"^(#{1,6}(?=\s|$)|[-+*](?=\s|$)|>|=+\s*$|-+\s*$|(\d{1,9})([.)])(?=\s|$))"
)
_SPECIAL = re.compile(r"[\\`*|~\[_<&]")
NBSP = "\u00a0"


@functools.lru_cache(maxsize=1024)  # labels and answer words repeat in every report
def escape_inline(text: str) -> str:
    """One line of user text as literal Markdown (no line breaks in the result)."""
    return _escape_line(strip_controls(text, keep_newlines=False).strip())


def _escape_line(line: str) -> str:
    stripped = line.lstrip(" \t")
    indent = len(line) - len(stripped)
    escaped = _escape_chars(stripped)
    match = _BLOCK_START.match(escaped)
    if match:
        if match.group(2) is not None:
            escaped = f"{match.group(2)}\\{match.group(3)}{escaped[match.end() :]}"
        else:
            escaped = "\\" + escaped
    return NBSP * indent + escaped


def _escape_chars(text: str) -> str:
    """Backslash-escape what could become inline markup, and nothing that reads as plain text.

    ``_`` between two letters or digits (``snake_case``) can neither open nor close
    emphasis; ``<`` followed by a space or a non-ASCII letter (``a < b``) cannot start a
    tag, a comment or an autolink; ``&`` is escaped only where it would start an entity.
    Everything else a reader types (``Åsa & Örjan``, ``100 %``, ``Hur?!``) stays as is.
    """
    # Only the few characters that can matter are looked at; the rest is copied by ``re``.
    last = len(text) - 1

    def decide(match: re.Match[str]) -> str:
        char = match.group()
        index = match.start()
        if char in _ALWAYS:
            return "\\" + char
        before = text[index - 1] if index > 0 else " "
        after = text[index + 1] if index < last else " "
        if char == "_":
            return "_" if before.isalnum() and after.isalnum() else "\\_"
        if char == "<":
            return "<" if after.isspace() or not after.isascii() else "\\<"
        return "\\&" if _ENTITY.match(text, index) else "&"

    return _SPECIAL.sub(decide, text)


def escape_chars(text: str) -> str:
    """Inline markup characters of ``text`` escaped, nothing else changed (no line-start rules)."""
    return _escape_chars(text)


@functools.lru_cache(maxsize=2048)  # "Svar", guidance and section texts repeat in every report
def escape_block(text: str) -> str:
    """Multi-line user text as a literal Markdown paragraph that keeps its line breaks."""
    lines = [line.rstrip() for line in strip_controls(text).expandtabs(4).split("\n")]
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            paragraphs[-1].append(_escape_line(line))
        elif paragraphs[-1]:
            paragraphs.append([])
    # A backslash at the end of a line is a hard line break in CommonMark.
    return "\n\n".join("\\\n".join(paragraph) for paragraph in paragraphs if paragraph)


@functools.lru_cache(maxsize=4096)  # the same names, dates and statuses fill many cells
def escape_cell(text: str) -> str:
    """User text for a GFM table cell: one line, pipes escaped, line breaks as ``<br>``."""
    lines = [line.strip() for line in strip_controls(text).expandtabs(4).split("\n")]
    # A cell holds inlines only: "# x", "- x" or "1. x" cannot start a block there.
    return "<br>".join(_escape_chars(line) for line in lines if line) or " "


@functools.lru_cache(maxsize=4096)  # the item texts of a checklist head every one of its reports
def escape_heading(text: str) -> str:
    """User text for a heading's content: inline markup and ``#`` escaped, one line."""
    flat = strip_controls(text, keep_newlines=False).strip()
    return _escape_chars(flat).replace("#", "\\#")


@functools.lru_cache(maxsize=8192)  # earlier actions repeat in every later report
def text_row(cells: tuple[str, ...]) -> str:
    """One table row of user text, each cell as ``escape_cell`` makes it."""
    return "| " + " | ".join(map(escape_cell, cells)) + " |"  # (a cell is never empty)


def text_table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """A GFM table of user text, the one builder: every cell escaped as ``escape_cell`` does
    (an empty one is a space), each distinct row rendered once."""
    rule = "| " + " | ".join("---" for _ in headers) + " |"
    body = [text_row(tuple(row)) for row in rows]  # (tuple() of a tuple is the tuple itself)
    return "\n".join([text_row(tuple(headers)), rule, *body])
