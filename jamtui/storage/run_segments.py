"""A hand-edited run file as its header and one piece of text per answer, each re-rendered
through tomlkit only when it changes."""

from __future__ import annotations

import re
from typing import Any

from jamtui.core.run import ItemAnswer, Run
from jamtui.core.toml_reader import TOMLDecodeError, parse_toml
from jamtui.storage.run_file import _OWNED_HEAD, _merge, render_answer, render_head

_HEADER = re.compile(r"^[ \t]*\[(?!\[)[ \t]*answers[ \t]*\.", re.MULTILINE)
"""A line opening an answer's table (``[answers."s.q1"]``); ``[[answers.….actions]]`` rows
and comments stay with the answer above them."""


class _Piece:
    """One answer's text and, once it changed, its own small tomlkit document."""

    __slots__ = ("document", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.document: Any = None


class Segments:
    """The header and the answers of a hand-edited run file, kept apart.

    tomlkit renders a whole document in milliseconds (an 80-answer file: ~3 ms per save);
    here a save renders the header and the answers that changed, and reuses the text of the
    others as it was. Only files whose every answer is one table of its own, with nothing
    else between them, are split (``split`` answers None otherwise, and the whole document
    is kept instead).
    """

    def __init__(self, head: str, answers: dict[str, str]) -> None:
        self.head = head
        self.pieces = {item_id: _Piece(text) for item_id, text in answers.items()}
        self._head_document: Any = None

    @classmethod
    def split(cls, text: str) -> Segments | None:
        """The file's pieces, or None when it cannot be split exactly."""
        starts = [match.start() for match in _HEADER.finditer(text)]
        bounds = [*starts, len(text)]
        head = text[: bounds[0]]
        answers: dict[str, str] = {}
        tables: dict[str, Any] = {}
        last = ""
        try:
            whole = parse_toml(text)
            head_data = parse_toml(head)
            for start, end in zip(starts, bounds[1:], strict=True):
                piece = text[start:end]
                data = parse_toml(piece)
                found = data.get("answers")
                if set(data) != {"answers"} or not isinstance(found, dict) or len(found) != 1:
                    return None
                ((item_id, table),) = found.items()
                if item_id == last:  # ``[answers."x".sub]``: still the same answer
                    answers[item_id] += piece
                    tables[item_id] = parse_toml(answers[item_id])["answers"][item_id]
                    continue
                if item_id in answers:
                    return None
                answers[item_id], tables[item_id], last = piece, table, item_id
        except (TOMLDecodeError, RecursionError, ValueError):
            return None
        if "answers" in head_data:
            return None
        if tables:
            head_data["answers"] = tables
        return cls(head, answers) if head_data == whole else None

    def render(self, run: Run, changed: set[str] | None = None) -> str:
        """The file's new text; ``changed``: the answers changed since the last ``render``
        (None: any may have)."""
        import tomlkit

        if self._head_document is None:
            self._head_document = tomlkit.parse(self.head)
        _merge(self._head_document, parse_toml(render_head(run)), owned=_OWNED_HEAD)
        ids = set(self.pieces) | set(run.answers) if changed is None else changed
        for item_id in sorted(ids):
            self._update(item_id, run.answers.get(item_id))
        parts = [tomlkit.dumps(self._head_document)]
        for piece in self.pieces.values():
            if not parts[-1].endswith("\n"):
                parts.append("\n")
            parts.append(piece.text)
        return "".join(parts)

    def _update(self, item_id: str, answer: ItemAnswer | None) -> None:
        import tomlkit

        fresh = render_answer(item_id, answer) if answer is not None else ""
        piece = self.pieces.get(item_id)
        if not fresh:  # cleared: its table goes, as a full merge removes it
            self.pieces.pop(item_id, None)
        elif piece is None:  # a new answer: its canonical text, at the end
            self.pieces[item_id] = _Piece(fresh)
        else:
            if piece.document is None:
                piece.document = tomlkit.parse(piece.text)
            new = parse_toml(fresh)["answers"][item_id]
            _merge(piece.document["answers"][item_id], new, top=False)
            piece.text = tomlkit.dumps(piece.document)
