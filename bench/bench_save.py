"""Save latency: one answer or note made durable, in an 80-item run with 500-character notes."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from bench.bench_app import EIGHTY
from bench.harness import Figure, percentile
from jamtui.catalog.loader import load_checklist_text
from jamtui.fileio.atomic import write_text_atomic
from jamtui.storage import Store

NOTE = ("Gruppen diskuterade könsuppdelad statistik och hur den används i uppföljningen. " * 8)[
    :500
]


def run(rounds: int, saves: int = 400) -> list[Figure]:
    checklist = load_checklist_text(EIGHTY, "bench-80.toml").checklist
    assert checklist is not None
    samples: list[float] = []
    baseline: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp))
        org = store.create_organisation("Bänk kommun")
        run_ = store.create_run(org.slug, checklist)
        with store.open_run(org.slug, run_.id, checklist) as session:
            with session.batch():
                for item in checklist.items:
                    session.set_note(item.id, NOTE)
            items = checklist.items
            size = session.path.stat().st_size
            text = session.path.read_text(encoding="utf-8")
            for n in range(saves):
                item = items[n % len(items)]
                started = time.perf_counter()
                if n % 2:
                    session.set_note(item.id, NOTE[: 400 + n % 100])
                else:
                    value = 1 + n % 3 if item.type.value == "scale" else f"Svar {n}"
                    session.set_value(item.id, value)
                samples.append((time.perf_counter() - started) * 1000)
            raw = Path(tmp) / "raw.toml"
            for _ in range(saves):
                started = time.perf_counter()
                write_text_atomic(raw, text)
                baseline.append((time.perf_counter() - started) * 1000)
    return [
        Figure(
            name=f"save one change ({size // 1024} KiB run file)",
            unit="ms",
            samples=samples,
            baseline_name="bare durable write of the same file",
            baseline=baseline,
            budget_abs=5.0,
            budget_stat="p99",
            extra={"p50": percentile(samples, 50), "p99": percentile(samples, 99)},
        )
    ]
