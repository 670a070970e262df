"""Plugins load through real entry points, and a broken one never breaks the rest."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

CHECKLIST = """format = 1
id = "{id}"
version = "1"
title = "{title}"
[[sections]]
id = "s"
title = "S"
[[sections.items]]
id = "a"
type = "text"
text = "A"
"""

MODULES = {
    "bra_plugin": f"""
from jamtui.plugin import hookimpl
__version__ = "2.0"

@hookimpl
def jamtui_register_checklists(register):
    register({CHECKLIST.format(id="bra-lista", title="Bra lista")!r})
""",
    "trasig_plugin": "raise ImportError('modulen saknar ett beroende')\n",
    "fel_i_hook": """
from jamtui.plugin import hookimpl

@hookimpl
def jamtui_register_checklists(register):
    raise RuntimeError("kraschade i hooken")
""",
    "dubblett_plugin": f"""
from jamtui.plugin import hookimpl

@hookimpl
def jamtui_register_checklists(register):
    register({CHECKLIST.format(id="bra-lista", title="Kopia")!r})
""",
    "ogiltig_plugin": """
from jamtui.plugin import hookimpl

@hookimpl
def jamtui_register_checklists(register):
    register(42)

@hookimpl
def jamtui_register_exporters(register):
    register("inte en exportör")
""",
    "stavfel_plugin": """
def jamtui_register_checklist(register):
    pass
""",
}

ENTRY_POINTS = {
    "bra": "bra_plugin",
    "trasig": "trasig_plugin",
    "felhook": "fel_i_hook",
    "dubblett": "dubblett_plugin",
    "ogiltig": "ogiltig_plugin",
    "stavfel": "stavfel_plugin",
}


@pytest.fixture
def plugin_site(tmp_path: Path) -> Path:
    """A folder that holds a throwaway distribution with ``jamtui`` entry points."""
    site = tmp_path / "site"
    site.mkdir()
    for name, source in MODULES.items():
        (site / f"{name}.py").write_text(textwrap.dedent(source), encoding="utf-8")
    dist = site / "jamtui_testplugins-0.1.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: jamtui-testplugins\nVersion: 0.1\n", encoding="utf-8"
    )
    lines = "\n".join(f"{name} = {module}" for name, module in ENTRY_POINTS.items())
    (dist / "entry_points.txt").write_text(f"[jamtui]\n{lines}\n", encoding="utf-8")
    return site


def run(site: Path, tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")]),
        "JAMTUI_HOME": str(tmp_path / "home"),
        **env,
    }
    environ.pop("JAMTUI_STRICT_PLUGINS", None) if "JAMTUI_STRICT_PLUGINS" not in env else None
    return subprocess.run(
        [sys.executable, "-m", "jamtui", *args],
        capture_output=True,
        text=True,
        env=environ,
        timeout=120,
    )


def test_plugins_lists_each_plugin_with_its_problem(plugin_site: Path, tmp_path: Path) -> None:
    result = run(plugin_site, tmp_path, "plugins", "--json")
    assert result.returncode == 0, result.stderr
    plugins = {p["name"]: p for p in json.loads(result.stdout)["plugins"]}
    assert plugins["bra"]["version"] == "0.1"
    assert plugins["bra"]["distribution"] == "jamtui-testplugins"
    assert plugins["bra"]["hooks"] == ["jamtui_register_checklists"]
    assert plugins["bra"]["checklists"] == 1
    assert plugins["bra"]["problems"] == []
    assert (
        "kunde inte läsas in: ImportError: modulen saknar ett beroende"
        in plugins["trasig"]["problems"][0]
    )
    assert (
        "fel i jamtui_register_checklists: RuntimeError: kraschade i hooken"
        in plugins["felhook"]["problems"][0]
    )
    assert 'checklistan "bra-lista" finns redan' in plugins["dubblett"]["problems"][0]
    ogiltig = " ".join(plugins["ogiltig"]["problems"])
    assert "registrerade något som inte är en fil" in ogiltig
    assert "registrerade en exportör utan name" in ogiltig
    assert 'okänd hook "jamtui_register_checklist"' in plugins["stavfel"]["problems"][0]
    assert plugins["bundled"]["problems"] == []


def test_checklists_still_lists_the_good_ones(plugin_site: Path, tmp_path: Path) -> None:
    result = run(plugin_site, tmp_path, "checklists", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    ids = {row["id"]: row for row in data["checklists"]}
    assert ids["bra-lista"]["provider"] == "bra"
    assert ids["bra-lista"]["title"] == "Bra lista"


def test_disable_plugins_skips_them(plugin_site: Path, tmp_path: Path) -> None:
    result = run(
        plugin_site, tmp_path, "plugins", "--json", JAMTUI_DISABLE_PLUGINS="trasig,felhook"
    )
    plugins = {p["name"]: p for p in json.loads(result.stdout)["plugins"]}
    assert plugins["trasig"]["disabled"] is True
    assert plugins["trasig"]["problems"] == []
    assert plugins["felhook"]["problems"] == []


def test_strict_mode_makes_problems_fatal(plugin_site: Path, tmp_path: Path) -> None:
    result = run(plugin_site, tmp_path, "checklists", JAMTUI_STRICT_PLUGINS="1")
    assert result.returncode == 3
    assert "JAMTUI_STRICT_PLUGINS" in result.stderr
    assert "Traceback" not in result.stderr


def test_bundled_plugin_comes_through_the_entry_point(tmp_path: Path) -> None:
    from importlib import metadata

    names = {ep.name: ep.value for ep in metadata.entry_points(group="jamtui")}
    assert names.get("bundled") == "jamtui_bundled"
