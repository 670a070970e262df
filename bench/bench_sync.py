"""Team sync: a sync with nothing to do against `git status`, and one changed run end to end.

python bench/bench_sync.py [--organisations 1000] [--rounds 7]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.harness import ROOT, Figure, time_processes_interleaved


def synced_copy(source: Path, root: Path) -> tuple[Path, Path]:
    """A copy of the data set tied to a bare remote on local disk (made once, then reused)."""
    data, remote = root / "data", root / "remote.git"
    marker = root / ".complete"
    if not marker.exists():
        shutil.rmtree(root, ignore_errors=True)
        root.mkdir(parents=True)
        shutil.copytree(source, data, ignore=shutil.ignore_patterns(".complete"))
        from jamtui.sync.engine import setup

        started = time.perf_counter()
        setup(data, str(remote))
        print(f"set up sync of {data} in {time.perf_counter() - started:.1f} s", flush=True)
        marker.write_text("ok", encoding="utf-8")
    return data, remote


def _one_run(data: Path) -> Path:
    orgs = sorted((data / "organisations").iterdir())
    return sorted((orgs[0] / "runs").glob("*.toml"))[0]


def run(rounds: int, source: Path, cache: Path) -> list[Figure]:
    if shutil.which("git") is None:
        print("git command line not installed: sync benchmarks skipped")
        return []
    label = source.name
    data, _remote = synced_copy(source, cache / f"sync-{label}")
    jamtui = [sys.executable, "-m", "jamtui", "--data-dir", str(data), "sync"]
    subprocess.run(jamtui, check=False, capture_output=True)  # settle: in sync, index fresh
    git_status = ["git", "-C", str(data), "status", "--porcelain"]
    (baseline, _), (samples, _) = time_processes_interleaved(git_status, jamtui, rounds)
    figures = [
        Figure(
            name=f"jamtui sync, nothing to do ({label})",
            unit="ms",
            samples=samples,
            baseline_name="git status --porcelain (git command line)",
            baseline=baseline,
        )
    ]
    run_file = _one_run(data)
    changed: list[float] = []
    for index in range(rounds):
        text = run_file.read_text(encoding="utf-8")
        run_file.write_text(text.replace('updated = "', f'updated = "{index}', 1), encoding="utf-8")
        started = time.perf_counter()
        done = subprocess.run(jamtui, check=False, capture_output=True, cwd=ROOT)
        changed.append((time.perf_counter() - started) * 1000)
        run_file.write_text(text, encoding="utf-8")
        assert done.returncode == 0, done.stderr
        subprocess.run(jamtui, check=False, capture_output=True, cwd=ROOT)
    figures.append(
        Figure(
            name=f"jamtui sync, one changed run, end to end ({label})",
            unit="ms",
            samples=changed,
            budget_abs=1000.0,
        )
    )
    return figures


def main() -> int:
    from bench.run import data_set, report

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--organisations", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--data", type=Path, default=Path(tempfile.gettempdir()) / "jamtui-bench")
    args = parser.parse_args()
    figures = run(args.rounds, data_set(args.data, args.organisations), args.data)
    report(figures)
    return 0 if all(f.ok for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
