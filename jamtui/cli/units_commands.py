"""``jamtui units ORG …`` (add, rename, merge, remove) and ``jamtui trash ORG`` (deleted runs)."""

from __future__ import annotations

import argparse
from typing import Any

from jamtui.cli.common import add_command, print_json
from jamtui.cli.followup_common import guarded, org_command, records, safe
from jamtui.i18n import t
from jamtui.settings import Settings


def register(sub: Any) -> None:
    units, commands = org_command(sub, "units", t("cli.units.help"), cmd_units)
    units.add_argument("--json", action="store_true", help=t("cli.json.help"))
    add = add_command(commands, "add", cmd_units_add, t("cli.units.add.help"))
    add.add_argument("name", metavar="NAMN")
    rename = add_command(commands, "rename", cmd_units_rename, t("cli.units.rename.help"))
    rename.add_argument("unit", metavar="ENHET")
    rename.add_argument("name", metavar="NYTT_NAMN")
    merge = add_command(commands, "merge", cmd_units_merge, t("cli.units.merge.help"))
    merge.add_argument("unit", metavar="ENHET")
    merge.add_argument("into", metavar="IN_I")
    remove = add_command(commands, "remove", cmd_units_remove, t("cli.units.remove.help"))
    remove.add_argument("unit", metavar="ENHET")

    delete = add_command(sub, "delete", cmd_delete, t("cli.delete.help"))
    delete.add_argument("org", metavar="ORG")
    delete.add_argument("run", metavar="RUN")
    trash = add_command(sub, "trash", cmd_trash, t("cli.trash.help"))
    trash.add_argument("org", metavar="ORG")
    trash.add_argument("--restore", metavar="RUN", help=t("cli.trash.restore"))
    trash.add_argument("--empty", action="store_true", help=t("cli.trash.empty"))
    trash.add_argument("--json", action="store_true", help=t("cli.json.help"))


def cmd_units(args: argparse.Namespace, settings: Settings) -> int:
    from jamtui.followup.register import unit_label

    store = records(settings)

    def work() -> tuple[Any, Any]:
        return store.units(args.org), store.store.list_runs(args.org)

    units, runs = guarded(work)
    counts: dict[str, int] = {}
    for run in runs:
        label = unit_label(units, run.unit)
        counts[label] = counts.get(label, 0) + 1
    if getattr(args, "json", False):
        print_json(
            {
                "units": [
                    {
                        "id": u.id,
                        "name": u.name,
                        "aliases": list(u.aliases),
                        "removed": u.removed,
                        "merged_into": u.merged_into,
                        "runs": counts.get(u.name, 0) if u.active else 0,
                    }
                    for u in units.items
                ],
                "runs_without_unit": counts.get("", 0),
            }
        )
        return 0
    for unit in units.active():
        runs_text = t("cli.units.runs", None, count=counts.get(unit.name, 0))
        print(f"{unit.id}\t{safe(unit.name)}\t{runs_text}")
    if counts.get(""):
        print(f"-\t{t('followup.no_unit')}\t{t('cli.units.runs', None, count=counts[''])}")
    return 0


def cmd_units_add(args: argparse.Namespace, settings: Settings) -> int:
    store = records(settings)
    unit = guarded(lambda: store.change_units(args.org, lambda units: units.add(args.name)))
    print(unit.id)
    return 0


def cmd_units_rename(args: argparse.Namespace, settings: Settings) -> int:
    store = records(settings)
    guarded(lambda: store.change_units(args.org, lambda u: u.rename(args.unit, args.name)))
    return 0


def cmd_units_merge(args: argparse.Namespace, settings: Settings) -> int:
    store = records(settings)
    guarded(lambda: store.change_units(args.org, lambda u: u.merge(args.unit, args.into)))
    return 0


def cmd_units_remove(args: argparse.Namespace, settings: Settings) -> int:
    store = records(settings)
    unit = guarded(lambda: store.change_units(args.org, lambda u: u.remove(args.unit)))
    print(t("cli.units.removed", None, unit=safe(unit.name)))
    return 0


def cmd_delete(args: argparse.Namespace, settings: Settings) -> int:
    from jamtui.storage.trash import delete_run

    store = records(settings).store
    name = guarded(lambda: delete_run(store, args.org, args.run))
    slug = guarded(lambda: store.resolve_slug(args.org))
    print(t("cli.delete.done", None, run=name, undo=f"jamtui trash {slug} --restore {name}"))
    return 0


def cmd_trash(args: argparse.Namespace, settings: Settings) -> int:
    from jamtui.storage.trash import empty_trash, list_trash, restore_run

    store = records(settings).store
    if args.restore and args.empty:
        from jamtui.cli.common import CommandError

        raise CommandError(t("cli.trash.both"))
    if args.restore:
        print(guarded(lambda: restore_run(store, args.org, args.restore)))
        return 0
    if args.empty:
        count = guarded(lambda: empty_trash(store, args.org))
        print(t("cli.trash.emptied", None, count=count))
        return 0
    trashed = guarded(lambda: list_trash(store, args.org))
    if args.json:
        print_json({"trash": [vars(r) for r in trashed]})
        return 0
    if not trashed:
        print(t("cli.trash.none"))
    for run in trashed:
        problem = f"  ({safe(run.problem)})" if run.problem else ""
        print(
            f"{run.name}\t{run.checklist_id}\t{run.date}\t{safe(run.unit)}\t{run.deleted}{problem}"
        )
    return 0
