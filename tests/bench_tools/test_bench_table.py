"""The bench's own arithmetic and its settled detection (no timing thresholds here)."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

from bench.bench_user import private_env, pty_key_rows, remove_caches
from bench.probe_startup import PtyApp, Settle, start
from bench.table import Row, Table, markdown, ratio


def test_ratio_and_verdict() -> None:
    assert ratio(3.0, 2.0) == 1.5
    assert ratio(3.0, 0.0) is None and ratio(None, 2.0) is None
    assert Row("a", 1.31, goal=1.3).verdict() == "**missed**"
    assert Row("a", 1.3, goal=1.3).verdict() == "met"
    assert Row("a", 1.3).verdict() == "—"
    failed = Row("a", goal=1.3, failed="ValueError: boom")
    assert failed.met is None and failed.verdict() == "not measured"
    assert "boom" in failed.shown()
    assert Row("t", 2500.0, unit="ms", goal=2000).shown() == "2.50 s"


def test_table_keeps_every_row_and_judges_the_after_column() -> None:
    before = Table([Row("start-up", 2.02, goal=1.3), Row("gone", 1.0)], "then", "6.1", "aaa")
    after = Table(
        [Row("start-up", 1.25, goal=1.3), Row("new", failed="crashed")], "now", "1", "bbb"
    )
    lines = markdown(after, before).splitlines()
    assert "before (then, aaa, load 6.1)" in lines[0] and "after (now, bbb, load 1)" in lines[0]
    start_up = next(line for line in lines if line.startswith("| start-up"))
    assert "2.02×" in start_up and "1.25×" in start_up and start_up.endswith("| met |")
    assert any(line.startswith("| gone |") for line in lines)
    assert any("not measured: crashed" in line for line in lines)
    assert Table.from_json(after.to_json()) == after
    to_fill = markdown(Table(), before)
    assert "to fill: `make bench`" in to_fill and "2.02×" in to_fill


def test_settled_means_ready_and_then_quiet() -> None:
    watch = Settle(quiet=0.1)
    watch.output(0.0, ready=False)
    assert watch.settled_at(5.0) is None  # quiet, but the awaited text never came
    watch.output(1.0, ready=True)
    watch.output(1.05, ready=True)
    assert watch.settled_at(1.1) is None  # only 50 ms of quiet so far
    assert watch.wait(1.1) > 0
    assert watch.settled_at(1.2) == 1.05  # the last output, not when the quiet was noticed
    watch.output(1.3, ready=True)  # a late repaint starts the quiet over
    assert watch.settled_at(1.35) is None and watch.settled_at(1.5) == 1.3


SCRIPT = textwrap.dedent(
    """
    import os, sys, tty
    tty.setraw(0)
    os.write(1, b"loading")
    os.write(1, b"\\r\\nready")
    os.write(1, b"\\r\\nmore after ready")
    sys.stdin.buffer.read(1)  # Ctrl+Q ends it
    """
)


def test_settle_waits_for_output_after_the_ready_text() -> None:
    app = PtyApp([sys.executable, "-c", SCRIPT])
    try:
        settled = app.settle("ready", timeout=30, quiet=1.0)
        assert "more after ready" in app.text()
        assert settled > app.started
    finally:
        app.close()


def test_start_quits_with_ctrl_q_and_reports_the_child() -> None:
    sample = start([sys.executable, "-c", SCRIPT], "more after ready", timeout=30)
    assert sample.wall_ms > 0 and sample.peak_mib > 0 and sample.cpu_ms >= 0


def test_remove_caches_leaves_the_data(tmp_path: Path) -> None:
    data = tmp_path / "data"
    runs = data / "organisations" / "org" / "runs"
    runs.mkdir(parents=True)
    kept = [data / "organisations" / "org" / "organisation.toml", runs / "2026-01-01-x.toml"]
    caches = [data / "organisations" / ".index.json", runs / ".index.json", data / ".cache" / "c"]
    for path in kept + caches:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")
    env = private_env(tmp_path / "private")
    (Path(env["XDG_CACHE_HOME"]) / "jamtui").mkdir()
    assert remove_caches(data, env) == 4
    assert all(p.exists() for p in kept)
    assert not any(p.exists() for p in caches)
    assert not any(Path(env["XDG_CACHE_HOME"]).iterdir())


def test_run_screen_lines_become_rows_named_by_their_label() -> None:
    from bench.bench_user import run_screen_rows

    ratio_row, ms_row, text_row = run_screen_rows(
        ["next item (F4): 805.3 ms = 8.85x", "baseline key press: 91.0 ms", "per key: 3 layouts"]
    )
    assert ratio_row.value == 8.85 and ratio_row.unit == "×"
    assert ratio_row.name.startswith("run screen (Pilot): next item (F4), ratio")
    assert (ms_row.name, ms_row.value, ms_row.unit) == (
        "run screen (Pilot): baseline key press",
        91.0,
        "ms",
    )
    assert text_row.value is None and text_row.detail == "3 layouts"


def test_the_pty_probe_output_of_either_version_gives_its_rows() -> None:
    now = (
        "pty, minimal app F4: 8.4 ms wall, 3.5 ms CPU\n"
        "pty, next item (F4), 80 items, 4 raters: 115.1 ms wall = 13.67x, 79.7 ms CPU = 22.93x\n"
        "pty, arriving at an item with 50 raters (F4): 120.0 ms wall = 14.25x, 78.4 ms CPU\n"
    )
    next_item, raters = pty_key_rows(now)
    assert next_item.value == 13.67
    assert (raters.value, raters.goal, raters.met) == (120.0, 100, False)
    (old,) = pty_key_rows("pty, next item: 634.1 ms\nratio 51.45\n")
    assert old.value == 51.45


def test_the_50_rater_goal_on_the_pilot_bench_is_judged_on_cpu_not_on_pilots_pause() -> None:
    from bench.bench_user import run_screen_figures

    rows = run_screen_figures(
        [
            "baseline key press (minimal app, visible change): 83.5 ms wall, 4.2 ms CPU",
            "arriving at an item with 50 raters (F4): 104.7 ms wall = 1.25x, 33.9 ms CPU = 7.98x",
        ]
    )
    (goal,) = [row for row in rows if row.goal is not None and "50 raters" in row.name]
    assert "CPU" in goal.name and "Pilot" in goal.name
    assert (goal.value, goal.met) == (33.9, True)


def test_the_measured_app_finds_and_writes_its_bytecode_as_an_installed_one_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from bench.probe_startup import child_env

    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    assert "PYTHONDONTWRITEBYTECODE" not in child_env()
