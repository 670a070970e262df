"""Localised text (plain Swedish strings or sv/en tables) and text normalisation."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field

DEFAULT_LANG = "sv"
LANGUAGES = ("sv", "en")


def nfc(text: str) -> str:
    """Return ``text`` in Unicode normalisation form C."""
    return unicodedata.normalize("NFC", text)


@dataclass(frozen=True)
class Text:
    """A piece of checklist text in one or more languages; Swedish is the primary language."""

    values: Mapping[str, str] = field(default_factory=dict)

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
