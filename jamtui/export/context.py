"""Compatibility name: the export context now lives in ``jamtui.report.context``; and the
conversion of any plugin API ``RenderContext`` into it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from jamtui.report.context import ExportContext, PreviousRun, ReportOptions
from jamtui.report.model import Report

if TYPE_CHECKING:
    from jamtui.plugin.registry import RenderContext

__all__ = ["ExportContext", "PreviousRun", "ReportOptions", "as_export_context", "as_report"]


def as_export_context(context: RenderContext) -> ExportContext:
    """``context`` as the dataclass the built-in renderers use (any RenderContext will do)."""
    if isinstance(context, ExportContext):
        return context
    previous = context.previous
    return ExportContext(
        checklist=context.checklist,
        run=context.run,
        organisation=context.organisation,
        previous=PreviousRun(previous.checklist, previous.run) if previous else None,
        retired=context.retired,
        lang=context.lang,
    )


def as_report(model: Report | RenderContext) -> Report:
    """What a built-in ``render`` received, as the report model (a context is built into one)."""
    if isinstance(model, Report):
        return model
    from jamtui.report.build import build_report

    return build_report(as_export_context(model))
