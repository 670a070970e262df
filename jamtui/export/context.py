"""Compatibility name: the export context now lives in ``jamtui.report.context``."""

from __future__ import annotations

from jamtui.report.context import ExportContext, PreviousRun, ReportOptions

__all__ = ["ExportContext", "PreviousRun", "ReportOptions"]
