"""An open run: every change is validated and durable on disk when the call returns."""

from __future__ import annotations

import contextlib
import copy
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from types import TracebackType

from jamtui.core.answers import ACTION_STATUSES, ActionRow, AnswerValue, value_error
from jamtui.core.dates import normalise_date
from jamtui.core.ids import new_id
from jamtui.core.model import Checklist, Item, ItemType
from jamtui.core.run import (
    ItemAnswer,
    Participant,
    Run,
    RunStatus,
    StatusChange,
    carried_answers,
    retired_answers,
)
from jamtui.core.text import nfc
from jamtui.fileio.atomic import write_text_atomic
from jamtui.i18n import t
from jamtui.storage.errors import InvalidValueError, ReadOnlyError, StorageError
from jamtui.storage.lock import release_lock
from jamtui.storage.names import valid_name, valid_text
from jamtui.storage.run_file import HandEdited, is_canonical, render_answer, render_head
from jamtui.storage.store import check_date


class RunSession:
    """A run opened for viewing or editing, holding its lock while editable."""

    def __init__(
        self,
        *,
        path: Path,
        run: Run,
        text: str,
        checklist: Checklist | None,
        lock_path: Path | None,
        read_only_reason: str,
        now: Callable[[], str],
    ) -> None:
        self.path = path
        self.run = run
        self.checklist = checklist
        # A file jamtui wrote is re-rendered from the run, reusing the text of each answer
        # that did not change; a hand-edited one keeps its tomlkit document between saves.
        self._hand_edited = None if is_canonical(text, run) else HandEdited(text)
        self._answer_texts: dict[str, str] = {}
        self._changed: set[str] | None = None
        """Answers changed since the last save (None: not known, the first save merges all)."""
        self._lock_path = lock_path
        self._lock_reason = read_only_reason
        self._now = now
        self._batch_depth = 0
        self._batch_dirty = False
        self._saved_last_item = run.last_item
        self.retired: dict[str, ItemAnswer] = {}
        if checklist is not None:
            self.retired = retired_answers(checklist, run)
            for item_id, answer in carried_answers(checklist, run).items():
                if item_id not in run.answers:
                    run.answers[item_id] = copy.deepcopy(answer)

    # -- state ----------------------------------------------------------------------------
    @property
    def read_only(self) -> bool:
        return bool(self.read_only_reason)

    @property
    def read_only_reason(self) -> str:
        if self._lock_reason:
            return self._lock_reason
        if self.run.status is RunStatus.FINALIZED:
            return t("storage.finalized")
        return ""

    @property
    def locked_elsewhere(self) -> bool:
        return bool(self._lock_reason)

    def answer(self, item_id: str) -> ItemAnswer:
        return self.run.answers.get(item_id) or ItemAnswer()

    # -- changes ----------------------------------------------------------------------------
    def set_value(self, item_id: str, value: AnswerValue | None) -> None:
        item = self._item(item_id)
        if item is not None:
            if item.type is ItemType.ACTIONS:
                raise InvalidValueError(
                    t(
                        "storage.bad_value",
                        None,
                        item=item_id,
                        value=value,
                        reason=t("reason.no_value_for_actions"),
                    )
                )
            self._check_value(item, value)
        if isinstance(value, list):
            value = tuple(value)
        if isinstance(value, str):
            value = nfc(valid_text(value))
        self._change(item_id, lambda a: _set(a, "value", value), answered=value is not None)

    def set_note(self, item_id: str, text: str) -> None:
        self._item(item_id)
        valid_text(text)
        self._change(item_id, lambda a: _set(a, "note", nfc(text)))

    def set_internal_note(self, item_id: str, text: str) -> None:
        """The note for the consultant only: never in client reports."""
        self._item(item_id)
        valid_text(text)
        self._change(item_id, lambda a: _set(a, "internal_note", nfc(text)))

    def set_rating(self, item_id: str, participant: str, value: AnswerValue | None) -> None:
        """``participant``'s rating; ``participant`` is a participant id or display name."""
        item = self._item(item_id)
        if item is not None:
            if not item.raters:
                raise InvalidValueError(t("storage.not_rater_item", None, item=item_id))
            self._check_value(item, value)
        person = self.run.participant(participant)
        if person is None:
            raise InvalidValueError(t("storage.unknown_participant", None, name=participant))
        if person.retired:
            raise InvalidValueError(t("storage.retired_participant", None, name=person.name))
        pid = person.id

        def apply(answer: ItemAnswer) -> None:
            if value is None:
                answer.ratings.pop(pid, None)
            else:
                answer.ratings[pid] = value

        self._change(item_id, apply)

    def set_revealed(self, item_id: str, revealed: bool = True) -> None:
        """Show (or hide again) an item's ratings before everyone has rated."""
        self._item(item_id)
        if self.answer(item_id).revealed == revealed:
            return
        self._change(item_id, lambda a: _set(a, "revealed", revealed))

    def set_dissent(self, item_id: str, text: str) -> None:
        self._item(item_id)
        valid_text(text)
        self._change(item_id, lambda a: _set(a, "dissent", nfc(text)))

    def set_actions(self, item_id: str, rows: Iterable[ActionRow]) -> None:
        """Replace the item's action rows (ids kept; new rows get one; dates normalised)."""
        self._item(item_id)
        old = {row.id: row for row in self.answer(item_id).actions if row.id}
        clean: list[ActionRow] = []
        used: set[str] = set()
        for row in rows:
            if row.status not in ACTION_STATUSES:
                raise InvalidValueError(
                    t(
                        "storage.unknown_action_status",
                        None,
                        status=row.status,
                        known=", ".join(ACTION_STATUSES),
                    )
                )
            due = nfc(row.due).strip()
            previous = old.get(row.id)
            if row.draft:  # a row being typed keeps what it has so far
                due = normalise_date(due) or due
            elif previous is None or previous.due != due:  # an old file's odd date stays
                due = check_date(due) if due else ""
            row_id = row.id if row.id and row.id not in used else new_id("a")
            used.add(row_id)
            clean.append(
                replace(
                    row,
                    id=row_id,
                    what=nfc(row.what).strip(),
                    who=nfc(row.who).strip(),
                    due=due,
                    comment=nfc(row.comment).strip(),
                )
            )
        answered = any(not r.draft and not r.is_empty() for r in clean)
        self._change(item_id, lambda a: _set(a, "actions", clean), answered=answered)

    def set_last_item(self, item_id: str | None) -> None:
        """Remember the item shown (in memory; written with the next save or ``save_position``)."""
        self.run.last_item = item_id or ""

    def save_position(self) -> None:
        """Write the remembered item if it changed since the last save (on leaving the run)."""
        if self.read_only or self._saved_last_item == self.run.last_item:
            return
        self._save(touch=False)

    def update_details(
        self,
        *,
        date: str | None = None,
        unit: str | None = None,
        facilitator: str | None = None,
        participants: Sequence[Participant] | None = None,
    ) -> None:
        self._check_writable()
        from jamtui.storage.store import clean_participants

        # Check everything before changing anything.
        day = check_date(date) if date is not None else None
        people = (
            clean_participants(participants, self.run.participants, self.rated_ids())
            if participants is not None
            else None
        )
        unit = valid_name(unit, "unit") if unit is not None else None
        facilitator = valid_name(facilitator, "facilitator") if facilitator is not None else None
        if day is not None:
            self.run.date = day
        if unit is not None:
            self.run.unit = unit
        if facilitator is not None:
            self.run.facilitator = facilitator
        if people is not None:
            self.run.participants = people
        self._save()

    def rated_ids(self) -> set[str]:
        """Ids of participants with at least one rating in the run."""
        return {pid for answer in self.run.answers.values() for pid in answer.ratings}

    def finalize(self, by: str = "") -> None:
        if self._lock_reason:
            raise ReadOnlyError(self._lock_reason)
        if self.run.status is RunStatus.FINALIZED:
            return
        self.run.status = RunStatus.FINALIZED
        self.run.history.append(StatusChange(RunStatus.FINALIZED, self._now(), nfc(by)))
        self._save()

    def reopen(self, by: str, reason: str) -> None:
        if self._lock_reason:
            raise ReadOnlyError(self._lock_reason)
        if self.run.status is not RunStatus.FINALIZED:
            raise InvalidValueError(t("storage.not_finalized"))
        if not reason.strip():
            raise InvalidValueError(t("storage.reason_needed"))
        self.run.status = RunStatus.REOPENED
        self.run.history.append(
            StatusChange(RunStatus.REOPENED, self._now(), nfc(by), nfc(reason.strip()))
        )
        self._save()

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Make many changes with one durable write at the end (imports, generators)."""
        self._batch_depth += 1
        try:
            yield
        finally:
            self._batch_depth -= 1
            if self._batch_depth == 0 and self._batch_dirty:
                self._batch_dirty = False
                self._save()

    # -- lifecycle ------------------------------------------------------------------------
    def close(self) -> None:
        if self._lock_path is not None:
            release_lock(self._lock_path)
            self._lock_path = None

    def __enter__(self) -> RunSession:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- internals --------------------------------------------------------------------------
    def _item(self, item_id: str) -> Item | None:
        self._check_writable()
        if self.checklist is None:
            return None
        item = self.checklist.item(item_id)
        if item is None:
            raise InvalidValueError(t("storage.unknown_item", None, item=item_id))
        return item

    def _check_value(self, item: Item, value: object) -> None:
        reason = value_error(item, value)
        if reason is not None:
            raise InvalidValueError(
                t(
                    "storage.bad_value",
                    None,
                    item=item.id,
                    value=show_value(value),
                    reason=t(f"reason.{reason}"),
                )
            )

    def _check_writable(self) -> None:
        reason = self.read_only_reason
        if reason:
            raise ReadOnlyError(reason)

    def _change(
        self, item_id: str, apply: Callable[[ItemAnswer], None], answered: bool = False
    ) -> None:
        answer = self.run.answers.setdefault(item_id, ItemAnswer())
        apply(answer)
        self._answer_texts.pop(item_id, None)
        if self._changed is not None:
            self._changed.add(item_id)
        stamp = self._now()
        answer.updated_at = stamp
        if answered and answer.answered_at is None:
            answer.answered_at = stamp
        self._save()

    def _save(self, touch: bool = True) -> None:
        if self._batch_depth:
            self._batch_dirty = True
            return
        if touch:
            self.run.updated_at = self._now()
        if self._hand_edited is None:
            text = self._render()
        else:
            text = self._hand_edited.render(self.run, self._changed)
            self._changed = set()
        try:
            write_text_atomic(self.path, text)
        except OSError as error:
            raise StorageError(f"{self.path}: {error.strerror or error}") from error
        self._saved_last_item = self.run.last_item

    def _render(self) -> str:
        """``render_run(self.run)``, with the text of every unchanged answer reused."""
        texts = self._answer_texts
        answers = self.run.answers
        parts = [render_head(self.run)]
        for item_id in sorted(answers):
            text = texts.get(item_id)
            if text is None:
                text = texts[item_id] = render_answer(item_id, answers[item_id])
            parts.append(text)
        return "".join(parts)


def show_value(value: object) -> str:
    """A value as the user would type it: ``a,b`` for several choices."""
    if isinstance(value, tuple | list):
        return ",".join(str(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{r}.{c}={n}" for r, cells in value.items() for c, n in cells.items())
    return str(value)


def _set(answer: ItemAnswer, field: str, value: object) -> None:
    setattr(answer, field, value)
