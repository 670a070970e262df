"""Answer values and what counts as answered."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jamtui.core.model import Item

# Not importing the checklist model: listing runs reads answers, and the model was ~10 ms of
# the first screen when a runs index had to be rebuilt.
NA_VALUE = "na"
"""The stored value of "not applicable" (every item type that allows it)."""

TableValue = Mapping[str, Mapping[str, int | float]]
"""A table answer: ``{row id: {column id: number}}``, entered cells only."""

AnswerValue = str | int | float | tuple[str, ...] | TableValue
"""yesno: "ja"/"nej"/"na"; scale: int or "na"; choice: str; multichoice: tuple of str; text,
date: str; number: int or float; table: TableValue; a plugin type: any of these."""

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
    if isinstance(value, tuple | list | dict):
        return len(value) > 0
    return True


def is_na(value: object) -> bool:
    return value == NA_VALUE


def value_error(item: Item, value: object) -> str | None:
    """Why ``value`` is not a value ``item`` can take, or None when it is acceptable.

    Returns an English key-like reason; the UI and CLI translate it (``reason.<key>``).
    The item's type decides (``jamtui.core.items``); N/A is checked here for every type.
    """
    if value is None:
        return None
    if value == NA_VALUE:
        return None if item.allows_na else "na_not_allowed"
    return item.item_kind.value_error(item, value)


NA_WORDS = ("na", "ej aktuellt", "n/a", "not applicable")
"""What a user may type for "not applicable"."""


def parse_value(item: Item, raw: str) -> AnswerValue:
    """Turn what a user typed (CLI, a form) into the value ``item`` stores; may raise ValueError."""
    kind = item.item_kind
    if kind.na_capable and raw.strip().casefold() in NA_WORDS:
        return NA_VALUE
    value = kind.parse(item, raw)
    return value  # type: ignore[return-value]
