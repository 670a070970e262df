"""The ``jamtui`` command: global options, sub-commands, and the TUI when none is given."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import NoReturn

from jamtui import __version__
from jamtui.cli.common import CommandError
from jamtui.i18n import set_language, t
from jamtui.plugin.policy import PluginError
from jamtui.settings import choose_language, resolve_settings

COMMAND_MODULES = (
    "catalog_commands",
    "store_commands",
    "export_command",
    "units_commands",
    "people_commands",
    "actions_commands",
    "log_commands",
    "demo_command",
)
VALUE_OPTIONS = ("--data-dir", "--checklists", "--lang")
"""Global options that take a value (the next word, unless given as --option=value)."""


class Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line on stderr, exit 2."""

    def error(self, message: str) -> NoReturn:
        hint = t("cli.usage_hint", None, prog=self.prog)
        self.exit(2, f"{self.prog}: {message} ({hint})\n")


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    """The argument parser with every sub-command registered (or none: the TUI's path)."""
    parser = Parser(
        prog="jamtui",
        description="Checklistor för jämställdhetsintegrering i terminalen.",
    )
    parser.add_argument("--version", action="version", version=f"jamtui {__version__}")
    add_global_options(parser)
    if with_commands:
        import importlib

        sub = parser.add_subparsers(dest="command", metavar="KOMMANDO")
        for name in COMMAND_MODULES:
            importlib.import_module(f"jamtui.cli.{name}").register(sub)
    return parser


def names_a_command(argv: Sequence[str]) -> bool:
    """Whether ``argv`` holds anything but global options (a command, help, a typo).

    Without one, jamtui starts the TUI, and the sub-commands need not be set up (start-up
    time is measured).
    """
    words = iter(argv)
    for word in words:
        if word in VALUE_OPTIONS:
            next(words, None)
        elif word in ("-h", "--help") or not word.startswith("-"):
            return True
    return False


def add_global_options(parser: argparse.ArgumentParser) -> None:
    """Options every command shares; also accepted after the sub-command name."""
    parser.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS,
        help="data folder (env JAMTUI_HOME)",
    )
    parser.add_argument(
        "--checklists",
        action="append",
        default=argparse.SUPPRESS,
        metavar="DIR",
        help="extra folder of checklist TOML files (repeatable; env JAMTUI_CHECKLISTS)",
    )
    parser.add_argument(
        "--lang",
        choices=("sv", "en"),
        default=argparse.SUPPRESS,
        help="language of the interface (env JAMTUI_LANG)",
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script."""
    set_language(choose_language())  # so usage errors already speak the chosen language
    words = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(with_commands=names_a_command(words))
    args = parser.parse_args(words)
    settings = resolve_settings(
        data_dir=getattr(args, "data_dir", None),
        checklist_dirs=getattr(args, "checklists", None) or (),
        lang=getattr(args, "lang", None),
    )
    set_language(settings.lang)
    handler = getattr(args, "handler", None)
    try:
        if handler is None:
            from jamtui.cli.tui_command import run_tui

            return run_tui(settings)
        return int(handler(args, settings))
    except CommandError as error:
        print(f"jamtui: {_one_line(str(error))}", file=sys.stderr)
        return error.exit_code
    except PluginError as error:
        message = _one_line(str(error))
        print(f"jamtui: {t('cli.strict_plugin_error')}: {message}", file=sys.stderr)
        return 3
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except OSError as error:
        # A folder that cannot be read or written: say which, without a traceback.
        where = f"{error.filename}: " if error.filename else ""
        print(f"jamtui: {_one_line(where + (error.strerror or str(error)))}", file=sys.stderr)
        return 2


def _one_line(text: str) -> str:
    """An error message safe for a terminal: no escape sequences, no line breaks."""
    from jamtui.core.sanitize import strip_controls

    return strip_controls(text, keep_newlines=False).strip()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
