"""Which items a run shows, in what state, and where a branching checklist ends."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property

from jamtui.core.answers import AnswerValue, Values, is_answered
from jamtui.core.memo import Memo
from jamtui.core.model import NA_VALUE, NOTE, Checklist, Condition, Item, Outcome


class ItemState(StrEnum):
    """What the outline shows beside an item."""

    ANSWERED = "answered"
    UNANSWERED = "unanswered"
    MISSING = "missing"
    """Required and not answered."""
    HIDDEN = "hidden"
    """Hidden by a ``show_if`` condition."""
    ENDED = "ended"
    """After the point where an outcome ended the run."""


@dataclass(frozen=True)
class ReachedOutcome:
    """An outcome the answers have reached, and the item whose answer reached it."""

    outcome: Outcome
    trigger: Item


@dataclass(frozen=True)
class Path:
    """The result of walking a checklist with a set of answers."""

    states: dict[str, ItemState]
    visible: tuple[Item, ...]
    outcome: ReachedOutcome | None
    notes: tuple[ReachedOutcome, ...] = ()
    """``note`` outcomes that hold: conclusions shown without ending the run, in file order."""

    def is_visible(self, item_id: str) -> bool:
        return self.states.get(item_id) in (
            ItemState.ANSWERED,
            ItemState.UNANSWERED,
            ItemState.MISSING,
        )

    @cached_property
    def asked(self) -> tuple[Item, ...]:
        """The visible items that take an answer (a ``notice`` is shown but not asked)."""
        return tuple(item for item in self.visible if item.takes_answer)

    @property
    def answered_count(self) -> int:
        return sum(1 for item in self.asked if self.states[item.id] is ItemState.ANSWERED)

    @property
    def missing_required(self) -> tuple[Item, ...]:
        return tuple(item for item in self.visible if self.states[item.id] is ItemState.MISSING)


def matches(condition: Condition, values: Values) -> bool:
    """Evaluate ``condition`` against the effective (visible) answers."""
    if condition.all:
        return all(matches(sub, values) for sub in condition.all)
    if condition.any:
        return any(matches(sub, values) for sub in condition.any)
    if condition.item is None:
        return False
    value = values.get(condition.item)
    if condition.answered is not None:
        return is_answered(value) == condition.answered
    if not is_answered(value):
        return False
    if condition.equals is not None:
        return _equals(value, condition.equals)
    if condition.not_equals is not None:
        return not _equals(value, condition.not_equals)
    if condition.in_ is not None:
        return any(_equals(value, option) for option in condition.in_)
    return False


def _equals(value: AnswerValue | None, expected: object) -> bool:
    if isinstance(value, tuple | list):
        return expected in value
    return value == expected


def _item_answered(item: Item, value: AnswerValue | None, has_actions: bool) -> bool:
    if value == NA_VALUE:
        return True
    return item.item_kind.is_answered(item, value, has_actions)


_WALKS: Memo[Path] = Memo()


def walk(
    checklist: Checklist,
    values: Values,
    with_actions: frozenset[str] = frozenset(),
) -> Path:
    """Walk the checklist in order, applying ``show_if`` and outcomes (see ``_walk``).

    The same answers walk once: a report walks its run for the items, the scores, the
    level profile and the comparison (the result is immutable; a ``Path`` is never changed).
    """
    return _WALKS.get(
        checklist, values, with_actions, lambda: _walk(checklist, values, with_actions)
    )


def _walk(
    checklist: Checklist,
    values: Values,
    with_actions: frozenset[str] = frozenset(),
) -> Path:
    """Walk the checklist in order, applying ``show_if`` and outcomes.

    After each visible item every outcome is evaluated on the answers so far; the first
    ending outcome (``stop``, ``ok``, ``info``) that holds ends the run there and every
    later item is ``ENDED``. A ``note`` outcome that holds is collected (once, with the item
    whose answer first made it hold) and the walk goes on. ``values``
    maps item ids to answers; answers of hidden items are ignored (but kept by the caller).
    ``with_actions`` names the actions items that have at least one row.
    """
    effective: dict[str, AnswerValue | None] = {}
    states: dict[str, ItemState] = {}
    visible: list[Item] = []
    reached: ReachedOutcome | None = None
    notes: dict[str, ReachedOutcome] = {}
    for item in checklist.items:
        if reached is not None:
            states[item.id] = ItemState.ENDED
            continue
        section = checklist.sections_by_id[item.section_id]
        shown = (section.show_if is None or matches(section.show_if, effective)) and (
            item.show_if is None or matches(item.show_if, effective)
        )
        if not shown:
            states[item.id] = ItemState.HIDDEN
        else:
            value = values.get(item.id)
            effective[item.id] = value
            visible.append(item)
            if _item_answered(item, value, item.id in with_actions):
                states[item.id] = ItemState.ANSWERED
            elif item.required:
                states[item.id] = ItemState.MISSING
            else:
                states[item.id] = ItemState.UNANSWERED
            for outcome in checklist.outcomes:
                if outcome.kind == NOTE:
                    if outcome.id not in notes and matches(outcome.when, effective):
                        notes[outcome.id] = ReachedOutcome(outcome, item)
                elif matches(outcome.when, effective):
                    reached = ReachedOutcome(outcome, item)
                    break
    # A note whose condition later stops holding (an answer changed) is not shown.
    kept = tuple(
        n for o in checklist.outcomes if (n := notes.get(o.id)) and matches(o.when, effective)
    )
    return Path(states=states, visible=tuple(visible), outcome=reached, notes=kept)


def next_item(path: Path, current: str | None) -> Item | None:
    """The visible item after ``current`` (the first when ``current`` is None or gone)."""
    ids = [item.id for item in path.visible]
    if not ids:
        return None
    if current not in ids:
        return path.visible[0]
    index = ids.index(current)
    return path.visible[index + 1] if index + 1 < len(ids) else None


def previous_item(path: Path, current: str | None) -> Item | None:
    """The visible item before ``current``."""
    ids = [item.id for item in path.visible]
    if current not in ids:
        return path.visible[0] if ids else None
    index = ids.index(current)
    return path.visible[index - 1] if index > 0 else None


def next_unanswered(path: Path, current: str | None) -> Item | None:
    """The next visible unanswered item after ``current``, wrapping around."""
    ids = [item.id for item in path.visible]
    start = ids.index(current) + 1 if current in ids else 0
    order = path.visible[start:] + path.visible[:start]
    for item in order:
        if path.states[item.id] in (ItemState.UNANSWERED, ItemState.MISSING):
            return item
    return None


def nearest_visible(checklist: Checklist, path: Path, item_id: str) -> Item | None:
    """``item_id`` if visible, else the closest visible item before it (for a hidden current)."""
    if path.is_visible(item_id):
        return checklist.items_by_id[item_id]
    best: Item | None = None
    for item in checklist.items:
        if item.id == item_id:
            break
        if path.is_visible(item.id):
            best = item
    return best or (path.visible[0] if path.visible else None)
