"""``jamtui actions ORG`` (the register) and ``jamtui action add|set`` (one action)."""

from __future__ import annotations

import argparse
from typing import Any

from jamtui.cli.common import CommandError, add_command, print_json
from jamtui.cli.followup_common import guarded, records, safe
from jamtui.i18n import t
from jamtui.settings import Settings


def register(sub: Any) -> None:
    actions = add_command(sub, "actions", cmd_actions, t("cli.actions.help"))
    actions.add_argument("org", metavar="ORG")
    actions.add_argument("--open", action="store_true", help=t("cli.actions.open"))
    actions.add_argument("--json", action="store_true", help=t("cli.json.help"))

    action = add_command(sub, "action", _needs_command, t("cli.action.help"))
    commands = action.add_subparsers(dest="action_command", metavar="add|set")
    add = add_command(commands, "add", cmd_action_add, t("cli.action.add.help"))
    add.add_argument("org", metavar="ORG")
    add.add_argument("run", metavar="RUN")
    add.add_argument("item", metavar=t("cli.meta.item"))
    add.add_argument("--what", required=True, metavar="TEXT")
    add.add_argument("--who", default="", metavar="NAMN")
    add.add_argument("--due", default="", metavar="DATUM")
    put = add_command(commands, "set", cmd_action_set, t("cli.action.set.help"))
    put.add_argument("org", metavar="ORG")
    put.add_argument("id", metavar="ID")
    put.add_argument("--status", required=True, metavar=t("cli.meta.action_status"))
    put.add_argument("--comment", metavar="TEXT")


def _needs_command(args: argparse.Namespace, settings: Settings) -> int:
    raise CommandError(t("cli.action.which"))


def action_json(action: Any, today: str) -> dict[str, Any]:
    return {
        "id": action.id,
        "what": action.what,
        "who": action.who,
        "due": action.due,
        "status": action.status.value,
        "comment": action.comment,
        "unit": action.unit,
        "run": action.run_id,
        "item": action.item_id,
        "log_entry": action.log_id,
        "checklist": action.checklist_id,
        "date": action.date,
        "overdue": action.is_overdue(today),
    }


def cmd_actions(args: argparse.Namespace, settings: Settings) -> int:
    import datetime as dt

    from jamtui.followup.actions import filter_actions, sort_register

    store = records(settings)
    actions = sort_register(guarded(lambda: store.register(args.org)))
    if args.open:
        actions = filter_actions(actions, open_only=True)
    today = dt.date.today().isoformat()
    if args.json:
        print_json({"actions": [action_json(a, today) for a in actions]})
        return 0
    if not actions:
        print(t("cli.actions.none"))
    for action in actions:
        status = action.status.label()
        if action.is_overdue(today):
            status += f" ({t('followup.overdue')})"
        where = action.run_id + (f" {action.item_id}" if action.item_id else "") or action.log_id
        fields = (action.id, status, action.due or "-", action.what, action.who, action.unit, where)
        print("\t".join(safe(f) for f in fields))
    return 0


def cmd_action_add(args: argparse.Namespace, settings: Settings) -> int:
    from jamtui.catalog import load_catalog
    from jamtui.followup.dates import parse_optional_date
    from jamtui.followup.register import row_id
    from jamtui.storage.action_rows import add_action_row

    store = records(settings).store

    def work() -> str:
        due = parse_optional_date(args.due)
        run = store.load_run(args.org, args.run)
        checklist = load_catalog(settings).get(run.checklist_id)
        if checklist is None:
            raise CommandError(t("storage.no_checklist", None, id=run.checklist_id))
        index, row = add_action_row(
            store, args.org, run.id, checklist, args.item, args.what, args.who, due
        )
        return row_id(args.item, index, row)

    print(guarded(work))
    return 0


def cmd_action_set(args: argparse.Namespace, settings: Settings) -> int:
    from jamtui.followup.actions import parse_status

    store = records(settings)

    def work() -> Any:
        status = parse_status(args.status)
        return store.set_status(args.org, args.id, status, args.comment)

    action = guarded(work)
    print(f"{action.id}\t{action.status.label()}")
    return 0
