"""The whiteboard spread of participants' ratings: who chose what, min, max and median."""

from __future__ import annotations

import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from jamtui.core.answers import AnswerValue
from jamtui.core.model import NA_VALUE, Item, ItemType


@dataclass(frozen=True)
class Spread:
    """Ratings of one item, grouped by value in scale order."""

    by_value: tuple[tuple[AnswerValue, tuple[str, ...]], ...]
    na: tuple[str, ...]
    missing: tuple[str, ...]
    minimum: float | None
    maximum: float | None
    median: float | None

    @property
    def count(self) -> int:
        return sum(len(names) for _, names in self.by_value) + len(self.na)


def spread(item: Item, ratings: Mapping[str, AnswerValue], participants: Sequence[str]) -> Spread:
    """Group ``ratings`` by value; numeric statistics ignore N/A (listed apart)."""
    order = list(participants) + sorted(name for name in ratings if name not in participants)
    values: list[AnswerValue] = []
    if item.type is ItemType.SCALE and item.scale is not None:
        values = [level.value for level in item.scale.levels]
    elif item.type is ItemType.YESNO:
        values = ["ja", "nej"]
    elif item.type is ItemType.CHOICE:
        values = [choice.value for choice in item.choices]
    by_value = tuple(
        (value, tuple(name for name in order if ratings.get(name) == value)) for value in values
    )
    numbers = [float(v) for v in ratings.values() if isinstance(v, int) and not isinstance(v, bool)]
    return Spread(
        by_value=by_value,
        na=tuple(name for name in order if ratings.get(name) == NA_VALUE),
        missing=tuple(name for name in participants if name not in ratings),
        minimum=min(numbers) if numbers else None,
        maximum=max(numbers) if numbers else None,
        median=statistics.median(numbers) if numbers else None,
    )


def all_rated(participants: Sequence[str], ratings: Mapping[str, AnswerValue]) -> bool:
    return bool(participants) and all(name in ratings for name in participants)
