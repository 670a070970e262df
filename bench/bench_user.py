"""What a user sees: start-up in a real terminal, commands, scale edges, saves, exports.

Each function returns rows for the goals table (bench/table.py); bench/run.py calls them.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench import data
from bench.harness import ROOT, alternate, percentile, run_process
from bench.probe_startup import Sample, baseline_argv, jamtui_argv, start
from bench.table import Row, median, ratio, spread

LINGER = 0.5
"""Seconds watched after the screen settled, for late repaints (reported, not counted)."""


def private_env(root: Path) -> dict[str, str]:
    """Settings, user checklists and caches of the measured app in folders of its own."""
    env = {"JAMTUI_CONFIG_DIR": str(root / "config"), "XDG_CACHE_HOME": str(root / "cache")}
    for name in ("config", "cache"):
        (root / name).mkdir(parents=True, exist_ok=True)
    return env


def remove_caches(data_dir: Path, env: dict[str, str]) -> int:
    """Remove jamtui's volatile caches: every dot-file ``*.json`` in the organisations
    folder, an organisation's folder or its runs folder, every ``.cache`` folder there or at
    the top, and the user cache dir. Returns how many were removed."""
    removed = 0

    def drop(path: Path) -> None:
        nonlocal removed
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()
        removed += 1

    def sweep(folder: Path) -> list[Path]:
        subfolders = []
        try:
            entries = list(os.scandir(folder))
        except OSError:
            return []
        for entry in entries:
            if entry.name == ".cache" or (
                entry.name.startswith(".") and entry.name.endswith(".json")
            ):
                drop(Path(entry.path))
            elif entry.is_dir(follow_symlinks=False) and not entry.name.startswith("."):
                subfolders.append(Path(entry.path))
        return subfolders

    sweep(data_dir)
    for org in sweep(data_dir / "organisations"):
        sweep(org)
        sweep(org / "runs")
    cache = Path(env["XDG_CACHE_HOME"])
    for entry in cache.iterdir():
        drop(entry)
    return removed


def first_name(data_dir: Path) -> str:
    """The organisation the list shows first (what "the list drawn" waits for)."""
    from jamtui.storage import Store

    return Store(data_dir).list_organisations()[0].name


def _detail(samples: list[Sample], label: str) -> str:
    walls = [s.wall_ms for s in samples]
    cpus = [s.cpu_ms for s in samples]
    return f"{label} {median(walls):.0f} ms ({spread(walls)}), CPU {median(cpus):.0f} ms"


def _cpu_ratio(subject: list[Sample], base: list[Sample]) -> str:
    value = ratio(median([s.cpu_ms for s in subject]), median([s.cpu_ms for s in base]))
    return f"CPU ratio {value:.2f}×" if value is not None else ""


def startup(sizes: list[int], rounds: int, work: Path) -> list[Row]:
    """Start-up to settled at each size, warm and with caches removed, beside the baseline."""
    env = private_env(work / "startup")
    rows: list[Row] = []
    warm_ratio: dict[int, float] = {}
    peaks: dict[int, tuple[list[Sample], list[Sample]]] = {}
    for size in sizes:
        folder = data.organisations(size)
        ready = first_name(folder)
        jam = jamtui_argv(folder)
        base: list[Sample] = []
        warm: list[Sample] = []
        cold: list[Sample] = []
        start(baseline_argv(), "Hej")  # warm-ups: disk cache, .pyc files, jamtui's caches
        start(jam, ready, env)
        for _ in range(rounds):
            base.append(start(baseline_argv(), "Hej", linger=LINGER))
            warm.append(start(jam, ready, env, linger=LINGER))
            remove_caches(folder, env)
            cold.append(start(jam, ready, env, linger=LINGER))
            start(jam, ready, env)  # untimed: warm again for the next round
        for label, samples, goal in (("warm", warm, None), ("caches removed", cold, 2.0)):
            value = ratio(median([s.wall_ms for s in samples]), median([s.wall_ms for s in base]))
            if label == "warm" and value is not None:
                warm_ratio[size] = value
            last = median([s.extra["last_ms"] for s in samples])
            rows.append(
                Row(
                    f"start-up, {size:,} orgs, {label}: settled, ratio to a one-widget app",
                    value,
                    goal=1.3 if label == "warm" and size >= 10_000 else goal,
                    detail=f"{_detail(samples, 'jamtui')}; {_detail(base, 'app')}; "
                    f"{_cpu_ratio(samples, base)}; last repaint within {LINGER} s: "
                    f"{last:.0f} ms",
                )
            )
        peaks[size] = (warm, base)
    if len(sizes) > 1 and sizes[0] in warm_ratio and sizes[-1] in warm_ratio:
        small, large = sizes[0], sizes[-1]
        rows.append(
            Row(
                f"start-up {large:,} vs {small:,} orgs (warm, each as a ratio to its baseline)",
                warm_ratio[large] / warm_ratio[small],
                goal=1.1,
                detail=f"{warm_ratio[large]:.2f}× / {warm_ratio[small]:.2f}×",
            )
        )
    for size, (warm, base) in peaks.items():
        jam_peak = median([s.peak_mib for s in warm])
        base_peak = median([s.peak_mib for s in base])
        rows.append(
            Row(
                f"peak memory, {size:,} orgs (warm start-up), ratio to a one-widget app",
                ratio(jam_peak, base_peak),
                goal=1.25 if size >= 10_000 else None,
                detail=f"jamtui {jam_peak:.1f} MiB, app {base_peak:.1f} MiB (VmHWM)",
            )
        )
    return rows


def commands(size: int, rounds: int, work: Path) -> list[Row]:
    """``jamtui orgs`` / ``checklists`` / ``--version`` against ``import textual.app``."""
    folder = data.organisations(size)
    env = private_env(work / "commands")
    jamtui = os.fspath(jamtui_argv(folder)[0])
    found = alternate(
        {
            "import": [sys.executable, "-c", "import textual.app"],
            "orgs": [jamtui, "--data-dir", str(folder), "orgs"],
            "checklists": [jamtui, "--data-dir", str(folder), "checklists"],
            "--version": [jamtui, "--version"],
        },
        rounds,
        env,
    )
    base = found.pop("import")
    base_wall = median([r.wall_ms for r in base])
    base_cpu = median([r.cpu_ms for r in base])
    goals = {"orgs": 0.5, "checklists": 0.45, "--version": 0.3}
    rows = []
    for name, runs in found.items():
        walls = [r.wall_ms for r in runs]
        cpu = median([r.cpu_ms for r in runs])
        where = f", {size:,} orgs" if name == "orgs" else ""
        rows.append(
            Row(
                f"`jamtui {name}`{where}, ratio to `python -c 'import textual.app'`",
                ratio(median(walls), base_wall),
                goal=goals[name],
                detail=f"{median(walls):.0f} ms ({spread(walls)}), CPU {cpu:.0f} ms; "
                f"import {base_wall:.0f} ms, CPU {base_cpu:.0f} ms; "
                f"CPU ratio {cpu / base_cpu:.2f}×",
            )
        )
    return rows


def big_organisation(runs: int, rounds: int, work: Path) -> list[Row]:
    """One organisation with ``runs`` runs: start-up to settled, then Enter to its screen."""
    folder = data.big_organisation(runs)
    env = private_env(work / "big")
    ready = first_name(folder)
    jam = jamtui_argv(folder)
    starts: list[Sample] = []
    base: list[Sample] = []
    slug = next(p.name for p in (folder / "organisations").iterdir() if p.is_dir())
    # Warm the caches first without the terminal's time limit (the first listing of 100,000
    # run files can take many minutes); `jamtui runs ORG` lists them as the screen does.
    run_process([os.fspath(jam[0]), "--data-dir", str(folder), "runs", slug], env, timeout=3600)
    start(jam, ready, env, timeout=300)
    for _ in range(rounds):
        base.append(start(baseline_argv(), "Hej"))
        starts.append(start(jam, ready, env, then=[("enter", "Enheter")], timeout=300))
        if starts[-1].wall_ms + starts[-1].extra["key:enter"] > 30_000:
            break  # minutes of rounds would not make a slow figure any clearer
    opens = [s.extra["key:enter"] for s in starts]
    walls = [s.wall_ms for s in starts]
    return [
        Row(
            f"{runs:,} runs in one organisation: start-up, settled",
            median(walls),
            unit="ms",
            goal=2000,
            detail=f"{_detail(starts, 'jamtui')}; {_detail(base, 'app')}",
        ),
        Row(
            f"{runs:,} runs in one organisation: open it (Enter → its screen settled)",
            median(opens),
            unit="ms",
            goal=2000,
            detail=f"spread {spread(opens)} ms; {len(opens)} round(s)",
        ),
    ]


PARSE_ONLY = """
import sys
from jamtui.storage import Store
store = Store(sys.argv[1])
for org in store.list_organisations():
    for summary in store.list_runs(org.slug):
        store.load_run(org.slug, summary.id)
"""


def export_one_org(runs: int, rounds: int, work: Path, limit: float = 60) -> list[Row]:
    """``jamtui export ORG --all`` of one organisation with ``runs`` runs, beside parsing them.

    An export slower than ``limit`` seconds is stopped there (and not repeated): the figure is
    then "over ``limit`` s".
    """
    folder = data.one_organisation(runs)
    env = private_env(work / "export")
    slug = next(p.name for p in (folder / "organisations").iterdir() if p.is_dir())
    jamtui = os.fspath(jamtui_argv(folder)[0])
    parse = [sys.executable, "-c", PARSE_ONLY, str(folder)]
    exports: list[float] = []
    parses: list[float] = []
    cpus: list[float] = []
    stopped = False
    run_process(parse, env)  # warm-up: the disk cache
    for round_ in range(rounds):
        parsed = run_process(parse, env)
        if parsed.code != 0:
            raise RuntimeError(f"parse-only exited with {parsed.code}")
        parses.append(parsed.wall_ms)
        out = work / "export" / f"out-{round_}"
        argv = [jamtui, "--data-dir", str(folder), "export", slug, "--all", "-o", str(out)]
        done = run_process(argv, env, timeout=limit)
        stopped = done.wall_ms >= limit * 1000 and done.code < 0
        if done.code != 0 and not stopped:
            raise RuntimeError(f"jamtui export --all exited with {done.code}")
        shutil.rmtree(out, ignore_errors=True)
        exports.append(done.wall_ms)
        cpus.append(done.cpu_ms)
        if stopped:
            break
    value = median(exports)
    how = f"stopped after {limit:.0f} s" if stopped else f"{value:.0f} ms ({spread(exports)})"
    return [
        Row(
            f"`jamtui export ORG --all`, one organisation with {runs:,} runs",
            value,
            unit="ms",
            goal=3000,
            detail=f"{how}, CPU {median(cpus):.0f} ms; parse only (whole process) "
            f"{median(parses):.0f} ms; ratio {'over ' if stopped else ''}"
            f"{value / median(parses):.2f}×; {len(exports)} round(s)",
        )
    ]


def hand_edited_saves(saves: int = 200) -> Row:
    """Saves in an 80-item run file with one comment added by hand, beside a bare write."""
    from bench.bench_app import EIGHTY
    from jamtui.catalog.loader import load_checklist_text
    from jamtui.fileio.atomic import write_text_atomic
    from jamtui.storage import Store

    checklist = load_checklist_text(EIGHTY, "bench-80.toml").checklist
    assert checklist is not None
    note = ("Gruppen diskuterade könsuppdelad statistik och uppföljningen. " * 10)[:500]
    samples: list[float] = []
    bare: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp))
        org = store.create_organisation("Bänk kommun")
        run = store.create_run(org.slug, checklist)
        with store.open_run(org.slug, run.id, checklist) as session:
            with session.batch():
                for item in checklist.items:
                    session.set_note(item.id, note)
            path = session.path
        text = "# Kommentar skriven för hand\n" + path.read_text(encoding="utf-8")
        path.write_text(text, encoding="utf-8")
        with store.open_run(org.slug, run.id, checklist) as session:
            for n in range(saves):
                item = checklist.items[n % len(checklist.items)]
                started = time.perf_counter()
                session.set_note(item.id, note[: 400 + n % 100])
                samples.append((time.perf_counter() - started) * 1000)
        raw = Path(tmp) / "raw.toml"
        for _ in range(saves):
            started = time.perf_counter()
            write_text_atomic(raw, text)
            bare.append((time.perf_counter() - started) * 1000)
    return save_row(
        "save one change, hand-edited run file (a comment added): p99", samples, bare, 5.0
    )


def save_row(name: str, samples: list[float], bare: list[float], goal: float) -> Row:
    p99, bare_p99 = percentile(samples, 99), percentile(bare, 99)
    return Row(
        name,
        p99,
        unit="ms",
        goal=goal,
        detail=f"p50 {percentile(samples, 50):.2f} ms, p99 {p99:.2f} ms over {len(samples)}; "
        f"bare durable write p99 {bare_p99:.2f} ms; p99 ratio {p99 / bare_p99:.2f}×",
    )


def saves(rounds: int) -> list[Row]:
    """bench/bench_save.py's figures as p99 rows; the hand-edited case measured here if it
    has none of its own."""
    from bench import bench_save

    rows = []
    for figure in bench_save.run(rounds):
        hand = "hand" in figure.name.lower()
        goal = 5.0 if hand else 2.0
        rows.append(save_row(f"{figure.name}: p99", figure.samples, figure.baseline, goal))
    if not any("hand" in row.name.lower() for row in rows):
        rows.append(hand_edited_saves())
    return rows


def exports(rounds: int, size: int) -> list[Row]:
    """bench/bench_export.py's 1,000 runs in the usual shape (10 per organisation)."""
    from bench import bench_export

    rows = []
    for figure in bench_export.run(rounds, data.organisations(size)):
        scale = 1000 if figure.unit == "s" else 1
        samples = [s * scale for s in figure.samples]
        base = [s * scale for s in figure.baseline]
        rows.append(
            Row(
                f"{figure.name} (bench_export, 10 runs per organisation)",
                median(samples),
                unit="ms",
                goal=2000,
                detail=f"spread {spread(samples)} ms; {figure.baseline_name}: "
                f"{median(base):.0f} ms",
            )
        )
    return rows


def guarded(name: str, step: Callable[[], list[Row]]) -> list[Row]:
    """Run one sub-bench; a failure becomes one "not measured" row instead of ending the run."""
    started = time.monotonic()
    print(f"… {name}", flush=True)
    try:
        rows = step()
    except Exception as error:  # a broken sub-bench must not hide the others
        message = f"{type(error).__name__}: {error}".splitlines()[0][:200]
        print(f"    failed: {message}", flush=True)
        return [Row(name, failed=message)]
    print(f"    {len(rows)} figures in {time.monotonic() - started:.0f} s", flush=True)
    return rows


def load_average() -> float:
    """The 1-minute load average (0 where the system has none)."""
    try:
        return os.getloadavg()[0]
    except OSError:
        return 0.0


def _module_output(module: str, *args: str, timeout: float = 1200) -> str:
    """Run ``python -m bench.<module> ARGS``; its output (RuntimeError when it fails)."""
    done = subprocess.run(
        [sys.executable, "-m", f"bench.{module}", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
    )
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
        raise RuntimeError(f"bench.{module} exited with {done.returncode}: {tail[0]}")
    return done.stdout


def _number(pattern: str, text: str) -> float | None:
    found = re.search(pattern, text, re.IGNORECASE | re.MULTILINE)
    return float(found.group(1).replace(",", "")) if found else None


def key_in_terminal(keys: int) -> list[Row]:
    """bench/probe_pty.py: the next item (F4) in a real terminal against a bound F4."""
    out = _module_output("probe_pty", str(keys))
    return pty_key_rows(out)


def pty_key_rows(out: str) -> list[Row]:
    """Rows from probe_pty's output: the next-item ratio (``next item (F4)…: 115.1 ms wall =
    13.67x``; older probes printed ``ratio 51.45``) and, when measured, arriving at 50 raters."""
    value = _number(r"next item \(F4\)[^:\n]*: [\d.]+ ms wall = ([\d.]+)x", out)
    if value is None:
        value = _number(r"^ratio ([\d.]+)", out)
    if value is None:
        raise RuntimeError(f"no ratio in bench.probe_pty's output: {out.strip()[:120]}")
    rows = [
        Row(
            "next item (F4) in a real terminal, ratio to a minimal app's F4 (bound, visible)",
            value,
            detail=" ".join(out.split()),
        )
    ]
    raters = _number(r"50 raters[^:\n]*: ([\d.]+) ms wall", out)
    if raters is not None:
        line = next(text for text in out.splitlines() if "50 raters" in text)
        rows.append(
            Row(
                "50 raters on one item: arrive in a real terminal (key sent → screen settled)",
                raters,
                unit="ms",
                goal=100,
                detail=line.strip(),
            )
        )
    return rows


def run_screen_rows(lines: list[str]) -> list[Row]:
    """Rows from bench_run_screen's output lines (``label: 805.3 ms = 8.85x``, ``label: 91
    ms``, ``label: text``), named by their label so before and after line up."""
    rows = []
    for line in lines:
        label, _, rest = line.partition(": ")
        name = f"run screen (Pilot): {label}"
        figure = re.match(r"([\d.]+) ?ms(?: = ([\d.]+)x)?", rest)
        if figure and figure.group(2):
            rows.append(
                Row(
                    f"{name}, ratio to a bound key in a minimal app",
                    float(figure.group(2)),
                    detail=line,
                )
            )
        elif figure:
            rows.append(Row(name, float(figure.group(1)), unit="ms", detail=line))
        else:
            rows.append(Row(name, detail=rest or line))
    return rows


def run_screen(rounds: int) -> list[Row]:
    """bench/bench_run_screen.py's figures; 50 raters and 1,000 items when it offers them."""
    out = _module_output("bench_run_screen", str(rounds))
    return run_screen_figures([line.strip() for line in out.splitlines() if line.strip()])


def run_screen_figures(lines: list[str]) -> list[Row]:
    """Every row of bench_run_screen's output lines, the two goals judged last."""
    rows = run_screen_rows(lines)
    raters = [line for line in lines if re.search(r"50[- ]raters?", line)]
    items = [line for line in lines if re.search(r"1[,. ]?000[- ]items?", line)]
    # Both goals are judged on CPU, the figure after the wall time ("… ms wall …, 33.9 ms
    # CPU"): a Pilot key's wall time is mostly Pilot's own pause (its baseline key press
    # takes ~85 ms wall for 4 ms of CPU). The 50-rater arrival's wall time is judged where a
    # user sees it, in a real terminal: bench.probe_pty's row (the "keys" part).
    for found, name, goal, pattern in (
        (raters, "50 raters on one item: CPU to move onto it (Pilot)", 100.0, r"([\d.]+) ?ms CPU"),
        (items, "1,000-item checklist: CPU per fresh answer", 30.0, r"([\d.]+) ?ms CPU"),
    ):
        value = _number(pattern, found[0]) if found else None
        if value is None:
            rows.append(Row(name, unit="ms", goal=goal, failed="bench_run_screen offers none"))
        else:
            rows.append(Row(name, value, unit="ms", goal=goal, detail=found[0]))
    return rows
