"""Build export contexts from the store and render them with a registered exporter."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Protocol

from jamtui.catalog import Catalog
from jamtui.core.model import Checklist
from jamtui.core.run import Run, retired_answers
from jamtui.export.context import ExportContext, PreviousRun
from jamtui.export.filenames import report_filename
from jamtui.export.markdown import MarkdownExporter
from jamtui.i18n import t
from jamtui.plugin.registry import Exporter
from jamtui.storage import CorruptFileError, StorageError, Store

if TYPE_CHECKING:
    from jamtui.followup.actions import Action
    from jamtui.storage import RunSession


class _AppLike(Protocol):
    store: Store

    @property
    def catalog(self) -> Catalog: ...

    @property
    def settings(self) -> object: ...


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
    # Only the same unit (renames and merges followed): comparing Barn- och utbildning with
    # Vård och omsorg is a choice the user makes, labelled, never a silent default.
    same_unit = [s for s in candidates if same_unit_as(store, slug, s.unit, run.unit)]
    for summary in same_unit:
        try:
            earlier = store.load_run(slug, summary.id)
        except CorruptFileError:
            continue
        checklist = catalog.get(earlier.checklist_id)
        if checklist is not None:
            return PreviousRun(checklist, earlier)
    return None


def same_unit_as(store: Store, slug: str, one: str, other: str) -> bool:
    """Whether two runs' unit names mean the same unit today."""
    from jamtui.followup.register import unit_label
    from jamtui.storage.org_records import OrgRecords

    units = OrgRecords(store).units(slug)
    return unit_label(units, one) == unit_label(units, other)


def earlier_actions(store: Store, slug: str, run: Run) -> tuple[Action, ...]:
    """The actions a run's report follows up ("Uppföljning av tidigare åtgärder")."""
    from jamtui.followup.actions import followed_up_in
    from jamtui.followup.register import unit_label
    from jamtui.storage.org_records import OrgRecords

    records = OrgRecords(store)
    units = records.units(slug)
    unit = unit_label(units, run.unit)
    # Only earlier runs of the same checklist and unit are read (a bulk export stays fast).
    runs = []
    for summary in store.list_runs(slug):
        if (
            summary.checklist_id == run.checklist_id
            and not summary.problem
            and (summary.date, summary.id) < (run.date, run.id)
            and unit_label(units, summary.unit) == unit
        ):
            with contextlib.suppress(StorageError, OSError):
                runs.append(store.load_run(slug, summary.id))
    if not runs:
        return ()
    register = records.register(slug, runs=runs, with_log=False)
    return tuple(followed_up_in(register, run.checklist_id, unit, run.date, run.id))


def build_context(
    store: Store, catalog: Catalog, slug: str, run: Run, checklist: Checklist, lang: str
) -> ExportContext:
    import dataclasses

    from jamtui.core.run import carried_answers

    organisation = store.get_organisation(slug)
    run = dataclasses.replace(run, answers=carried_answers(checklist, run))
    return ExportContext(
        checklist=checklist,
        run=run,
        organisation=organisation.name,
        previous=previous_run(store, catalog, slug, run),
        retired=retired_answers(checklist, run),
        lang=lang,
        earlier_actions=earlier_actions(store, slug, run),
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
    app: _AppLike, session: RunSession, checklist: Checklist, organisation: str
) -> tuple[str, str]:
    """Render the run open in ``session`` as Markdown."""
    lang = str(getattr(app.settings, "lang", "sv"))
    context = build_context(
        app.store, app.catalog, session.run.organisation, session.run, checklist, lang
    )
    return render(context)
