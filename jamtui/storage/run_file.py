"""Run files: TOML text ↔ Run, with validation that names the file and line of any problem."""

from __future__ import annotations

import math
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from jamtui.core.answers import ACTION_STATUSES, DEFAULT_ACTION_STATUS, ActionRow, AnswerValue
from jamtui.core.ids import action_id_for, participant_id_for
from jamtui.core.run import ItemAnswer, Participant, Run, RunStatus, StatusChange
from jamtui.core.text import nfc
from jamtui.core.text import strip_bom as strip_bom  # (moved; imported from here too)
from jamtui.core.toml_lines import LineMap
from jamtui.core.toml_reader import TOMLDecodeError, parse_toml
from jamtui.i18n import t
from jamtui.storage import toml_writer as w
from jamtui.storage.errors import CorruptFileError

FORMAT = 2
"""The format jamtui writes; it reads this one and every older one (format 1 is migrated)."""


def render_run(run: Run) -> str:
    """The canonical text of a run file."""
    return render_head(run) + "".join(
        render_answer(item_id, run.answers[item_id]) for item_id in sorted(run.answers)
    )


def render_head(run: Run) -> str:
    """The canonical text of a run file before its answers: the header, participants, history."""
    header = {
        "format": FORMAT,
        "id": run.id,
        "checklist": run.checklist_id,
        "checklist_version": run.checklist_version,
        "organisation": run.organisation,
        "unit": run.unit,
        "date": run.date,
        "facilitator": run.facilitator,
        "status": run.status.value,
        "created": run.created_at,
        "updated": run.updated_at,
        "last_item": run.last_item or None,
    }
    parts = [w.pairs(header)]
    for person in run.participants:
        parts.append(
            "\n[[participants]]\n"
            + w.pairs(
                {
                    "id": person.id,
                    "name": person.name,
                    "role": person.role,
                    "person": person.person or None,
                    "retired": True if person.retired else None,
                }
            )
        )
    for change in run.history:
        parts.append(
            "\n[[history]]\n"
            + w.pairs(
                {
                    "status": change.status.value,
                    "at": change.at,
                    "by": change.by,
                    "reason": change.reason,
                }
            )
        )
    return "".join(parts)


def render_answer(item_id: str, answer: ItemAnswer) -> str:
    """The canonical text of one answer's table ("" for an empty answer, which is not written)."""
    return "" if answer.is_empty() else _render_answer(item_id, answer)


def _render_answer(item_id: str, answer: ItemAnswer) -> str:
    table = f"answers.{w.key(item_id)}"
    fields: dict[str, object] = {
        "value": _plain(answer.value),
        "note": answer.note or None,
        "internal_note": answer.internal_note or None,
        "dissent": answer.dissent or None,
        "revealed": True if answer.revealed else None,
        "answered": answer.answered_at,
        "updated": answer.updated_at,
    }
    text = f"\n[{table}]\n" + w.pairs(fields)
    if answer.ratings:
        text += f"ratings = {w.inline_table({k: _plain(v) for k, v in answer.ratings.items()})}\n"
    for row in answer.actions:
        text += f"\n[[{table}.actions]]\n" + w.pairs(
            {
                "id": row.id,
                "what": row.what,
                "who": row.who,
                "due": row.due,
                "status": row.status,
                "comment": row.comment or None,
                "draft": True if row.draft else None,
            }
        )
    return text


def _plain(value: AnswerValue | None) -> object:
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, Mapping):
        return {row: dict(cells) for row, cells in value.items()}
    return value


def _table_value(check: _Checker, value: dict[str, Any], where: str) -> AnswerValue:
    cells: dict[str, dict[str, int | float]] = {}
    for row, columns in value.items():
        if not isinstance(columns, dict):
            raise check.fail(where, t("storage.wrong_type", None, key="value"))
        for column, number in columns.items():
            plain = isinstance(number, int | float) and not isinstance(number, bool)
            if not plain or not math.isfinite(number):
                raise check.fail(where, t("storage.wrong_type", None, key="value"))
            cells.setdefault(str(row), {})[str(column)] = number
    return cells


def data_of_run(run: Run) -> dict[str, Any]:
    """The run as plain data (what ``render_run`` writes), for tomlkit updates."""
    return parse_toml(render_run(run))


# -- reading ---------------------------------------------------------------------------------


def parse_run_text(path: Path, text: str) -> Run:
    """Parse and check a run file; raise CorruptFileError naming the file and line."""
    text = strip_bom(text)
    return run_from_data(path, text, load_toml(path, text))


def load_toml(path: Path, text: str) -> dict[str, Any]:
    """``parse_toml(text)``, or CorruptFileError naming the file and line of the problem.

    Syntax errors, and files nested too deeply for the parser, never escape as tracebacks.
    """
    try:
        return parse_toml(text)
    except TOMLDecodeError as error:
        message, line = _syntax(error, text)
        raise CorruptFileError(path, t("storage.toml_syntax", None, detail=message), line) from None
    except (RecursionError, MemoryError):
        raise CorruptFileError(path, t("storage.too_deep")) from None


def _syntax(error: TOMLDecodeError, text: str) -> tuple[str, int | None]:
    import re

    message = str(error)
    match = re.search(r"\(at line (\d+), column \d+\)", message)
    if match:
        return message[: match.start()].strip(), int(match.group(1))
    end = re.search(r"\s*\(at end of document\)", message)
    if end:
        return message[: end.start()].strip(), text.count("\n") + 1
    return message, None


class _Checker:
    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.text = text

    def fail(self, dotted: str, message: str) -> CorruptFileError:
        found = LineMap(self.text).find(dotted)
        return CorruptFileError(self.path, message, found[0] if found else None)

    def get(
        self,
        data: dict[str, Any],
        name: str,
        kind: type | tuple[type, ...],
        where: str,
        default: Any = None,
    ) -> Any:
        if name not in data:
            if default is not None:
                return default
            raise self.fail(where, t("storage.missing_key", None, key=name))
        item = data[name]
        if (
            isinstance(item, bool)
            and kind is not bool
            and bool not in (kind if isinstance(kind, tuple) else (kind,))
        ):
            raise self.fail(
                f"{where}.{name}" if where else name, t("storage.wrong_type", None, key=name)
            )
        if not isinstance(item, kind):
            raise self.fail(
                f"{where}.{name}" if where else name, t("storage.wrong_type", None, key=name)
            )
        return item


def run_from_data(path: Path, text: str, data: dict[str, Any]) -> Run:
    check = _Checker(path, text)
    version = check.get(data, "format", int, "")
    if version > FORMAT:
        raise check.fail("format", t("storage.newer_format", None, found=version, supported=FORMAT))
    status_text = check.get(data, "status", str, "")
    try:
        status = RunStatus(status_text)
    except ValueError:
        raise check.fail("status", t("storage.unknown_status", None, status=status_text)) from None
    participants = []
    seen_ids: set[str] = set()
    for index, person in enumerate(check.get(data, "participants", list, "", default=[]) or []):
        where = f"participants[{index}]"
        if not isinstance(person, dict):
            raise check.fail(where, t("storage.wrong_type", None, key="participants"))
        name = check.get(person, "name", str, where)
        pid = check.get(person, "id", str, where, default="") if version >= 2 else ""
        pid = pid or participant_id_for(name)
        if pid in seen_ids:
            if version >= 2:
                raise check.fail(where, t("storage.duplicate_id", None, id=pid))
            continue  # a name listed twice in an old file: one participant
        seen_ids.add(pid)
        participants.append(
            Participant(
                nfc(name) if version < 2 else name,
                check.get(person, "role", str, where, default=""),
                id=pid,
                person=check.get(person, "person", str, where, default=""),
                retired=check.get(person, "retired", bool, where, default=False),
            )
        )
    history = []
    for index, change in enumerate(check.get(data, "history", list, "", default=[]) or []):
        where = f"history[{index}]"
        if not isinstance(change, dict):
            raise check.fail(where, t("storage.wrong_type", None, key="history"))
        try:
            change_status = RunStatus(check.get(change, "status", str, where))
        except ValueError:
            raise check.fail(
                f"{where}.status", t("storage.unknown_status", None, status=change.get("status"))
            ) from None
        history.append(
            StatusChange(
                change_status,
                check.get(change, "at", str, where, default=""),
                check.get(change, "by", str, where, default=""),
                check.get(change, "reason", str, where, default=""),
            )
        )
    answers: dict[str, ItemAnswer] = {}
    raw_answers = check.get(data, "answers", dict, "", default={}) or {}
    for item_id, raw in raw_answers.items():
        where = f"answers.{item_id}"
        if not isinstance(raw, dict):
            raise check.fail(where, t("storage.wrong_type", None, key=item_id))
        answers[item_id] = _answer(check, raw, where, item_id, version)
    _key_ratings(answers, participants, version)
    return Run(
        id=check.get(data, "id", str, ""),
        checklist_id=check.get(data, "checklist", str, ""),
        checklist_version=check.get(data, "checklist_version", str, "", default=""),
        organisation=check.get(data, "organisation", str, "", default=""),
        date=check.get(data, "date", str, ""),
        unit=check.get(data, "unit", str, "", default=""),
        facilitator=check.get(data, "facilitator", str, "", default=""),
        participants=participants,
        status=status,
        history=history,
        answers=answers,
        created_at=check.get(data, "created", str, "", default=""),
        updated_at=check.get(data, "updated", str, "", default=""),
        last_item=check.get(data, "last_item", str, "", default=""),
    )


def _key_ratings(
    answers: dict[str, ItemAnswer], participants: list[Participant], version: int
) -> None:
    """Ratings keyed by participant id; a rater that is no participant becomes a retired one.

    Format 1 keyed ratings by name: each name maps to the participant of that name (NFC), or
    to a retired participant with the id derived from the name, so every machine agrees.
    """
    by_id = {p.id: p for p in participants}
    by_name = {p.name: p for p in participants}
    for answer in answers.values():
        if not answer.ratings:
            continue
        keyed: dict[str, AnswerValue] = {}
        for key, value in answer.ratings.items():
            if version >= 2:
                person = by_id.get(key)
                if person is None:  # an id nobody has (a hand edit): keep it, as retired
                    person = Participant(key, id=key, retired=True)
            else:
                name = nfc(key)
                person = by_name.get(name)
                if person is None:
                    person = Participant(name, id=participant_id_for(name), retired=True)
            if person.id not in by_id:
                by_id[person.id] = person
                by_name.setdefault(person.name, person)
                participants.append(person)
            keyed[person.id] = value
        answer.ratings = keyed


def _answer(
    check: _Checker, raw: dict[str, Any], where: str, item_id: str, version: int
) -> ItemAnswer:
    value = raw.get("value")
    if value is not None:
        value = _value(check, value, f"{where}.value")
    ratings: dict[str, AnswerValue] = {}
    raw_ratings = check.get(raw, "ratings", dict, where, default={}) or {}
    for name, rating in raw_ratings.items():
        ratings[name] = _value(check, rating, f"{where}.ratings")
    actions = []
    for index, row in enumerate(check.get(raw, "actions", list, where, default=[]) or []):
        row_where = f"{where}.actions[{index}]"
        if not isinstance(row, dict):
            raise check.fail(row_where, t("storage.wrong_type", None, key="actions"))
        what = check.get(row, "what", str, row_where, default="")
        who = check.get(row, "who", str, row_where, default="")
        due = check.get(row, "due", str, row_where, default="")
        row_id = check.get(row, "id", str, row_where, default="") if version >= 2 else ""
        status = check.get(row, "status", str, row_where, default=DEFAULT_ACTION_STATUS)
        if status not in ACTION_STATUSES:
            raise check.fail(
                f"{row_where}.status",
                t(
                    "storage.unknown_action_status",
                    None,
                    status=status,
                    known=", ".join(ACTION_STATUSES),
                ),
            )
        actions.append(
            ActionRow(
                what,
                who,
                due,
                id=row_id or action_id_for(item_id, index, what, who, due),
                status=status,
                comment=check.get(row, "comment", str, row_where, default=""),
                draft=check.get(row, "draft", bool, row_where, default=False),
            )
        )
    return ItemAnswer(
        value=value,
        note=check.get(raw, "note", str, where, default=""),
        internal_note=check.get(raw, "internal_note", str, where, default=""),
        ratings=ratings,
        dissent=check.get(raw, "dissent", str, where, default=""),
        revealed=check.get(raw, "revealed", bool, where, default=False),
        actions=actions,
        answered_at=raw.get("answered") if isinstance(raw.get("answered"), str) else None,
        updated_at=raw.get("updated") if isinstance(raw.get("updated"), str) else None,
    )


def _value(check: _Checker, value: Any, where: str) -> AnswerValue:
    if isinstance(value, dict):  # a table answer (format 1.1): {row: {column: number}}
        return _table_value(check, value, where)
    if isinstance(value, float) and math.isfinite(value):  # a decimal number answer
        return value
    if isinstance(value, bool) or not isinstance(value, str | int | list):
        raise check.fail(where, t("storage.wrong_type", None, key="value"))
    if isinstance(value, int) and not w.TOML_INT_MIN <= value <= w.TOML_INT_MAX:
        raise check.fail(where, t("safety.number.too_large"))
    if isinstance(value, list):
        if not all(isinstance(v, str) for v in value):
            raise check.fail(where, t("storage.wrong_type", None, key="value"))
        return tuple(value)
    return value


# -- hand-edited files -----------------------------------------------------------------------


def is_canonical(text: str, run: Run) -> bool:
    """True when the file is exactly what jamtui writes (no hand edits to preserve)."""
    return text == render_run(run)


def render_preserving(original: str, run: Run) -> str:
    """The run written into the hand-edited ``original`` through tomlkit: comments survive."""
    return HandEdited(original).render(run)


class HandEdited:
    """A hand-edited run file's tomlkit document, parsed once and kept between saves.

    tomlkit parses a long run file in tens of milliseconds; re-parsing it for every answer
    made saving a hand-edited file slow. The first save merges the whole run into the
    document (as ``render_preserving`` always did); later saves merge the header and only
    the answers named as changed, which is the same result: everything else already equals
    the run since the previous save.
    """

    def __init__(self, original: str) -> None:
        self.original = original
        self._document: Any = None
        self._segments: Any = False
        """``Segments`` of the file, None when it cannot be split (False: not tried yet)."""

    def render(self, run: Run, changed: set[str] | None = None) -> str:
        """The file's new text; ``changed``: the answers changed since the last ``render``
        (None: any may have)."""
        if self._segments is False:
            from jamtui.storage.run_segments import Segments

            self._segments = Segments.split(self.original)
        if self._segments is not None:
            text: str = self._segments.render(run, changed)
            return text
        import tomlkit  # only hand-edited files need it; reading and most saves do not

        first = self._document is None
        if first:
            self._document = tomlkit.parse(self.original)
        document = self._document
        if first or changed is None or not self._merge_changed(document, run, changed):
            _merge(document, data_of_run(run))
        return tomlkit.dumps(document)

    @staticmethod
    def _merge_changed(document: Any, run: Run, changed: set[str]) -> bool:
        """Merge the header and the ``changed`` answers; False (nothing merged) when the
        file has no answers table yet and one must be made (the full merge does that)."""
        answers = document.get("answers")
        if answers is None and any(
            item_id in run.answers and not run.answers[item_id].is_empty() for item_id in changed
        ):
            return False
        _merge(document, parse_toml(render_head(run)), owned=_OWNED_HEAD)
        for item_id in sorted(changed):
            answer = run.answers.get(item_id)
            fresh = parse_toml(render_answer(item_id, answer)) if answer is not None else {}
            new = fresh.get("answers", {}).get(item_id)
            if new is None:  # cleared: the table goes, as a full merge removes it
                if answers is not None and item_id in answers:
                    del answers[item_id]
                continue
            old = answers.get(item_id)
            if old is not None and hasattr(old, "keys") and not isinstance(old, str):
                _merge(old, new, top=False)
            else:
                answers[item_id] = new
        if answers is not None and not answers:
            del document["answers"]
        return True


def _merge(
    target: Any,
    fresh: dict[str, Any],
    top: bool = True,
    owned: tuple[str, ...] | None = None,
) -> None:
    """Make the tomlkit ``target`` hold ``fresh``, touching only what changed.

    At the top, keys jamtui does not write (a person's own additions) are kept; the lists
    and the answers table jamtui owns are removed when they became empty. Inside tables,
    anything ``fresh`` no longer has is removed, so a cleared note or answer stays cleared.
    """
    owned = _OWNED_TABLES if owned is None else owned
    for name in list(target.keys()):
        if name not in fresh and (not top or name in owned):
            del target[name]
    for name, new in fresh.items():
        old = target.get(name)
        if (
            isinstance(new, dict)
            and old is not None
            and hasattr(old, "keys")
            and not isinstance(old, str)
        ):
            _merge(old, new, top=False)
        elif old != new:
            target[name] = new


_OWNED_TABLES = ("participants", "history", "answers", "last_item")
_OWNED_HEAD = ("participants", "history", "last_item")
"""What the header's merge may remove (the answers are merged one by one)."""
