"""Each hook, exercised through the host as a plugin would use it (plugin API v1)."""

from __future__ import annotations

import types
from pathlib import Path

from jamtui.catalog import load_catalog
from jamtui.core.run import Run
from jamtui.export.context import ExportContext
from jamtui.export.registry import load_exporters
from jamtui.plugin import JAMTUI_PLUGIN_API, hookimpl
from jamtui.plugin.manager import create_host
from jamtui.plugin.registry import ChecklistRegister, ExporterRegister, RenderContext
from jamtui.settings import resolve_settings
from tests.storage.conftest import CHECKLIST, make_checklist


def plugin(**hooks: object) -> types.SimpleNamespace:
    return types.SimpleNamespace(**hooks)


def test_hook_jamtui_register_checklists(tmp_path: Path) -> None:
    @hookimpl
    def jamtui_register_checklists(register: ChecklistRegister) -> None:
        register(CHECKLIST.format(version="3", extra=""))

    host = create_host(
        entry_points=[],
        extra_plugins=[
            (
                "prov",
                plugin(jamtui_register_checklists=jamtui_register_checklists, JAMTUI_PLUGIN_API=1),
            )
        ],
    )
    catalog = load_catalog(resolve_settings(data_dir=str(tmp_path), environ={}), host=host)
    checklist = catalog.get("prov")
    assert checklist is not None and checklist.version == "3"
    assert host.plugins["prov"].hooks == ["jamtui_register_checklists"]


class Lines:
    name = "lines"
    title = "Lines"
    suffix = ".txt"

    def render(self, context: RenderContext) -> str:
        return f"{context.organisation}: {len(context.checklist.items)} ({context.lang})"


def test_hook_jamtui_register_exporters() -> None:
    @hookimpl
    def jamtui_register_exporters(register: ExporterRegister) -> None:
        register(Lines())

    host = create_host(
        entry_points=[],
        extra_plugins=[("rader", plugin(jamtui_register_exporters=jamtui_register_exporters))],
    )
    exporter = load_exporters(host).get("lines")
    assert exporter is not None
    checklist = make_checklist()
    run = Run("r", checklist.id, "1", organisation="lund", date="2026-01-02")
    context = ExportContext(checklist=checklist, run=run, organisation="Lund", lang="en")
    assert exporter.render(context) == f"Lund: {len(checklist.items)} (en)"


def test_a_plugin_for_another_api_version_is_reported_not_loaded(tmp_path: Path) -> None:
    @hookimpl
    def jamtui_register_checklists(register: ChecklistRegister) -> None:
        register(CHECKLIST.format(version="9", extra=""))

    future = plugin(jamtui_register_checklists=jamtui_register_checklists, JAMTUI_PLUGIN_API=2)
    host = create_host(entry_points=[], extra_plugins=[("framtid", future)])
    catalog = load_catalog(resolve_settings(data_dir=str(tmp_path), environ={}), host=host)
    assert catalog.get("prov") is None
    assert JAMTUI_PLUGIN_API == 1
    assert any("API 2" in p or "API 1" in p for p in host.plugins["framtid"].problems), host.plugins
