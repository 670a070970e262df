"""How the workshop reads participants, ratings and the reveal flag of an open run."""

from __future__ import annotations

from typing import Any

from jamtui.core.answers import AnswerValue
from jamtui.core.run import Participant, Run


def participant_key(participant: Participant) -> str:
    """The key ratings are stored under: the participant's stable id."""
    return participant.id


def active_participants(run: Run) -> list[Participant]:
    """Participants who may rate (retired ones are left out)."""
    return [p for p in run.participants if not p.retired]


def ratings_of(session: Any, item_id: str) -> dict[str, AnswerValue]:
    return dict(session.answer(item_id).ratings)


def is_revealed(session: Any, item_id: str) -> bool:
    return bool(session.answer(item_id).revealed)


def reveal(session: Any, item_id: str) -> None:
    """Show the item's ratings to everyone (saved in the run, like the grid's reveal)."""
    session.set_revealed(item_id, True)
