"""Save latency, p50 and p99: one answer or note made durable in an 80-item run with
500-character notes, in a file jamtui wrote and in one a person edited (a comment added),
each save alternating with a bare write+fsync+replace of the same bytes.

    python -m bench.bench_save [--saves 400]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from bench.bench_app import EIGHTY
from bench.harness import Figure, percentile
from jamtui.catalog.loader import load_checklist_text
from jamtui.core.model import ItemType
from jamtui.fileio.atomic import write_text_atomic
from jamtui.storage import Store

NOTE = ("Gruppen diskuterade könsuppdelad statistik och hur den används i uppföljningen. " * 8)[
    :500
]
COMMENT = "# Kommentar från konsulten: stämd av med förvaltningen i telefon.\n"


def _saves(hand_edited: bool, saves: int) -> tuple[list[float], ...]:
    """(save ms, bare write ms, [file size], save CPU ms, bare write CPU ms): each save,
    then a bare write of its bytes. CPU time leaves out the waits for the disk, which a busy
    machine stretches."""
    checklist = load_checklist_text(EIGHTY, "bench-80.toml").checklist
    assert checklist is not None
    samples: list[float] = []
    baseline: list[float] = []
    cpu: list[float] = []
    base_cpu: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp))
        org = store.create_organisation("Bänk kommun")
        run_ = store.create_run(org.slug, checklist)
        with store.open_run(org.slug, run_.id, checklist) as session:
            with session.batch():
                for item in checklist.items:
                    session.set_note(item.id, NOTE)
            path = session.path
        if hand_edited:  # a person added a comment in an editor: the file is no longer canonical
            text = path.read_text(encoding="utf-8")
            head, sep, rest = text.partition("\n[answers.")
            path.write_text(head + "\n" + COMMENT + sep + rest, encoding="utf-8")
        raw = Path(tmp) / "raw.toml"
        with store.open_run(org.slug, run_.id, checklist) as session:
            items = checklist.items
            for n in range(saves):
                item = items[n % len(items)]
                started, used = time.perf_counter(), time.process_time()
                if n % 2:
                    session.set_note(item.id, NOTE[: 400 + n % 100])
                else:
                    value = 1 + n % 3 if item.type is ItemType.SCALE else f"Svar {n}"
                    session.set_value(item.id, value)
                samples.append((time.perf_counter() - started) * 1000)
                cpu.append((time.process_time() - used) * 1000)
                written = path.read_text(encoding="utf-8")
                started, used = time.perf_counter(), time.process_time()
                write_text_atomic(raw, written)
                baseline.append((time.perf_counter() - started) * 1000)
                base_cpu.append((time.process_time() - used) * 1000)
            if hand_edited:
                assert COMMENT.strip() in path.read_text(encoding="utf-8"), "comment lost"
            size = path.stat().st_size
    return samples, baseline, [float(size)], cpu, base_cpu


def _figure(name: str, budget: float, measured: tuple[list[float], ...]) -> Figure:
    samples, baseline, _, cpu, base_cpu = measured
    p99, base_p99 = percentile(samples, 99), percentile(baseline, 99)
    return Figure(
        name=name,
        unit="ms",
        samples=samples,
        baseline_name="bare write+fsync+replace of the same bytes",
        baseline=baseline,
        budget_abs=budget,
        budget_stat="p99",
        extra={
            "p50": percentile(samples, 50),
            "p99": p99,
            "baseline p50": percentile(baseline, 50),
            "baseline p99": base_p99,
            "CPU p50": percentile(cpu, 50),
            "CPU p99": percentile(cpu, 99),
            "bare write CPU p50": percentile(base_cpu, 50),
            "bare write CPU p99": percentile(base_cpu, 99),
        },
    )


def run(rounds: int, saves: int = 400) -> list[Figure]:
    del rounds  # every save is a sample: 400 of each kind
    measured = _saves(False, saves)
    size = int(measured[2][0]) // 1024
    figures = [_figure(f"save one change ({size} KiB run file)", 2.0, measured)]
    measured = _saves(True, saves)
    figures.append(_figure(f"save one change, hand-edited ({size} KiB)", 5.0, measured))
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--saves", type=int, default=400)
    args = parser.parse_args()
    from bench.run import report

    figures = run(1, args.saves)
    report(figures)
    for figure in figures:
        p50 = figure.extra["p50"] / figure.extra["baseline p50"]
        p99 = figure.extra["p99"] / figure.extra["baseline p99"]
        print(f"{figure.name}: p50 {p50:.2f}×, p99 {p99:.2f}× the bare write")
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
