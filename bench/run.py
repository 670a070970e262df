"""Run every benchmark, print medians, spreads and ratios; exit 1 when a budget is missed."""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import bench_checklists, bench_commands
from bench.harness import Figure, spread


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args()
    figures: list[Figure] = []
    figures += bench_checklists.run(args.rounds)
    figures += bench_commands.run(args.rounds)
    report(figures)
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "when": time.strftime("%Y-%m-%d %H:%M"),
                    "machine": f"{platform.machine()} {platform.python_version()}",
                    "figures": [
                        {
                            "name": f.name,
                            "unit": f.unit,
                            "median": f.median,
                            "spread": spread(f.samples),
                            "baseline": f.baseline_name,
                            "ratio": f.ratio,
                            "budget": f.budget_text(),
                            "ok": f.ok,
                            **f.extra,
                        }
                        for f in figures
                    ],
                },
                indent=2,
            ),
            encoding="utf-8",
        )
    return 0 if all(f.ok for f in figures) else 1


def report(figures: list[Figure]) -> None:
    print(f"{'benchmark':<40} {'median':>10} {'spread':>18} {'ratio':>7}  budget")
    for f in figures:
        ratio = f"{f.ratio:.2f}" if f.ratio is not None else "—"
        verdict = "ok" if f.ok else "MISSED"
        print(
            f"{f.name:<40} {f.median:>8.3g}{f.unit:<2} {spread(f.samples):>18} {ratio:>7}  "
            f"{f.budget_text()} [{verdict}]"
        )
        for key, value in f.extra.items():
            print(f"{'':<42}{key} = {value:.4g} {f.unit}")
        if f.baseline:
            print(
                f"{'':<42}baseline {f.baseline_name}: {statistics_median(f.baseline):.3g}{f.unit}"
            )


def statistics_median(samples: list[float]) -> float:
    import statistics

    return statistics.median(samples)


if __name__ == "__main__":
    sys.exit(main())
