"""The ``jamtui`` command: global options, sub-commands, and the TUI when none is given."""

from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from jamtui import __version__
from jamtui.cli.common import CommandError
from jamtui.i18n import set_language, t
from jamtui.plugin.policy import PluginError
from jamtui.settings import resolve_settings

COMMAND_MODULES = (
    "catalog_commands",
    "store_commands",
    "export_command",
    "config_command",
    "completion_command",
    "sync_command",
    "workshop_command",
    "units_commands",
    "people_commands",
    "actions_commands",
    "log_commands",
    "demo_command",
)
"""Modules under jamtui.cli with ``register(subparsers)``: append one to add a command."""

COMMANDS = {
    "checklists": "catalog_commands",
    "check": "catalog_commands",
    "plugins": "catalog_commands",
    "locate": "catalog_commands",
    "schema": "catalog_commands",
    "orgs": "store_commands",
    "runs": "store_commands",
    "answer": "store_commands",
    "doctor": "store_commands",
    "export": "export_command",
    "config": "config_command",
    "completion": "completion_command",
    "sync": "sync_command",
    "workshop": "workshop_command",
    "serve": "workshop_command",
    "units": "units_commands",
    "delete": "units_commands",
    "trash": "units_commands",
    "people": "people_commands",
    "actions": "actions_commands",
    "action": "actions_commands",
    "log": "log_commands",
    "demo": "demo_command",
}
"""Each command and the module that registers it: a command line that names one builds only
that module's parsers (start-up time is measured). A test checks it against the modules."""


class HelpFormatter(argparse.HelpFormatter):
    """argparse's help layout, with the terminal's width looked up without ``shutil``.

    argparse makes a formatter for every ``add_argument`` (to check its metavar), and each
    asked ``shutil.get_terminal_size``: importing ``shutil`` was ~3 ms of a short command.
    """

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        if width is None:
            width = terminal_columns() - 2  # as argparse does
        super().__init__(prog, indent_increment, max_help_position, width)


def terminal_columns() -> int:
    """The columns ``shutil.get_terminal_size()`` gives: ``COLUMNS``, else stdout's, else 80."""
    import os

    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns if sys.__stdout__ else 0
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns if columns > 0 else 80


class Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line on stderr, exit 2."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        hint = t("cli.usage_hint", None, prog=self.prog)
        self.exit(2, f"{self.prog}: {message} ({hint})\n")


def build_parser(with_commands: bool = True, only: str | None = None) -> argparse.ArgumentParser:
    """The argument parser with every sub-command registered (or none: the TUI's path).

    ``only``: a command name; just that command's parser is set up, by the module that
    registers it (an unknown name sets up every command, so the error lists them all).
    """
    from jamtui.cli import argparse_words

    argparse_words.install()
    parser = Parser(prog="jamtui", description=t("cli.description"))
    parser.add_argument("--version", action="version", version=f"jamtui {__version__}")
    add_global_options(parser)
    if with_commands:
        import importlib

        sub = parser.add_subparsers(dest="command", metavar=t("cli.meta.command"))
        if only in COMMANDS:
            importlib.import_module(f"jamtui.cli.{COMMANDS[only]}").register(_Only(sub, only))
        else:
            for name in COMMAND_MODULES:
                importlib.import_module(f"jamtui.cli.{name}").register(sub)
    return parser


class _Only:
    """Sub-parsers that set up one command: the module's other commands are not built."""

    def __init__(self, sub: Any, name: str) -> None:
        self._sub = sub
        self._name = name

    def add_parser(self, name: str, **kwargs: Any) -> Any:
        return self._sub.add_parser(name, **kwargs) if name == self._name else _UNUSED

    def __getattr__(self, attribute: str) -> Any:
        return getattr(self._sub, attribute)


class _Unused:
    """The parser of a command not asked for: every set-up call on it does nothing."""

    def __getattr__(self, attribute: str) -> Any:
        return self._ignore

    def _ignore(self, *args: Any, **kwargs: Any) -> _Unused:
        return self


_UNUSED = _Unused()


class _PreScanError(Exception):
    """A global option the pre-scan could not read (the real parser reports it)."""


class _PreScanner(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _PreScanError(message)


@functools.cache
def _global_parser() -> argparse.ArgumentParser:
    """The global options alone: what the pre-scan knows, taken from the real definitions.

    Made once per process (the pre-scan and ``value_options`` ask for it several times).
    """
    parser = _PreScanner(prog="jamtui", add_help=False, formatter_class=HelpFormatter)
    add_global_options(parser)
    return parser


def prescan(argv: Sequence[str]) -> argparse.Namespace:
    """The global options in ``argv`` (wherever they are), read before the real parser is built.

    The language must be known before any help text is written; a bad value is left for
    the real parser to report.
    """
    try:
        known, _rest = _global_parser().parse_known_args(list(argv))
    except _PreScanError:
        return argparse.Namespace()
    return known


def value_options() -> tuple[str, ...]:
    """Global options that take a value (the next word, unless given as --option=value)."""
    return tuple(
        option
        for action in _global_parser()._actions
        if action.nargs != 0
        for option in action.option_strings
    )


def named_command(argv: Sequence[str]) -> str | None:
    """The command ``argv`` names, when it is the first word and no help for all is asked."""
    takes_value = value_options()
    words = iter(argv)
    for word in words:
        if word in takes_value:
            next(words, None)
        elif word in ("-h", "--help"):
            return None
        elif not word.startswith("-"):
            return word
    return None


def names_a_command(argv: Sequence[str]) -> bool:
    """Whether ``argv`` holds anything but global options (a command, help, a typo).

    Without one, jamtui starts the TUI, and the sub-commands need not be set up (start-up
    time is measured).
    """
    takes_value = value_options()
    words = iter(argv)
    for word in words:
        if word in takes_value:
            next(words, None)
        elif word in ("-h", "--help") or not word.startswith("-"):
            return True
    return False


def add_global_options(parser: argparse.ArgumentParser) -> None:
    """Options every command shares; also accepted after the sub-command name."""
    parser.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS,
        metavar=t("cli.meta.dir"),
        help=t("cli.option.data_dir"),
    )
    parser.add_argument(
        "--checklists",
        action="append",
        default=argparse.SUPPRESS,
        metavar=t("cli.meta.dir"),
        help=t("cli.option.checklists"),
    )
    parser.add_argument(
        "--lang",
        choices=("sv", "en"),
        default=argparse.SUPPRESS,
        help=t("cli.option.lang"),
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script."""
    from jamtui.cli.terminal_output import guarded_output

    with guarded_output():
        return _main(argv)


def _main(argv: Sequence[str] | None) -> int:
    from jamtui.cli import argparse_words
    from jamtui.cli.terminal_output import decode_arguments, unguarded

    argparse_words.install()  # before any parser: argparse's gettext looks for catalogs
    words, bad = decode_arguments(list(sys.argv[1:] if argv is None else argv))
    # The language first (option, env, settings file), so help and usage errors speak it.
    early = prescan(words)
    set_language(
        resolve_settings(
            data_dir=getattr(early, "data_dir", None), lang=getattr(early, "lang", None)
        ).lang
    )
    if bad is not None:
        print(f"jamtui: {t('safety.bad_argument_bytes', None, position=bad)}", file=sys.stderr)
        return 2
    try:
        if "runs" in words and names_a_command(words):
            from jamtui.cli.store_commands import runs_alias

            words = runs_alias(words)
        commands = names_a_command(words)
        parser = build_parser(commands, only=named_command(words) if commands else None)
        args = parser.parse_args(words)
    except KeyboardInterrupt:
        print(f"jamtui: {t('safety.interrupted')}", file=sys.stderr)
        return 130
    settings = resolve_settings(
        data_dir=getattr(args, "data_dir", None),
        checklist_dirs=getattr(args, "checklists", None) or (),
        lang=getattr(args, "lang", None),
    )
    set_language(settings.lang)
    handler = getattr(args, "handler", None)
    if handler is not None:
        from jamtui.plugin import timing

        timing.slow_notice = lambda message: print(f"jamtui: {_one_line(message)}", file=sys.stderr)
    try:
        if handler is None:
            from jamtui.cli.tui_command import run_tui

            unguarded()
            return run_tui(settings)
        return int(handler(args, settings))
    except CommandError as error:
        print(f"jamtui: {_one_line(str(error))}", file=sys.stderr)
        return error.exit_code
    except PluginError as error:
        message = _one_line(str(error))
        print(f"jamtui: {t('cli.strict_plugin_error')}: {message}", file=sys.stderr)
        return 3
    except KeyboardInterrupt as interrupt:
        detail = _one_line(str(interrupt)) or t("safety.interrupted")
        print(f"jamtui: {detail}", file=sys.stderr)
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
