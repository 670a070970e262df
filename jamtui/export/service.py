"""Build export contexts from the store, build the report model and render it with an exporter."""

from __future__ import annotations

import contextlib
import dataclasses
from typing import TYPE_CHECKING

from jamtui.catalog import Catalog
from jamtui.core.model import Checklist
from jamtui.core.run import Run, carried_answers, retired_answers
from jamtui.export.filenames import report_filename
from jamtui.export.markdown import MarkdownExporter
from jamtui.i18n import t
from jamtui.plugin.registry import Exporter
from jamtui.report.build import build_report
from jamtui.report.context import EarlierAction, ExportContext, PreviousRun, ReportOptions
from jamtui.report.model import Report
from jamtui.storage import CorruptFileError, StorageError, Store

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


def earlier_runs(store: Store, slug: str, run: Run) -> tuple[list[Run], Units]:
    """Every readable earlier run of the same checklist and unit, newest first."""
    summaries, units = _earlier_same_unit(store, slug, run)
    runs = []
    for summary in summaries:
        with contextlib.suppress(StorageError, OSError):
            runs.append(store.load_run(slug, summary.id))
    return runs, units


def earlier_actions(
    store: Store, slug: str, run: Run, runs: list[Run], units: Units
) -> tuple[EarlierAction, ...]:
    """The actions a run's report follows up ("Uppföljning av tidigare åtgärder")."""
    from jamtui.followup.actions import apply_followups, followed_up_in
    from jamtui.followup.register import actions_of_run, unit_label
    from jamtui.storage.org_records import OrgRecords

    found = [action for earlier in runs for action in actions_of_run(earlier, units)]
    if not found:
        return ()
    register = apply_followups(found, OrgRecords(store).followups(slug))
    unit = unit_label(units, run.unit)
    return tuple(
        EarlierAction(a.what, a.who, a.due, a.status.value, a.comment, a.date)
        for a in followed_up_in(register, run.checklist_id, unit, run.date, run.id)
    )


def build_context(
    store: Store,
    catalog: Catalog,
    slug: str,
    run: Run,
    checklist: Checklist,
    lang: str,
    options: ReportOptions | None = None,
) -> ExportContext:
    chosen = options or ReportOptions()
    from jamtui.storage.sync_marks import conflicted_fields

    organisation = store.get_organisation(slug)
    conflicts = conflicted_fields(store.run_path(slug, run.id))
    run = dataclasses.replace(run, answers=carried_answers(checklist, run))
    # Earlier runs of the same checklist and unit are read once, for both the comparison
    # and the follow-up of their actions (a bulk export stays fast).
    runs, units = earlier_runs(store, slug, run)
    previous = None
    if chosen.compare:
        for earlier in runs:
            earlier_checklist = catalog.get(earlier.checklist_id)
            if earlier_checklist is not None:
                previous = PreviousRun(earlier_checklist, earlier)
                break
    return ExportContext(
        checklist=checklist,
        run=run,
        organisation=organisation.name,
        previous=previous,
        retired=retired_answers(checklist, run),
        lang=lang,
        options=chosen,
        conflicts=conflicts,
        earlier_actions=earlier_actions(store, slug, run, runs, units),
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
