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
    """A report format. ``render`` turns the report model into the document (text or bytes).

    ``model_version`` (an int) says which version of :mod:`jamtui.report.model` the exporter
    was written for; an exporter without it gets the older export context instead.
    """

    name: str
    """Short identifier used by ``--format``, e.g. ``markdown``."""
    title: str
    """Human name, e.g. ``Markdown``."""
    suffix: str
    """File name suffix including the dot, e.g. ``.md``."""

    def render(self, report: Any) -> str | bytes: ...


ExporterRegister = Callable[[Exporter], None]


@dataclass(frozen=True)
class RegisteredExporter:
    """An exporter and the plugin that provided it."""

    exporter: Exporter
    plugin: str
