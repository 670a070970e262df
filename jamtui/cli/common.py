"""Helpers shared by CLI commands: errors with exit codes, JSON output, sub-parser set-up."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from jamtui.settings import Settings

Handler = Callable[[argparse.Namespace, Settings], int]


class CommandError(Exception):
    """A user-facing failure: printed as one line, no traceback."""

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def add_command(
    sub: Any,
    name: str,
    handler: Handler,
    help_text: str,
) -> argparse.ArgumentParser:
    """Add a sub-command whose parser also accepts the global options."""
    from jamtui.cli import add_global_options

    parser: argparse.ArgumentParser = sub.add_parser(name, help=help_text, description=help_text)
    add_global_options(parser)
    parser.set_defaults(handler=handler)
    return parser


def print_json(data: object) -> None:
    """Write ``data`` as pretty UTF-8 JSON to stdout."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
