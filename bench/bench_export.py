"""Export 1,000 runs to Markdown (budget < 5 s) beside reading the same runs; render 1,000
built reports as Markdown (budget < 2 s); a .docx and a PDF per report against Markdown."""

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


def formats(rounds: int, data_dir: Path, count: int = 1000, sample: int = 20) -> list[Figure]:
    """The report model rendered as Markdown, Word and PDF, from contexts built beforehand."""
    from jamtui.export.docx import docx_bytes
    from jamtui.export.markdown import markdown_text
    from jamtui.export.pdf import pdf_bytes
    from jamtui.report.build import build_report

    settings = resolve_settings(data_dir=str(data_dir), environ={})
    catalog = load_catalog(settings)
    store = Store(data_dir)
    contexts = []
    for org in store.list_organisations():
        for summary in store.list_runs(org.slug):
            run = store.load_run(org.slug, summary.id)
            checklist = catalog.get(run.checklist_id)
            if checklist is not None:
                contexts.append(build_context(store, catalog, org.slug, run, checklist, "sv"))
            if len(contexts) >= count:
                break
        if len(contexts) >= count:
            break
    few = contexts[:sample]
    docx_bytes(build_report(few[0]))  # import python-docx and typst once, outside the timing
    pdf_bytes(build_report(few[0]))

    def per_report(render: object, chosen: list[object]) -> float:
        started = time.perf_counter()
        for context in chosen:
            render(build_report(context))  # type: ignore[operator]
        return (time.perf_counter() - started) / len(chosen) * 1000

    all_md, md_ms, docx_ms, pdf_ms = [], [], [], []
    for _ in range(max(1, rounds // 2)):
        started = time.perf_counter()
        for context in contexts:
            markdown_text(build_report(context))
        all_md.append(time.perf_counter() - started)
        md_ms.append(per_report(markdown_text, few))  # type: ignore[arg-type]
        docx_ms.append(per_report(docx_bytes, few))  # type: ignore[arg-type]
        pdf_ms.append(per_report(pdf_bytes, few))  # type: ignore[arg-type]
    return [
        Figure(
            name=f"build and render {len(contexts)} reports as Markdown",
            unit="s",
            samples=all_md,
            budget_abs=2.0,
        ),
        Figure(
            name=f"one report as .docx (mean of {len(few)})",
            unit="ms",
            samples=docx_ms,
            baseline_name="the same reports as Markdown",
            baseline=md_ms,
        ),
        Figure(
            name=f"one report as PDF/UA (mean of {len(few)})",
            unit="ms",
            samples=pdf_ms,
            baseline_name="the same reports as Markdown",
            baseline=md_ms,
        ),
    ]
