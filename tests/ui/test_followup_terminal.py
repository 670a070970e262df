"""The real jamtui in a pseudo-terminal: the demo, the actions screen, a status set by keys."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.terminal import JAMTUI, Terminal

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_demo_actions_status_and_monthly_report_by_keys(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    data = tmp_path / "data"
    subprocess.run([str(JAMTUI), "--data-dir", str(data), "demo"], check=True, capture_output=True)
    followups = data / "organisations" / "ljungby-kommun" / "actions.toml"
    before = followups.read_text(encoding="utf-8")
    with Terminal("--data-dir", str(data), size=size) as term:
        term.wait_for("Ljungby kommun")
        term.press("enter")
        term.wait_for("Socialförvaltningen")
        term.press("a")
        term.wait_for("åtgärder visas")
        assert "försenad" in term.screen()  # overdue in words, not only colour
        term.press("s")
        term.wait_for("Ny status för åtgärden")
        term.press("down", "enter")  # the first open action: pågår -> klar
        term.wait_until(
            lambda: followups.read_text(encoding="utf-8") != before, "the status on disk"
        )
        term.press("escape")
        term.wait_for("Aktiviteter")
        term.press("l")
        term.wait_for("aktiviteter")
        term.press(",")
        term.wait_for("November 2026")
        term.press("r")
        report = data / "rapporter" / "ljungby-kommun-manadsrapport-2026-11.md"
        term.wait_until(report.exists, "the monthly report")
        done = term.quit()
    assert done.code == 0 and not done.traceback
    assert 'status = "klar"' in followups.read_text(encoding="utf-8")
    text = report.read_text(encoding="utf-8")
    assert text.startswith("# Ljungby kommun: November 2026\n")
    assert "\n30 november: Halvdagsträff med strategerna på Terazza." in text
