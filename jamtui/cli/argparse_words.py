"""argparse's own words (``usage:``, ``options:``, its error messages) in the current language."""

from __future__ import annotations

import argparse

from jamtui.i18n import t

# argparse's message ids (Python 3.11-3.13) → our string keys; anything else stays as it is.
MESSAGES = {
    "usage: ": "argparse.usage",
    "positional arguments": "argparse.positional",
    "options": "argparse.options",
    "optional arguments": "argparse.options",
    "show this help message and exit": "argparse.help",
    "show program's version number and exit": "argparse.version",
    "the following arguments are required: %s": "argparse.required",
    "unrecognized arguments: %s": "argparse.unrecognized",
    "invalid choice: %(value)r (choose from %(choices)s)": "argparse.invalid_choice",
    "argument %(argument_name)s: %(message)s": "argparse.argument",
    "expected one argument": "argparse.expected_one",
    "expected at least one argument": "argparse.expected_at_least_one",
    "expected at most one argument": "argparse.expected_at_most_one",
    "ambiguous option: %(option)s could match %(matches)s": "argparse.ambiguous",
    "invalid %(type)s value: %(value)r": "argparse.invalid_value",
    "not allowed with argument %s": "argparse.not_allowed_with",
    "one of the arguments %s is required": "argparse.one_of_required",
    "%(prog)s: error: %(message)s\n": "argparse.error",
}


def translate(message: str) -> str:
    """argparse's ``_()``: its message id in the current language (resolved when shown)."""
    key = MESSAGES.get(message)
    return t(key) if key else message


def install() -> None:
    """Make argparse speak through ``translate`` (it looks ``_`` up each time it speaks)."""
    argparse._ = translate  # type: ignore[attr-defined]
