"""Commands that do not open the TUI never import Textual (they must start fast)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = """
import sys
from jamtui.cli import main
code = 0
try:
    code = main(sys.argv[1:])
except SystemExit as exit:
    code = exit.code or 0
loaded = sorted(name for name in sys.modules if name == "textual" or name.startswith("textual."))
print("TEXTUAL:" + ",".join(loaded), file=sys.stderr)
"""

COMMANDS = [
    ["--version"],
    ["checklists"],
    ["checklists", "--json"],
    ["check", "checklists"],
    ["plugins", "--json"],
    ["locate"],
    ["schema"],
    ["export", "nobody", "-o", "-"],
    ["orgs"],
    ["orgs", "add", "Lund"],
    ["runs", "nobody"],
    ["runs", "new", "nobody", "mums"],
    ["answer", "nobody", "latest", "s.a", "ja"],
    ["doctor"],
]


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a))
def test_command_does_not_import_textual(args: list[str], tmp_path: Path) -> None:
    env = {**os.environ, "JAMTUI_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
        timeout=120,
    )
    marker = [line for line in result.stderr.splitlines() if line.startswith("TEXTUAL:")]
    assert marker, result.stderr
    assert marker[-1] == "TEXTUAL:", f"{args} imported {marker[-1]}"
