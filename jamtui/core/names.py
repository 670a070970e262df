"""The one rule for names (organisation, unit, participant, facilitator, role): one clean line.

A name is a key and a label: ratings, slugs and lists are built from it, and it is drawn on
one line. So a name is NFC, trimmed, and holds no line break, tab, control, bidi or invisible
character. The CLI, the app and the storage API all call ``check_name``.
"""

from __future__ import annotations

import re
import unicodedata

from jamtui.core.sanitize import has_unsafe

MAX_NAME_LENGTH = 200

_LINE_BREAK = re.compile("[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


class NameProblem(ValueError):
    """A name that cannot be stored; ``reason`` is one of ``REASONS``."""

    def __init__(self, reason: str, text: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.text = text


REASONS = ("line_break", "tab", "control", "too_long")


def name_problem(text: str) -> str | None:
    """Why ``text`` cannot be a name (a reason of ``REASONS``), or None when it can."""
    if _LINE_BREAK.search(text):
        return "line_break"
    if "\t" in text:
        return "tab"
    if has_unsafe(text):
        return "control"
    if len(text) > MAX_NAME_LENGTH:
        return "too_long"
    return None


def check_name(text: str) -> str:
    """``text`` as a name (NFC, trimmed); NameProblem when it is not one line of plain text.

    An empty result is returned as ``""``: whether a name may be empty is the caller's rule.
    """
    clean = unicodedata.normalize("NFC", text).strip()
    reason = name_problem(clean)
    if reason is not None:
        raise NameProblem(reason, text)
    return clean
