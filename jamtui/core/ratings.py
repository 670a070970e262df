"""The whiteboard spread of participants' ratings: who chose what, min, max and median.

Names are listed in the participant order given; a rater who is no longer a participant
still appears, after them, in Swedish alphabetical order. Names are compared in NFC, so
"Åsa" typed on one machine matches "Åsa" stored by another. N/A is listed apart and left
out of the statistics; a value the item does not offer (e.g. a level a newer scale
dropped) is listed after the offered values rather than hidden. Min, max and median are
taken over the numeric ratings only (the median of an even count is the mean of the two
middle ratings, as on a whiteboard: 5 and 7 give 6).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from jamtui.core.answers import NA_VALUE, AnswerValue, is_answered
from jamtui.core.collation import swedish_sort_key
from jamtui.core.text import nfc

if TYPE_CHECKING:
    from jamtui.core.model import Item


@dataclass(frozen=True)
class Spread:
    """Ratings of one item, grouped by value in scale order."""

    by_value: tuple[tuple[AnswerValue, tuple[str, ...]], ...]
    """Each possible value (then each other value given) with the names who chose it."""
    na: tuple[str, ...]
    """Who rated N/A (ej aktuellt)."""
    missing: tuple[str, ...]
    """Participants who have not rated yet."""
    minimum: float | None
    maximum: float | None
    median: float | None
    numeric_count: int = 0
    """How many ratings are numbers (what min, max and median are taken over)."""

    @property
    def count(self) -> int:
        """How many people rated, N/A included."""
        names = {name for _, names in self.by_value for name in names}
        return len(names | set(self.na))

    def names(self, value: AnswerValue) -> tuple[str, ...]:
        """Who chose ``value`` (empty when nobody did or it is not a listed value)."""
        if value == NA_VALUE:
            return self.na
        return next((names for v, names in self.by_value if v == value), ())


def _normalised(ratings: Mapping[str, AnswerValue | None]) -> dict[str, AnswerValue]:
    return {
        nfc(name): value
        for name, value in ratings.items()
        if value is not None and is_answered(value)
    }


def _order(participants: Sequence[str], rated: Mapping[str, AnswerValue]) -> list[str]:
    order = list(dict.fromkeys(nfc(name) for name in participants))
    known = set(order)
    return order + sorted((n for n in rated if n not in known), key=swedish_sort_key)


def _chosen(value: AnswerValue) -> tuple[AnswerValue, ...]:
    return tuple(value) if isinstance(value, tuple | list) else (value,)


def _number(value: object) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return None


def spread_values(
    possible: Sequence[object],
    ratings: Mapping[str, AnswerValue | None],
    participants: Sequence[str],
) -> Spread:
    """Group ``ratings`` (name → value) over the ``possible`` values, in participant order.

    A multichoice rating (a tuple) lists the name under each chosen value.
    """
    rated = _normalised(ratings)
    order = _order(participants, rated)
    listed: list[AnswerValue] = [
        v for v in dict.fromkeys(possible) if isinstance(v, str | int | tuple) and v != NA_VALUE
    ]
    others: list[AnswerValue] = []
    for name in order:
        if name not in rated or rated[name] == NA_VALUE:
            continue
        for value in _chosen(rated[name]):
            if value not in listed and value not in others:
                others.append(value)
    numeric = sorted((v for v in others if _number(v) is not None), key=lambda v: _number(v) or 0)
    listed += numeric + [v for v in others if _number(v) is None]
    by_value = tuple(
        (value, tuple(n for n in order if n in rated and value in _chosen(rated[n])))
        for value in listed
    )
    numbers = [x for x in (_number(rated[n]) for n in order if n in rated) if x is not None]
    return Spread(
        by_value=by_value,
        na=tuple(n for n in order if rated.get(n) == NA_VALUE),
        missing=tuple(n for n in dict.fromkeys(nfc(p) for p in participants) if n not in rated),
        minimum=min(numbers) if numbers else None,
        maximum=max(numbers) if numbers else None,
        median=_median(numbers) if numbers else None,
        numeric_count=len(numbers),
    )


def spread(
    item: Item, ratings: Mapping[str, AnswerValue | None], participants: Sequence[str]
) -> Spread:
    """The spread of ``ratings`` over the values ``item`` offers (its scale levels, ja/nej, …)."""
    return spread_values(item.possible_values() or (), ratings, participants)


def all_rated(participants: Sequence[str], ratings: Mapping[str, AnswerValue | None]) -> bool:
    """True when there are participants and every one has rated (N/A counts as rated)."""
    rated = _normalised(ratings)
    return bool(participants) and all(nfc(name) in rated for name in participants)


def kept_hidden(
    participants: Sequence[str], ratings: Mapping[str, AnswerValue | None], revealed: bool
) -> bool:
    """True while nobody may see ``ratings``: some given, not everyone has, not revealed."""
    return (
        not revealed
        and bool(ratings)
        and bool(participants)
        and not all_rated(participants, ratings)
    )


def _median(numbers: Sequence[float]) -> float:
    import statistics  # (when first used: reading run files at start-up needs no statistics)

    return float(statistics.median(numbers))
