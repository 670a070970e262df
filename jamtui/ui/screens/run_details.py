"""The run screen's details flow: edit date, unit, facilitator and participants of a run."""

from __future__ import annotations

from typing import TYPE_CHECKING

from jamtui.i18n import t
from jamtui.storage import StorageError

if TYPE_CHECKING:
    from jamtui.ui.screens.run import RunScreen


def edit_run_details(screen: RunScreen) -> None:
    """Ask for the run's details (the new-run dialog, filled in) and save what changed.

    The screen drives the flow; the app only lends its services (store, catalog, today).
    Removing a participant who has rated asks first: their ratings leave with them.
    """
    from jamtui.storage.org_records import OrgRecords
    from jamtui.ui.screens.new_run import NewRunDialog, RunDetails

    app = screen.jamtui
    session = screen.session
    run = session.run
    existing = RunDetails(
        run.checklist_id, run.unit, run.date, run.facilitator, run.active_participants
    )

    def saved(details: RunDetails | None) -> None:
        if details is None:
            return
        from jamtui.core.participants import keep_ids, removed_with_ratings
        from jamtui.storage.org_records import unit_for_run

        people = keep_ids(run.active_participants, details.participants)
        try:  # the same unit rule as a new run (an unchanged unit stays as it is)
            unit = details.unit
            if details.unit != run.unit:
                unit = unit_for_run(
                    OrgRecords(app.store), run.organisation, details.unit, details.new_unit
                )
        except (StorageError, OSError, ValueError) as error:
            app.notify(str(error), severity="error", markup=False)
            return

        def save(confirmed: bool | None = True) -> None:
            if not confirmed:
                return
            screen.persist(
                lambda: session.update_details(
                    date=details.date,
                    unit=unit,
                    facilitator=details.facilitator,
                    participants=people,
                )
            )
            screen.on_screen_resume()

        leaving = removed_with_ratings(run.active_participants, people, session.rated_ids())
        if not leaving:
            save()
            return
        from jamtui.ui.screens.dialogs import ConfirmDialog

        names = ", ".join(p.name for p in leaving)
        app.push_screen(
            ConfirmDialog(
                t("participants.remove_rated", None, names=names, count=len(leaving)),
                t("participants.remove"),
            ),
            save,
        )

    try:
        units = OrgRecords(app.store).units(run.organisation).names()
    except (StorageError, OSError, ValueError):
        units = []
    app.push_screen(
        NewRunDialog(app.catalog, app.settings.lang, app.today(), units, existing), saved
    )
