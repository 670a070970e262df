"""Three-way merge of free text (notes) line by line; overlapping edits keep both versions."""

from __future__ import annotations

from difflib import SequenceMatcher
from typing import NamedTuple

Hunk = tuple[int, int, list[str]]
"""A change over the base: lines [start, end) replaced by the given lines."""


class TextMerge(NamedTuple):
    """The merged text, and whether two edits overlapped (then both versions are in it)."""

    text: str
    conflict: bool


def _hunks(base: list[str], other: list[str]) -> list[Hunk]:
    matcher = SequenceMatcher(None, base, other, autojunk=False)
    return [
        (i1, i2, other[j1:j2]) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"
    ]


def join_versions(first: str, second: str) -> str:
    """Both versions of a text, in a stable order, one after the other."""
    a, b = sorted((first, second))
    if not a.strip():
        return b
    if not b.strip():
        return a
    return f"{a.rstrip()}\n\n{b}"


def _touch(one: Hunk, other: Hunk) -> bool:
    return other[0] <= one[1] and other[1] >= one[0]


def merge_text(base: str, ours: str, theirs: str) -> TextMerge:
    """Merge two edits of ``base``; symmetric in ``ours`` and ``theirs``.

    Edits to lines apart from each other are both applied; edits that overlap or touch keep
    both whole versions (nothing is lost) and report a conflict.
    """
    if ours == theirs or theirs == base:
        return TextMerge(ours, False)
    if ours == base:
        return TextMerge(theirs, False)
    base_lines = base.splitlines(keepends=True)
    if base_lines and not base_lines[-1].endswith("\n"):
        base_lines[-1] += "\n"  # so an addition after the last line is not a change to it
        ours, theirs = ours + "\n", theirs + "\n"
        strip_end = True
    else:
        strip_end = False
    mine = _hunks(base_lines, ours.splitlines(keepends=True))
    other = _hunks(base_lines, theirs.splitlines(keepends=True))
    out: list[str] = []
    pos = i = j = 0
    while i < len(mine) or j < len(other):
        if j >= len(other) or (i < len(mine) and mine[i][0] <= other[j][0]):
            hunk, rival = mine[i], other[j] if j < len(other) else None
            i += 1
            if rival is not None and _touch(hunk, rival):
                if rival != hunk:
                    return _conflict(ours, theirs, strip_end)
                j += 1
        else:
            hunk, rival = other[j], mine[i] if i < len(mine) else None
            j += 1
            if rival is not None and _touch(hunk, rival):
                return _conflict(ours, theirs, strip_end)
        out.extend(base_lines[pos : hunk[0]])
        out.extend(hunk[2])
        pos = hunk[1]
    out.extend(base_lines[pos:])
    text = "".join(out)
    if strip_end and text.endswith("\n"):
        text = text[:-1]
    return TextMerge(text, False)


def _conflict(ours: str, theirs: str, strip_end: bool) -> TextMerge:
    if strip_end:
        ours, theirs = ours[:-1], theirs[:-1]
    return TextMerge(join_versions(ours, theirs), True)
