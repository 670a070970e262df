"""``jamtui log ORG add|list|remove|report``: the activity log and the monthly report."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from jamtui.cli.common import CommandError, add_command, print_json
from jamtui.cli.followup_common import guarded, org_command, records, safe
from jamtui.i18n import t
from jamtui.settings import Settings


def register(sub: Any) -> None:
    _, commands = org_command(sub, "log", t("cli.log.help"), _needs_command)
    add = add_command(commands, "add", cmd_log_add, t("cli.log.add.help"))
    add.add_argument("--date", required=True, metavar="DATUM")
    add.add_argument("--kind", required=True, metavar="SLAG", help=t("cli.log.kinds"))
    add.add_argument("--text", required=True, metavar="TEXT")
    add.add_argument("--unit", default="", metavar="ENHET")
    add.add_argument("--who", action="append", default=[], metavar="NAMN")
    add.add_argument("--decision", action="append", default=[], metavar="TEXT")
    add.add_argument("--plan", default="", metavar="TEXT", help=t("cli.log.plan"))
    add.add_argument(
        "--forward",
        action="append",
        default=[],
        metavar="TEXT[;VEM[;DATUM]]",
        help=t("cli.log.forward"),
    )
    listing = add_command(commands, "list", cmd_log_list, t("cli.log.list.help"))
    listing.add_argument("--month", metavar="ÅÅÅÅ-MM")
    listing.add_argument("--json", action="store_true", help=t("cli.json.help"))
    remove = add_command(commands, "remove", cmd_log_remove, t("cli.log.remove.help"))
    remove.add_argument("id", metavar="ID")
    report = add_command(commands, "report", cmd_log_report, t("cli.log.report.help"))
    report.add_argument("--month", required=True, metavar="ÅÅÅÅ-MM")
    report.add_argument("-o", "--output", metavar="FIL|-", help=t("cli.log.output"))


def _needs_command(args: argparse.Namespace, settings: Settings) -> int:
    raise CommandError(t("cli.log.which"))


def cmd_log_add(args: argparse.Namespace, settings: Settings) -> int:
    from jamtui.storage.org_records import add_log_entry

    store = records(settings)
    forward = []
    for text in args.forward:
        what, _, rest = text.partition(";")
        who, _, due = rest.partition(";")
        forward.append((what, who, due))
    entry = guarded(
        lambda: add_log_entry(
            store,
            args.org,
            date=args.date,
            kind=args.kind,
            text=args.text,
            unit=args.unit,
            who=args.who,
            decisions=args.decision,
            plan=args.plan,
            forward=forward,
        )
    )
    print(entry.id)
    return 0


def cmd_log_list(args: argparse.Namespace, settings: Settings) -> int:
    from jamtui.followup.dates import parse_month
    from jamtui.followup.register import unit_name_of_id

    store = records(settings)

    def work() -> tuple[Any, Any, Any]:
        month = parse_month(args.month) if args.month else None
        return store.log(args.org).in_month(month), store.units(args.org), store.people(args.org)

    entries, units, people = guarded(work)

    def names(entry: Any) -> list[str]:
        known = [p.name for pid in entry.people if (p := people.get(pid)) is not None]
        return [*known, *entry.others]

    if args.json:
        print_json(
            {
                "entries": [
                    {
                        "id": e.id,
                        "date": e.date,
                        "kind": e.kind.value,
                        "unit": e.unit,
                        "unit_name": unit_name_of_id(units, e.unit),
                        "people": list(e.people),
                        "others": list(e.others),
                        "who": names(e),
                        "text": e.text,
                        "decisions": list(e.decisions),
                        "plan": e.plan,
                        "forward": [
                            {"id": f.id, "what": f.what, "who": f.who, "due": f.due}
                            for f in e.forward
                        ],
                    }
                    for e in entries
                ]
            }
        )
        return 0
    if not entries:
        print(t("cli.log.none"))
    for entry in entries:
        unit = unit_name_of_id(units, entry.unit)
        fields = (
            entry.id,
            entry.date,
            entry.kind.label(),
            unit,
            entry.text,
            ", ".join(names(entry)),
        )
        print("\t".join(safe(f) for f in fields))
    return 0


def cmd_log_remove(args: argparse.Namespace, settings: Settings) -> int:
    store = records(settings)
    guarded(lambda: store.change_log(args.org, lambda log: log.remove(args.id)))
    return 0


def cmd_log_report(args: argparse.Namespace, settings: Settings) -> int:
    from jamtui.export.monthly_markdown import month_markdown
    from jamtui.storage.atomic import write_text_atomic

    store = records(settings)
    text = guarded(lambda: month_markdown(store, args.org, args.month, settings.lang))
    if args.output is None or args.output == "-":
        sys.stdout.write(text)
        return 0
    path = Path(args.output).expanduser()
    guarded(lambda: write_text_atomic(path, text))
    print(path)
    return 0
