"""The run model: one run of one checklist for one organisation, and checklist version drift."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from jamtui.core.answers import ActionRow, AnswerValue, is_answered
from jamtui.core.model import Checklist


class RunStatus(StrEnum):
    """Where a run stands."""

    DRAFT = "draft"
    FINALIZED = "finalized"
    REOPENED = "reopened"


@dataclass
class Participant:
    """Someone taking part in the run (rates items when the checklist asks for raters)."""

    name: str
    role: str = ""


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
    ratings: dict[str, AnswerValue] = field(default_factory=dict)
    dissent: str = ""
    actions: list[ActionRow] = field(default_factory=list)
    answered_at: str | None = None
    updated_at: str | None = None

    def is_empty(self) -> bool:
        return (
            not is_answered(self.value)
            and not self.note
            and not self.ratings
            and not self.dissent
            and not self.actions
        )


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

    def values(self) -> dict[str, AnswerValue | None]:
        """Item id → answer value, for navigation and scoring."""
        return {item_id: answer.value for item_id, answer in self.answers.items()}

    def with_actions(self) -> frozenset[str]:
        """Ids of items with at least one non-empty action row."""
        return frozenset(
            item_id
            for item_id, answer in self.answers.items()
            if any(not row.is_empty() for row in answer.actions)
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

    A value counts when it is a real answer (N/A included); an action item when it has a row
    with anything in it. Answers to items the checklist no longer has are included: match
    them against a checklist with ``count_answered``.
    """
    return frozenset(
        item_id
        for item_id, answer in run.answers.items()
        if is_answered(answer.value) or any(not row.is_empty() for row in answer.actions)
    )


def item_keys(checklist: Checklist) -> tuple[tuple[str, ...], ...]:
    """Each item's id followed by the ids it replaces (what an answer may be stored under)."""
    return tuple((item.id, *item.replaces) for item in checklist.items)


def count_answered(keys: tuple[tuple[str, ...], ...], answered: frozenset[str]) -> int:
    """How many items (given by ``item_keys``) have an answer; never more than there are."""
    return sum(1 for key in keys if any(k in answered for k in key))


def answered_count(checklist: Checklist, run: Run) -> int:
    """How many of the checklist's items have an answer (for lists; ignores branching)."""
    return count_answered(item_keys(checklist), answered_item_ids(run))
