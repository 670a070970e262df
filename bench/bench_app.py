"""Start-up time and peak memory against a minimal Textual app; keypress cost in a run."""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.harness import ROOT, Figure, time_processes_interleaved

PROBE = str(Path(ROOT) / "bench" / "probe_startup.py")


def startup(rounds: int, data_dir: Path, label: str) -> list[Figure]:
    (base_times, base_peaks), (times, peaks) = time_processes_interleaved(
        [sys.executable, PROBE, "baseline"],
        [sys.executable, PROBE, "jamtui", str(data_dir)],
        rounds,
    )
    return [
        Figure(
            name=f"start-up to organisations listed ({label})",
            unit="ms",
            samples=times,
            baseline_name="minimal Textual app, one widget",
            baseline=base_times,
            budget_ratio=1.3,
        ),
        Figure(
            name=f"peak memory at start-up ({label})",
            unit="MiB",
            samples=peaks,
            baseline_name="minimal Textual app, one widget",
            baseline=base_peaks,
        ),
    ]


EIGHTY = """format = 1
id = "bench-80"
version = "1"
title = "Åttio frågor"
[scales.g]
levels = [{ value = 1, label = "A" }, { value = 2, label = "B" }, { value = 3, label = "C" }]
""" + "".join(
    f'\n[[sections]]\nid = "s{s}"\ntitle = "Avsnitt {s}"\n'
    + "".join(
        f'[[sections.items]]\nid = "q{q}"\ntype = "{"scale" if q % 2 else "text"}"\n'
        + ('scale = "g"\n' if q % 2 else "")
        + f'text = "Fråga {s}.{q} om jämställdhet i verksamheten?"\n'
        for q in range(10)
    )
    for s in range(8)
)


def keypress(rounds: int) -> list[Figure]:
    """Open an 80-item run and press F4 through every item, in the pilot."""
    from jamtui.catalog import Catalog, CatalogEntry
    from jamtui.catalog.loader import load_checklist_text
    from jamtui.settings import resolve_settings
    from jamtui.storage import Store
    from jamtui.ui.app import create_app

    checklist = load_checklist_text(EIGHTY, "bench-80.toml").checklist
    assert checklist is not None and len(checklist.items) == 80
    per_key: list[float] = []
    baseline: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        settings = resolve_settings(data_dir=tmp, environ={})
        store = Store(Path(tmp))
        org = store.create_organisation("Bänk kommun")
        run = store.create_run(org.slug, checklist)
        with store.open_run(org.slug, run.id, checklist) as session, session.batch():
            for item in checklist.items:
                session.set_note(item.id, "Anteckning om läget. " * 25)
        catalog = Catalog(entries=[CatalogEntry(checklist, "bench", "bench-80.toml")])

        async def walk_run() -> float:
            app = create_app(settings, store=store, catalog=catalog)
            async with app.run_test(size=(120, 40)) as pilot:
                await pilot.press("enter")
                await pilot.pause()
                await pilot.press("enter")
                await pilot.pause()
                started = time.perf_counter()
                for _ in range(79):
                    await pilot.press("f4")
                    await pilot.pause()
                elapsed = (time.perf_counter() - started) * 1000 / 79
            return elapsed

        async def idle_keys() -> float:
            from textual.app import App, ComposeResult
            from textual.widgets import Static

            class Minimal(App[None]):
                def compose(self) -> ComposeResult:
                    yield Static("Hej")

            app = Minimal()
            async with app.run_test(size=(120, 40)) as pilot:
                started = time.perf_counter()
                for _ in range(79):
                    await pilot.press("f4")
                    await pilot.pause()
                return (time.perf_counter() - started) * 1000 / 79

        for _ in range(max(1, rounds // 2)):
            per_key.append(asyncio.run(walk_run()))
            baseline.append(asyncio.run(idle_keys()))
    return [
        Figure(
            name="next item in an 80-item run (per keypress)",
            unit="ms",
            samples=per_key,
            baseline_name="a key press in a minimal app",
            baseline=baseline,
        )
    ]


def median(values: list[float]) -> float:
    return statistics.median(values)
