"""CLI commands over the storage API: orgs, runs, answer, doctor."""

from __future__ import annotations

import argparse
from typing import Any

from jamtui.cli.common import CommandError, add_command, print_json
from jamtui.i18n import t
from jamtui.settings import Settings


def register(sub: Any) -> None:
    """Add the storage commands to the ``jamtui`` parser."""
    orgs = add_command(sub, "orgs", cmd_orgs, t("cli.orgs.help"))
    orgs.add_argument("--json", action="store_true", help=t("cli.json.help"))
    orgs.add_argument("--all", action="store_true", help=t("cli.orgs.all"))
    orgs_sub = orgs.add_subparsers(dest="orgs_command", metavar="add")
    add = add_command(orgs_sub, "add", cmd_orgs_add, t("cli.orgs.add.help"))
    add.add_argument("name", metavar="NAMN")
    add.add_argument("--unit", action="append", default=[], metavar="ENHET")
    add.add_argument("--org-number", default="", metavar="ORGNR")

    runs = add_command(sub, "runs", cmd_runs, t("cli.runs.help"))
    runs.add_argument("org", metavar="ORG | new")
    runs.add_argument("rest", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    runs.add_argument("--json", action="store_true", help=t("cli.json.help"))

    answer = add_command(sub, "answer", cmd_answer, t("cli.answer.help"))
    answer.add_argument("org", metavar="ORG")
    answer.add_argument("run", metavar="RUN")
    answer.add_argument("item", metavar="FRÅGA")
    answer.add_argument("value", nargs="?", metavar="SVAR")
    answer.add_argument("--note", metavar="TEXT")
    answer.add_argument("--internal-note", metavar="TEXT", help=t("cli.answer.internal_note"))
    answer.add_argument("--rater", metavar="NAMN|ID")

    doctor = add_command(sub, "doctor", cmd_doctor, t("cli.doctor.help"))
    doctor.add_argument("--json", action="store_true", help=t("cli.json.help"))


def _new_run_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("org", metavar="ORG")
    parser.add_argument("checklist", metavar="CHECKLISTA")
    parser.add_argument("--unit", default="", metavar="ENHET")
    parser.add_argument("--new-unit", action="store_true", help=t("cli.runs.new_unit"))
    parser.add_argument("--date", metavar="ÅÅÅÅ-MM-DD")
    parser.add_argument("--facilitator", default="", metavar="NAMN")
    parser.add_argument("--participant", action="append", default=[], metavar="NAMN;ROLL")


def _store(settings: Settings) -> Any:
    from jamtui.storage import Store

    return Store(settings.data_dir)


def _fail(error: Exception) -> CommandError:
    return CommandError(str(error) or type(error).__name__)


def cmd_orgs(args: argparse.Namespace, settings: Settings) -> int:
    from jamtui.storage import StorageError

    try:
        orgs = _store(settings).list_organisations(include_archived=args.all)
    except (StorageError, OSError) as error:
        raise _fail(error) from None
    if args.json:
        print_json(
            [
                {
                    "slug": o.slug,
                    "name": o.name,
                    "archived": o.archived,
                    "org_number": o.org_number,
                    "problem": o.problem,
                }
                for o in orgs
            ]
        )
        return 0
    for org in orgs:
        flags = f"  [{t('cli.orgs.archived')}]" if org.archived else ""
        problem = f"  ({org.problem})" if org.problem else ""
        print(f"{org.slug}\t{_line(org.name)}{flags}{problem}")
    return 0


def _line(text: str) -> str:
    from jamtui.core.sanitize import strip_controls

    return strip_controls(text, keep_newlines=False)


def cmd_orgs_add(args: argparse.Namespace, settings: Settings) -> int:
    from jamtui.storage import StorageError

    try:
        org = _store(settings).create_organisation(
            args.name, units=args.unit, org_number=args.org_number
        )
    except (StorageError, OSError) as error:
        raise _fail(error) from None
    print(org.slug)
    return 0


def _sub_parse(
    prog: str, rest: list[str], settings: Settings, new: bool
) -> tuple[argparse.Namespace, Settings]:
    """Parse what follows ``runs ORG`` / ``runs new``, global options included."""
    import dataclasses
    from pathlib import Path

    from jamtui.cli import Parser, add_global_options

    parser = Parser(prog=prog, description=t("cli.runs.new.help" if new else "cli.runs.help"))
    add_global_options(parser)
    if new:
        _new_run_arguments(parser)
    else:
        parser.add_argument("--json", action="store_true", help=t("cli.json.help"))
    args = parser.parse_args(rest)
    if hasattr(args, "data_dir"):
        data = Path(args.data_dir).expanduser()
        settings = dataclasses.replace(settings, data_dir=data, config_dir=data / "config")
    if hasattr(args, "checklists"):
        extra = tuple(Path(d).expanduser() for d in args.checklists)
        settings = dataclasses.replace(settings, checklist_dirs=settings.checklist_dirs + extra)
    if hasattr(args, "lang"):
        settings = dataclasses.replace(settings, lang=args.lang)
    return args, settings


def cmd_runs(args: argparse.Namespace, settings: Settings) -> int:
    from jamtui.storage import StorageError

    if args.org == "new":
        new_args, new_settings = _sub_parse("jamtui runs new", args.rest, settings, new=True)
        return cmd_runs_new(new_args, new_settings)
    if args.rest:
        more, settings = _sub_parse("jamtui runs ORG", args.rest, settings, new=False)
        args.json = args.json or more.json

    try:
        runs = _store(settings).list_runs(args.org)
    except (StorageError, OSError) as error:
        raise _fail(error) from None
    if args.json:
        print_json([run._asdict() for run in runs])
        return 0
    for run in runs:
        problem = f"  ({run.problem})" if run.problem else ""
        print(f"{run.id}\t{run.checklist_id}\t{run.date}\t{run.status}\t{run.answered}{problem}")
    return 0


def cmd_runs_new(args: argparse.Namespace, settings: Settings) -> int:
    from jamtui.catalog import load_catalog
    from jamtui.core.run import Participant
    from jamtui.storage import StorageError

    participants = []
    for text in args.participant:
        name, _, role = text.partition(";")
        if not name.strip():
            raise CommandError(t("cli.runs.no_participant_name", None, text=_line(text)))
        participants.append(Participant(name.strip(), role.strip()))
    store = _store(settings)
    try:
        unit = _known_unit(store, args.org, args.unit, args.new_unit)
        checklist = load_catalog(settings).get(args.checklist)
        if checklist is None:
            raise CommandError(t("storage.no_checklist", None, id=args.checklist))
        run = store.create_run(
            args.org,
            checklist,
            date=args.date,
            unit=unit,
            facilitator=args.facilitator,
            participants=participants,
        )
    except (StorageError, OSError) as error:
        raise _fail(error) from None
    print(run.id)
    return 0


def _known_unit(store: Any, org: str, unit: str, create: bool = False) -> str:
    """``unit`` as the organisation spells it; a unit not in its list is refused unless
    ``--new-unit`` asks for it to be added (the app asks the same question)."""
    from jamtui.followup.errors import RuleError
    from jamtui.storage.org_records import OrgRecords, unit_for_run

    try:
        return unit_for_run(OrgRecords(store), org, unit, create)
    except RuleError as error:
        raise CommandError(str(error)) from None


def cmd_answer(args: argparse.Namespace, settings: Settings) -> int:
    from jamtui.catalog import load_catalog
    from jamtui.core.answers import parse_value, value_error
    from jamtui.core.model import ItemType
    from jamtui.storage import StorageError

    if args.rater is not None and not args.rater.strip():
        raise CommandError(t("cli.answer.no_rater"))
    if args.rater is not None and args.value is None:
        raise CommandError(t("cli.answer.rater_value"))
    if args.value is None and args.note is None and args.internal_note is None:
        raise CommandError(t("cli.answer.nothing"))
    store = _store(settings)
    try:
        run = store.load_run(args.org, args.run)
        checklist = load_catalog(settings).get(run.checklist_id)
        if checklist is None:
            raise CommandError(t("storage.no_checklist", None, id=run.checklist_id))
        item = checklist.item(args.item)
        if item is None:
            raise CommandError(t("storage.unknown_item", None, item=args.item))
        with store.open_run(args.org, run.id, checklist) as session:
            if session.read_only:
                raise CommandError(t("storage.read_only", None, reason=session.read_only_reason))
            if args.value is not None:
                if item.type is ItemType.ACTIONS:
                    raise CommandError(
                        t(
                            "storage.bad_value",
                            None,
                            item=item.id,
                            value=_line(args.value),
                            reason=t("reason.no_value_for_actions"),
                        )
                    )
                try:
                    value = parse_value(item, args.value)
                    reason = value_error(item, value)
                except ValueError:
                    reason = "not_yesno" if item.type is ItemType.YESNO else "not_on_scale"
                if reason is not None:
                    raise CommandError(
                        t(
                            "storage.bad_value",
                            None,
                            item=item.id,
                            value=_line(args.value),
                            reason=t(f"reason.{reason}"),
                        )
                    )
                if args.rater is not None:
                    session.set_rating(item.id, args.rater, value)
                else:
                    session.set_value(item.id, value)
            if args.note is not None:
                session.set_note(item.id, args.note)
            if args.internal_note is not None:
                session.set_internal_note(item.id, args.internal_note)
    except (StorageError, OSError) as error:
        raise _fail(error) from None
    return 0


def cmd_doctor(args: argparse.Namespace, settings: Settings) -> int:
    problems = _store(settings).problems()
    if args.json:
        print_json([{"path": str(p.path), "line": p.line, "message": p.message} for p in problems])
    elif not problems:
        print(t("cli.doctor.ok", None, path=settings.data_dir))
    else:
        for problem in problems:
            print(problem.format())
    return 1 if problems else 0
