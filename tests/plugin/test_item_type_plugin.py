"""A third-party item type: the likert5 plugin from docs/writing-plugins.md, installed as is."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "writing-plugins.md"


def documented() -> tuple[str, str]:
    """The plugin module and the checklist, exactly as the docs show them."""
    text = DOC.read_text(encoding="utf-8")
    part = text[text.index("### `jamtui_register_item_types(") :]
    python = re.search(r"```python\n(.*?)```", part, flags=re.S)
    toml = re.search(r"```toml\n(.*?)```", part, flags=re.S)
    assert python and toml
    return python.group(1), toml.group(1)


@pytest.fixture
def site(tmp_path: Path) -> Path:
    module, _ = documented()
    site = tmp_path / "site"
    (site / "jamtui_likert5").mkdir(parents=True)
    (site / "jamtui_likert5" / "__init__.py").write_text(module, encoding="utf-8")
    dist = site / "jamtui_likert5-0.1.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: jamtui-likert5\nVersion: 0.1\n", encoding="utf-8"
    )
    (dist / "entry_points.txt").write_text("[jamtui]\nlikert5 = jamtui_likert5\n", encoding="utf-8")
    return site


def jamtui(site: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")]),
        "JAMTUI_HOME": str(tmp_path / "home"),
        "JAMTUI_CHECKLISTS": str(tmp_path / "listor"),
    }
    env.pop("JAMTUI_STRICT_PLUGINS", None)
    return subprocess.run(
        [sys.executable, "-m", "jamtui", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_the_documented_plugin_is_short() -> None:
    module, _ = documented()
    assert len(module.strip().splitlines()) < 80


def test_hook_jamtui_register_item_types(site: Path, tmp_path: Path) -> None:
    _, checklist = documented()
    folder = tmp_path / "listor"
    folder.mkdir()
    (folder / "enkat.toml").write_text(checklist, encoding="utf-8")
    checked = jamtui(site, tmp_path, "check", str(folder / "enkat.toml"))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "OK (enkat, 1 fråga)" in checked.stdout
    assert jamtui(site, tmp_path, "orgs", "add", "Lund").returncode == 0
    assert (
        jamtui(site, tmp_path, "runs", "new", "lund", "enkat", "--date", "2026-11-22").returncode
        == 0
    )
    wrong = jamtui(site, tmp_path, "answer", "lund", "latest", "s.trygg", "7")
    assert wrong.returncode == 2 and len(wrong.stderr.strip().splitlines()) == 1
    assert jamtui(site, tmp_path, "answer", "lund", "latest", "s.trygg", "4").returncode == 0
    report = jamtui(site, tmp_path, "export", "lund", "latest", "-o", "-")
    assert report.returncode == 0, report.stderr
    assert "**Svar:** 4 – Stämmer ganska bra" in report.stdout
    assert "medel 4 av 5" in report.stdout
    plugins = jamtui(site, tmp_path, "plugins")
    assert "jamtui_register_item_types" in plugins.stdout


def test_without_the_plugin_the_type_is_unknown(tmp_path: Path) -> None:
    _, checklist = documented()
    path = tmp_path / "enkat.toml"
    path.write_text(checklist, encoding="utf-8")
    checked = jamtui(tmp_path, tmp_path, "check", str(path))
    assert checked.returncode == 1
    assert 'värdet "likert5" är inte tillåtet' in checked.stdout
