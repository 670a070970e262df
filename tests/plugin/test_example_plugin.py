"""The example plugin package under plugins/ installs with pip and appears in jamtui."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "plugins" / "jamtui-exempel"


@pytest.mark.slow
def test_pip_installed_example_plugin_is_listed(tmp_path: Path) -> None:
    target = tmp_path / "site"
    install = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "--no-deps",
            "--no-build-isolation",
            "--target",
            str(target),
            str(EXAMPLE),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert install.returncode == 0, install.stderr[-3000:]
    env = {**os.environ, "PYTHONPATH": str(target), "JAMTUI_HOME": str(tmp_path / "home")}
    listed = subprocess.run(
        [sys.executable, "-m", "jamtui", "checklists", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert listed.returncode == 0, listed.stderr
    rows = {row["id"]: row for row in json.loads(listed.stdout)["checklists"]}
    assert rows["jam-sjalvskattning"]["provider"] == "exempel"
    plugins = subprocess.run(
        [sys.executable, "-m", "jamtui", "plugins", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    info = {p["name"]: p for p in json.loads(plugins.stdout)["plugins"]}["exempel"]
    assert info["distribution"] == "jamtui-exempel"
    assert info["version"] == "0.1.0"
    assert info["hooks"] == ["jamtui_register_checklists"]
    assert info["checklists"] == 1
    assert info["problems"] == []
