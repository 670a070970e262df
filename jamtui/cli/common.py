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
    """Write ``data`` as pretty UTF-8 JSON to stdout (controls as ``\\uXXXX`` escapes)."""
    sys.stdout.write(json_text(data) + "\n")


def json_text(data: object) -> str:
    """``data`` as JSON whose text holds no control, bidi or invisible character raw.

    JSON escapes C0 itself; C1, bidi and zero-width characters get ``\\uXXXX`` here, so the
    value read back is exact and nothing reaches a terminal raw.
    """
    import re

    from jamtui.core.sanitize import UNSAFE_CLASS

    text = json.dumps(data, ensure_ascii=False, indent=2)
    return re.sub(f"[{UNSAFE_CLASS}]", lambda m: f"\\u{ord(m.group()):04x}", text)
