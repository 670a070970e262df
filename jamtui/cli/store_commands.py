"""CLI commands over the storage API: orgs, runs, answer, doctor."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from jamtui.cli.common import CommandError, add_command, print_json
from jamtui.core.sanitize import strip_controls
from jamtui.i18n import t
from jamtui.settings import Settings

RUNS_COMMANDS = ("list", "new")
"""``jamtui runs ORG`` is kept as another way to write ``jamtui runs list ORG``."""


def runs_alias(words: list[str]) -> list[str]:
    """``runs ORG …`` → ``runs list ORG …`` (a command line that names no runs sub-command)."""
    from jamtui.cli import value_options

    if "runs" not in words:
        return words
    at = words.index("runs")
    takes_value = value_options()
    rest = iter(words[at + 1 :])
    for word in rest:
        if word in ("-h", "--help"):
            return words
        if word in takes_value:
            next(rest, None)
        elif not word.startswith("-"):
            if word in RUNS_COMMANDS:
                return words
            return [*words[: at + 1], "list", *words[at + 1 :]]
    return words


def register(sub: Any) -> None:
    """Add the storage commands to the ``jamtui`` parser."""
    orgs = add_command(sub, "orgs", cmd_orgs, t("cli.orgs.help"))
    orgs.add_argument("--json", action="store_true", help=t("cli.json.help"))
    orgs.add_argument("--all", action="store_true", help=t("cli.orgs.all"))
    orgs_sub = orgs.add_subparsers(dest="orgs_command", metavar="add")
    add = add_command(orgs_sub, "add", cmd_orgs_add, t("cli.orgs.add.help"))
    add.add_argument("name", metavar=t("cli.meta.name"))
    add.add_argument("--unit", action="append", default=[], metavar=t("cli.meta.unit"))
    add.add_argument("--org-number", default="", metavar=t("cli.meta.org_number"))
    add.add_argument("--json", action="store_true", help=t("cli.json.help"))

    runs = add_command(sub, "runs", cmd_runs_help, t("cli.runs.group_help"))
    runs_sub = runs.add_subparsers(dest="runs_command", metavar="{" + ",".join(RUNS_COMMANDS) + "}")
    listing = add_command(runs_sub, "list", cmd_runs, t("cli.runs.help"))
    listing.add_argument("org", metavar="ORG")
    listing.add_argument("--json", action="store_true", help=t("cli.json.help"))
    new = add_command(runs_sub, "new", cmd_runs_new, t("cli.runs.new.help"))
    _new_run_arguments(new)
    new.add_argument("--json", action="store_true", help=t("cli.json.help"))

    answer = add_command(sub, "answer", cmd_answer, t("cli.answer.help"))
    answer.add_argument("org", metavar="ORG")
    answer.add_argument("run", metavar=t("cli.meta.run"))
    answer.add_argument("item", metavar=t("cli.meta.item"))
    answer.add_argument("value", nargs="?", metavar=t("cli.meta.value"))
    answer.add_argument("--note", metavar=t("cli.meta.text"))
    answer.add_argument(
        "--internal-note", metavar=t("cli.meta.text"), help=t("cli.answer.internal_note")
    )
    answer.add_argument("--rater", metavar=t("cli.meta.name"))

    doctor = add_command(sub, "doctor", cmd_doctor, t("cli.doctor.help"))
    doctor.add_argument("--json", action="store_true", help=t("cli.json.help"))


def _new_run_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("org", metavar="ORG")
    parser.add_argument("checklist", metavar=t("cli.meta.checklist"))
    parser.add_argument("--unit", default="", metavar=t("cli.meta.unit"))
    parser.add_argument("--new-unit", action="store_true", help=t("cli.runs.new_unit"))
    parser.add_argument("--date", metavar=t("cli.meta.date"))
    parser.add_argument("--facilitator", default="", metavar=t("cli.meta.name"))
    parser.add_argument(
        "--participant", action="append", default=[], metavar=t("cli.meta.participant")
    )


def _store(settings: Settings) -> Any:
    from jamtui.storage import Store

    return Store(settings.data_dir)


def _print_notices(store: Any) -> None:
    """Caches the store found broken and rebuilt: one line each on stderr."""
    for notice in store.take_notices():
        print(f"jamtui: {strip_controls(notice.format(), keep_newlines=False)}", file=sys.stderr)


def _fail(error: Exception) -> CommandError:
    return CommandError(str(error) or type(error).__name__)


def cmd_orgs(args: argparse.Namespace, settings: Settings) -> int:
    from jamtui.storage import StorageError

    store = _store(settings)
    try:
        # The same pre-sorted index the first screen reads; every organisation file is
        # compared with its stamp (a file edited in place is listed as it reads now).
        orgs = store.organisation_rows(include_archived=args.all)
    except (StorageError, OSError) as error:
        raise _fail(error) from None
    _print_notices(store)
    if args.json:
        print_json(
            {
                "organisations": [
                    {
                        "slug": o.slug,
                        "name": o.name,
                        "archived": o.archived,
                        "org_number": o.org_number,
                        "problem": o.problem,
                    }
                    for o in orgs
                ]
            }
        )
        return 0
    archived = f"  [{t('cli.orgs.archived')}]"
    lines = []
    for slug, name, flag, _, problem in orgs.plain():
        line = f"{slug}\t{strip_controls(name, keep_newlines=False)}"
        if flag:
            line += archived
        if problem:
            line += f"  ({problem})"
        lines.append(line)
    lines.append("")
    sys.stdout.write("\n".join(lines))  # one write: 10,000 prints cost more than the listing
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
    if args.json:
        print_json({"organisation": {"slug": org.slug, "name": org.name}})
    else:
        print(org.slug)
    return 0


def cmd_runs_help(args: argparse.Namespace, settings: Settings) -> int:
    """``jamtui runs`` alone: say which sub-commands there are (usage error, exit 2)."""
    raise CommandError(t("cli.runs.which", None, commands=", ".join(RUNS_COMMANDS)))


def cmd_runs(args: argparse.Namespace, settings: Settings) -> int:
    from jamtui.storage import StorageError

    store = _store(settings)
    try:
        runs = store.list_runs(args.org)
    except (StorageError, OSError) as error:
        raise _fail(error) from None
    _print_notices(store)
    if args.json:
        print_json(
            {"runs": [{**run._asdict(), "answered_ids": list(run.answered_ids)} for run in runs]}
        )
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
            facilitator=args.facilitator or settings.setting("facilitator") or "",
            participants=participants,
        )
    except (StorageError, OSError) as error:
        raise _fail(error) from None
    if args.json:
        print_json(
            {"run": {"id": run.id, "organisation": run.organisation, "checklist": run.checklist_id}}
        )
    else:
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
    from jamtui.storage.names import valid_name, valid_text

    store = _store(settings)
    try:
        # Everything is checked before anything changes: a bad note never follows a saved value.
        if args.rater is not None:
            args.rater = valid_name(args.rater, "participant")
        if args.note is not None:
            valid_text(args.note)
        if args.internal_note is not None:
            valid_text(args.internal_note)
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
            _refuse_unshown(checklist, session.run, item.id)
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
            with session.batch():  # the value and the note in one durable write
                if args.value is not None:
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


def _refuse_unshown(checklist: Any, run: Any, item_id: str) -> None:
    """Refuse (exit 2) an answer or note to an item the run does not show.

    An item hidden by its ``show_if`` or left after an outcome ended the run is invisible
    in the app and the report, so an answer to it would be saved where nobody sees it.
    """
    from jamtui.core.navigation import ItemState, walk
    from jamtui.i18n import current_language

    path = walk(checklist, run.values(), run.with_actions())
    state = path.states.get(item_id)
    if state is ItemState.HIDDEN:
        why = t("cli.answer.why_hidden")
    elif state is ItemState.ENDED and path.outcome is not None:
        title = path.outcome.outcome.title.get(current_language()) or path.outcome.outcome.id
        why = t("cli.answer.why_ended", None, outcome=_line(title))
    else:
        return
    raise CommandError(t("cli.answer.hidden", None, id=item_id, why=why))


def cmd_doctor(args: argparse.Namespace, settings: Settings) -> int:
    problems = _store(settings).problems()
    if args.json:
        print_json(
            {
                "problems": [
                    {"path": str(p.path), "line": p.line, "message": p.message} for p in problems
                ]
            }
        )
    elif not problems:
        print(t("cli.doctor.ok", None, path=settings.data_dir))
    else:
        for problem in problems:
            print(problem.format())
    return 1 if problems else 0
