"""Results of pure functions of a checklist and a run's answers, remembered by content."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable, Mapping
from typing import Generic, TypeVar

from jamtui.core.model import Checklist

T = TypeVar("T")

_PLAIN = frozenset({str, int, float, type(None)})


def _frozen(value: object) -> Hashable:
    """A hashable stand-in for an answer value (a table answer is a mapping of mappings)."""
    if value.__class__ in _PLAIN:
        return value
    if isinstance(value, Mapping):
        return ("mapping", tuple((k, value.__class__, _frozen(v)) for k, v in value.items()))
    if isinstance(value, tuple | list):
        return (value.__class__, tuple((v.__class__, _frozen(v)) for v in value))
    return (value.__class__, value)


def answers_key(values: Mapping[str, object]) -> Hashable | None:
    """``values`` as a hashable key (the type of each value in it: 1 and 1.0 differ), or
    None when a value cannot be hashed (such answers are then not remembered)."""
    key = tuple(
        (k, v.__class__, v if v.__class__ in _PLAIN else _frozen(v)) for k, v in values.items()
    )
    try:
        hash(key)
    except TypeError:
        return None
    return key


class Memo(Generic[T]):
    """The last ``size`` results of a function of (checklist, answers, extra key).

    A hit needs the very same checklist object (checklists are immutable) and equal answers:
    one report scores the same run for its summary, its chart, its comparison and the next
    report's comparison, and ``export --all`` builds a thousand reports.
    """

    def __init__(self, size: int = 64) -> None:
        self.size = size
        self._entries: OrderedDict[Hashable, tuple[Checklist, T]] = OrderedDict()

    def get(
        self,
        checklist: Checklist,
        values: Mapping[str, object],
        extra: Hashable,
        compute: Callable[[], T],
    ) -> T:
        answers = answers_key(values)
        if answers is None:
            return compute()
        key = (id(checklist), extra, answers)
        found = self._entries.get(key)
        if found is not None and found[0] is checklist:
            self._entries.move_to_end(key)
            return found[1]
        result = compute()
        self._entries[key] = (checklist, result)
        if len(self._entries) > self.size:
            self._entries.popitem(last=False)
        return result
