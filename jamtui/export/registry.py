"""Collect exporters from plugins (the Markdown exporter is registered by the bundled plugin)."""

from __future__ import annotations

from dataclasses import dataclass, field

from jamtui.core.sanitize import show_controls
from jamtui.export.filenames import is_safe_suffix
from jamtui.i18n import t
from jamtui.plugin.manager import PluginHost
from jamtui.plugin.registry import Exporter, RegisteredExporter


@dataclass
class ExporterSet:
    """Exporters by name, in registration order."""

    exporters: dict[str, RegisteredExporter] = field(default_factory=dict)

    def get(self, name: str) -> Exporter | None:
        found = self.exporters.get(name)
        return found.exporter if found else None

    def names(self) -> list[str]:
        return list(self.exporters)


def load_exporters(host: PluginHost) -> ExporterSet:
    """Ask every plugin for exporters; invalid or duplicate ones are reported, not used."""
    found = ExporterSet()

    def make_register(plugin: str) -> object:
        def register(exporter: Exporter) -> None:
            if not isinstance(exporter, Exporter) or not isinstance(
                getattr(exporter, "name", None), str
            ):
                host.problem(plugin, t("plugin.bad_exporter", None, what=type(exporter).__name__))
                return
            if not is_safe_suffix(getattr(exporter, "suffix", None)):
                shown = show_controls(repr(getattr(exporter, "suffix", None)))
                host.problem(plugin, t("safety.plugin.bad_suffix", None, suffix=shown))
                return
            existing = found.exporters.get(exporter.name)
            if existing is not None:
                host.problem(
                    plugin,
                    t("plugin.duplicate_exporter", None, name=exporter.name, first=existing.plugin),
                )
                return
            found.exporters[exporter.name] = RegisteredExporter(exporter, plugin)

        return register

    host.call_each("jamtui_register_exporters", make_register)  # type: ignore[arg-type]
    return found
