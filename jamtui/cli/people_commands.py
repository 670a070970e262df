"""``jamtui people ORG …``: the organisation's people (list, add, edit, remove)."""

from __future__ import annotations

import argparse
from typing import Any

from jamtui.cli.common import add_command, print_json
from jamtui.cli.followup_common import guarded, org_command, records, safe
from jamtui.i18n import t
from jamtui.settings import Settings

_DETAILS = ("role", "unit", "email", "phone")


def register(sub: Any) -> None:
    people, commands = org_command(sub, "people", t("cli.people.help"), cmd_people_list)
    people.add_argument("--json", action="store_true", help=t("cli.json.help"))
    listing = add_command(commands, "list", cmd_people_list, t("cli.people.list.help"))
    listing.add_argument("--json", action="store_true", help=t("cli.json.help"))
    add = add_command(commands, "add", cmd_people_add, t("cli.people.add.help"))
    add.add_argument("name", metavar="NAMN")
    edit = add_command(commands, "edit", cmd_people_edit, t("cli.people.edit.help"))
    edit.add_argument("person", metavar="ID|NAMN")
    edit.add_argument("--name", metavar="NAMN")
    for parser in (add, edit):
        parser.add_argument("--role", metavar="ROLL")
        parser.add_argument("--unit", metavar="ENHET")
        parser.add_argument("--email", metavar="E-POST")
        parser.add_argument("--phone", metavar="TELEFON")
    remove = add_command(commands, "remove", cmd_people_remove, t("cli.people.remove.help"))
    remove.add_argument("person", metavar="ID|NAMN")


def cmd_people_list(args: argparse.Namespace, settings: Settings) -> int:
    from jamtui.followup.register import unit_name_of_id

    store = records(settings)
    people, units = guarded(lambda: (store.people(args.org), store.units(args.org)))
    if getattr(args, "json", False):
        print_json(
            {
                "people": [
                    {
                        "id": p.id,
                        "name": p.name,
                        "role": p.role,
                        "unit": p.unit,
                        "unit_name": unit_name_of_id(units, p.unit),
                        "email": p.email,
                        "phone": p.phone,
                    }
                    for p in people.items
                ]
            }
        )
        return 0
    for person in people.items:
        unit = unit_name_of_id(units, person.unit)
        fields = (person.id, person.name, person.role, unit, person.email, person.phone)
        print("\t".join(safe(f) for f in fields))
    return 0


def _details(args: argparse.Namespace, store: Any) -> dict[str, str]:
    """The options given, with ``--unit`` turned into the unit's id ("" clears it)."""
    details = {name: getattr(args, name) for name in _DETAILS if getattr(args, name) is not None}
    if details.get("unit"):
        details["unit"] = store.units(args.org).require(details["unit"]).id
    if getattr(args, "name", None) is not None and "person" in vars(args):
        details["name"] = args.name
    return details


def cmd_people_add(args: argparse.Namespace, settings: Settings) -> int:
    store = records(settings)

    def work() -> Any:
        details = _details(args, store)
        return store.change_people(args.org, lambda people: people.add(args.name, **details))

    print(guarded(work).id)
    return 0


def cmd_people_edit(args: argparse.Namespace, settings: Settings) -> int:
    store = records(settings)

    def work() -> Any:
        details = _details(args, store)
        return store.change_people(args.org, lambda people: people.edit(args.person, **details))

    guarded(work)
    return 0


def cmd_people_remove(args: argparse.Namespace, settings: Settings) -> int:
    store = records(settings)
    person = guarded(lambda: store.change_people(args.org, lambda p: p.remove(args.person)))
    print(t("cli.people.removed", None, name=safe(person.name)))
    return 0
