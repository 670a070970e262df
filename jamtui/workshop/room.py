"""The workshop room: which item the group is on, who has rated it, and what may be shown."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from jamtui.core.answer_text import answer_words, without_number
from jamtui.core.answers import AnswerValue, parse_value, value_error
from jamtui.core.model import NA_VALUE, Checklist, Item
from jamtui.core.navigation import walk
from jamtui.core.ratings import spread
from jamtui.core.run import ItemAnswer, Participant, Run
from jamtui.core.text import nfc
from jamtui.workshop.run_access import (
    active_participants,
    is_revealed,
    participant_key,
    ratings_of,
)

ANONYMOUS_PREFIX = "Anonym"


class RunWriter(Protocol):
    """What the room needs of an open run (``jamtui.storage.session.RunSession``)."""

    run: Run
    checklist: Checklist | None

    @property
    def read_only(self) -> bool: ...

    def answer(self, item_id: str) -> ItemAnswer: ...

    def set_rating(self, item_id: str, participant: str, value: AnswerValue | None) -> None: ...

    def update_details(self, *, participants: Sequence[Participant] | None = None) -> None: ...


class VoteRefused(Exception):
    """A vote the room does not take; ``reason`` is a key of the workshop string table."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Person:
    """A participant as the phone page lists them."""

    key: str
    name: str


@dataclass(frozen=True)
class Bar:
    """One value of the scale and how many chose it (never who)."""

    label: str
    value: AnswerValue
    count: int


@dataclass(frozen=True)
class PublicView:
    """What the projector may show: no names with values, no notes, nothing of other runs."""

    version: int
    item_id: str
    item_text: str
    guidance: str
    position: str
    section: str
    rater_item: bool
    rated: int
    total: int
    revealed: bool
    bars: tuple[Bar, ...]
    minimum: str
    median: str
    maximum: str
    agreed: str

    def as_json(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data["bars"] = [bar.__dict__ | {"value": str(bar.value)} for bar in self.bars]
        return data


class WorkshopRoom:
    """Shared state of one workshop: the facilitator's app and the web pages both use it.

    Everything runs on the app's event loop, so no locking is needed; the run file is
    written through the facilitator's own run session (one process owns the file).
    """

    def __init__(
        self,
        checklist: Checklist,
        lang: str = "sv",
        anonymous: bool = False,
        format_number: Callable[[float], str] | None = None,
    ) -> None:
        self.checklist = checklist
        self.lang = lang
        self.anonymous = anonymous
        self._format = format_number or _decimal_comma
        self._session: RunWriter | None = None
        self.current: str | None = None
        self.version = 0
        self._changed: asyncio.Event | None = None
        self._pending: dict[tuple[str, str], AnswerValue] = {}
        self._waiters: list[asyncio.Future[None]] = []
        self._flush_scheduled = False
        self.on_vote: Callable[[str, str], None] | None = None
        """Called with (item id, participant key) after a vote is on disk."""

    # -- wiring ---------------------------------------------------------------------------
    def attach(self, session: RunWriter | None) -> None:
        """The run session that votes are written through (None: voting paused)."""
        self._session = session
        self.touch()

    @property
    def session(self) -> RunWriter | None:
        return self._session

    def show(self, item_id: str | None) -> None:
        """The facilitator moved to ``item_id``."""
        if item_id != self.current:
            self.current = item_id
            self.touch()

    def touch(self) -> None:
        """Something the pages show changed: wake every page that waits."""
        self.version += 1
        event, self._changed = self._changed, None
        if event is not None:
            event.set()

    async def wait_for_change(self, version: int, timeout: float) -> None:
        """Return once the room's version differs from ``version`` (or after ``timeout``)."""
        if self.version != version:
            return
        if self._changed is None:
            self._changed = asyncio.Event()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._changed.wait(), timeout)

    # -- reading --------------------------------------------------------------------------
    def item(self) -> Item | None:
        return self.checklist.item(self.current) if self.current else None

    def people(self) -> list[Person]:
        session = self._session
        if session is None:
            return []
        return [Person(participant_key(p), p.name) for p in active_participants(session.run)]

    def person(self, key_or_name: str) -> Person | None:
        wanted = nfc(key_or_name.strip())
        people = self.people()
        for person in people:
            if person.key == wanted:
                return person
        return next((p for p in people if nfc(p.name) == wanted), None)

    def can_vote(self, item: Item | None) -> bool:
        return item is not None and item.raters and item.possible_values() is not None

    def voting_open(self) -> bool:
        item = self.item()
        session = self._session
        if session is None or session.read_only or not self.can_vote(item):
            return False
        assert item is not None
        return not self.revealed(item.id)

    def revealed(self, item_id: str) -> bool:
        session = self._session
        if session is None:
            return False
        return is_revealed(session, item_id)

    def rating_of(self, person: Person) -> AnswerValue | None:
        session = self._session
        if session is None or self.current is None:
            return None
        return ratings_of(session, self.current).get(person.key)

    def choices(self) -> list[tuple[str, str]]:
        """(form value, label) for each value the current item can be rated with."""
        item = self.item()
        if item is None or not self.can_vote(item):
            return []
        values = item.possible_values() or ()
        return [(str(value), _label(item, value, self.lang)) for value in values]

    def rated_keys(self) -> set[str]:
        session = self._session
        if session is None or self.current is None:
            return set()
        keys = {p.key for p in self.people()}
        return {key for key in ratings_of(session, self.current) if key in keys}

    def public_view(self) -> PublicView:
        """The projector's view of the current item."""
        item = self.item()
        session = self._session
        people = self.people()
        if item is None or session is None:
            return PublicView(
                self.version, "", "", "", "", "", False, 0, len(people), False, (), "", "", "", ""
            )
        revealed = self.revealed(item.id)
        ratings = {
            key: value
            for key, value in ratings_of(session, item.id).items()
            if key in {p.key for p in people}
        }
        bars: tuple[Bar, ...] = ()
        low = mid = high = ""
        if revealed and self.can_vote(item):
            # The one spread rule (core.ratings): counts per value, min, median and max.
            result = spread(item, ratings, [p.key for p in people])
            bars = tuple(
                Bar(_label(item, value, self.lang), value, len(names))
                for value, names in result.by_value
            )
            if item.allows_na:
                bars += (Bar(_label(item, NA_VALUE, self.lang), NA_VALUE, len(result.na)),)
            if result.median is not None:
                assert result.minimum is not None and result.maximum is not None
                low = self._format(result.minimum)
                mid = self._format(result.median)
                high = self._format(result.maximum)
        agreed_value = session.answer(item.id).value if revealed else None
        return PublicView(
            version=self.version,
            item_id=item.id,
            item_text=item.text.get(self.lang),
            guidance=item.guidance.get(self.lang),
            position=self._position(item),
            section=self._section(item),
            rater_item=self.can_vote(item),
            rated=len(ratings),
            total=len(people),
            revealed=revealed,
            bars=bars,
            minimum=low,
            median=mid,
            maximum=high,
            agreed=answer_words(item, agreed_value, self.lang) if agreed_value is not None else "",
        )

    # -- voting ---------------------------------------------------------------------------
    async def vote(self, participant: str, item_id: str, raw_value: str) -> Person:
        """Record ``participant``'s rating of the current item; durable when this returns.

        Votes that arrive together (a room of phones after "rate now") are written with one
        durable save: each waits for the save that holds it (group commit). The save runs
        inside one synchronous call on the event loop, so no edit of the facilitator's is
        ever held back by it.
        """
        person, _item, value = self._checked(participant, item_id, raw_value)
        loop = asyncio.get_running_loop()
        waiter: asyncio.Future[None] = loop.create_future()
        self._pending[(item_id, person.key)] = value
        self._waiters.append(waiter)
        if not self._flush_scheduled:
            self._flush_scheduled = True
            loop.call_soon(self._flush)
        await waiter
        return person

    def _checked(
        self, participant: str, item_id: str, raw_value: str
    ) -> tuple[Person, Item, AnswerValue]:
        session = self._session
        if session is None or session.read_only:
            raise VoteRefused("vote.paused")
        person = self.person(participant)
        if person is None:
            raise VoteRefused("vote.unknown_participant")
        item = self.item()
        if item is None or item.id != item_id:
            raise VoteRefused("vote.not_current")
        if not self.can_vote(item):
            raise VoteRefused("vote.not_rated")
        if self.revealed(item.id):
            raise VoteRefused("vote.revealed")
        return person, item, _value_for(item, raw_value)

    def _flush(self) -> None:
        """Write every pending vote with one durable save, then wake their senders."""
        pending, waiters = self._pending, self._waiters
        self._pending, self._waiters, self._flush_scheduled = {}, [], False
        session = self._session
        failure: BaseException | None = None
        if session is None or session.read_only:
            failure = VoteRefused("vote.paused")
        elif any(item_id != self.current or self.revealed(item_id) for item_id, _ in pending):
            failure = VoteRefused("vote.not_current")
        else:
            try:
                with session.batch():  # type: ignore[attr-defined]
                    for (item_id, key), value in pending.items():
                        session.set_rating(item_id, key, value)
            except Exception as error:  # a failed save: every sender is told, nothing is lost
                failure = error
        for waiter in waiters:
            if waiter.done():
                continue
            if failure is None:
                waiter.set_result(None)
            else:
                waiter.set_exception(failure)
        if failure is None and pending:
            self.touch()
            if self.on_vote is not None:
                for item_id, key in pending:
                    self.on_vote(item_id, key)

    def join_anonymous(self) -> Person | None:
        """A new anonymous participant ("Anonym 3") for a phone in an anonymous workshop."""
        from jamtui.i18n import t

        session = self._session
        if not self.anonymous or session is None or session.read_only:
            return None
        taken = {nfc(p.name) for p in session.run.participants}
        number = 1
        while nfc(t("workshop.anonymous_name", self.lang, number=number)) in taken:
            number += 1
        name = t("workshop.anonymous_name", self.lang, number=number)
        session.update_details(participants=[*session.run.participants, Participant(name=name)])
        self.touch()
        return next((p for p in reversed(self.people()) if nfc(p.name) == nfc(name)), None)

    # -- words ------------------------------------------------------------------------------
    def _position(self, item: Item) -> str:
        from jamtui.i18n import t

        session = self._session
        values = session.run.values() if session is not None else {}
        path = walk(self.checklist, values)
        visible = [i.id for i in path.visible]
        if item.id in visible:
            return t(
                "run.position", self.lang, number=visible.index(item.id) + 1, total=len(visible)
            )
        return t("run.position_answered", self.lang)

    def _section(self, item: Item) -> str:
        from jamtui.i18n import t

        section = self.checklist.section_of(item)
        number = self.checklist.sections.index(section) + 1
        title = without_number(section.title.get(self.lang))
        return f"{t('run.section', self.lang)} {number}: {title}"


def _value_for(item: Item, raw: str) -> AnswerValue:
    """The stored value for a form field, accepting only values the item offers."""
    text = raw.strip()
    if len(text) > 40:
        raise VoteRefused("vote.bad_value")
    try:
        value = parse_value(item, text)
    except ValueError:
        raise VoteRefused("vote.bad_value") from None
    if value == NA_VALUE and not item.allows_na:
        raise VoteRefused("vote.bad_value")
    if value_error(item, value) is not None:
        raise VoteRefused("vote.bad_value")
    if value not in (item.possible_values() or ()):
        raise VoteRefused("vote.bad_value")
    return value


def _label(item: Item, value: object, lang: str) -> str:
    words = answer_words(item, value, lang)
    return words or str(value)


def _decimal_comma(number: float) -> str:
    from jamtui.core.numbers import format_number

    return format_number(number)
