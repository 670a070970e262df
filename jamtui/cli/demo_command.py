"""``jamtui demo``: the Ljungby kommun example, so a new user sees a living app at once."""

from __future__ import annotations

import argparse
from typing import Any

from jamtui.cli.common import CommandError, add_command
from jamtui.cli.followup_common import guarded, records
from jamtui.i18n import t
from jamtui.settings import Settings


def register(sub: Any) -> None:
    add_command(sub, "demo", cmd_demo, t("cli.demo.help"))


def cmd_demo(args: argparse.Namespace, settings: Settings) -> int:
    from jamtui.catalog import load_catalog
    from jamtui.storage.demo import create_demo

    store = records(settings)
    checklist = load_catalog(settings).get("larande-uppfoljning")
    if checklist is None:
        raise CommandError(t("storage.no_checklist", None, id="larande-uppfoljning"))
    slug = guarded(lambda: create_demo(store, checklist))
    print(t("cli.demo.done", None, slug=slug))
    return 0
