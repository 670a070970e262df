"""The remembered plugin list never hides a plugin installed or removed since it was made."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.safety.test_plugins import CHECKLIST, GOOD, jamtui, make_site

OTHER = f"""
from jamtui.plugin import hookimpl

@hookimpl
def jamtui_register_checklists(register):
    register({CHECKLIST.format(id="annan-lista", title="Annan lista")!r})
"""


def _ids(site: Path, tmp_path: Path) -> set[str]:
    result = jamtui(site, tmp_path, "checklists", "--json")
    assert result.returncode == 0, result.stderr
    return {row["id"] for row in json.loads(result.stdout)["checklists"]}


def _add_distribution(site: Path, name: str, module: str, source: str) -> None:
    """What ``pip install`` leaves: the module and a new .dist-info folder."""
    (site / f"{module}.py").write_text(source, encoding="utf-8")
    dist = site / f"{name.replace('-', '_')}-1.0.dist-info"  # as pip names it
    dist.mkdir()
    (dist / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n", encoding="utf-8"
    )
    (dist / "entry_points.txt").write_text(f"[jamtui]\n{module} = {module}\n", encoding="utf-8")


def test_a_plugin_installed_after_the_list_was_remembered_is_found(tmp_path: Path) -> None:
    site = make_site(tmp_path, {"bra": GOOD}, {"bra": "bra"})
    assert "bra-lista" in _ids(site, tmp_path)
    cache = tmp_path / "home" / ".cache" / "plugin-entry-points.json"
    assert cache.is_file()  # remembered: the next command skips the search
    assert "bra-lista" in _ids(site, tmp_path)
    _add_distribution(site, "jamtui-annan", "annan", OTHER)
    ids = _ids(site, tmp_path)
    assert {"bra-lista", "annan-lista", "mums"} <= ids


def test_a_removed_plugin_is_gone_at_the_next_command(tmp_path: Path) -> None:
    site = make_site(tmp_path, {"bra": GOOD}, {"bra": "bra"})
    _add_distribution(site, "jamtui-annan", "annan", OTHER)
    assert {"bra-lista", "annan-lista"} <= _ids(site, tmp_path)
    # ``pip uninstall``: the module and its .dist-info folder go.
    shutil.rmtree(site / "jamtui_annan-1.0.dist-info")
    (site / "annan.py").unlink()
    result = jamtui(site, tmp_path, "plugins", "--json")
    assert result.returncode == 0, result.stderr
    names = {plugin["name"] for plugin in json.loads(result.stdout)["plugins"]}
    assert "annan" not in names and "bra" in names
    assert "annan-lista" not in _ids(site, tmp_path)


def test_entry_points_rewritten_in_place_are_read_again(tmp_path: Path) -> None:
    site = make_site(tmp_path, {"bra": GOOD, "annan": OTHER}, {"bra": "bra"})
    assert "annan-lista" not in _ids(site, tmp_path)
    points = site / "jamtui_hostile-0.1.dist-info" / "entry_points.txt"
    points.write_text("[jamtui]\nbra = bra\nannan = annan\n", encoding="utf-8")
    assert "annan-lista" in _ids(site, tmp_path)


def test_a_corrupt_remembered_list_is_no_problem(tmp_path: Path) -> None:
    site = make_site(tmp_path, {"bra": GOOD}, {"bra": "bra"})
    assert "bra-lista" in _ids(site, tmp_path)
    cache = tmp_path / "home" / ".cache" / "plugin-entry-points.json"
    cache.write_text('{"version": 1, "discovery": {"points": [{"name": 3}', encoding="utf-8")
    assert "bra-lista" in _ids(site, tmp_path)
