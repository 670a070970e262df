"""Exports against reading and parsing the same run files, alternating round by round:
``export --all`` of one organisation with 1,000 runs (budget < 3 s), 1,000 runs in the usual
shape of 10 per organisation (budget < 2 s); a .docx and a PDF per report against Markdown.

    python -m bench.bench_export [--rounds 5] [--data DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from pathlib import Path

from bench.harness import Figure
from jamtui.catalog import load_catalog
from jamtui.export.markdown import MarkdownExporter
from jamtui.export.service import build_context, export_organisation
from jamtui.settings import resolve_settings
from jamtui.storage import Store


def data_set(root: Path, organisations: int, runs: int) -> Path:
    """A generated data folder under ``root``, made once and reused (``--data``)."""
    from bench.generate import generate

    name = f"{organisations}-orgs" if runs == 10 else f"{organisations}-orgs-{runs}-runs"
    folder = root / name
    marker = folder / ".complete"
    if not marker.exists():
        print(f"generating {organisations} organisations × {runs} runs in {folder} …", flush=True)
        generate(folder, organisations, runs)
        marker.write_text("ok", encoding="utf-8")
    return folder


def _alternate(rounds: int, subject: object, baseline: object) -> tuple[list[float], ...]:
    """Wall and CPU seconds of ``subject`` and ``baseline``, one after the other each round."""
    walls: tuple[list[float], list[float]] = ([], [])
    cpus: tuple[list[float], list[float]] = ([], [])
    for _ in range(rounds):
        for index, func in enumerate((subject, baseline)):
            wall, cpu = time.perf_counter(), time.process_time()
            func()  # type: ignore[operator]
            walls[index].append(time.perf_counter() - wall)
            cpus[index].append(time.process_time() - cpu)
    return walls[0], walls[1], cpus[0], cpus[1]


def export_figures(rounds: int, data_dir: Path, name: str, budget: float) -> list[Figure]:
    """``export --all`` of every organisation in ``data_dir`` (as the command does it, with
    comparison and follow-up of earlier runs) against reading and parsing every run file."""
    settings = resolve_settings(data_dir=str(data_dir), environ={})
    catalog = load_catalog(settings)
    store = Store(data_dir)
    orgs = [org.slug for org in store.list_organisations()]
    listed = [(slug, s.id) for slug in orgs for s in store.list_runs(slug) if not s.problem]
    exporter = MarkdownExporter()

    def export_all() -> None:
        for slug in orgs:
            export_organisation(store, catalog, slug, "sv", exporter=exporter)

    def parse_all() -> None:
        for slug, run_id in listed:
            store.load_listed_run(slug, run_id)

    export_all()  # warm: the disk cache and the catalog's lazy parts
    walls, base_walls, cpus, base_cpus = _alternate(rounds, export_all, parse_all)
    label = f"{name} ({len(listed)} runs)"
    return [
        Figure(
            name=label,
            unit="s",
            samples=walls,
            baseline_name="read and parse the same run files",
            baseline=base_walls,
            budget_abs=budget,
        ),
        Figure(
            name=f"{label}, CPU",
            unit="s",
            samples=cpus,
            baseline_name="CPU of reading and parsing them",
            baseline=base_cpus,
        ),
    ]


def usual_shape(organisations: int = 100) -> Path:
    """``organisations`` × 10 runs hard-linked from bench/data.py's template (made once).

    Not ``data.organisations(100)``: an older version of this bench generated 100 more
    organisations into that shared folder (its marker was inside the folder, data.py's is
    beside it), so it holds 200.
    """
    from bench import data

    folder = data.data_root() / f"export-{organisations}-orgs"
    if (folder.parent / f"{folder.name}.complete").exists():
        return folder
    source = data.template()
    shutil.rmtree(folder, ignore_errors=True)
    orgs = folder / "organisations"
    orgs.mkdir(parents=True)
    for original in data._org_folders(source)[:organisations]:
        shutil.copytree(
            original, orgs / original.name, ignore=data._ignore_caches, copy_function=os.link
        )
    (folder.parent / f"{folder.name}.complete").write_text("ok", encoding="utf-8")
    return folder


def run(rounds: int, data_dir: Path | None = None, count: int = 1000) -> list[Figure]:
    """Both export shapes, from bench/data.py's cached sets (``data_dir`` is not used)."""
    from bench import data

    del count, data_dir  # the shapes are fixed: 1,000 runs each
    rounds = max(3, rounds // 2)
    return export_figures(
        rounds, data.one_organisation(1000), "export --all, one organisation with 1,000 runs", 3.0
    ) + export_figures(rounds, usual_shape(100), "export --all of 100 organisations × 10 runs", 2.0)


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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument(
        "--data", type=Path, help="generate the sets here (default: bench/data.py's cache)"
    )
    parser.add_argument("--only", choices=("one", "hundred"), default=None)
    args = parser.parse_args()
    from bench import data

    one = data_set(args.data, 1, 1000) if args.data else data.one_organisation(1000)
    usual = data_set(args.data, 100, 10) if args.data else usual_shape(100)
    figures: list[Figure] = []
    if args.only != "hundred":
        figures += export_figures(
            args.rounds, one, "export --all, one organisation with 1,000 runs", 3.0
        )
    if args.only != "one":
        figures += export_figures(
            args.rounds, usual, "export --all of 100 organisations × 10 runs", 2.0
        )
    from bench.run import report

    report(figures)
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
