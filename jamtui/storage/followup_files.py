"""Organisation-folder files of the follow-up: units, people, action follow-ups, the log.

Each is a small TOML file whose records are an array of tables keyed by a stable ``id`` (a
sync merges them by id). Empty optional fields are left out, so files stay small.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from jamtui.followup.actions import ActionStatus, FollowUp
from jamtui.followup.ids import is_id
from jamtui.followup.log import ActivityLog, ForwardItem, LogEntry, LogKind
from jamtui.followup.people import People, Person
from jamtui.followup.units import Unit, Units
from jamtui.i18n import t
from jamtui.storage import toml_writer as w

FORMAT = 1
UNITS_FILE = "units.toml"
PEOPLE_FILE = "people.toml"
ACTIONS_FILE = "actions.toml"
LOG_FILE = "log.toml"

T = TypeVar("T")


def _header() -> str:
    return w.pairs({"format": FORMAT})


def _table(name: str, fields: dict[str, object]) -> str:
    """``[[name]]`` with the fields that are set (empty strings, lists and False left out)."""
    kept = {k: v for k, v in fields.items() if v not in ("", (), [], False, None)}
    return f"\n[[{name}]]\n" + w.pairs(kept)


# -- writing ---------------------------------------------------------------------------------
def render_units(units: Units) -> str:
    text = _header()
    for unit in units.items:
        text += _table(
            "units",
            {
                "id": unit.id,
                "name": unit.name,
                "aliases": list(unit.aliases),
                "removed": unit.removed,
                "merged_into": unit.merged_into,
            },
        )
    return text


def render_people(people: People) -> str:
    text = _header()
    for person in people.items:
        text += _table(
            "people",
            {
                "id": person.id,
                "name": person.name,
                "role": person.role,
                "unit": person.unit,
                "email": person.email,
                "phone": person.phone,
            },
        )
    return text


def render_followups(followups: Mapping[str, FollowUp]) -> str:
    text = _header()
    for item in sorted(followups.values(), key=lambda f: f.id):
        text += _table(
            "actions",
            {
                "id": item.id,
                "status": item.status.value,
                "comment": item.comment,
                "updated": item.updated,
            },
        )
    return text


def render_log(log: ActivityLog) -> str:
    text = _header()
    for entry in log.entries:
        text += _table(
            "entries",
            {
                "id": entry.id,
                "date": entry.date,
                "kind": entry.kind.value,
                "unit": entry.unit,
                "people": list(entry.people),
                "others": list(entry.others),
                "text": entry.text,
                "decisions": list(entry.decisions),
                "plan": entry.plan,
                "created": entry.created,
                "updated": entry.updated,
            },
        )
        for item in entry.forward:
            status = "" if item.status is ActionStatus.NOT_STARTED else item.status.value
            text += _table(
                "entries.forward",
                {
                    "id": item.id,
                    "what": item.what,
                    "who": item.who,
                    "due": item.due,
                    "status": status,
                    "comment": item.comment,
                },
            )
    return text


# -- reading ---------------------------------------------------------------------------------
class _Reader:
    """Checks one file's records and names the file and line of the first problem."""

    def __init__(self, path: Path, text: str) -> None:
        from jamtui.storage.run_file import _Checker, load_toml, strip_bom

        self.text = strip_bom(text)
        self.data = load_toml(path, self.text)
        self.check = _Checker(path, self.text)
        version = self.check.get(self.data, "format", int, "", default=FORMAT)
        if version > FORMAT:
            raise self.check.fail(
                "format", t("storage.newer_format", None, found=version, supported=FORMAT)
            )

    def records(self, name: str, prefix: str, build: Callable[[dict[str, Any], str], T]) -> list[T]:
        raw = self.check.get(self.data, name, list, "", default=[]) or []
        result = []
        seen: set[str] = set()
        for index, record in enumerate(raw):
            where = f"{name}[{index}]"
            if not isinstance(record, dict):
                raise self.check.fail(where, t("storage.wrong_type", None, key=name))
            record_id = self.id(record, where, prefix)
            if record_id in seen:
                raise self.check.fail(where, t("followup.file.duplicate_id", None, id=record_id))
            seen.add(record_id)
            result.append(build(record, where))
        return result

    def id(self, record: dict[str, Any], where: str, prefix: str) -> str:
        value = str(self.check.get(record, "id", str, where))
        if not is_id(value, prefix):
            raise self.check.fail(f"{where}.id", t("followup.file.bad_id", None, id=value))
        return value

    def text_of(self, record: dict[str, Any], name: str, where: str, required: bool = False) -> str:
        if required:
            return str(self.check.get(record, name, str, where))
        return str(self.check.get(record, name, str, where, default=""))

    def texts(self, record: dict[str, Any], name: str, where: str) -> tuple[str, ...]:
        values = self.check.get(record, name, list, where, default=[]) or []
        if not all(isinstance(v, str) for v in values):
            raise self.check.fail(f"{where}.{name}", t("storage.wrong_type", None, key=name))
        return tuple(values)

    def flag(self, record: dict[str, Any], name: str, where: str) -> bool:
        return bool(self.check.get(record, name, bool, where, default=False))

    def status(self, record: dict[str, Any], where: str) -> ActionStatus:
        text = self.text_of(record, "status", where) or ActionStatus.NOT_STARTED.value
        try:
            return ActionStatus(text)
        except ValueError:
            raise self.check.fail(
                f"{where}.status", t("followup.status.unknown", None, status=text)
            ) from None


def parse_units(path: Path, text: str) -> Units:
    reader = _Reader(path, text)

    def build(record: dict[str, Any], where: str) -> Unit:
        return Unit(
            id=reader.id(record, where, "u"),
            name=reader.text_of(record, "name", where, required=True),
            aliases=reader.texts(record, "aliases", where),
            removed=reader.flag(record, "removed", where),
            merged_into=reader.text_of(record, "merged_into", where),
        )

    return Units(reader.records("units", "u", build))


def parse_people(path: Path, text: str) -> People:
    reader = _Reader(path, text)

    def build(record: dict[str, Any], where: str) -> Person:
        return Person(
            id=reader.id(record, where, "pe"),
            name=reader.text_of(record, "name", where, required=True),
            role=reader.text_of(record, "role", where),
            unit=reader.text_of(record, "unit", where),
            email=reader.text_of(record, "email", where),
            phone=reader.text_of(record, "phone", where),
        )

    return People(reader.records("people", "pe", build))


def parse_followups(path: Path, text: str) -> dict[str, FollowUp]:
    reader = _Reader(path, text)

    def build(record: dict[str, Any], where: str) -> FollowUp:
        return FollowUp(
            id=reader.id(record, where, "a"),
            status=reader.status(record, where),
            comment=reader.text_of(record, "comment", where),
            updated=reader.text_of(record, "updated", where),
        )

    return {item.id: item for item in reader.records("actions", "a", build)}


def parse_log(path: Path, text: str) -> ActivityLog:
    reader = _Reader(path, text)

    def build(record: dict[str, Any], where: str) -> LogEntry:
        kind_text = reader.text_of(record, "kind", where) or LogKind.OTHER.value
        try:
            kind = LogKind(kind_text)
        except ValueError:
            raise reader.check.fail(
                f"{where}.kind", t("followup.kind.unknown", None, kind=kind_text)
            ) from None
        forward = []
        for index, raw in enumerate(reader.check.get(record, "forward", list, where, default=[])):
            inner = f"{where}.forward[{index}]"
            if not isinstance(raw, dict):
                raise reader.check.fail(inner, t("storage.wrong_type", None, key="forward"))
            forward.append(
                ForwardItem(
                    id=reader.id(raw, inner, "a"),
                    what=reader.text_of(raw, "what", inner, required=True),
                    who=reader.text_of(raw, "who", inner),
                    due=reader.text_of(raw, "due", inner),
                    status=reader.status(raw, inner),
                    comment=reader.text_of(raw, "comment", inner),
                )
            )
        return LogEntry(
            id=reader.id(record, where, "lg"),
            date=reader.text_of(record, "date", where, required=True),
            kind=kind,
            text=reader.text_of(record, "text", where),
            unit=reader.text_of(record, "unit", where),
            people=reader.texts(record, "people", where),
            others=reader.texts(record, "others", where),
            decisions=reader.texts(record, "decisions", where),
            plan=reader.text_of(record, "plan", where),
            forward=tuple(forward),
            created=reader.text_of(record, "created", where),
            updated=reader.text_of(record, "updated", where),
        )

    return ActivityLog(reader.records("entries", "lg", build))


def record_problems(folder: Path) -> list[tuple[Path, str, int | None]]:
    """(path, message, line) of each follow-up file in ``folder`` that cannot be read."""
    from jamtui.storage.errors import CorruptFileError, StorageError
    from jamtui.storage.store import _read

    parsers: dict[str, Callable[[Path, str], object]] = {
        UNITS_FILE: parse_units,
        PEOPLE_FILE: parse_people,
        ACTIONS_FILE: parse_followups,
        LOG_FILE: parse_log,
    }
    found: list[tuple[Path, str, int | None]] = []
    for name, parse in parsers.items():
        path = folder / name
        try:
            parse(path, _read(path))
        except FileNotFoundError:
            continue
        except CorruptFileError as error:
            found.append((error.path, error.detail, error.line))
        except (StorageError, OSError) as error:
            found.append((path, str(error), None))
    return found
