"""What an exporter gets: a checklist, one run of it, and the previous run for comparison."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from jamtui.core.model import Checklist

if TYPE_CHECKING:
    from jamtui.core.run import ItemAnswer, Run
    from jamtui.followup.actions import Action


@dataclass(frozen=True)
class PreviousRun:
    """An earlier run of the same checklist, with the checklist version it was made with."""

    checklist: Checklist
    run: Run


@dataclass(frozen=True)
class ExportContext:
    """Everything a report needs; exporters are pure functions of this."""

    checklist: Checklist
    run: Run
    organisation: str
    """The organisation's display name."""
    previous: PreviousRun | None = None
    retired: Mapping[str, ItemAnswer] = field(default_factory=dict)
    """Answers to items that the checklist no longer has."""
    lang: str = "sv"
    earlier_actions: tuple[Action, ...] = ()
    """Actions of earlier runs of the same checklist and unit, with their status today."""
