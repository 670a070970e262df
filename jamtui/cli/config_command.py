"""``jamtui config list|get|set``: the settings file in the config folder."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from jamtui.cli.common import CommandError, add_command, print_json
from jamtui.core.sanitize import strip_controls
from jamtui.i18n import t
from jamtui.settings import Settings


def register(sub: Any) -> None:
    """Add ``config`` and its sub-commands to the ``jamtui`` parser."""
    config = add_command(sub, "config", cmd_config_help, t("cli.config.help"))
    config_sub = config.add_subparsers(dest="config_command", metavar="{list,get,set}")
    listing = add_command(config_sub, "list", cmd_config_list, t("cli.config.list.help"))
    listing.add_argument("--json", action="store_true", help=t("cli.json.help"))
    get = add_command(config_sub, "get", cmd_config_get, t("cli.config.get.help"))
    get.add_argument("key", metavar=t("cli.meta.key"))
    get.add_argument("--json", action="store_true", help=t("cli.json.help"))
    put = add_command(config_sub, "set", cmd_config_set, t("cli.config.set.help"))
    put.add_argument("key", metavar=t("cli.meta.key"))
    put.add_argument("value", metavar=t("cli.meta.value"))


def _report_problems(settings: Settings) -> None:
    if settings.user is None:
        return
    for problem in settings.user.problems:
        print(f"jamtui: {strip_controls(problem.format(), keep_newlines=False)}", file=sys.stderr)


def _all(settings: Settings) -> dict[str, str | None]:
    from jamtui.user_settings import KEYS

    values: dict[str, str | None] = {key: settings.setting(key) for key in KEYS}
    values.update({f"keymap.{k}": v for k, v in sorted(settings.keymap.items())})
    return values


def cmd_config_help(args: argparse.Namespace, settings: Settings) -> int:
    raise CommandError(t("cli.config.which"))


def cmd_config_list(args: argparse.Namespace, settings: Settings) -> int:
    _report_problems(settings)
    values = _all(settings)
    if args.json:
        print_json({"file": str(settings.settings_file), "settings": values})
        return 0
    print(f"# {settings.settings_file}")
    for key, value in values.items():
        print(f"{key} = {strip_controls(value, keep_newlines=False) if value else ''}")
    return 0


def cmd_config_get(args: argparse.Namespace, settings: Settings) -> int:
    from jamtui.user_settings import KEYS

    _report_problems(settings)
    if args.key not in KEYS and not args.key.startswith("keymap."):
        raise CommandError(t("cli.config.unknown", None, key=args.key, keys=", ".join(KEYS)))
    value = settings.setting(args.key)
    if args.json:
        print_json({"key": args.key, "value": value})
    elif value is not None:
        print(strip_controls(value, keep_newlines=False))
    return 0 if value is not None else 1


def cmd_config_set(args: argparse.Namespace, settings: Settings) -> int:
    from jamtui.user_settings import KEYS, check_value, write_setting

    try:
        value = check_value(args.key, args.value)
    except ValueError as error:
        if str(error) == "settings.unknown_key":
            raise CommandError(
                t("cli.config.unknown", None, key=args.key, keys=", ".join(KEYS))
            ) from None
        raise CommandError(f"{args.key}: {t(str(error))}") from None
    write_setting(settings.settings_file, args.key, value)
    return 0
