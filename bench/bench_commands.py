"""Non-TUI commands must start faster than merely importing Textual."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from bench.harness import ROOT, Figure, time_processes_interleaved


def run(
    rounds: int, data_dir: Path | None = None, export_args: list[str] | None = None
) -> list[Figure]:
    baseline_argv = [sys.executable, "-c", "import textual.app"]
    with tempfile.TemporaryDirectory() as tmp:
        env = {"JAMTUI_HOME": str(data_dir or tmp)}
        commands = {
            "jamtui checklists": ["checklists"],
            "jamtui check (6 bundled files)": ["check", str(Path(ROOT) / "checklists")],
        }
        if export_args:
            commands["jamtui export -o -"] = export_args
        figures = []
        for name, args in commands.items():
            (baseline, _), (samples, _) = time_processes_interleaved(
                baseline_argv, [sys.executable, "-m", "jamtui", *args], rounds, env
            )
            figures.append(
                Figure(
                    name=name,
                    unit="ms",
                    samples=samples,
                    baseline_name="python -c 'import textual.app'",
                    baseline=baseline,
                    budget_ratio=1.0,
                )
            )
        return figures
