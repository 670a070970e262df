"""Comparing and checking the names people type for units, people and log entries."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from typing import Protocol, TypeVar

from jamtui.core.text import ascii_slug


class Labelled(Protocol):
    """A word stored as ASCII (``value``) and shown as a label in a language."""

    @property
    def value(self) -> str: ...

    def label(self, lang: str | None = None) -> str: ...


Word = TypeVar("Word", bound=Labelled)


def clean_name(text: str) -> str:
    """NFC, trimmed, inner runs of white space as one space (names are one line)."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def same_name(a: str, b: str) -> bool:
    """Names equal when case and spacing are ignored (Åsa Lind == åsa  lind)."""
    return clean_name(a).casefold() == clean_name(b).casefold()


def is_one_line(text: str) -> bool:
    """True when ``text`` has no line break or other control character."""
    return not any(unicodedata.category(char) in ("Cc", "Zl", "Zp") for char in text)


def spellings(words: Iterable[Word], english: Mapping[Word, str]) -> dict[str, Word]:
    """Keys for ``typed_word``: each word as in files, its labels in both languages, and a
    short English name (``steering`` beside the label ``steering group``)."""
    table: dict[str, Word] = {}
    for word in words:
        names = [word.value, *(word.label(lang) for lang in ("sv", "en"))]
        table.update({ascii_slug(name): word for name in names})
    table.update({ascii_slug(name): word for word, name in english.items()})
    return table


def typed_word(text: str, table: Mapping[str, Word]) -> Word | None:
    """The word typed in any accepted spelling: any case, with or without å ä ö, space or -."""
    return table.get(ascii_slug(clean_name(text)))
