"""Answer values and what counts as answered."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from jamtui.core.model import NA_VALUE, Item, ItemType

AnswerValue = str | int | tuple[str, ...]
"""yesno: "ja"/"nej"/"na"; scale: int or "na"; choice: str; multichoice: tuple of str; text: str."""

Values = Mapping[str, AnswerValue | None]


ACTION_STATUSES = ("ej-paborjad", "pagar", "klar", "struken")
"""An action row's status as stored in files (the UI shows them in words)."""

DEFAULT_ACTION_STATUS = "ej-paborjad"


@dataclass(frozen=True)
class ActionRow:
    """One row of an action plan: åtgärd, ansvarig, klart senast, status, kommentar.

    ``id`` is stable (``a-`` + 8 hex) once the row is stored; ``draft`` marks a row typed but
    not yet added as a complete row.
    """

    what: str
    who: str = ""
    due: str = ""
    id: str = ""
    status: str = DEFAULT_ACTION_STATUS
    comment: str = ""
    draft: bool = False

    def is_empty(self) -> bool:
        return not (
            self.what.strip() or self.who.strip() or self.due.strip() or self.comment.strip()
        )


def is_answered(value: object) -> bool:
    """True when ``value`` is a real answer (N/A counts as an answer)."""
    if value is None:
        return False
    if isinstance(value, str):
        return value.strip() != ""
    if isinstance(value, tuple | list):
        return len(value) > 0
    return True


def is_na(value: object) -> bool:
    return value == NA_VALUE


def value_error(item: Item, value: object) -> str | None:
    """Why ``value`` is not a value ``item`` can take, or None when it is acceptable.

    Returns an English key-like reason; the UI and CLI translate it.
    """
    if value is None:
        return None
    if value == NA_VALUE:
        return None if item.allows_na else "na_not_allowed"
    if item.type is ItemType.YESNO:
        return None if value in ("ja", "nej") else "not_yesno"
    if item.type is ItemType.SCALE:
        if isinstance(value, bool) or not isinstance(value, int) or item.scale is None:
            return "not_on_scale"
        return None if item.scale.level(value) is not None else "not_on_scale"
    if item.type is ItemType.CHOICE:
        return None if isinstance(value, str) and item.choice(value) else "not_a_choice"
    if item.type is ItemType.MULTICHOICE:
        if not isinstance(value, tuple | list):
            return "not_a_choice"
        return None if all(isinstance(v, str) and item.choice(v) for v in value) else "not_a_choice"
    if item.type is ItemType.TEXT:
        return None if isinstance(value, str) else "not_text"
    return "no_value_for_actions"


def parse_value(item: Item, raw: str) -> AnswerValue:
    """Turn what a user typed (CLI, a form) into the value ``item`` stores; may raise ValueError."""
    text = raw.strip()
    if item.type is ItemType.TEXT:
        return raw
    if text.casefold() in ("na", "ej aktuellt", "n/a"):
        return NA_VALUE
    if item.type is ItemType.YESNO:
        lowered = text.casefold()
        if lowered in ("ja", "yes", "j", "y"):
            return "ja"
        if lowered in ("nej", "no", "n"):
            return "nej"
        raise ValueError(text)
    if item.type is ItemType.SCALE:
        # Plain ASCII digits only: int() would also take "1_0" and "٥".
        if not re.fullmatch(r"[+-]?[0-9]+", text):
            raise ValueError(text)
        return int(text)
    if item.type is ItemType.MULTICHOICE:
        parts = (part.strip() for part in text.split(","))
        return tuple(dict.fromkeys(part for part in parts if part))  # each option once
    return text
