"""Localised text (plain Swedish strings or sv/en tables) and text normalisation."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

DEFAULT_LANG = "sv"
LANGUAGES = ("sv", "en")


def nfc(text: str) -> str:
    """Return ``text`` in Unicode normalisation form C."""
    return unicodedata.normalize("NFC", text)


_FOLD = str.maketrans({"ß": "ss", "æ": "ae", "ø": "o", "đ": "d", "ł": "l", "þ": "th", "ð": "d"})
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def ascii_slug(text: str, limit: int = 60) -> str:
    """``Malmö stad / Vård & omsorg`` → ``malmo-stad-vard-omsorg``: the one slug rule.

    ASCII letters, digits and single hyphens, at most ``limit`` characters; may be empty.
    Folder names (storage) and report file names (export) are both made with it.
    """
    folded = unicodedata.normalize("NFKD", text.casefold().translate(_FOLD))
    ascii_text = folded.encode("ascii", "ignore").decode("ascii")
    return _NOT_SLUG.sub("-", ascii_text).strip("-")[:limit].rstrip("-")


class Text:
    """A piece of checklist text in one or more languages; Swedish is the primary language.

    Immutable and compared by value. A plain class, not a frozen dataclass: this module is
    on every command's path, and importing ``dataclasses`` cost a short command ~12 ms.
    """

    __slots__ = ("values",)
    values: Mapping[str, str]

    def __init__(self, values: Mapping[str, str] | None = None) -> None:
        object.__setattr__(self, "values", {} if values is None else values)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Text is immutable: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"Text is immutable: cannot delete {name!r}")

    def __reduce__(self) -> tuple[type[Text], tuple[Mapping[str, str]]]:
        return Text, (self.values,)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Text):
            return NotImplemented
        return self.values == other.values

    def __hash__(self) -> int:
        return hash(tuple(sorted(self.values.items())))

    def __repr__(self) -> str:
        return f"Text(values={self.values!r})"

    @classmethod
    def plain(cls, text: str, lang: str = DEFAULT_LANG) -> Text:
        return cls({lang: nfc(text)})

    def get(self, lang: str = DEFAULT_LANG) -> str:
        """The text in ``lang``, falling back to Swedish, then to any language present."""
        if lang in self.values:
            return self.values[lang]
        if DEFAULT_LANG in self.values:
            return self.values[DEFAULT_LANG]
        for value in self.values.values():
            return value
        return ""

    def __bool__(self) -> bool:
        return any(self.values.values())

    def __str__(self) -> str:
        return self.get()


EMPTY_TEXT = Text()


def text_of(value: object) -> Text:
    """Checklist TOML text (a string, or an sv/en table) as ``Text``; empty for anything else."""
    if isinstance(value, str):
        return Text.plain(value)
    if isinstance(value, dict):
        return Text({k: nfc(v) for k, v in value.items() if isinstance(v, str) and k in LANGUAGES})
    return EMPTY_TEXT


def strip_bom(text: str) -> str:
    """``text`` without the byte-order mark some Windows editors put first."""
    return text[1:] if text.startswith("\ufeff") else text
