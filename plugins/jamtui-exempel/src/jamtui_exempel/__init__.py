"""Example jamtui plugin: registers the checklists in its ``checklists`` folder."""

from __future__ import annotations

from importlib.resources import files

from jamtui.plugin import hookimpl
from jamtui.plugin.registry import ChecklistRegister

__version__ = "0.1.0"


@hookimpl
def jamtui_register_checklists(register: ChecklistRegister) -> None:
    """Register every TOML file shipped in this package's ``checklists`` folder."""
    register(files(__package__) / "checklists")
