"""The built wheel, installed with plain pip into a fresh venv, lists the bundled checklists;
a third-party plugin package installed with pip next to it shows up in checklists and plugins."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_wheel_installs_and_lists_bundled_checklists(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    python = venv / "bin" / "python"
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(ROOT)],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert install.returncode == 0, install.stderr[-3000:]
    env = {**os.environ, "JAMTUI_HOME": str(tmp_path / "home")}
    env.pop("PYTHONPATH", None)
    result = subprocess.run(
        [str(venv / "bin" / "jamtui"), "checklists", "--json"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    bundled = sorted(p.stem for p in (ROOT / "checklists").glob("*.toml"))
    assert bundled, "no bundled checklists in the checkout"
    assert sorted(row["id"] for row in data["checklists"]) == bundled
    assert {row["provider"] for row in data["checklists"]} == {"bundled"}
    assert data["problems"] == []

    # A third-party plugin, installed the way a user would: plain pip into the same venv.
    plugin = subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            str(ROOT / "plugins" / "jamtui-exempel"),
        ],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert plugin.returncode == 0, plugin.stderr[-3000:]
    listed = subprocess.run(
        [str(venv / "bin" / "jamtui"), "checklists", "--json"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert listed.returncode == 0, listed.stderr
    providers = {row["id"]: row["provider"] for row in json.loads(listed.stdout)["checklists"]}
    assert providers == {**dict.fromkeys(bundled, "bundled"), "jam-sjalvskattning": "exempel"}
    plugins = subprocess.run(
        [str(venv / "bin" / "jamtui"), "plugins", "--json"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert plugins.returncode == 0, plugins.stderr
    info = {p["name"]: p for p in json.loads(plugins.stdout)["plugins"]}
    assert set(info) == {"bundled", "exempel"}
    assert info["exempel"]["distribution"] == "jamtui-exempel"
    assert info["exempel"]["checklists"] == 1 and info["exempel"]["problems"] == []
    assert info["bundled"]["checklists"] == len(bundled) and info["bundled"]["problems"] == []
