"""First-party plugin that provides the checklists bundled with jamtui."""

from __future__ import annotations

from pathlib import Path

from jamtui.plugin import hookimpl
from jamtui.plugin.registry import ChecklistRegister

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
