"""Measure what a user sees and print one Markdown table: each figure, its goal, met or missed.

    python bench/run.py                      # what `make bench` runs: every figure of issue 19
    python bench/run.py --only startup --sizes 100 --rounds 3      # a quick look at one part
    python bench/run.py --before bench/before-issue-19.json       # (the default) before/after

Parts (``--only``, comma-separated): startup, commands, big, export, exports, saves, keys,
run-screen, other (bench_commands and bench_checklists; ``--all`` adds export formats and
sync). Data sets come from bench/data.py (bench/generate.py, made once and cached in the user
cache dir). The table is printed and written to bench/results/latest.md (and .json); when the
``--before`` file exists its figures are the table's "before" column. A sub-bench that fails is
a "not measured" row; it never hides the others. Exits 1 when a measured goal is missed.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import bench_user, data
from bench.harness import ROOT, Figure, spread
from bench.table import Row, Table, markdown

RESULTS = Path(ROOT) / "bench" / "results"
BEFORE = Path(ROOT) / "bench" / "before-issue-19.json"
TITLES = {
    "startup": "start-up at every size",
    "commands": "orgs, checklists, --version",
    "big": "one organisation with many runs",
    "export": "export --all of one organisation",
    "exports": "bench_export",
    "saves": "bench_save and hand-edited saves",
    "keys": "bench.probe_pty",
    "run-screen": "bench.bench_run_screen",
}
"""What a "not measured" row names when a part fails."""
PARTS = ("startup", "commands", "big", "export", "exports", "saves", "keys", "run-screen", "other")


def commit() -> str:
    done = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT
    )
    return done.stdout.strip() or "unknown"


def other_figures(rounds: int, size: int, everything: bool, work: Path) -> list[Figure]:
    """The older benches (their own budgets), reported below the goals table."""
    from bench import bench_checklists, bench_commands

    folder = data.organisations(size)
    from jamtui.storage import Store

    slug = Store(folder).list_organisations()[0].slug
    figures = bench_commands.run(rounds, folder, ["export", slug, "-o", "-"])
    figures += bench_checklists.run(rounds)
    if everything:
        from bench import bench_export, bench_sync

        figures += bench_export.formats(rounds, data.organisations(1000))
        figures += bench_sync.run(rounds, data.organisations(1000), work / "sync")
    return figures


def data_set(root: Path, organisations: int) -> Path:
    """``organisations`` × 10 runs (bench/data.py's cached set; ``root`` is not used any more,
    kept for bench/bench_sync.py's command line)."""
    return data.organisations(organisations)


def report(figures: list[Figure]) -> None:
    """Print figures of the older benches (bench/bench_sync.py's command line uses this)."""
    print(figure_lines(figures))


def figure_lines(figures: list[Figure]) -> str:
    lines = ["| benchmark | median | spread | baseline (same run) | ratio | budget | |"]
    lines.append("|---|---|---|---|---|---|---|")
    for f in figures:
        base = (
            f"{f.baseline_name}: {statistics.median(f.baseline):.4g} {f.unit}" if f.baseline else ""
        )
        ratio = f"{f.ratio:.2f}" if f.ratio is not None else "—"
        verdict = "" if f.budget_text() == "—" else ("ok" if f.ok else "**missed**")
        lines.append(
            f"| {f.name} | {f.median:.4g} {f.unit} | {spread(f.samples)} | {base} | {ratio} "
            f"| {f.budget_text()} | {verdict} |"
        )
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=7, help="rounds of each figure")
    parser.add_argument("--sizes", default="100,1000,10000", help="organisation counts")
    parser.add_argument("--big-runs", type=int, default=100_000, help="runs in the big org")
    parser.add_argument("--only", default=",".join(PARTS), help="parts to run, comma-separated")
    parser.add_argument("--all", action="store_true", help="also export formats and sync")
    parser.add_argument("--before", type=Path, default=BEFORE, help="the before figures")
    parser.add_argument("--out", type=Path, default=RESULTS / "latest.md")
    parser.add_argument("--save-json", type=Path, help="also write this run's figures here")
    parser.add_argument(
        "--show", type=Path, help="only print the table of a saved run (as before, after empty)"
    )
    args = parser.parse_args()
    if args.show:
        saved = Table.from_json(json.loads(args.show.read_text(encoding="utf-8")))
        print(markdown(Table(), saved), end="")
        return 0
    sizes = [int(s) for s in args.sizes.split(",") if s]
    parts = [p for p in args.only.split(",") if p]
    unknown = set(parts) - set(PARTS)
    if unknown:
        parser.error(f"unknown parts: {', '.join(sorted(unknown))}")
    largest = max(sizes)
    rounds = args.rounds
    few = max(3, rounds // 2)
    edge = min(3, rounds)
    table = Table(when=time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), commit=commit())
    loads = [bench_user.load_average()]
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="jamtui-bench-") as tmp:
        work = Path(tmp)
        steps: dict[str, Callable[[], list[Row]]] = {
            "startup": lambda: bench_user.startup(sizes, rounds, work),
            "commands": lambda: bench_user.commands(largest, rounds, work),
            "big": lambda: bench_user.big_organisation(args.big_runs, edge, work),
            "export": lambda: bench_user.export_one_org(1000, edge, work),
            "exports": lambda: bench_user.exports(few, 1000),
            "saves": lambda: bench_user.saves(rounds),
            "keys": lambda: bench_user.key_in_terminal(15),
            "run-screen": lambda: bench_user.run_screen(3),
        }
        for name in parts:
            if name == "other":
                try:
                    figures = other_figures(few, largest, args.all, work)
                except Exception as error:  # reported, never hiding the goals table
                    table.rows.append(Row("other benches", failed=f"{error}"[:200]))
                continue
            table.rows += bench_user.guarded(f"{name}: {TITLES[name]}", steps[name])
            loads.append(bench_user.load_average())
    table.load = f"{min(loads):.2f}–{max(loads):.2f}"
    before = None
    if args.before.exists() and args.before.resolve() != (args.save_json or Path()).resolve():
        before = Table.from_json(json.loads(args.before.read_text(encoding="utf-8")))
    text = f"### What a user sees (bench/run.py, {rounds} rounds)\n\n" + markdown(table, before)
    if figures:
        text += "\n### Other benches\n\n" + figure_lines(figures)
    print()
    print(text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    this_run = json.dumps(table.to_json(), indent=1, ensure_ascii=False)
    args.out.with_suffix(".json").write_text(this_run, encoding="utf-8")
    if args.save_json:
        args.save_json.write_text(this_run + "\n", encoding="utf-8")
    print(f"written to {args.out} and {args.out.with_suffix('.json')}")
    return 1 if any(row.met is False for row in table.rows) else 0


if __name__ == "__main__":
    sys.exit(main())
