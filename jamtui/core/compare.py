"""Two runs of one checklist side by side: per item and per section change, and text bars.

The runs may use different versions of the checklist. Items are matched by id; an item of
the later version that is new but lists an earlier id in ``replaces`` is matched with that
item (``RENAMED``). Nothing is dropped: earlier items without a match are ``REMOVED``,
later ones ``ADDED``, and answers stored under ids that neither version knows (nor carries
through ``replaces``) are ``RETIRED``. Within one run an item with no answer of its own
takes the answer stored under an id it ``replaces`` (as ``jamtui.core.run`` does).

Values are those that counted in each run: an item hidden by ``show_if`` or after an
outcome has value None there, and its ``*_state`` says why. ``delta`` is ``later − earlier``
and only given when both runs scored the item on the same range (a scale that went from
1–3 to 1–5 gives both scores but no delta).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from jamtui.core.answers import AnswerValue, Values, is_answered
from jamtui.core.model import Checklist, Item
from jamtui.core.navigation import ItemState, Path, walk
from jamtui.core.numbers import round_half_up
from jamtui.core.scoring import RunScore, SectionScore, item_bounds, item_score, score_run


class Change(StrEnum):
    """How an item or section of the later run relates to the earlier run."""

    SAME = "same"
    """The same id in both versions."""
    RENAMED = "renamed"
    """A later item matched to an earlier one through ``replaces``."""
    ADDED = "added"
    """Only in the later version."""
    REMOVED = "removed"
    """Only in the earlier version."""
    RETIRED = "retired"
    """An answer under an id that neither checklist version has."""


@dataclass(frozen=True)
class ItemComparison:
    """One item (or one retired answer) in both runs."""

    item_id: str
    """The id in the later version; the earlier id for removed items and retired answers."""
    earlier_id: str | None
    """The id in the earlier version (differs from ``item_id`` when renamed; None if added)."""
    section_id: str | None
    """The section in the later version (earlier for removed items; None when retired)."""
    status: Change
    earlier: AnswerValue | None
    later: AnswerValue | None
    earlier_score: float | None
    later_score: float | None
    delta: float | None
    earlier_state: ItemState | None = None
    """The item's state in the earlier run; None when that version lacks the item."""
    later_state: ItemState | None = None
    replaced_by: str | None = None
    """For a removed item: the later item that lists it in ``replaces`` but took another."""

    @property
    def changed(self) -> bool:
        """True when the answer differs (selection order of a multichoice does not matter)."""
        return _comparable(self.earlier) != _comparable(self.later)


@dataclass(frozen=True)
class SectionComparison:
    """One section's score in both runs."""

    section_id: str
    status: Change
    earlier: SectionScore | None
    later: SectionScore | None

    @property
    def earlier_score(self) -> float | None:
        return self.earlier.score if self.earlier else None

    @property
    def later_score(self) -> float | None:
        return self.later.score if self.later else None

    @property
    def delta(self) -> float | None:
        """``later − earlier`` when both runs have a score for the section."""
        return _difference(self.earlier_score, self.later_score)

    @property
    def percent_delta(self) -> float | None:
        """Change in percent of the reachable maximum (fairer when the items changed)."""
        return _difference(
            self.earlier.percent if self.earlier else None,
            self.later.percent if self.later else None,
        )


@dataclass(frozen=True)
class Comparison:
    """Two runs of one checklist compared."""

    checklist_id: str
    earlier_version: str
    later_version: str
    items: tuple[ItemComparison, ...]
    """Later-version order, then removed items in earlier order, then retired answers."""
    sections: tuple[SectionComparison, ...]
    earlier_total: RunScore
    later_total: RunScore

    @property
    def version_changed(self) -> bool:
        return self.earlier_version != self.later_version

    @property
    def total_delta(self) -> float | None:
        return _difference(self.earlier_total.score, self.later_total.score)

    @property
    def percent_delta(self) -> float | None:
        return _difference(self.earlier_total.percent, self.later_total.percent)

    def with_status(self, status: Change) -> tuple[ItemComparison, ...]:
        return tuple(item for item in self.items if item.status is status)

    @property
    def added(self) -> tuple[ItemComparison, ...]:
        return self.with_status(Change.ADDED)

    @property
    def removed(self) -> tuple[ItemComparison, ...]:
        return self.with_status(Change.REMOVED)

    @property
    def renamed(self) -> tuple[ItemComparison, ...]:
        return self.with_status(Change.RENAMED)

    @property
    def retired(self) -> tuple[ItemComparison, ...]:
        return self.with_status(Change.RETIRED)

    @property
    def changed(self) -> tuple[ItemComparison, ...]:
        """Items in both runs whose answer changed."""
        return tuple(
            item
            for item in self.items
            if item.status in (Change.SAME, Change.RENAMED) and item.changed
        )


def _comparable(value: AnswerValue | None) -> object:
    if not is_answered(value):
        return None
    if isinstance(value, tuple | list):
        return frozenset(value)
    return value


def _difference(earlier: float | None, later: float | None) -> float | None:
    return None if earlier is None or later is None else later - earlier


def carry(checklist: Checklist, values: Values) -> dict[str, AnswerValue | None]:
    """``values`` with each unanswered item taking the answer stored under an id it replaces."""
    carried = dict(values)
    for item in checklist.items:
        if is_answered(carried.get(item.id)):
            continue
        for old in item.replaces:
            if is_answered(values.get(old)):
                carried[item.id] = values[old]
                break
    return carried


@dataclass(frozen=True)
class _Side:
    """One run as the comparison reads it."""

    checklist: Checklist
    values: Mapping[str, AnswerValue | None]
    path: Path

    def value(self, item: Item) -> AnswerValue | None:
        return self.values.get(item.id) if self.path.is_visible(item.id) else None

    def score(self, item: Item) -> float | None:
        return item_score(item, self.value(item))

    def state(self, item: Item) -> ItemState | None:
        return self.path.states.get(item.id)

    def retired(self) -> dict[str, AnswerValue]:
        known = set(self.checklist.items_by_id)
        known |= {old for item in self.checklist.items for old in item.replaces}
        return {
            key: value
            for key, value in self.values.items()
            if key not in known and value is not None and is_answered(value)
        }


def _side(checklist: Checklist, values: Values, with_actions: frozenset[str]) -> _Side:
    carried = carry(checklist, values)
    return _Side(checklist, carried, walk(checklist, carried, with_actions))


def _item_delta(
    earlier: Item, later: Item, before: float | None, after: float | None
) -> float | None:
    if before is None or after is None or item_bounds(earlier) != item_bounds(later):
        return None
    return float(round_half_up(after - before, 9))


def _match(earlier: Checklist, later: Checklist) -> dict[str, tuple[Item, Change]]:
    """Later item id → (earlier item, SAME or RENAMED)."""
    matched: dict[str, tuple[Item, Change]] = {}
    used: set[str] = set()
    for item in later.items:
        if item.id in earlier.items_by_id:
            matched[item.id] = (earlier.items_by_id[item.id], Change.SAME)
            used.add(item.id)
    for item in later.items:
        if item.id in matched:
            continue
        for old in item.replaces:
            if old in earlier.items_by_id and old not in used:
                matched[item.id] = (earlier.items_by_id[old], Change.RENAMED)
                used.add(old)
                break
    return matched


def compare_runs(
    earlier: Checklist,
    earlier_values: Values,
    later: Checklist,
    later_values: Values,
    *,
    earlier_actions: frozenset[str] = frozenset(),
    later_actions: frozenset[str] = frozenset(),
) -> Comparison:
    """Compare an earlier and a later run of the same checklist (any two versions of it).

    Raises ValueError when the two checklists have different ids.
    """
    if earlier.id != later.id:
        raise ValueError(f"cannot compare runs of {earlier.id!r} and {later.id!r}")
    before = _side(earlier, earlier_values, earlier_actions)
    after = _side(later, later_values, later_actions)
    matched = _match(earlier, later)
    items: list[ItemComparison] = []
    for item in later.items:
        pair = matched.get(item.id)
        old = pair[0] if pair else None
        before_score = before.score(old) if old else None
        after_score = after.score(item)
        items.append(
            ItemComparison(
                item_id=item.id,
                earlier_id=old.id if old else None,
                section_id=item.section_id,
                status=pair[1] if pair else Change.ADDED,
                earlier=before.value(old) if old else None,
                later=after.value(item),
                earlier_score=before_score,
                later_score=after_score,
                delta=_item_delta(old, item, before_score, after_score) if old else None,
                earlier_state=before.state(old) if old else None,
                later_state=after.state(item),
            )
        )
    used = {old.id for old, _ in matched.values()}
    for old in earlier.items:
        if old.id in used:
            continue
        successor = next((i.id for i in later.items if old.id in i.replaces), None)
        items.append(
            ItemComparison(
                item_id=old.id,
                earlier_id=old.id,
                section_id=old.section_id,
                status=Change.REMOVED,
                earlier=before.value(old),
                later=None,
                earlier_score=before.score(old),
                later_score=None,
                delta=None,
                earlier_state=before.state(old),
                replaced_by=successor,
            )
        )
    items.extend(_retired(before.retired(), after.retired()))
    earlier_total = score_run(earlier, before.values, earlier_actions)
    later_total = score_run(later, after.values, later_actions)
    return Comparison(
        checklist_id=later.id,
        earlier_version=earlier.version,
        later_version=later.version,
        items=tuple(items),
        sections=_sections(earlier_total, later_total),
        earlier_total=earlier_total,
        later_total=later_total,
    )


def _retired(
    earlier: Mapping[str, AnswerValue], later: Mapping[str, AnswerValue]
) -> list[ItemComparison]:
    return [
        ItemComparison(
            item_id=key,
            earlier_id=key if key in earlier else None,
            section_id=None,
            status=Change.RETIRED,
            earlier=earlier.get(key),
            later=later.get(key),
            earlier_score=None,
            later_score=None,
            delta=None,
        )
        for key in dict.fromkeys([*earlier, *later])
    ]


def _sections(earlier: RunScore, later: RunScore) -> tuple[SectionComparison, ...]:
    before = {s.section_id: s for s in earlier.sections}
    after_ids = {s.section_id for s in later.sections}
    result = [
        SectionComparison(
            section_id=s.section_id,
            status=Change.SAME if s.section_id in before else Change.ADDED,
            earlier=before.get(s.section_id),
            later=s,
        )
        for s in later.sections
    ]
    result += [
        SectionComparison(section_id=s.section_id, status=Change.REMOVED, earlier=s, later=None)
        for s in earlier.sections
        if s.section_id not in after_ids
    ]
    return tuple(result)


FULL, EMPTY = "█", "░"
ASCII_FULL, ASCII_EMPTY = "#", "."


def sparkbar(
    value: float | None,
    maximum: float,
    width: int = 10,
    *,
    ascii: bool = False,
    minimum: float = 0.0,
) -> str:
    """``█████░░░░░`` (``#####.....`` with ``ascii=True``): ``value`` between min and max.

    Always exactly ``width`` characters. The filled share is rounded half-up to whole
    cells, except that any value above the minimum fills at least one cell and any value
    below the maximum leaves at least one empty (so "a little" never looks like nothing and
    only the maximum looks full). Values outside the range are clamped; None (no score)
    gives blanks, which read differently from an empty bar (a score of zero).
    """
    if width <= 0:
        return ""
    if value is None or math.isnan(value):
        return " " * width
    full, empty = (ASCII_FULL, ASCII_EMPTY) if ascii else (FULL, EMPTY)
    span = maximum - minimum
    if span <= 0:
        return (full if value > minimum else empty) * width
    share = min(1.0, max(0.0, (value - minimum) / span))
    filled = int(round_half_up(share * width))
    if width >= 2:
        if share > 0:
            filled = max(1, filled)
        if share < 1:
            filled = min(width - 1, filled)
    return full * filled + empty * (width - filled)
