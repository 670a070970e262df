"""What a report is built from: a checklist, one run of it, the previous run, and options."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from jamtui.core.model import Checklist

if TYPE_CHECKING:
    from jamtui.core.run import ItemAnswer, Run


@dataclass(frozen=True)
class PreviousRun:
    """An earlier run of the same checklist, with the checklist version it was made with."""

    checklist: Checklist
    run: Run


@dataclass(frozen=True)
class ReportOptions:
    """What the consultant chose in the export dialog or on the command line."""

    internal: bool = False
    """The working copy: internal notes included, every page and heading marked internal."""
    skip_unanswered: bool = False
    """Leave out items that have no answer (the counts still say how many there are)."""
    compare: bool = True
    """Compare with the previous run of the same checklist, when there is one."""


@dataclass(frozen=True)
class EarlierAction:
    """An action of an earlier run of the same checklist and unit, with its status today."""

    what: str
    who: str = ""
    due: str = ""
    status: str = "ej-paborjad"
    """ej-paborjad | pagar | klar | struken"""
    comment: str = ""
    run_date: str = ""


@dataclass(frozen=True)
class ExportContext:
    """Everything a report needs; the report is a pure function of this."""

    checklist: Checklist
    run: Run
    organisation: str
    """The organisation's display name."""
    previous: PreviousRun | None = None
    retired: Mapping[str, ItemAnswer] = field(default_factory=dict)
    """Answers to items that the checklist no longer has."""
    lang: str = "sv"
    options: ReportOptions = field(default_factory=ReportOptions)
    conflicts: tuple[str, ...] = ()
    """Items (or run fields) a team sync left in conflict; the report marks them."""
    earlier_actions: tuple[EarlierAction, ...] = ()
    """What the report follows up ("Uppföljning av tidigare åtgärder")."""
