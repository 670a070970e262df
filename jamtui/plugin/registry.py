"""What plugins register: checklist sources and exporters, and the callables they register with."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

ChecklistSource = Path | Traversable | str
"""A TOML file, a folder of TOML files, or TOML text."""

ChecklistRegister = Callable[[ChecklistSource], None]


@runtime_checkable
class Exporter(Protocol):
    """A report format. ``render`` turns an export context into the document's text."""

    name: str
    """Short identifier used by ``--format``, e.g. ``markdown``."""
    title: str
    """Human name, e.g. ``Markdown``."""
    suffix: str
    """File name suffix including the dot, e.g. ``.md``."""

    def render(self, context: Any) -> str: ...


ExporterRegister = Callable[[Exporter], None]

ItemTypeRegister = Callable[[Any], None]
"""``register(kind)``: ``kind`` is a ``jamtui.core.items.ItemKind`` instance."""


@dataclass(frozen=True)
class RegisteredExporter:
    """An exporter and the plugin that provided it."""

    exporter: Exporter
    plugin: str
