"""Where register rows come from: the action rows of a run and the log's "flyttas framåt"."""

from __future__ import annotations

from collections.abc import Iterable

from jamtui.core.answers import ActionRow
from jamtui.core.ids import action_id_for
from jamtui.core.run import Run, RunStatus
from jamtui.followup.actions import Action, ActionStatus
from jamtui.followup.log import ActivityLog
from jamtui.followup.names import clean_name
from jamtui.followup.units import Units


def unit_label(units: Units, run_unit: str) -> str:
    """The current name of the unit a run names ("" when it has none or it was removed).

    A name the list has never known is kept as the run spells it.
    """
    home = units.home_of(run_unit)
    if home is not None:
        return home.name
    if not run_unit.strip() or any(u.answers_to(run_unit) for u in units.items):
        return ""
    return clean_name(run_unit)


def unit_name_of_id(units: Units, unit_id: str) -> str:
    """The current name of a unit id, following merges ("" when removed or unknown)."""
    unit = units.get(unit_id)
    seen: set[str] = set()
    while unit is not None and unit.merged_into and unit.id not in seen:
        seen.add(unit.id)
        unit = units.get(unit.merged_into)
    return unit.name if unit is not None and unit.active else ""


def row_id(item_id: str, index: int, row: ActionRow) -> str:
    """A row's id (rows read from format-1 files got the contract's derived id on reading)."""
    return row.id or action_id_for(item_id, index, row.what, row.who, row.due)


def _row_status(row: ActionRow) -> ActionStatus:
    try:
        return ActionStatus(row.status)
    except ValueError:
        return ActionStatus.NOT_STARTED


def actions_of_run(run: Run, units: Units) -> list[Action]:
    """One register row per complete action row of the run (drafts left out)."""
    unit = unit_label(units, run.unit)
    result = []
    for item_id in sorted(run.answers):
        answer = run.answers[item_id]
        for index, row in enumerate(answer.actions):
            if row.is_empty() or row.draft:
                continue
            result.append(
                Action(
                    id=row_id(item_id, index, row),
                    what=row.what,
                    who=row.who,
                    due=row.due,
                    status=_row_status(row),
                    comment=row.comment,
                    updated=answer.updated_at or run.updated_at,
                    run_id=run.id,
                    item_id=item_id,
                    checklist_id=run.checklist_id,
                    unit=unit,
                    date=run.date,
                    finalized=run.status is RunStatus.FINALIZED,
                )
            )
    return result


def actions_of_log(log: ActivityLog, units: Units) -> list[Action]:
    """One register row per "flyttas framåt" item of the log."""
    result = []
    for entry in log.entries:
        unit = unit_name_of_id(units, entry.unit)
        for item in entry.forward:
            result.append(
                Action(
                    id=item.id,
                    what=item.what,
                    who=item.who,
                    due=item.due,
                    status=item.status,
                    comment=item.comment,
                    updated=entry.updated or entry.created,
                    log_id=entry.id,
                    unit=unit,
                    date=entry.date,
                )
            )
    return result


def runs_of_unit(runs: Iterable[Run], units: Units, checklist_id: str, unit: str) -> list[Run]:
    """Runs of a checklist whose unit is ``unit`` today (renames and merges followed)."""
    wanted = unit_label(units, unit) if unit else ""
    return [
        r for r in runs if r.checklist_id == checklist_id and unit_label(units, r.unit) == wanted
    ]
