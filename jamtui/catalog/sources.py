"""What the plugins register and which files a folder of checklists holds, without reading them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jamtui.plugin.manager import PluginHost
    from jamtui.plugin.registry import ChecklistSource


@dataclass(frozen=True)
class Registered:
    """Every plugin's item types and checklist sources, as (plugin, thing), in hook order."""

    item_types: list[tuple[str, Any]]
    checklists: list[tuple[str, ChecklistSource]]


def collect_registrations(host: PluginHost) -> Registered:
    """Call the item-type hook, then the checklist hook, of every plugin once; record both.

    Hooks only name their sources; the files are read later, so a plugin's time limit
    counts its own code, not the reading of its checklists.
    """
    item_types = host.collect("jamtui_register_item_types")
    return Registered(item_types, host.collect("jamtui_register_checklists"))


def toml_files(folder: Path) -> list[Path]:
    """The checklist files of a folder, in the order they are loaded."""
    return sorted(folder.glob("*.toml"))
