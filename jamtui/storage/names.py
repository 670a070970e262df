"""Names checked by the one rule of ``jamtui.core.names``, refused with a clear message."""

from __future__ import annotations

from jamtui.core.names import NameProblem, check_name
from jamtui.core.sanitize import show_controls
from jamtui.i18n import t
from jamtui.storage.errors import InvalidValueError


def valid_name(text: str, what: str = "name") -> str:
    """``text`` as a stored name (NFC, trimmed), or InvalidValueError saying what is wrong.

    ``what`` names the field in the message: ``organisation``, ``unit``, ``participant``,
    ``facilitator``, ``role`` or ``name``.
    """
    try:
        return check_name(text)
    except NameProblem as problem:
        shown = show_controls(problem.text, keep_tabs=False, keep_newlines=False)
        if len(shown) > 60:
            shown = shown[:59] + "…"
        raise InvalidValueError(
            t(
                f"safety.name.{problem.reason}",
                None,
                field=t(f"safety.field.{what}"),
                name=shown,
            )
        ) from None


def valid_text(text: str) -> str:
    """``text`` (a note, an answer) if it can be stored as UTF-8, else InvalidValueError.

    Controls are allowed in text (they are shown visibly, and stored exactly); what cannot
    be stored is a lone surrogate, left by bytes that were not UTF-8.
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise InvalidValueError(t("safety.text_not_utf8", None, position=error.start + 1)) from None
    return text
