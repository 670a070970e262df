"""Messages screens post to the app ("attributes down, messages up"); the app acts on them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from jamtui.core.model import Checklist
    from jamtui.storage import Organisation, RunSession
    from jamtui.ui.screens.new_run import RunDetails


@dataclass
class OpenOrganisation(Message):
    """Show the organisation with this folder name."""

    slug: str


@dataclass
class OpenRun(Message):
    """Open one of the organisation's runs on the run screen."""

    organisation: Organisation
    run_id: str


@dataclass
class StartRun(Message):
    """Create a run with these details and open it."""

    organisation: Organisation
    details: RunDetails


@dataclass
class ExportRun(Message):
    """Export the open run's report (into the report folder)."""

    session: RunSession
    checklist: Checklist
    organisation: str
