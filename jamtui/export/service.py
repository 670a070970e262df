"""Build export contexts from the store, build the report model and render it with an exporter."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from jamtui.catalog import Catalog
from jamtui.core.model import Checklist
from jamtui.core.run import Run, carried_answers, retired_answers
from jamtui.export.filenames import report_filename
from jamtui.export.markdown import MarkdownExporter
from jamtui.export.org_runs import OrgRuns
from jamtui.i18n import t
from jamtui.plugin.registry import Exporter
from jamtui.report.build import build_report
from jamtui.report.context import ExportContext, PreviousRun, ReportOptions
from jamtui.report.model import Report
from jamtui.storage import CorruptFileError, Store

if TYPE_CHECKING:
    from jamtui.followup.units import Units
    from jamtui.storage import RunSession, RunSummary


def _earlier_same_unit(store: Store, slug: str, run: Run) -> tuple[list[RunSummary], Units]:
    """Readable earlier runs of the same checklist for the same unit, newest first.

    Only the same unit (renames and merges followed): comparing Barn- och utbildning with
    Vård och omsorg is a choice the user makes, labelled, never a silent default.
    """
    from jamtui.followup.register import unit_label
    from jamtui.storage.org_records import OrgRecords

    units = OrgRecords(store).units(slug)
    unit = unit_label(units, run.unit)
    found = [
        s
        for s in store.list_runs(slug)
        if s.checklist_id == run.checklist_id
        and s.id != run.id
        and not s.problem
        and (s.date, s.id) < (run.date, run.id)
        and unit_label(units, s.unit) == unit
    ]
    return found, units


def previous_run(store: Store, catalog: Catalog, slug: str, run: Run) -> PreviousRun | None:
    """The latest earlier run of the same checklist for the same organisation and unit."""
    summaries, _ = _earlier_same_unit(store, slug, run)
    for summary in summaries:
        try:
            earlier = store.load_run(slug, summary.id)
        except CorruptFileError:
            continue
        checklist = catalog.get(earlier.checklist_id)
        if checklist is not None:
            return PreviousRun(checklist, earlier)
    return None


def build_context(
    store: Store,
    catalog: Catalog,
    slug: str,
    run: Run,
    checklist: Checklist,
    lang: str,
    options: ReportOptions | None = None,
    runs: OrgRuns | None = None,
) -> ExportContext:
    """Everything the report of ``run`` needs. ``runs`` (the organisation's runs, read once)
    is shared by the reports of many runs of one organisation, so that exporting all of them
    reads each earlier run once instead of once per later report."""
    chosen = options or ReportOptions()
    from jamtui.storage.sync_marks import conflicted_fields

    org_runs = runs if runs is not None and runs.slug == slug else OrgRuns(store, slug)
    conflicts = conflicted_fields(store.run_path(slug, run.id))
    run = dataclasses.replace(run, answers=carried_answers(checklist, run))
    previous = None
    if chosen.compare:
        earlier = org_runs.previous(run, catalog.get)
        earlier_checklist = catalog.get(earlier.checklist_id) if earlier is not None else None
        if earlier is not None and earlier_checklist is not None:
            previous = PreviousRun(earlier_checklist, earlier)
    return ExportContext(
        checklist=checklist,
        run=run,
        organisation=org_runs.organisation().name,
        previous=previous,
        retired=retired_answers(checklist, run),
        lang=lang,
        options=chosen,
        conflicts=conflicts,
        earlier_actions=org_runs.followed_up(run),
    )


class ExporterFailed(Exception):
    """An exporter raised while rendering: one line says which and why."""


def render(context: ExportContext, exporter: Exporter | None = None) -> tuple[str | bytes, str]:
    """(document, default file name) of the report; ExporterFailed when an exporter breaks.

    Exporters that declare ``model_version`` get the report model; older ones (no
    ``model_version``) still get the export context, as in the first version of the hook.
    """
    chosen: Exporter = exporter or MarkdownExporter()
    name = getattr(chosen, "name", type(chosen).__name__)
    try:
        model: Report | ExportContext = (
            build_report(context) if hasattr(chosen, "model_version") else context
        )
        document = chosen.render(model)
    except Exception as error:
        reason = str(error) if isinstance(error, ExporterFailed) else None
        raise ExporterFailed(
            reason
            or t(
                "export.exporter_failed", None, name=name, error=f"{type(error).__name__}: {error}"
            )
        ) from error
    if not isinstance(document, str | bytes):
        raise ExporterFailed(
            t(
                "export.exporter_failed",
                None,
                name=name,
                error=f"returned {type(document).__name__}",
            )
        )
    filename = report_filename(
        context.organisation, context.checklist.id, context.run.date, chosen.suffix
    )
    if context.options.internal:
        stem, dot, suffix = filename.rpartition(".")
        filename = f"{stem}-internt.{suffix}" if dot else f"{filename}-internt"
    return document, filename


def export_session(
    store: Store,
    catalog: Catalog,
    session: RunSession,
    checklist: Checklist,
    lang: str,
    options: ReportOptions | None = None,
    exporter: Exporter | None = None,
) -> tuple[str | bytes, str]:
    """Render the run open in ``session`` (Markdown unless ``exporter`` says otherwise)."""
    context = build_context(
        store, catalog, session.run.organisation, session.run, checklist, lang, options
    )
    return render(context, exporter)


def export_organisation(
    store: Store,
    catalog: Catalog,
    slug: str,
    lang: str,
    options: ReportOptions | None = None,
    exporter: Exporter | None = None,
) -> list[tuple[str | bytes, str]]:
    """(document, default file name) of every readable run of an organisation, oldest first
    (``jamtui export --all``): the runs are listed once and each is read once."""
    runs = OrgRuns(store, slug)
    written = []
    for summary in reversed(runs.summaries):
        if summary.problem:
            continue
        run = runs.load(summary.id)
        checklist = catalog.get(run.checklist_id)
        if checklist is None:
            raise MissingChecklist(run.checklist_id)
        context = build_context(store, catalog, slug, run, checklist, lang, options, runs)
        written.append(render(context, exporter))
    return written


class MissingChecklist(Exception):
    """A run's checklist is not in the catalog (the message is its id)."""
