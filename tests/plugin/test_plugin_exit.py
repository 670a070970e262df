"""A plugin that calls sys.exit() while loading is reported like any other broken plugin."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def test_a_plugin_that_exits_at_import_is_reported_and_the_rest_works(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "avslutar.py").write_text("import sys\nsys.exit(7)\n", encoding="utf-8")
    dist = site / "jamtui_avslutar-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: jamtui-avslutar\nVersion: 1.0\n", encoding="utf-8"
    )
    (dist / "entry_points.txt").write_text("[jamtui]\navslutar = avslutar\n", encoding="utf-8")
    env = {
        **os.environ,
        "PYTHONPATH": str(site),
        "JAMTUI_HOME": str(tmp_path / "home"),
    }
    env.pop("JAMTUI_STRICT_PLUGINS", None)
    for command in (["plugins", "--json"], ["checklists", "--json"]):
        result = subprocess.run(
            [sys.executable, "-m", "jamtui", *command],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
    plugins = subprocess.run(
        [sys.executable, "-m", "jamtui", "plugins", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    info = {p["name"]: p for p in json.loads(plugins.stdout)["plugins"]}
    assert any("SystemExit" in problem for problem in info["avslutar"]["problems"])
    assert info["bundled"]["problems"] == []
