"""Helpers shared by the follow-up commands (units, people, actions, log, trash, demo)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from jamtui.cli.common import CommandError, add_command
from jamtui.settings import Settings

if TYPE_CHECKING:
    from jamtui.storage.org_records import OrgRecords

R = TypeVar("R")


def records(settings: Settings) -> OrgRecords:
    from jamtui.storage import Store
    from jamtui.storage.org_records import OrgRecords

    return OrgRecords(Store(settings.data_dir))


def guarded(work: Callable[[], R]) -> R:
    """Run ``work``; any storage or rule error becomes one line and exit 2."""
    from jamtui.followup.errors import RuleError
    from jamtui.storage import StorageError

    try:
        return work()
    except (StorageError, RuleError, OSError) as error:
        raise CommandError(str(error) or type(error).__name__) from None


def safe(text: str) -> str:
    """Text from a data folder, safe for one terminal line."""
    from jamtui.core.sanitize import strip_controls

    return strip_controls(text, keep_newlines=False)


def org_command(
    sub: Any, name: str, help_text: str, default: Any
) -> tuple[argparse.ArgumentParser, Any]:
    """A command ``NAME ORG [SUBCOMMAND …]`` whose sub-commands are optional (``default`` runs)."""
    parser = add_command(sub, name, default, help_text)
    parser.add_argument("org", metavar="ORG")
    commands = parser.add_subparsers(dest=f"{name}_command", metavar="KOMMANDO")
    return parser, commands
