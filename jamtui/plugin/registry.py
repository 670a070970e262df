"""What plugins register: checklist sources and exporters, and the callables they register with."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeAlias, runtime_checkable

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

    from jamtui.core.model import Checklist
    from jamtui.core.run import ItemAnswer, Run
    from jamtui.report.model import Report

ChecklistSource: TypeAlias = "Path | Traversable | str"
"""A TOML file, a folder of TOML files, or TOML text. (A string at run time: importing
``importlib.resources.abc`` costs a short command ~14 ms, for a name only type checkers read.)"""

ChecklistRegister = Callable[[ChecklistSource], None]


class PreviousRunView(Protocol):
    """An earlier run of the same checklist, with the checklist version it was made with."""

    @property
    def checklist(self) -> Checklist: ...
    @property
    def run(self) -> Run: ...


class RenderContext(Protocol):
    """What ``Exporter.render`` receives (plugin API v1): one run and what it needs."""

    @property
    def checklist(self) -> Checklist: ...
    @property
    def run(self) -> Run: ...
    @property
    def organisation(self) -> str:
        """The organisation's display name."""
        ...

    @property
    def previous(self) -> PreviousRunView | None:
        """The previous run of the same checklist, for the change since then."""
        ...

    @property
    def retired(self) -> Mapping[str, ItemAnswer]:
        """Answers to items the checklist no longer has."""
        ...

    @property
    def lang(self) -> str:
        """``sv`` or ``en``."""
        ...


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

    def render(self, report: Report | RenderContext) -> str | bytes: ...


ExporterRegister = Callable[[Exporter], None]

ItemTypeRegister = Callable[[Any], None]
"""``register(kind)``: ``kind`` is a ``jamtui.core.items.ItemKind`` instance."""


@dataclass(frozen=True)
class RegisteredExporter:
    """An exporter and the plugin that provided it."""

    exporter: Exporter
    plugin: str
