"""First-party plugin: the checklists bundled with jamtui and the Markdown, Word and PDF reports."""

from __future__ import annotations

from pathlib import Path

from jamtui.plugin import hookimpl
from jamtui.plugin.registry import ChecklistRegister, ExporterRegister

__version__ = "0.1.0"


def bundled_checklist_dir() -> Path:
    """The folder holding the bundled checklist TOML files (installed or in a checkout)."""
    installed = Path(__file__).resolve().parent / "checklists"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parents[2] / "checklists"


@hookimpl
def jamtui_register_checklists(register: ChecklistRegister) -> None:
    """Register every bundled checklist file."""
    for path in sorted(bundled_checklist_dir().glob("*.toml")):
        register(path)


@hookimpl
def jamtui_register_exporters(register: ExporterRegister) -> None:
    """Register the built-in reports (their engines are imported only when one renders)."""
    from jamtui.export.docx import DocxExporter
    from jamtui.export.markdown import MarkdownExporter
    from jamtui.export.pdf import PdfExporter

    register(MarkdownExporter())
    register(DocxExporter())
    register(PdfExporter())
