"""Units, people, action follow-ups and the activity log of one organisation, on disk.

Each change reads the file, applies a pure rule from ``jamtui.followup`` and writes the file
atomically while holding an OS lock on ``.<file>.lock`` (so the app and a command line never
lose each other's change). Organisations written before these files existed are read as they
are: units from ``organisation.toml``'s ``units`` list, people from its ``contacts``, each with
an id derived from the name.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from jamtui.followup.actions import Action, ActionStatus, FollowUp, apply_followups
from jamtui.followup.log import ActivityLog, LogEntry
from jamtui.followup.people import People
from jamtui.followup.units import Units
from jamtui.storage import followup_files as files
from jamtui.storage.atomic import write_text_atomic

if TYPE_CHECKING:
    from jamtui.core.run import Participant, Run
    from jamtui.storage.store import Store

T = TypeVar("T")
R = TypeVar("R")


@contextlib.contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    """Hold an exclusive OS lock next to ``path`` (waits for another writer; no-op without one)."""
    lock = path.with_name(f".{path.name}.lock")
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: writes stay atomic, not serialised
        yield
        return
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _none() -> dict[str, FollowUp]:
    return {}


class OrgRecords:
    """The follow-up files of organisations in one store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def folder(self, slug_or_name: str) -> Path:
        slug = self.store.resolve_slug(slug_or_name)
        return self.store.orgs_dir / slug

    # -- generic read and change -----------------------------------------------------------
    def _read(self, path: Path, parse: Callable[[Path, str], T], fallback: Callable[[], T]) -> T:
        from jamtui.storage.store import _read

        try:
            text = _read(path)
        except FileNotFoundError:
            return fallback()
        return parse(path, text)

    def _change(
        self,
        path: Path,
        parse: Callable[[Path, str], T],
        fallback: Callable[[], T],
        render: Callable[[T], str],
        change: Callable[[T], R],
    ) -> R:
        with _file_lock(path):
            records = self._read(path, parse, fallback)
            result = change(records)
            write_text_atomic(path, render(records))
        return result

    # -- units -----------------------------------------------------------------------------
    def units(self, org: str) -> Units:
        folder = self.folder(org)
        return self._read(
            folder / files.UNITS_FILE, files.parse_units, lambda: self._old_units(org)
        )

    def _old_units(self, org: str) -> Units:
        return Units.from_names(self.store.get_organisation(org).units)

    def change_units(self, org: str, change: Callable[[Units], R]) -> R:
        folder = self.folder(org)

        def apply(units: Units) -> R:
            return change(units)

        result = self._change(
            folder / files.UNITS_FILE,
            files.parse_units,
            lambda: self._old_units(org),
            files.render_units,
            apply,
        )
        # organisation.toml keeps the active names, for anything that reads only that file.
        organisation = self.store.get_organisation(org)
        names = self.units(org).names()
        if organisation.units != names:
            organisation.units = names
            self.store.update_organisation(organisation)
        return result

    # -- people ----------------------------------------------------------------------------
    def people(self, org: str) -> People:
        folder = self.folder(org)
        return self._read(
            folder / files.PEOPLE_FILE, files.parse_people, lambda: self._old_people(org)
        )

    def _old_people(self, org: str) -> People:
        contacts = self.store.get_organisation(org).contacts
        return People.from_contacts((c.name, c.role, c.email, c.phone) for c in contacts)

    def change_people(self, org: str, change: Callable[[People], R]) -> R:
        folder = self.folder(org)
        return self._change(
            folder / files.PEOPLE_FILE,
            files.parse_people,
            lambda: self._old_people(org),
            files.render_people,
            change,
        )

    # -- activity log ----------------------------------------------------------------------
    def log(self, org: str) -> ActivityLog:
        return self._read(self.folder(org) / files.LOG_FILE, files.parse_log, ActivityLog)

    def change_log(self, org: str, change: Callable[[ActivityLog], R]) -> R:
        return self._change(
            self.folder(org) / files.LOG_FILE,
            files.parse_log,
            ActivityLog,
            files.render_log,
            change,
        )

    # -- action follow-ups and the register ------------------------------------------------
    def followups(self, org: str) -> dict[str, FollowUp]:
        return self._read(self.folder(org) / files.ACTIONS_FILE, files.parse_followups, _none)

    def set_followup(self, org: str, item: FollowUp) -> None:
        def put(followups: dict[str, FollowUp]) -> None:
            followups[item.id] = item

        self._change(
            self.folder(org) / files.ACTIONS_FILE,
            files.parse_followups,
            _none,
            files.render_followups,
            put,
        )

    def register(
        self, org: str, runs: list[Run] | None = None, with_log: bool = True
    ) -> list[Action]:
        """Every action of the organisation (runs and log), follow-ups applied."""
        from jamtui.followup.register import actions_of_log, actions_of_run

        if runs is None:
            runs = self.readable_runs(org)
        units = self.units(org)
        found: list[Action] = []
        for run in runs:
            found.extend(actions_of_run(run, units))
        if with_log:
            found.extend(actions_of_log(self.log(org), units))
        return apply_followups(found, self.followups(org))

    def readable_runs(self, org: str) -> list[Run]:
        """Every run of the organisation that can be read, oldest first."""
        from jamtui.storage.errors import StorageError

        runs = []
        for summary in reversed(self.store.list_runs(org)):
            if summary.problem:
                continue
            with contextlib.suppress(StorageError, OSError):
                runs.append(self.store.load_run(org, summary.id))
        return runs

    def set_status(
        self, org: str, action_id: str, status: ActionStatus, comment: str | None = None
    ) -> Action:
        """Record a new status (and comment) in the follow-up file; runs are not rewritten."""
        from jamtui.followup.actions import find_action

        action = find_action(self.register(org), action_id)
        item = FollowUp(
            id=action.id,
            status=status,
            comment=action.comment if comment is None else comment.strip(),
            updated=self.store.now(),
        )
        self.set_followup(org, item)
        return find_action(self.register(org), action_id)


def unit_for_run(records: OrgRecords, org: str, typed: str, create: bool) -> str:
    """The unit name a new run records: a known unit as the list spells it, "" for none, or a
    new unit, which is added to the list only when ``create`` (the explicit choice the CLI's
    ``--new-unit`` and the app's "Ny enhet" make). One rule for the CLI and the app."""
    from jamtui.followup.errors import RuleError
    from jamtui.i18n import t

    choice = records.units(org).choose(typed)
    if not choice.is_new:
        return choice.name
    if not create:
        names = records.units(org).names()
        raise RuleError(
            t(
                "followup.unit.not_listed",
                None,
                unit=choice.name,
                units=", ".join(names) or t("followup.none"),
            )
        )
    return records.change_units(org, lambda units: units.add(choice.name)).name


def add_log_entry(
    records: OrgRecords,
    org: str,
    *,
    date: str,
    kind: str,
    text: str,
    unit: str = "",
    who: Iterable[str] = (),
    decisions: Iterable[str] = (),
    plan: str = "",
    forward: Iterable[tuple[str, str, str]] = (),
    entry_id: str = "",
) -> LogEntry:
    """Add (or replace) a log entry from what a person typed; the CLI and the app share it.

    ``who`` names are matched against the people list (their ids are stored); other names
    are kept as free text. ``unit`` must be a unit of the list (or empty).
    """
    from jamtui.followup.dates import parse_date, parse_optional_date
    from jamtui.followup.log import make_entry, parse_kind

    day = parse_date(date)
    chosen_kind = parse_kind(kind)
    unit_id = records.units(org).require(unit).id if unit.strip() else ""
    people = records.people(org)
    ids: list[str] = []
    others: list[str] = []
    for name in who:
        found = people.find(name)
        if found is not None:
            ids.append(found.id)
        elif name.strip():
            others.append(name)
    items = [(what, who_, parse_optional_date(due)) for what, who_, due in forward]
    stamp = records.store.now()

    def put(log: ActivityLog) -> LogEntry:
        entry = make_entry(
            log,
            date=day,
            kind=chosen_kind,
            text=text,
            unit_id=unit_id,
            people=ids,
            others=others,
            decisions=decisions,
            plan=plan,
            forward=items,
            stamp=stamp,
            entry_id=entry_id,
        )
        return log.replace(entry) if entry_id else log.add(entry)

    return records.change_log(org, put)


def previous_run_for(
    store: Store, org: str, checklist_id: str, unit: str, date: str = "9999", run_id: str = ""
) -> Run | None:
    """The latest readable run of ``checklist_id`` for the same unit (today's name followed
    through renames and merges) before (``date``, ``run_id``); None when there is none."""
    from jamtui.followup.register import unit_label
    from jamtui.storage.errors import StorageError

    units = OrgRecords(store).units(org)
    wanted = unit_label(units, unit)
    for summary in store.list_runs(org):  # newest first
        if (
            summary.checklist_id != checklist_id
            or summary.problem
            or summary.id == run_id
            or (summary.date, summary.id) >= (date, run_id or "~")
            or unit_label(units, summary.unit) != wanted
        ):
            continue
        with contextlib.suppress(StorageError, OSError):
            return store.load_run(org, summary.id)
    return None


def remember_people(
    records: OrgRecords, org: str, participants: Iterable[Participant]
) -> list[Participant]:
    """Participants with the role the people list knows (when none was typed); anyone not
    yet in the list is added to it, so the next run can pick them."""
    from dataclasses import replace

    chosen = list(participants)

    def update(people: People) -> list[Participant]:
        result = []
        for participant in chosen:
            if not participant.name.strip():
                continue
            person = people.find(participant.name)
            if person is None:
                person = people.add(participant.name, role=participant.role)
            role = participant.role or person.role
            # A pre-filled participant of last year's run is a new participant of this run
            # (its own id), linked to the same person.
            result.append(
                replace(participant, name=person.name, role=role, person=person.id, id="")
            )
        return result

    return records.change_people(org, update)
