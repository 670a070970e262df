"""The data folder: organisations and their runs, listed fast and changed safely."""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, overload

from jamtui.core.collation import swedish_sort_text
from jamtui.core.text import nfc, strip_bom
from jamtui.fileio.atomic import create_text_atomic, fsync_dir, write_text_atomic
from jamtui.fileio.safe_files import (
    RUN_FILE_LIMIT,
    UnsafeFileError,
    check_inside,
    is_real_folder,
    read_regular_stat,
)
from jamtui.i18n import t
from jamtui.storage.errors import (
    CorruptFileError,
    InvalidValueError,
    NotFoundError,
    StorageError,
)
from jamtui.storage.index import (
    INDEX_NAME,
    Index,
    Stamped,
    decode_row,
    encode_row,
    file_stamp,
    index_problem,
    read_index,
    refresh,
    row_name,
    unescape,
    write_index,
)
from jamtui.storage.index_stamps import stamps_unchanged
from jamtui.storage.names import valid_name
from jamtui.storage.org_summary import summary_fields
from jamtui.storage.slugs import is_safe_slug, unique_slug

# Run files and sessions are imported when first needed: listing organisations at start-up
# needs neither (start-up time is measured).
if TYPE_CHECKING:
    from jamtui.core.model import Checklist
    from jamtui.core.run import Participant, Run
    from jamtui.storage.org_file import Organisation
    from jamtui.storage.session import RunSession

ORG_FILE = "organisation.toml"


def now_iso() -> str:
    import datetime as dt  # (shutil, tempfile, datetime: imported where used; `jamtui orgs`
    # needs none of them)

    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


def clean_participants(
    participants: Iterable[Participant],
    existing: Iterable[Participant] = (),
    rated: Iterable[str] = (),
) -> list[Participant]:
    """Participants with NFC, trimmed names and stable ids; blank rows dropped.

    A participant keeps its id: one given explicitly, else the id of the ``existing``
    participant of the same name (a retired one comes back); others get a new random id.
    An existing participant left out is dropped, or kept as retired when its id is in
    ``rated`` (it has ratings). Two participants may not share a name.
    """
    from dataclasses import replace

    from jamtui.core.ids import new_id

    old = list(existing)
    by_id = {p.id: p for p in old if p.id}
    by_name = {p.name: p for p in old}
    kept_ratings = set(rated)
    result: list[Participant] = []
    seen: set[str] = set()
    used: set[str] = set()
    for person in participants:
        name = valid_name(person.name, "participant")
        if not name:
            continue
        if name in seen:
            raise InvalidValueError(t("storage.duplicate_participant", None, name=name))
        seen.add(name)
        match = by_id.get(person.id) if person.id else by_name.get(name)
        pid = person.id or (match.id if match is not None and match.id not in used else "")
        while not pid or pid in used:
            pid = new_id("p")
        used.add(pid)
        base = match if match is not None else person
        result.append(
            replace(
                base,
                name=name,
                role=valid_name(person.role, "role"),
                id=pid,
                person=person.person or base.person,
                retired=False,
            )
        )
    for person in old:
        if person.id in used or person.id not in kept_ratings:
            continue
        if person.name in seen:  # a new participant took the retired one's name
            raise InvalidValueError(t("storage.duplicate_participant", None, name=person.name))
        seen.add(person.name)
        used.add(person.id)
        result.append(replace(person, retired=True))
    return result


def check_date(text: str) -> str:
    """``text`` as an ISO date if it names a real date (``2027-03-01``, ``1/3 2027``,
    ``1 mars 2027``), else InvalidValueError."""
    from jamtui.core.dates import normalise_date

    value = normalise_date(text) if text.strip() else None
    if not value:
        raise InvalidValueError(t("dates.bad", None, date=text.strip())) from None
    return value


# Records read at every start are NamedTuples: a frozen dataclass costs ~1 ms to define.
class OrganisationSummary(NamedTuple):
    """What the organisation list shows."""

    slug: str
    name: str
    archived: bool = False
    org_number: str = ""
    problem: str = ""


class RunSummary(NamedTuple):
    """What a run list shows, read without parsing unchanged run files."""

    id: str
    checklist_id: str
    checklist_version: str
    date: str
    unit: str
    status: str
    answered: int
    updated: str
    problem: str = ""
    answered_ids: tuple[str, ...] = ()
    """Ids of the answered items (``core.progress.count_answered`` matches them to a checklist)."""


class FileProblem(NamedTuple):
    """A file ``jamtui doctor`` reports (or a cache a listing found broken and rebuilt)."""

    path: Path
    message: str
    line: int | None = None

    def format(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else str(self.path)
        return f"{where}: {self.message}"


class Store:
    """Organisations and runs under one data folder."""

    def __init__(self, root: Path, now: Callable[[], str] = now_iso) -> None:
        self.root = Path(root)
        self.orgs_dir = self.root / "organisations"
        self.now = now
        self.notices: list[FileProblem] = []
        """Caches found broken and rebuilt while listing (take them with ``take_notices``)."""
        self.org_index_rows: list[str] | None = None
        """Every row of the organisations index as the last listing found it (archived too)."""

    def take_notices(self) -> list[FileProblem]:
        """The notices gathered so far, once each."""
        notices, self.notices = self.notices, []
        return notices

    def _rebuilt(self, path: Path, problem: str) -> None:
        self.notices.append(FileProblem(path, t("storage.cache_rebuilt", None, detail=problem)))

    # -- organisations --------------------------------------------------------------------
    def _org_dirs(self, tail: str = "") -> dict[str, str]:
        """Organisation folders: name → path + ``tail``.

        Plain strings, not Path objects: 10,000 organisations are listed at every start.
        """
        try:
            with os.scandir(self.orgs_dir) as entries:
                return {
                    entry.name: entry.path + tail
                    for entry in entries
                    if not entry.name.startswith(".") and entry.is_dir(follow_symlinks=False)
                }
        except FileNotFoundError:
            return {}

    def organisation_rows(
        self, include_archived: bool = False, *, check_files: bool = True
    ) -> OrganisationRows:
        """Organisations in Swedish alphabetical order, decoded only when looked at.

        The rows come from the pre-sorted ``organisations/.index.json``. The folder's own
        modification time says whether an organisation folder was added, removed or renamed
        since; ``check_files`` also compares every ``organisation.toml`` with its stamp (one
        ``stat`` each), which catches files edited in place. The first screen lists without
        it and checks afterwards (see docs/decisions.md).
        """
        rows = self._org_index(check_files)
        self.org_index_rows = rows
        if not include_archived:
            rows = [row for row in rows if row.split("\t", 3)[2] != "a"]
        return OrganisationRows(rows)

    def organisations_changed(self, rows: Sequence[str]) -> bool:
        """Whether the organisation folders or files differ from ``rows`` (``org_index_rows``).

        The folder's names, then one ``stat`` per organisation file against its row's
        stamp, stopping at the first difference; no listing is built (the first screen
        checks 10,000 organisations this way in the background: building the listing
        beside the one on screen took 9 MiB more at the peak).
        """
        try:
            with os.scandir(self.orgs_dir) as entries:
                names = {
                    entry.name
                    for entry in entries
                    if not entry.name.startswith(".") and entry.is_dir(follow_symlinks=False)
                }
        except FileNotFoundError:
            return bool(rows)
        if len(names) != len(rows):
            return True
        head, tail = str(self.orgs_dir) + os.sep, os.sep + ORG_FILE
        for row in rows:
            slug, stamp, _ = row.split("\t", 2)
            if "\\" in slug:
                slug = unescape(slug)
            if slug not in names or file_stamp(head + slug + tail) != stamp:
                return True
        return False

    def list_organisations(self, include_archived: bool = False) -> list[OrganisationSummary]:
        """Organisations in Swedish alphabetical order (unreadable ones listed by folder)."""
        return list(self.organisation_rows(include_archived))

    def _org_index(self, check_files: bool) -> list[str]:
        folder = str(self.orgs_dir)
        index = read_index(folder, ORG_ROW_WIDTH)
        if index.problem:
            self._rebuilt(self.orgs_dir / INDEX_NAME, index.problem)
        if index.fresh and (
            not check_files or stamps_unchanged(folder, index.rows, os.sep + ORG_FILE)
        ):
            return index.rows

        tail = os.sep + ORG_FILE  # not os.path.join: 10,000 calls cost 30 ms

        def files() -> dict[str, str]:
            return self._org_dirs(tail)

        # Each file is looked up relative to the open organisations folder (a short path).
        opened = _open_folder(folder)

        def stamped(slug: str, path: str) -> tuple[str, list[str]]:
            return self._stamped_org(slug, path, None if opened is None else (opened, slug + tail))

        try:
            # Organisation files live in their own folders: when only the list of folders
            # may have changed, the rows of the folders still there are kept as they are.
            return _refreshed(
                folder,
                files,
                index,
                lambda slug, path: stamped(slug, path)[1],
                _org_order,
                check_files,
                reverse=False,
                stamped=stamped,
            )
        finally:
            if opened is not None:
                os.close(opened)

    def _org_changed(self, slug: str) -> None:
        """Bring a fresh index up to date after this store rewrote ``slug``'s file."""
        folder = str(self.orgs_dir)
        index = read_index(folder, ORG_ROW_WIDTH)
        if not index.fresh:
            return  # the next listing looks at the folder anyway
        rows = {row_name(row): row for row in index.rows}
        path = os.path.join(folder, slug, ORG_FILE)
        stamp, fields = self._stamped_org(slug, path)
        rows[slug] = encode_row([slug, stamp, *fields])
        write_index(folder, sorted(rows.values(), key=_org_order))

    def _stamped_org(
        self, slug: str, path: str, at: tuple[int, str] | None = None
    ) -> tuple[str, list[str]]:
        """The file's stamp and its index fields (archived flag, name, org number, problem),
        from one open of the file (``at``: an open folder and the path relative to it).

        A rebuild reads every organisation file: one ``lstat``, ``open``, ``fstat`` and
        ``read`` each, and a file as jamtui writes it is read without the TOML parser
        (``summary_fields``); any other file is parsed in full, with its messages.
        """
        try:
            text, info = _read_stat(path, at)
        except FileNotFoundError:
            return file_stamp(path), ["", slug, "", t("storage.missing_org_file")]
        except (StorageError, OSError) as error:
            return file_stamp(path), ["", slug, "", str(error) or type(error).__name__]
        stamp = f"{info.st_mtime_ns}:{info.st_size}"
        quick = summary_fields(text)
        if quick is not None:
            archived, name, number = quick
            return stamp, ["a" if archived else "", name, number, ""]
        from jamtui.storage.org_file import parse_organisation

        try:
            org = parse_organisation(Path(path), slug, text)
        except (StorageError, OSError) as error:
            return stamp, ["", slug, "", str(error) or type(error).__name__]
        return stamp, ["a" if org.archived else "", org.name, org.org_number, ""]

    def create_organisation(
        self, name: str, units: Iterable[str] = (), org_number: str = ""
    ) -> Organisation:
        display = valid_name(name, "organisation")
        if not display:
            raise InvalidValueError(t("storage.empty_name"))
        clean_units = [valid_name(u, "unit") for u in units if u.strip()]
        number = valid_name(org_number)
        self.orgs_dir.mkdir(parents=True, exist_ok=True)
        # Built complete in a hidden folder, then renamed into place: a failure (a full
        # disk, an interrupt) leaves no half-made organisation, and a retry gets the name.
        import shutil
        import tempfile

        from jamtui.storage.org_file import Organisation, render_organisation

        draft = Path(tempfile.mkdtemp(prefix=".new-", dir=self.orgs_dir))
        try:
            (draft / "runs").mkdir()
            org = Organisation(
                slug="", name=display, org_number=number, units=clean_units, created_at=self.now()
            )
            taken = set(self._org_dirs())
            while True:
                org.slug = unique_slug(display, taken)
                write_text_atomic(draft / ORG_FILE, render_organisation(org))
                try:
                    os.rename(draft, self.orgs_dir / org.slug)
                    break
                except OSError as error:
                    if not (self.orgs_dir / org.slug).exists() and not isinstance(
                        error, FileExistsError
                    ):
                        raise
                    taken.add(org.slug)  # someone else made that folder meanwhile
        except BaseException:
            shutil.rmtree(draft, ignore_errors=True)
            raise
        fsync_dir(self.orgs_dir)
        return org

    def _write_org(self, org: Organisation) -> None:
        from jamtui.storage.org_file import render_organisation

        check_inside(self.orgs_dir, self.orgs_dir / org.slug)
        write_text_atomic(self.orgs_dir / org.slug / ORG_FILE, render_organisation(org))
        self._org_changed(org.slug)

    def _org_path(self, slug: str) -> Path:
        # A real folder, not a symbolic link to one elsewhere: everything written under it
        # stays inside the data folder.
        if not is_safe_slug(slug) or not is_real_folder(self.orgs_dir / slug):
            raise NotFoundError(t("storage.no_org", None, name=slug))
        return self.orgs_dir / slug

    def resolve_slug(self, slug_or_name: str) -> str:
        """The slug of the organisation named ``slug_or_name`` (a slug or an exact name)."""
        if is_safe_slug(slug_or_name) and is_real_folder(self.orgs_dir / slug_or_name):
            return slug_or_name
        wanted = nfc(slug_or_name).strip()
        found = [
            org.slug
            for org in self.list_organisations(include_archived=True)
            if org.name == wanted and not org.problem
        ]
        if len(found) > 1:
            raise InvalidValueError(
                t("storage.ambiguous_org", None, name=slug_or_name, slugs=", ".join(found))
            )
        if found:
            return found[0]
        raise NotFoundError(t("storage.no_org", None, name=slug_or_name))

    def get_organisation(self, slug_or_name: str) -> Organisation:
        from jamtui.storage.org_file import parse_organisation

        slug = self.resolve_slug(slug_or_name)
        path = self._org_path(slug) / ORG_FILE
        try:
            text = _read(path)
        except FileNotFoundError:
            raise CorruptFileError(path, t("storage.missing_org_file")) from None
        return parse_organisation(path, slug, text)

    def update_organisation(self, org: Organisation) -> None:
        """Save units, contacts, notes and org number (the slug never changes)."""
        self._org_path(org.slug)
        org.name = valid_name(org.name, "organisation") or org.name
        org.units = [valid_name(unit, "unit") for unit in org.units]
        org.org_number = valid_name(org.org_number)
        for contact in org.contacts:
            contact.name = valid_name(contact.name, "contact")
        self._write_org(org)

    def rename_organisation(self, slug: str, new_name: str) -> Organisation:
        org = self.get_organisation(slug)
        display = valid_name(new_name, "organisation")
        if not display:
            raise InvalidValueError(t("storage.empty_name"))
        org.name = display
        self._write_org(org)
        return org

    def archive_organisation(self, slug: str, archived: bool = True) -> Organisation:
        org = self.get_organisation(slug)
        org.archived = archived
        self._write_org(org)
        return org

    def delete_organisation(self, slug: str) -> None:
        """Remove the organisation and everything under it (for GDPR requests)."""
        import shutil

        folder = self._org_path(self.resolve_slug(slug))
        doomed = folder.with_name(f".deleting-{folder.name}")
        if doomed.exists():  # left by an earlier deletion that was interrupted
            shutil.rmtree(doomed, ignore_errors=True)
        os.replace(folder, doomed)
        fsync_dir(self.orgs_dir)
        shutil.rmtree(doomed, ignore_errors=True)

    # -- runs -----------------------------------------------------------------------------
    def run_path(self, slug: str, run_id: str) -> Path:
        """The file of a run (which may not exist)."""
        return self._runs_dir(slug) / f"{run_id}.toml"

    def _runs_dir(self, slug: str) -> Path:
        runs = self._org_path(slug) / "runs"
        if not is_real_folder(runs):
            runs.mkdir(exist_ok=True)  # FileExistsError for a link or a file: reported
            if not is_real_folder(runs):
                raise UnsafeFileError(runs, t("safety.file.outside", None, root=self.orgs_dir))
        return runs

    def _run_files(self, slug: str) -> dict[str, str]:
        runs = self._runs_dir(slug)
        # Links, FIFOs and the like are listed too (not followed): reading them reports
        # them as unreadable, with their path, instead of hiding them.
        return {
            entry.name[:-5]: entry.path
            for entry in os.scandir(runs)
            if entry.name.endswith(".toml")
            and not entry.name.startswith(".")
            and not entry.is_dir(follow_symlinks=False)
        }

    def run_rows(self, slug_or_name: str, *, check_files: bool = True) -> RunRows:
        """Runs of an organisation, newest first, decoded only when looked at.

        Without ``check_files`` the rows are taken as they are when the runs folder's own
        modification time is the one recorded (no run file was added, removed or replaced
        since: a save replaces its file); a file edited in place is then seen by the next
        listing that checks (the organisation screen checks after drawing).
        """
        slug = self.resolve_slug(slug_or_name)
        folder = str(self._runs_dir(slug))
        index = read_index(folder, RUN_ROW_WIDTH)
        if index.problem:
            self._rebuilt(Path(folder) / INDEX_NAME, index.problem)
        if index.fresh and (not check_files or stamps_unchanged(folder, index.rows, ".toml")):
            return RunRows(index.rows, index.shared)
        shared = list(index.shared)
        numbers = {item: number for number, item in enumerate(shared)}

        def number(text: str) -> str:
            if text not in numbers:
                numbers[text] = len(shared)
                shared.append(text)
            return format(numbers[text], "x")

        def summarise(run_id: str, path: str) -> list[str]:
            fields = self._summarise_run(Path(path))
            # Answered ids are numbers into the shared strings, and so is each distinct set
            # of them ("#" and the numbers): most runs of a checklist answer the same items.
            if fields[5]:
                fields[5] = number("#" + " ".join(map(number, fields[5].split())))
            return fields

        # A save replaces its run file, which changes the folder: every stamp is compared.
        rows = _refreshed(
            folder,
            lambda: self._run_files(slug),
            index,
            summarise,
            _run_order,
            True,
            reverse=True,
            shared=shared,
        )
        return RunRows(rows, shared)

    def list_runs(self, slug_or_name: str) -> list[RunSummary]:
        """Runs of an organisation, newest first; unchanged files are not parsed."""
        return list(self.run_rows(slug_or_name))

    def _summarise_run(self, path: Path) -> list[str]:
        """Index fields: checklist, version, date, unit, status, answered ids, updated,
        problem (the answered ids space-separated; ``run_rows`` numbers them)."""
        from jamtui.storage.run_file import parse_run_text

        try:
            run = parse_run_text(path, _read(path))
        except (StorageError, OSError) as error:
            return ["", "", "", "", "", "", "", str(error) or type(error).__name__]
        from jamtui.core.run import answered_item_ids

        answered = " ".join(sorted(answered_item_ids(run)))
        return [
            run.checklist_id,
            run.checklist_version,
            run.date,
            run.unit,
            run.status.value,
            answered,
            run.updated_at,
            "",
        ]

    def create_run(
        self,
        slug_or_name: str,
        checklist: Checklist,
        date: str | None = None,
        unit: str = "",
        facilitator: str = "",
        participants: Iterable[Participant] = (),
    ) -> Run:
        from jamtui.core.run import Run, RunStatus
        from jamtui.storage.run_file import render_run

        slug = self.resolve_slug(slug_or_name)
        runs = self._runs_dir(slug)
        import datetime as dt

        day = check_date(date) if date else dt.date.today().isoformat()
        people = clean_participants(participants)
        unit = valid_name(unit, "unit")
        facilitator = valid_name(facilitator, "facilitator")
        base = f"{day}-{checklist.id}"
        stamp = self.now()
        number = 1
        while True:
            run_id = base if number == 1 else f"{base}-{number}"
            run = Run(
                id=run_id,
                checklist_id=checklist.id,
                checklist_version=checklist.version,
                organisation=slug,
                date=day,
                unit=nfc(unit).strip(),
                facilitator=nfc(facilitator).strip(),
                participants=list(people),
                status=RunStatus.DRAFT,
                created_at=stamp,
                updated_at=stamp,
            )
            path = runs / f"{run_id}.toml"
            if path.exists():
                number += 1
                continue
            try:
                create_text_atomic(path, render_run(run))
            except FileExistsError:
                number += 1
                continue
            return run

    def resolve_run(self, slug: str, run_id: str) -> str:
        """``run_id`` itself, or the newest run's id for ``latest``."""
        if run_id == "latest":
            runs = self.list_runs(slug)
            if not runs:
                raise NotFoundError(t("storage.no_runs", None, org=slug))
            return runs[0].id
        if not re.fullmatch(r"[A-Za-z0-9_-]+", run_id) or run_id not in self._run_files(slug):
            raise NotFoundError(t("storage.no_run", None, org=slug, run=run_id))
        return run_id

    def load_run(self, slug_or_name: str, run_id: str) -> Run:
        """Read a run without locking it (for exports and comparisons)."""
        from jamtui.storage.run_file import parse_run_text

        slug = self.resolve_slug(slug_or_name)
        path = self._runs_dir(slug) / f"{self.resolve_run(slug, run_id)}.toml"
        return parse_run_text(path, _read(path))

    def load_listed_run(self, slug: str, run_id: str) -> Run:
        """Read a run ``list_runs(slug)`` just listed, without listing the folder again.

        For reading many runs of one organisation (``export --all``): ``load_run`` checks the
        id against a fresh listing, which made reading every run quadratic.
        """
        from jamtui.storage.run_file import parse_run_text

        path = self.run_path(slug, run_id)
        return parse_run_text(path, _read(path))

    def open_run(
        self,
        slug_or_name: str,
        run_id: str,
        checklist: Checklist | None = None,
        edit: bool = True,
    ) -> RunSession:
        """Open a run; a run another process holds opens read-only with the reason."""
        from jamtui.storage.run_file import parse_run_text
        from jamtui.storage.session import RunSession

        slug = self.resolve_slug(slug_or_name)
        run_id = self.resolve_run(slug, run_id)
        runs = self._runs_dir(slug)
        path = runs / f"{run_id}.toml"
        lock_path = runs / f".{run_id}.lock"
        reason = ""
        held: Path | None = None
        if edit:
            from jamtui.storage.lock import try_lock

            holder = try_lock(lock_path)
            if holder is None:
                held = lock_path
                _remove_leftovers(runs, f"{run_id}.toml")
            else:
                reason = holder.note or t(
                    "storage.locked", None, pid=holder.pid, host=holder.host, since=holder.since
                )
        try:
            text = _read(path)
            run = parse_run_text(path, text)
        except BaseException:
            if held is not None:
                from jamtui.storage.lock import release_lock

                release_lock(held)
            raise
        return RunSession(
            path=path,
            run=run,
            text=text,
            checklist=checklist,
            lock_path=held,
            read_only_reason=reason,
            now=self.now,
        )

    # -- doctor ---------------------------------------------------------------------------
    def problems(self) -> list[FileProblem]:
        """Every unreadable or suspicious file under the data folder (parses everything)."""
        from jamtui.storage.org_file import parse_organisation
        from jamtui.storage.run_file import parse_run_text

        found: list[FileProblem] = []
        for folder in (self.root, self.orgs_dir):
            if folder.exists() and not folder.is_dir():
                found.append(FileProblem(folder, t("storage.not_a_folder")))
                return found
        if not self.orgs_dir.is_dir():
            return found
        self._index_problem(self.orgs_dir, found)
        for entry in sorted(os.scandir(self.orgs_dir), key=lambda e: e.name):
            path = Path(entry.path)
            if entry.name == INDEX_NAME:
                continue
            if not entry.is_dir() or entry.name.startswith("."):
                found.append(FileProblem(path, t("storage.stray_file")))
                continue
            org_file = path / ORG_FILE
            try:
                parse_organisation(org_file, entry.name, _read(org_file))
            except FileNotFoundError:
                found.append(FileProblem(org_file, t("storage.missing_org_file")))
            except CorruptFileError as error:
                found.append(FileProblem(error.path, error.detail, error.line))
            except StorageError as error:
                found.append(FileProblem(org_file, str(error)))
            from jamtui.storage.followup_files import record_problems

            found.extend(FileProblem(*problem) for problem in record_problems(path))
            runs = path / "runs"
            if not runs.is_dir():
                continue
            self._index_problem(runs, found)
            for run_entry in sorted(os.scandir(runs), key=lambda e: e.name):
                run_path = Path(run_entry.path)
                name = run_entry.name
                if name == INDEX_NAME or (name.startswith(".") and name.endswith(".lock")):
                    continue
                if name.endswith(".tmp"):
                    found.append(FileProblem(run_path, t("storage.leftover_tmp")))
                    continue
                if not name.endswith(".toml") or name.startswith("."):
                    found.append(FileProblem(run_path, t("storage.stray_file")))
                    continue
                try:
                    run = parse_run_text(run_path, _read(run_path))
                except CorruptFileError as error:
                    found.append(FileProblem(error.path, error.detail, error.line))
                    continue
                except (StorageError, OSError) as error:
                    found.append(FileProblem(run_path, str(error)))
                    continue
                if run.id != name[:-5]:
                    found.append(
                        FileProblem(
                            run_path,
                            t("storage.slug_mismatch", None, found=run.id, expected=name[:-5]),
                        )
                    )
        return found

    @staticmethod
    def _index_problem(folder: Path, found: list[FileProblem]) -> None:
        problem = index_problem(str(folder))
        if problem:
            detail = t("storage.cache_broken", None, detail=problem)
            found.append(FileProblem(folder / INDEX_NAME, detail))


def _refreshed(
    folder: str,
    files: Callable[[], dict[str, str]],
    index: Index,
    summarise: Callable[[str, str], list[str]],
    order: Callable[[str], Any],
    check_stamps: bool,
    *,
    reverse: bool,
    shared: list[str] | None = None,
    stamped: Stamped | None = None,
) -> list[str]:
    """The index's rows brought up to date with ``files()`` (and written when they changed).

    After writing, the folder is listed once more: a file added while the index was being
    built is not hidden behind an index that looks fresh.
    """
    rows = index.rows
    written = False
    names = files()
    for _ in range(3):
        fresh, changed = refresh(names, rows, summarise, check_stamps=check_stamps, stamped=stamped)
        if changed:
            rows = sorted(fresh.values(), key=order, reverse=reverse)
        elif index.fresh or written or not rows:
            break  # (no rows and no index: a data folder not made yet stays unmade)
        write_index(folder, rows, shared or ())
        written = True
        again = files()
        if again.keys() == names.keys():
            break
        names, check_stamps = again, False
    return rows


_DIR_FD = {os.open, os.stat} <= os.supports_dir_fd
_FOLDER_FLAGS = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0)


def _open_folder(folder: str) -> int | None:
    """``folder`` opened for looking files up relative to it (None where that cannot be)."""
    if not _DIR_FD:
        return None
    try:
        return os.open(folder, _FOLDER_FLAGS)
    except OSError:
        return None


def _fields(row: str, width: int) -> list[str]:
    """A row's fields, exactly ``width`` of them (a hand-edited row is padded or cut)."""
    fields = decode_row(row)
    if len(fields) != width:
        fields = (fields + [""] * width)[:width]
    return fields


def _org_order(row: str) -> str:
    fields = row.split("\t")
    if len(fields) != ORG_ROW_WIDTH or "\\" in row:
        fields = _fields(row, ORG_ROW_WIDTH)  # escapes, or a hand-edited row
    return swedish_sort_text(fields[3], fields[0])


def _run_order(row: str) -> tuple[str, str]:
    fields = row.split("\t", 5)
    return (fields[4] if len(fields) > 4 else ""), row_name(row)


ORG_ROW_WIDTH = 6
"""slug, stamp, archived ("a" or ""), name, org number, problem."""
RUN_ROW_WIDTH = 10
"""id, stamp, checklist, version, date, unit, status, answered (numbers), updated, problem."""


class OrganisationRows(Sequence[OrganisationSummary]):
    """Index rows read as ``OrganisationSummary`` one at a time (only what is looked at)."""

    def __init__(self, rows: list[str]) -> None:
        self.rows = rows

    def __len__(self) -> int:
        return len(self.rows)

    @overload
    def __getitem__(self, index: int) -> OrganisationSummary: ...
    @overload
    def __getitem__(self, index: slice) -> list[OrganisationSummary]: ...
    def __getitem__(self, index: int | slice) -> OrganisationSummary | list[OrganisationSummary]:
        if isinstance(index, slice):
            return [_org_summary(row) for row in self.rows[index]]
        return _org_summary(self.rows[index])

    def __iter__(self) -> Iterator[OrganisationSummary]:
        return map(_org_summary, self.rows)

    def plain(self) -> Iterator[tuple[str, str, bool, str, str]]:
        """The summaries' fields as plain tuples (``jamtui orgs`` prints 10,000 of them:
        a third of the time of making each an ``OrganisationSummary``)."""
        for row in self.rows:
            fields = row.split("\t")
            if len(fields) != ORG_ROW_WIDTH or "\\" in row:
                yield _org_summary(row)
            else:
                yield fields[0], fields[3], fields[2] == "a", fields[4], fields[5]

    def index_of(self, slug: str) -> int | None:
        """Where the organisation ``slug`` is (None when it is not listed)."""
        start = f"{slug}\t"
        return next((n for n, row in enumerate(self.rows) if row.startswith(start)), None)


def _org_summary(row: str) -> OrganisationSummary:
    fields = row.split("\t") if "\\" not in row else decode_row(row)
    if len(fields) != ORG_ROW_WIDTH:
        fields = (fields + [""] * ORG_ROW_WIDTH)[:ORG_ROW_WIDTH]
    slug, _, flag, name, number, problem = fields
    # ``_make`` is tuple.__new__: 10,000 rows (``jamtui orgs``) in a third of the time.
    return OrganisationSummary._make((slug, name, flag == "a", number, problem))


class RunRows(Sequence[RunSummary]):
    """Index rows read as ``RunSummary`` one at a time (100,000 runs cost nothing unread)."""

    def __init__(self, rows: list[str], shared: list[str]) -> None:
        self.rows = rows
        self.shared = shared

    def __len__(self) -> int:
        return len(self.rows)

    @overload
    def __getitem__(self, index: int) -> RunSummary: ...
    @overload
    def __getitem__(self, index: slice) -> list[RunSummary]: ...
    def __getitem__(self, index: int | slice) -> RunSummary | list[RunSummary]:
        if isinstance(index, slice):
            return [self._summary(row) for row in self.rows[index]]
        return self._summary(self.rows[index])

    def __iter__(self) -> Iterator[RunSummary]:
        return map(self._summary, self.rows)

    def units(self, first: int = 500) -> set[str]:
        """The distinct units the ``first`` runs name (read without decoding the runs)."""
        return {unescape(_fields(row, RUN_ROW_WIDTH)[5]) for row in self.rows[:first]}

    def index_of(self, run_id: str) -> int | None:
        """Where the run ``run_id`` is (None when it is not listed)."""
        start = f"{run_id}\t"
        return next((n for n, row in enumerate(self.rows) if row.startswith(start)), None)

    def _answered(self, code: str) -> tuple[str, ...]:
        shared = self.shared
        try:
            numbers = shared[int(code, 16)]
            return tuple(shared[int(number, 16)] for number in numbers.lstrip("#").split())
        except (ValueError, IndexError):
            return ()  # a hand-edited index: the run counts no answers until it is read again

    def _summary(self, row: str) -> RunSummary:
        run_id, _, checklist, version, date, unit, status, codes, updated, problem = decode_row(row)
        answered: tuple[str, ...] = ()
        if codes:
            answered = self._answered(codes)
        return RunSummary(
            id=run_id,
            checklist_id=checklist,
            checklist_version=version,
            date=date,
            unit=unit,
            status=status,
            answered=len(answered),
            updated=updated,
            problem=problem,
            answered_ids=answered,
        )


def _remove_leftovers(folder: Path, name: str) -> None:
    """Delete temp files an interrupted save of ``name`` left behind (we hold the lock)."""
    for leftover in folder.glob(f".{name}.*.tmp"):
        with contextlib.suppress(OSError):
            leftover.unlink()


def _read(path: Path) -> str:
    """A file's text (without a byte-order mark); CorruptFileError when it is not UTF-8."""
    return _read_stat(path)[0]


def _read_stat(path: str | Path, at: tuple[int, str] | None = None) -> tuple[str, os.stat_result]:
    """``_read``, and the file's status as it was opened (``at``: see ``read_regular_stat``)."""
    try:
        data, info = read_regular_stat(path, RUN_FILE_LIMIT, at=at)
        return strip_bom(data.decode("utf-8")), info
    except UnicodeDecodeError as error:
        raise CorruptFileError(
            Path(path), t("storage.not_utf8", None, detail=f"byte {error.start}: {error.reason}")
        ) from None
    except FileNotFoundError:
        raise
    except OSError as error:
        raise StorageError(f"{path}: {error.strerror or error}") from error
