"""Renderer failures whose message is already a sentence for the user (no traceback shown)."""

from __future__ import annotations


class RenderError(Exception):
    """A report renderer could not make the document; ``str(error)`` says why, in one line."""


def missing_engine(name: str, package: str) -> RenderError:
    """The error for a format whose engine package is not installed (a broken install)."""
    from jamtui.i18n import t

    return RenderError(t("report.engine_missing", None, name=name, package=package))
