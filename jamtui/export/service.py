"""Build export contexts from the store and render them with a registered exporter."""

from __future__ import annotations

from typing import TYPE_CHECKING

from jamtui.catalog import Catalog
from jamtui.core.model import Checklist
from jamtui.core.run import Run, retired_answers
from jamtui.export.context import ExportContext, PreviousRun
from jamtui.export.filenames import report_filename
from jamtui.export.markdown import MarkdownExporter
from jamtui.i18n import t
from jamtui.plugin.registry import Exporter
from jamtui.storage import CorruptFileError, Store

if TYPE_CHECKING:
    from jamtui.storage import RunSession


def previous_run(store: Store, catalog: Catalog, slug: str, run: Run) -> PreviousRun | None:
    """The latest earlier run of the same checklist for the same organisation (and unit)."""
    candidates = [
        s
        for s in store.list_runs(slug)
        if s.checklist_id == run.checklist_id
        and s.id != run.id
        and not s.problem
        and (s.date, s.id) < (run.date, run.id)
    ]
    same_unit = [s for s in candidates if s.unit == run.unit] or candidates
    for summary in same_unit:
        try:
            earlier = store.load_run(slug, summary.id)
        except CorruptFileError:
            continue
        checklist = catalog.get(earlier.checklist_id)
        if checklist is not None:
            return PreviousRun(checklist, earlier)
    return None


def build_context(
    store: Store, catalog: Catalog, slug: str, run: Run, checklist: Checklist, lang: str
) -> ExportContext:
    import dataclasses

    from jamtui.core.run import carried_answers
    from jamtui.storage.sync_marks import conflicted_fields

    organisation = store.get_organisation(slug)
    conflicts = conflicted_fields(store.run_path(slug, run.id))
    run = dataclasses.replace(run, answers=carried_answers(checklist, run))
    return ExportContext(
        checklist=checklist,
        run=run,
        organisation=organisation.name,
        previous=previous_run(store, catalog, slug, run),
        retired=retired_answers(checklist, run),
        lang=lang,
        conflicts=conflicts,
    )


class ExporterFailed(Exception):
    """A plugin's exporter raised while rendering: one line says which and why."""


def render(context: ExportContext, exporter: Exporter | None = None) -> tuple[str, str]:
    """(text, default file name) of the report; ExporterFailed when a plugin's exporter breaks."""
    chosen = exporter or MarkdownExporter()
    try:
        text = chosen.render(context)
    except Exception as error:
        name = getattr(chosen, "name", type(chosen).__name__)
        raise ExporterFailed(
            t("export.exporter_failed", None, name=name, error=f"{type(error).__name__}: {error}")
        ) from error
    if not isinstance(text, str):
        name = getattr(chosen, "name", type(chosen).__name__)
        raise ExporterFailed(
            t("export.exporter_failed", None, name=name, error=f"returned {type(text).__name__}")
        )
    name = report_filename(
        context.organisation, context.checklist.id, context.run.date, chosen.suffix
    )
    return text, name


def export_session(
    store: Store, catalog: Catalog, session: RunSession, checklist: Checklist, lang: str
) -> tuple[str, str]:
    """Render the run open in ``session`` as Markdown (what the app's export key does)."""
    context = build_context(store, catalog, session.run.organisation, session.run, checklist, lang)
    return render(context)
