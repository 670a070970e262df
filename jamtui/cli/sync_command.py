"""``jamtui sync``: team sync of the data folder over git (setup, sync, status, conflicts)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from jamtui.cli.common import CommandError, add_command
from jamtui.i18n import t
from jamtui.settings import Settings


def register(sub: Any) -> None:
    from jamtui.cli import add_global_options

    parser = add_command(sub, "sync", cmd_sync, t("cli.sync.help"))
    actions = parser.add_subparsers(dest="sync_action", metavar="setup|status|conflicts|resolve")
    setup = actions.add_parser("setup", help=t("cli.sync.setup.help"))
    add_global_options(setup)
    setup.add_argument("remote", metavar="REMOTE")
    setup.set_defaults(handler=cmd_setup)
    status = actions.add_parser("status", help=t("cli.sync.status.help"))
    add_global_options(status)
    status.set_defaults(handler=cmd_status)
    conflicts = actions.add_parser("conflicts", help=t("cli.sync.conflicts.help"))
    add_global_options(conflicts)
    conflicts.set_defaults(handler=cmd_conflicts)
    resolve = actions.add_parser("resolve", help=t("cli.sync.resolve.help"))
    add_global_options(resolve)
    resolve.add_argument("path", metavar="FILE")
    resolve.add_argument("conflict", metavar="ID")
    group = resolve.add_mutually_exclusive_group(required=True)
    group.add_argument("--keep", choices=("a", "b"))
    group.add_argument("--value", metavar="TEXT")
    resolve.set_defaults(handler=cmd_resolve)


def _safe(text: str) -> str:
    from jamtui.core.sanitize import strip_controls

    return strip_controls(text, keep_newlines=False)


def _state_words(conflicts: int, waiting: int) -> str:
    words = [t("sync.conflicts", None, count=conflicts) if conflicts else t("sync.in_sync")]
    if waiting:
        words.append(t("sync.waiting", None, count=waiting))
    return " · ".join(words)


def _report(result: Any, line: str) -> int:
    print(_safe(line))
    for path in result.conflicts:
        print(_safe(t("sync.conflict_line", None, path=path)))
    return int(result.exit_code)


def cmd_sync(args: argparse.Namespace, settings: Settings) -> int:
    from jamtui.sync.engine import SyncError, sync

    try:
        result = sync(settings.data_dir)
    except SyncError as error:
        raise CommandError(str(error), 2) from None
    except Exception as error:  # never a traceback: the next sync carries on
        raise CommandError(
            t("sync.failed", None, detail=f"{type(error).__name__}: {error}"), 2
        ) from None
    state = _state_words(len(result.conflicts), len(result.waiting))
    line = t("sync.done", None, sent=result.sent, received=result.received, state=state)
    return _report(result, line)


def cmd_setup(args: argparse.Namespace, settings: Settings) -> int:
    from jamtui.sync.engine import SyncError, setup

    try:
        result = setup(settings.data_dir, args.remote)
    except SyncError as error:
        raise CommandError(str(error), 2) from None
    except Exception as error:  # never a traceback: the next sync carries on
        raise CommandError(
            t("sync.failed", None, detail=f"{type(error).__name__}: {error}"), 2
        ) from None
    state = _state_words(len(result.conflicts), len(result.waiting))
    line = t(
        "sync.setup_done",
        None,
        remote=args.remote,
        sent=result.sent,
        received=result.received,
        state=state,
    )
    return _report(result, line)


def cmd_status(args: argparse.Namespace, settings: Settings) -> int:
    from jamtui.sync.engine import status

    now = status(settings.data_dir)
    if not now.configured:
        raise CommandError(t("sync.not_set_up", None), 2)
    print(_safe(t("sync.remote_line", None, remote=now.remote)))
    print(
        t(
            "sync.status",
            None,
            ahead=now.ahead,
            behind=now.behind,
            changed=now.changed,
            conflicts=len(now.conflicts),
        )
    )
    for path in now.conflicts:
        print(_safe(t("sync.conflict_line", None, path=path)))
    return 1 if now.conflicts else 0


def cmd_conflicts(args: argparse.Namespace, settings: Settings) -> int:
    from jamtui.sync.resolve import show_value, waiting_conflicts

    items = waiting_conflicts(settings.data_dir)
    for item in items:
        if item.conflict is None:
            print(_safe(f"{item.path}\t{item.id}\t{item.side_path}"))
            continue
        c = item.conflict
        where = ".".join(c.path)
        a = f"a={show_value(c.a)}" + (f" ({c.a_by})" if c.a_by else "")
        b = f"b={show_value(c.b)}" + (f" ({c.b_by})" if c.b_by else "")
        print(_safe(f"{item.path}\t{c.id}\t{where}\t{a}\t{b}"))
    return 1 if items else 0


def cmd_resolve(args: argparse.Namespace, settings: Settings) -> int:
    from jamtui.sync.resolve import LockedRun, resolve_conflict, waiting_conflicts

    found = [
        item
        for item in waiting_conflicts(settings.data_dir)
        if item.path == args.path and item.id == args.conflict
    ]
    if not found:
        raise CommandError(t("sync.no_conflict", None, id=args.conflict, path=args.path), 1)
    try:
        if args.keep:
            resolve_conflict(settings.data_dir, found[0], args.keep)
        else:
            resolve_conflict(settings.data_dir, found[0], "new", args.value)
    except LockedRun:
        raise CommandError(t("sync.locked_run", None), 1) from None
    sys.stdout.write(t("sync.resolved") + "\n")
    return 0
