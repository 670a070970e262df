"""The action register: every action row of every run and every "flyttas framåt" item.

Status changes made after a row was written (``jamtui action set``, the actions screen, the
follow-up at the start of the next run) go to the organisation's follow-up file, keyed by
action id, so a finalized run is never rewritten. Where a follow-up exists it wins over the
status stored in the row.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum

from jamtui.followup.errors import RuleError
from jamtui.followup.names import spellings, typed_word
from jamtui.i18n import t


class ActionStatus(StrEnum):
    """Where an action stands (ASCII in files)."""

    NOT_STARTED = "ej-paborjad"
    ONGOING = "pagar"
    DONE = "klar"
    STRUCK = "struken"

    @property
    def is_open(self) -> bool:
        return self in (ActionStatus.NOT_STARTED, ActionStatus.ONGOING)

    def label(self, lang: str | None = None) -> str:
        return t(f"followup.status.{self.value}", lang)


_SPELLINGS = spellings(
    ActionStatus,
    {
        ActionStatus.NOT_STARTED: "not started",
        ActionStatus.ONGOING: "ongoing",
        ActionStatus.DONE: "done",
        ActionStatus.STRUCK: "struck",
    },
)


def parse_status(text: str) -> ActionStatus:
    """A status from any accepted spelling (Swedish, ASCII, English); RuleError otherwise."""
    found = typed_word(text, _SPELLINGS)
    if found is None:
        raise RuleError(t("followup.status.unknown", None, status=text))
    return found


@dataclass(frozen=True)
class FollowUp:
    """A status change made after the row's run (organisation follow-up file)."""

    id: str
    status: ActionStatus
    comment: str = ""
    updated: str = ""


@dataclass(frozen=True)
class Action:
    """One row of the register, with where it came from."""

    id: str
    what: str
    who: str = ""
    due: str = ""
    status: ActionStatus = ActionStatus.NOT_STARTED
    comment: str = ""
    updated: str = ""
    run_id: str = ""
    item_id: str = ""
    log_id: str = ""
    checklist_id: str = ""
    unit: str = ""
    date: str = ""
    finalized: bool = False

    @property
    def is_open(self) -> bool:
        return self.status.is_open

    def is_overdue(self, today: str) -> bool:
        return self.is_open and bool(self.due) and self.due < today


def apply_followups(actions: Iterable[Action], followups: Mapping[str, FollowUp]) -> list[Action]:
    """The register: each action with its follow-up (if any) applied."""
    result = []
    for action in actions:
        later = followups.get(action.id)
        if later is not None:
            action = replace(
                action, status=later.status, comment=later.comment, updated=later.updated
            )
        result.append(action)
    return result


def sort_register(actions: Iterable[Action]) -> list[Action]:
    """Open first, then by due date (undated last), then by origin date."""
    return sorted(actions, key=lambda a: (not a.is_open, a.due or "9999", a.date, a.id))


def find_action(actions: Iterable[Action], action_id: str) -> Action:
    for action in actions:
        if action.id == action_id:
            return action
    raise RuleError(t("followup.action.unknown", None, id=action_id))


def filter_actions(
    actions: Iterable[Action],
    *,
    unit: str | None = None,
    status: ActionStatus | None = None,
    open_only: bool = False,
    overdue_on: str | None = None,
) -> list[Action]:
    """Actions of ``unit`` (a display name), with ``status``, open, or overdue on a date."""
    result = []
    for action in actions:
        if unit is not None and action.unit != unit:
            continue
        if status is not None and action.status is not status:
            continue
        if open_only and not action.is_open:
            continue
        if overdue_on is not None and not action.is_overdue(overdue_on):
            continue
        result.append(action)
    return result


def earlier_open(
    actions: Iterable[Action], checklist_id: str, unit: str, before_date: str, run_id: str
) -> list[Action]:
    """Open actions of earlier runs of the same checklist and unit (shown at a new run)."""
    return [
        a
        for a in actions
        if a.is_open
        and a.run_id
        and a.run_id != run_id
        and a.checklist_id == checklist_id
        and a.unit == unit
        and (a.date, a.run_id) < (before_date, run_id)
    ]


def followed_up_in(
    actions: Iterable[Action], checklist_id: str, unit: str, date: str, run_id: str
) -> list[Action]:
    """What a run's report follows up: every action of the previous run of the same checklist
    and unit, and the still open ones of runs before it."""
    earlier = [
        a
        for a in actions
        if a.run_id
        and a.run_id != run_id
        and a.checklist_id == checklist_id
        and a.unit == unit
        and (a.date, a.run_id) < (date, run_id)
    ]
    if not earlier:
        return []
    latest = max((a.date, a.run_id) for a in earlier)
    chosen = [a for a in earlier if (a.date, a.run_id) == latest or a.is_open]
    return sorted(chosen, key=lambda a: (a.date, a.run_id, a.item_id))
