"""The run model: one run of one checklist for one organisation, and checklist version drift."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from jamtui.core.answers import ActionRow, AnswerValue, is_answered
from jamtui.core.progress import count_answered as count_answered  # (moved; still here)
from jamtui.core.ratings import all_rated, kept_hidden
from jamtui.core.text import nfc

if TYPE_CHECKING:
    from jamtui.core.model import Checklist


class RunStatus(StrEnum):
    """Where a run stands."""

    DRAFT = "draft"
    FINALIZED = "finalized"
    REOPENED = "reopened"


@dataclass
class Participant:
    """Someone taking part in the run (rates items when the checklist asks for raters).

    ``id`` is stable for the life of the run: ratings are keyed by it, so renaming keeps
    them. A removed participant whose ratings are kept stays as ``retired``.
    """

    name: str
    role: str = ""
    id: str = ""
    person: str = ""
    retired: bool = False


@dataclass
class StatusChange:
    """A finalize or reopen: who, when, why."""

    status: RunStatus
    at: str
    by: str = ""
    reason: str = ""


@dataclass
class ItemAnswer:
    """Everything recorded for one item. For rater items ``value`` is the agreed value."""

    value: AnswerValue | None = None
    note: str = ""
    internal_note: str = ""
    """Never in client reports (only with ``--internal``)."""
    ratings: dict[str, AnswerValue] = field(default_factory=dict)
    """Participant id → that participant's rating."""
    dissent: str = ""
    revealed: bool = False
    """The facilitator showed the ratings before everyone had rated."""
    actions: list[ActionRow] = field(default_factory=list)
    answered_at: str | None = None
    updated_at: str | None = None

    def is_empty(self) -> bool:
        return (
            not is_answered(self.value)
            and not self.note
            and not self.internal_note
            and not self.ratings
            and not self.dissent
            and not self.actions
        )

    def complete_actions(self) -> list[ActionRow]:
        """The action rows that count as the answer (not empty, not drafts)."""
        return [row for row in self.actions if not row.draft and not row.is_empty()]


@dataclass
class Run:
    """One run of a checklist."""

    id: str
    checklist_id: str
    checklist_version: str
    organisation: str
    date: str
    unit: str = ""
    facilitator: str = ""
    participants: list[Participant] = field(default_factory=list)
    status: RunStatus = RunStatus.DRAFT
    history: list[StatusChange] = field(default_factory=list)
    answers: dict[str, ItemAnswer] = field(default_factory=dict)
    created_at: str = ""
    updated_at: str = ""
    last_item: str = ""
    """The item the app showed last (the run reopens there)."""

    @property
    def active_participants(self) -> list[Participant]:
        """Participants still in the run (not retired), in their order."""
        return [p for p in self.participants if not p.retired]

    def participant(self, key: str) -> Participant | None:
        """The participant with id ``key``, else the one named ``key`` (NFC, exact)."""
        for person in self.participants:
            if person.id == key:
                return person
        name = nfc(key).strip()
        named = [p for p in self.participants if p.name == name]
        active = [p for p in named if not p.retired]
        found = active or named
        return found[0] if found else None

    def names(self) -> dict[str, str]:
        """Participant id → display name (retired participants included)."""
        return {p.id: p.name for p in self.participants}

    def named_ratings(self, ratings: Mapping[str, AnswerValue]) -> dict[str, AnswerValue]:
        """``ratings`` keyed by display name instead of participant id (for showing them)."""
        names = self.names()
        return {names.get(key, key): value for key, value in ratings.items()}

    def ratings_revealed(self, item_id: str) -> bool:
        """True when the item's ratings may be seen even if some are missing (revealed, final)."""
        if self.status is RunStatus.FINALIZED:
            return True
        answer = self.answers.get(item_id)
        return answer is not None and answer.revealed

    def ratings_hidden(self, item_id: str) -> bool:
        """True while nobody may see the item's ratings: not all rated, not revealed, not final."""
        answer = self.answers.get(item_id)
        ratings = answer.ratings if answer is not None else {}
        ids = [p.id for p in self.active_participants]
        return kept_hidden(ids, ratings, self.ratings_revealed(item_id))

    def rated_count(self, item_id: str) -> tuple[int, int]:
        """(how many of the active participants have rated the item, how many there are)."""
        answer = self.answers.get(item_id)
        active = self.active_participants
        ratings = answer.ratings if answer is not None else {}
        return sum(1 for p in active if all_rated([p.id], ratings)), len(active)

    def values(self) -> dict[str, AnswerValue | None]:
        """Item id → answer value, for navigation and scoring."""
        return {item_id: answer.value for item_id, answer in self.answers.items()}

    def with_actions(self) -> frozenset[str]:
        """Ids of items with at least one non-empty action row."""
        return frozenset(
            item_id for item_id, answer in self.answers.items() if answer.complete_actions()
        )


def carried_answers(checklist: Checklist, run: Run) -> dict[str, ItemAnswer]:
    """The run's answers as the checklist sees them: ``replaces`` carries old answers over.

    An item with ``replaces = ["old.id"]`` and no answer of its own takes the answer stored
    under the old id. Nothing is removed; answers to unknown ids stay in the result.
    """
    answers = dict(run.answers)
    for item in checklist.items:
        if item.id in answers and not answers[item.id].is_empty():
            continue
        for old in item.replaces:
            if old in run.answers and not run.answers[old].is_empty():
                answers[item.id] = run.answers[old]
                break
    return answers


def retired_answers(checklist: Checklist, run: Run) -> dict[str, ItemAnswer]:
    """Answers to items this checklist version no longer has (and that no item carries)."""
    carried = {old for item in checklist.items for old in item.replaces}
    return {
        item_id: answer
        for item_id, answer in run.answers.items()
        if item_id not in checklist.items_by_id and item_id not in carried and not answer.is_empty()
    }


def answered_item_ids(run: Run) -> frozenset[str]:
    """Ids of the answers in ``run`` that count as answered: the one rule every count uses.

    A value counts when it is a real answer (N/A included); an action item when it has a
    complete row (a draft row still being typed does not count). Answers to items the
    checklist no longer has are included: match them against a checklist with
    ``count_answered``.
    """
    return frozenset(
        item_id
        for item_id, answer in run.answers.items()
        if is_answered(answer.value) or answer.complete_actions()
    )


def item_keys(checklist: Checklist) -> tuple[tuple[str, ...], ...]:
    """Each answerable item's id followed by the ids it replaces (where its answer may be
    stored); items that take no answer (a ``notice``) are left out of every count."""
    return tuple((item.id, *item.replaces) for item in checklist.items if item.takes_answer)


def answered_count(checklist: Checklist, run: Run) -> int:
    """How many of the checklist's items have an answer (for lists; ignores branching)."""
    return count_answered(item_keys(checklist), answered_item_ids(run))
