"""One organisation's runs for its reports: listed once, each run file read once."""

from __future__ import annotations

import bisect
import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from jamtui.report.context import EarlierAction
from jamtui.storage import StorageError

if TYPE_CHECKING:
    from jamtui.core.run import Run
    from jamtui.followup.actions import Action, FollowUp
    from jamtui.followup.units import Units
    from jamtui.storage import RunSummary, Store
    from jamtui.storage.org_file import Organisation

Group = tuple[str, str]
"""(checklist id, today's name of the unit): the runs a report compares and follows up."""


class OrgRuns:
    """The runs of one organisation, for building the reports of one or many of them.

    A report needs the earlier runs of the same checklist and unit (the comparison, and the
    actions it follows up). Asked run by run, that listed the folder and read every earlier
    run again for each report: ``export --all`` of an organisation with 1,000 runs was
    quadratic. Here the listing, the units, the follow-ups and the organisation are read
    once, each run file is parsed at most once, and the actions each run's report follows up
    are gathered in one walk through its checklist and unit's runs, oldest first.
    """

    def __init__(self, store: Store, slug: str) -> None:
        from jamtui.followup.register import unit_label
        from jamtui.storage.org_records import OrgRecords

        self.store = store
        self.slug = slug
        self._records = OrgRecords(store)
        self.units: Units = self._records.units(slug)
        self.summaries: list[RunSummary] = store.list_runs(slug)
        """Newest first, as ``Store.list_runs`` gives them."""
        self._groups: dict[Group, list[RunSummary]] = {}
        for summary in reversed(self.summaries):  # oldest first
            if not summary.problem:
                group = (summary.checklist_id, unit_label(self.units, summary.unit))
                self._groups.setdefault(group, []).append(summary)
        self._keys = {g: [(s.date, s.id) for s in runs] for g, runs in self._groups.items()}
        self._where = {
            s.id: (g, index) for g, runs in self._groups.items() for index, s in enumerate(runs)
        }
        self._runs: dict[str, Run | None] = {}
        self._followups: dict[str, FollowUp] | None = None
        self._organisation: Organisation | None = None
        self._trails: dict[Group, _Trail] = {}

    # -- reading, once each -----------------------------------------------------------------
    def load(self, run_id: str) -> Run:
        """A listed run (read once; StorageError or OSError when it cannot be read)."""
        run = self._runs.get(run_id)
        if run is None:
            run = self._runs[run_id] = self.store.load_listed_run(self.slug, run_id)
        return run

    def readable(self, run_id: str) -> Run | None:
        """A listed run, or None when it cannot be read (an earlier run is then left out)."""
        if run_id not in self._runs:
            self._runs[run_id] = None
            with contextlib.suppress(StorageError, OSError):
                self._runs[run_id] = self.store.load_listed_run(self.slug, run_id)
        return self._runs[run_id]

    def organisation(self) -> Organisation:
        if self._organisation is None:
            self._organisation = self.store.get_organisation(self.slug)
        return self._organisation

    def followups(self) -> dict[str, FollowUp]:
        if self._followups is None:
            self._followups = self._records.followups(self.slug)
        return self._followups

    def unit(self, run: Run) -> str:
        from jamtui.followup.register import unit_label

        return unit_label(self.units, run.unit)

    # -- earlier runs -------------------------------------------------------------------------
    def _before(self, run: Run) -> tuple[Group, int, bool]:
        """The run's group, how many of its listed runs come before it, and whether the run
        itself is among them (its date changed in the app since the listing)."""
        group = (run.checklist_id, self.unit(run))
        count = bisect.bisect_left(self._keys.get(group, []), (run.date, run.id))
        listed = self._where.get(run.id)
        return group, count, listed is not None and listed[0] == group and listed[1] < count

    def _earlier_listed(self, run: Run) -> list[RunSummary]:
        """The listed earlier runs of the run's checklist and unit, newest first."""
        group, count, _ = self._before(run)
        return [s for s in reversed(self._groups.get(group, [])[:count]) if s.id != run.id]

    def earlier(self, run: Run) -> list[Run]:
        """Every readable earlier run of the same checklist and unit, newest first."""
        found = (self.readable(s.id) for s in self._earlier_listed(run))
        return [earlier for earlier in found if earlier is not None]

    def previous(self, run: Run, known: Callable[[str], object] | None = None) -> Run | None:
        """The latest readable earlier run of the same checklist and unit (whose checklist
        ``known`` gives, when given): only the runs up to it are read."""
        group, count, _ = self._before(run)
        for summary in reversed(self._groups.get(group, [])[:count]):
            if summary.id == run.id:
                continue
            earlier = self.readable(summary.id)
            if earlier is not None and (known is None or known(earlier.checklist_id) is not None):
                return earlier
        return None

    def followed_up(self, run: Run) -> tuple[EarlierAction, ...]:
        """The actions of earlier runs the run's report follows up ("Uppföljning av tidigare
        åtgärder"): all of the latest earlier run with actions, the still open ones before it."""
        group, count, itself = self._before(run)
        trail = self._trails.get(group)
        if trail is None:
            trail = self._trails[group] = _Trail(self, group)
        if itself or not trail.regular_upto(count):
            return self._followed_up_slowly(run)
        return trail.at(count)

    def _followed_up_slowly(self, run: Run) -> tuple[EarlierAction, ...]:
        """The same, by the rule itself, over every earlier run (when the walk cannot answer)."""
        from jamtui.followup.actions import apply_followups, followed_up_in

        found = [action for earlier in self.earlier(run) for action in self.actions(earlier)]
        if not found:
            return ()
        register = apply_followups(found, self.followups())
        return tuple(
            _earlier_action(a)
            for a in followed_up_in(register, run.checklist_id, self.unit(run), run.date, run.id)
        )

    def actions(self, run: Run) -> list[Action]:
        """The run's register rows (follow-ups not yet applied)."""
        from jamtui.followup.register import actions_of_run

        return actions_of_run(run, self.units)


class _Trail:
    """The walk through one group's runs, oldest first, kept as far as it went.

    After ``k`` runs, a later run's report follows up ``opened[:open_counts[k]]`` (the open
    actions of runs before the latest run with actions) and ``latest[k]`` (all actions of
    that run), oldest first: what ``followup.actions.followed_up_in`` chooses.
    """

    def __init__(self, runs: OrgRuns, group: Group) -> None:
        self.runs = runs
        self.group = group
        self.listed = runs._groups.get(group, [])
        self.opened: list[EarlierAction] = []
        self.open_counts: list[int] = [0]
        self.latest: list[tuple[EarlierAction, ...]] = [()]
        self._latest_open: list[EarlierAction] = []
        self.irregular = False

    def regular_upto(self, count: int) -> bool:
        """Walk the first ``count`` runs; False when one of them does not match its listing
        (a file changed since the listing, or one whose id differs from its name)."""
        from jamtui.followup.actions import apply_followups

        while not self.irregular and len(self.open_counts) <= count:
            summary = self.listed[len(self.open_counts) - 1]
            run = self.runs.readable(summary.id)
            if run is not None and (
                run.id != summary.id
                or run.date != summary.date
                or (run.checklist_id, self.runs.unit(run)) != self.group
            ):
                self.irregular = True
                break
            actions = apply_followups(
                self.runs.actions(run) if run is not None else [], self.runs.followups()
            )
            if actions:
                self.opened.extend(self._latest_open)
                self._latest_open = [_earlier_action(a) for a in actions if a.is_open]
                self.latest.append(tuple(_earlier_action(a) for a in actions))
            else:
                self.latest.append(self.latest[-1])
            self.open_counts.append(len(self.opened))
        return not self.irregular

    def at(self, count: int) -> tuple[EarlierAction, ...]:
        return tuple(self.opened[: self.open_counts[count]]) + self.latest[count]


def _earlier_action(action: Action) -> EarlierAction:
    return EarlierAction(
        action.what, action.who, action.due, action.status.value, action.comment, action.date
    )
