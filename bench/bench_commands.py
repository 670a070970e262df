"""Non-TUI commands against ``python -c 'import textual.app'``, alternating round by round,
wall time and CPU time (user + system of the child) side by side.

    python -m bench.bench_commands [--rounds 15] [--data DIR]

Budgets (issue 19): ``checklists`` ≤ 0.45×, ``--version`` ≤ 0.3×; ``check`` and
``export ORG -o -`` are reported beside them.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from bench.harness import ROOT, Figure

BUDGETS = {"jamtui checklists": 0.45, "jamtui --version": 0.3}


def _time(argv: Sequence[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall ms, CPU ms) of one run of ``argv``."""
    import time

    started = time.perf_counter()
    child = subprocess.Popen(
        list(argv),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        env=env,
        cwd=ROOT,
    )
    _, status, usage = os.wait4(child.pid, 0)
    wall = (time.perf_counter() - started) * 1000
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(argv)} exited with {os.waitstatus_to_exitcode(status)}")
    return wall, (usage.ru_utime + usage.ru_stime) * 1000


def run(
    rounds: int, data_dir: Path | None = None, export_args: list[str] | None = None
) -> list[Figure]:
    baseline_argv = [sys.executable, "-c", "import textual.app"]
    with tempfile.TemporaryDirectory() as tmp:
        # As installed: with bytecode. (A PYTHONDONTWRITEBYTECODE=1 environment made every
        # run compile jamtui's modules from source, ~0.3 s, which no user pays twice.)
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["JAMTUI_HOME"] = str(data_dir or tmp)
        commands = {
            "jamtui checklists": ["checklists"],
            "jamtui check (6 bundled files)": ["check", str(Path(ROOT) / "checklists")],
            "jamtui --version": ["--version"],
        }
        if export_args:
            commands["jamtui export -o -"] = export_args
        subjects = {
            name: [sys.executable, "-m", "jamtui", *args] for name, args in commands.items()
        }
        for argv in [baseline_argv, *subjects.values()]:  # warm: disk cache, jamtui's caches
            _time(argv, env)
        base_wall: list[float] = []
        base_cpu: list[float] = []
        walls: dict[str, list[float]] = {name: [] for name in subjects}
        cpus: dict[str, list[float]] = {name: [] for name in subjects}
        for _ in range(rounds):
            for name, argv in subjects.items():
                wall, cpu = _time(baseline_argv, env)
                base_wall.append(wall)
                base_cpu.append(cpu)
                wall, cpu = _time(argv, env)
                walls[name].append(wall)
                cpus[name].append(cpu)
        figures = []
        for name in subjects:
            budget = BUDGETS.get(name, 1.0)
            figures.append(
                Figure(
                    name=name,
                    unit="ms",
                    samples=walls[name],
                    baseline_name="python -c 'import textual.app'",
                    baseline=base_wall,
                    budget_ratio=budget,
                )
            )
            figures.append(
                Figure(
                    name=f"{name}, CPU",
                    unit="ms",
                    samples=cpus[name],
                    baseline_name="CPU of python -c 'import textual.app'",
                    baseline=base_cpu,
                    budget_ratio=budget,
                )
            )
        return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--data", type=Path, default=None, help="a data folder for export")
    args = parser.parse_args()
    export_args = None
    if args.data is not None:
        from jamtui.storage import Store

        slug = Store(args.data).list_organisations()[0].slug
        export_args = ["export", slug, "-o", "-"]
    from bench.run import report

    report(run(args.rounds, args.data, export_args))
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
