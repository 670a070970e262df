"""The activity log: meetings, training, styrgrupp … with decisions and what moves forward."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from jamtui.followup.actions import ActionStatus
from jamtui.followup.dates import month_of
from jamtui.followup.errors import RuleError
from jamtui.followup.names import clean_name, spellings, typed_word
from jamtui.i18n import t


class LogKind(StrEnum):
    """What kind of activity an entry records (ASCII in files)."""

    MEETING = "mote"
    TRAINING = "utbildning"
    STEERING = "styrgrupp"
    STRATEGISTS = "strategtraff"
    NETWORK = "natverk"
    OTHER = "ovrigt"

    def label(self, lang: str | None = None) -> str:
        return t(f"followup.kind.{self.value}", lang)


_KINDS = spellings(
    LogKind,
    {
        LogKind.MEETING: "meeting",
        LogKind.TRAINING: "training",
        LogKind.STEERING: "steering",
        LogKind.STRATEGISTS: "strategists",
        LogKind.NETWORK: "network",
        LogKind.OTHER: "other",
    },
)


def parse_kind(text: str) -> LogKind:
    found = typed_word(text, _KINDS)
    if found is None:
        raise RuleError(t("followup.kind.unknown", None, kind=text))
    return found


@dataclass(frozen=True)
class ForwardItem:
    """A "flyttas framåt" item: an action with an id, listed in the action register."""

    id: str
    what: str
    who: str = ""
    due: str = ""
    status: ActionStatus = ActionStatus.NOT_STARTED
    comment: str = ""


@dataclass(frozen=True)
class LogEntry:
    """One activity. ``people`` are person ids; ``others`` names of people not in the list."""

    id: str
    date: str
    kind: LogKind
    text: str
    unit: str = ""
    people: tuple[str, ...] = ()
    others: tuple[str, ...] = ()
    decisions: tuple[str, ...] = ()
    plan: str = ""
    forward: tuple[ForwardItem, ...] = ()
    created: str = ""
    updated: str = ""


@dataclass
class ActivityLog:
    """Every entry of one organisation's log."""

    entries: list[LogEntry] = field(default_factory=list)

    def get(self, entry_id: str) -> LogEntry:
        for entry in self.entries:
            if entry.id == entry_id:
                return entry
        raise RuleError(t("followup.log.unknown", None, id=entry_id))

    def add(self, entry: LogEntry) -> LogEntry:
        if not entry.text.strip():
            raise RuleError(t("followup.log.no_text"))
        self.entries.append(entry)
        return entry

    def replace(self, entry: LogEntry) -> LogEntry:
        self.get(entry.id)
        self.entries = [entry if e.id == entry.id else e for e in self.entries]
        return entry

    def remove(self, entry_id: str) -> LogEntry:
        entry = self.get(entry_id)
        self.entries = [e for e in self.entries if e.id != entry_id]
        return entry

    def in_month(self, month: str | None) -> list[LogEntry]:
        """Entries of ``month`` (``YYYY-MM``; all when None), by date, then as entered."""
        chosen = [e for e in self.entries if month is None or month_of(e.date) == month]
        order = {e.id: i for i, e in enumerate(self.entries)}
        return sorted(chosen, key=lambda e: (e.date, order[e.id]))


def ids_in(entries: Iterable[LogEntry]) -> set[str]:
    """Every id used by the entries and their forward items (new ids must avoid them)."""
    found: set[str] = set()
    for entry in entries:
        found.add(entry.id)
        found.update(item.id for item in entry.forward)
    return found


def make_entry(
    log: ActivityLog,
    *,
    date: str,
    kind: LogKind,
    text: str,
    unit_id: str = "",
    people: Iterable[str] = (),
    others: Iterable[str] = (),
    decisions: Iterable[str] = (),
    plan: str = "",
    forward: Iterable[tuple[str, str, str]] = (),
    stamp: str = "",
    entry_id: str = "",
) -> LogEntry:
    """A new (or, with ``entry_id``, edited) entry; forward items are (what, who, due)."""
    from jamtui.followup.ids import ACTION, LOG, new_id

    taken = ids_in(log.entries)
    items = []
    old = {f.what: f for f in log.get(entry_id).forward} if entry_id else {}
    for what, who, due in forward:
        if not what.strip():
            continue
        kept = old.get(what.strip())
        item_id = kept.id if kept is not None else new_id(ACTION, taken)
        taken.add(item_id)
        status = kept.status if kept is not None else ActionStatus.NOT_STARTED
        items.append(ForwardItem(item_id, clean_name(what), clean_name(who), due, status))
    created = log.get(entry_id).created if entry_id else stamp
    return LogEntry(
        id=entry_id or new_id(LOG, taken),
        date=date,
        kind=kind,
        text=text.strip(),
        unit=unit_id,
        people=tuple(dict.fromkeys(people)),
        others=tuple(dict.fromkeys(clean_name(o) for o in others if o.strip())),
        decisions=tuple(d.strip() for d in decisions if d.strip()),
        plan=plan.strip(),
        forward=tuple(items),
        created=created,
        updated=stamp,
    )
