"""Export 1,000 runs to Markdown (budget < 5 s), beside reading and parsing the same runs."""

from __future__ import annotations

import time
from pathlib import Path

from bench.harness import Figure
from jamtui.catalog import load_catalog
from jamtui.export.markdown import render_markdown
from jamtui.export.service import build_context
from jamtui.settings import resolve_settings
from jamtui.storage import Store


def run(rounds: int, data_dir: Path, count: int = 1000) -> list[Figure]:
    settings = resolve_settings(data_dir=str(data_dir), environ={})
    catalog = load_catalog(settings)
    store = Store(data_dir)
    targets: list[tuple[str, str]] = []
    for org in store.list_organisations():
        for summary in store.list_runs(org.slug):
            targets.append((org.slug, summary.id))
            if len(targets) >= count:
                break
        if len(targets) >= count:
            break

    def export_all() -> None:
        for slug, run_id in targets:
            run = store.load_run(slug, run_id)
            checklist = catalog.get(run.checklist_id)
            assert checklist is not None
            render_markdown(build_context(store, catalog, slug, run, checklist, "sv"))

    def read_all() -> None:
        for slug, run_id in targets:
            store.load_run(slug, run_id)

    samples, baseline = [], []
    for _ in range(max(1, rounds // 2)):
        started = time.perf_counter()
        export_all()
        samples.append(time.perf_counter() - started)
        started = time.perf_counter()
        read_all()
        baseline.append(time.perf_counter() - started)
    return [
        Figure(
            name=f"export {len(targets)} runs to Markdown",
            unit="s",
            samples=samples,
            baseline_name="read and parse the same run files",
            baseline=baseline,
            budget_abs=5.0,
        )
    ]
