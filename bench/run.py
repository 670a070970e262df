"""Run every benchmark, print medians, spreads and ratios; exit 1 when a budget is missed.

    python bench/run.py [--rounds 7] [--sizes 100,1000,5000] [--data DIR] [--json FILE]

Data sets are generated through the storage API (bench/generate.py) into --data (default:
a cache folder under the system temp dir) and reused by later runs.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import bench_app, bench_checklists, bench_commands, bench_export, bench_save
from bench.generate import generate
from bench.harness import Figure, spread


def data_set(root: Path, organisations: int) -> Path:
    folder = root / f"{organisations}-orgs"
    marker = folder / ".complete"
    if not marker.exists():
        print(f"generating {organisations} organisations × 10 runs in {folder} …", flush=True)
        generate(folder, organisations, 10)
        marker.write_text("ok", encoding="utf-8")
    return folder


def listing(rounds: int, folder: Path, label: str) -> Figure:
    import os

    from bench.harness import time_call
    from jamtui.storage import Store

    store = Store(folder)

    def list_all() -> None:
        for org in store.list_organisations():
            store.list_runs(org.slug)

    def walk() -> None:
        for entry in os.scandir(store.orgs_dir):
            if entry.is_dir():
                list(os.scandir(Path(entry.path) / "runs"))

    list_all()  # warm the caches once, as the first start after generating does
    return Figure(
        name=f"list organisations and all runs ({label})",
        unit="ms",
        samples=time_call(list_all, rounds),
        baseline_name="os.scandir walk of the same folders",
        baseline=time_call(walk, rounds),
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--sizes", default="1000", help="organisation counts, comma-separated")
    parser.add_argument("--data", type=Path, default=Path(tempfile.gettempdir()) / "jamtui-bench")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    figures: list[Figure] = []
    main_size = 1000 if 1000 in sizes else sizes[0]
    for size in sizes:
        folder = data_set(args.data, size)
        label = f"{size} orgs, {size * 10} runs"
        figures += bench_app.startup(args.rounds, folder, label)
        fresh_heap()
        figures.append(listing(args.rounds, folder, label))
    main_data = data_set(args.data, main_size)
    figures += bench_commands.run(
        args.rounds, main_data, ["export", _first_org(main_data), "-o", "-"]
    )
    for step in (
        lambda: bench_save.run(args.rounds),
        lambda: bench_export.run(args.rounds, main_data),
        lambda: bench_export.formats(args.rounds, main_data),
        lambda: bench_checklists.run(args.rounds),
        lambda: bench_app.keypress(args.rounds),
    ):
        fresh_heap()
        figures += step()
    report(figures)
    if args.json:
        args.json.write_text(
            json.dumps(as_json(figures), indent=2, ensure_ascii=False), encoding="utf-8"
        )
    return 0 if all(f.ok for f in figures) else 1


def fresh_heap() -> None:
    """Collect, then freeze what earlier benchmarks left alive, so it cannot slow the next
    one's garbage collections (each benchmark should see a heap like a fresh process)."""
    import gc

    gc.collect()
    gc.freeze()


def _first_org(folder: Path) -> str:
    from jamtui.storage import Store

    return Store(folder).list_organisations()[0].slug


def as_json(figures: list[Figure]) -> dict[str, object]:
    return {
        "when": time.strftime("%Y-%m-%d %H:%M"),
        "machine": f"{platform.machine()}, Python {platform.python_version()}",
        "figures": [
            {
                "name": f.name,
                "unit": f.unit,
                "median": f.median,
                "spread": spread(f.samples),
                "baseline": f.baseline_name,
                "baseline_median": statistics.median(f.baseline) if f.baseline else None,
                "ratio": f.ratio,
                "budget": f.budget_text(),
                "ok": f.ok,
                **f.extra,
            }
            for f in figures
        ],
    }


def report(figures: list[Figure]) -> None:
    print(f"{'benchmark':<52} {'median':>10} {'spread':>17} {'ratio':>6}  budget")
    for f in figures:
        ratio = f"{f.ratio:.2f}" if f.ratio is not None else "—"
        verdict = "" if f.budget_text() == "—" else (" ok" if f.ok else " MISSED")
        figure = f"{f.median:>8.4g}{f.unit:<3}{spread(f.samples):>16} {ratio:>6}"
        print(f"{f.name:<52} {figure}  {f.budget_text()}{verdict}")
        for key, value in f.extra.items():
            print(f"{'':<54}{key}: {value:.4g} {f.unit}")
        if f.baseline:
            print(
                f"{'':<54}baseline, {f.baseline_name}: {statistics.median(f.baseline):.4g} {f.unit}"
            )


if __name__ == "__main__":
    sys.exit(main())
