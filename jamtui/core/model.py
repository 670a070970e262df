"""The checklist model: what a validated checklist TOML file becomes."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property

from jamtui.core.text import EMPTY_TEXT, Text

FORMAT_VERSION = 1
NA_VALUE = "na"
YES = "ja"
NO = "nej"


class ItemType(StrEnum):
    """The kinds of answer an item takes."""

    YESNO = "yesno"
    SCALE = "scale"
    CHOICE = "choice"
    MULTICHOICE = "multichoice"
    TEXT = "text"
    ACTIONS = "actions"


class Aggregation(StrEnum):
    """How item scores combine into a section or total score."""

    SUM = "sum"
    MEAN = "mean"
    WEIGHTED_MEAN = "weighted_mean"


class TotalFrom(StrEnum):
    """Whether the total aggregates item scores or section scores."""

    ITEMS = "items"
    SECTIONS = "sections"


@dataclass(frozen=True)
class Source:
    """The original material a checklist is built on."""

    publisher: str
    title: str
    year: int | None = None
    url: str = ""
    adaptation: Text = EMPTY_TEXT


@dataclass(frozen=True)
class Level:
    """One step of a scale."""

    value: int
    label: Text
    description: Text = EMPTY_TEXT


DEFAULT_NA_LABEL = Text({"sv": "Ej aktuellt", "en": "Not applicable"})
"""What N/A reads as where a scale names it no other way (each language its own)."""


@dataclass(frozen=True)
class Scale:
    """A named ordinal scale, defined once and referenced by items."""

    id: str
    levels: tuple[Level, ...]
    na: bool = True
    na_label: Text = field(default_factory=lambda: DEFAULT_NA_LABEL)
    note: Text = EMPTY_TEXT

    @property
    def minimum(self) -> int:
        return min(level.value for level in self.levels)

    @property
    def maximum(self) -> int:
        return max(level.value for level in self.levels)

    def level(self, value: int) -> Level | None:
        for level in self.levels:
            if level.value == value:
                return level
        return None


@dataclass(frozen=True)
class Choice:
    """One option of a choice or multichoice item."""

    value: str
    label: Text
    score: float | None = None


@dataclass(frozen=True)
class Condition:
    """A structured condition: a comparison on one item, or all/any of sub-conditions.

    Exactly one form is used: ``item`` with ``equals``/``not_equals``/``in_``/``answered``,
    or ``all``, or ``any``.
    """

    item: str | None = None
    equals: object = None
    not_equals: object = None
    in_: tuple[object, ...] | None = None
    answered: bool | None = None
    all: tuple[Condition, ...] = ()
    any: tuple[Condition, ...] = ()

    def referenced_items(self) -> Iterator[str]:
        """Every item id this condition reads."""
        if self.item is not None:
            yield self.item
        for sub in (*self.all, *self.any):
            yield from sub.referenced_items()


@dataclass(frozen=True)
class Item:
    """One question, statement or step of a checklist."""

    id: str
    """Full id, ``<section id>.<local id>``; answers are keyed by it."""
    local_id: str
    section_id: str
    type: ItemType
    text: Text
    guidance: Text = EMPTY_TEXT
    required: bool = False
    weight: float = 1.0
    scale: Scale | None = None
    choices: tuple[Choice, ...] = ()
    show_if: Condition | None = None
    raters: bool = False
    na: bool = False
    scored: bool = False
    replaces: tuple[str, ...] = ()
    action_plan: bool = False
    """The answer belongs in the report's action plan (e.g. "Vad kan göras … nästa år?")."""

    @property
    def allows_na(self) -> bool:
        if self.type is ItemType.SCALE and self.scale is not None:
            return self.scale.na or self.na
        return self.na

    def choice(self, value: str) -> Choice | None:
        for choice in self.choices:
            if choice.value == value:
                return choice
        return None

    def possible_values(self) -> tuple[object, ...] | None:
        """Values a condition may compare this item's answer with; None when free text."""
        na: tuple[object, ...] = (NA_VALUE,) if self.allows_na else ()
        if self.type is ItemType.YESNO:
            return (YES, NO, *na)
        if self.type is ItemType.SCALE and self.scale is not None:
            return (*(level.value for level in self.scale.levels), *na)
        if self.type in (ItemType.CHOICE, ItemType.MULTICHOICE):
            return (*(choice.value for choice in self.choices), *na)
        return None


@dataclass(frozen=True)
class Section:
    """An ordered group of items."""

    id: str
    title: Text
    items: tuple[Item, ...]
    description: Text = EMPTY_TEXT
    show_if: Condition | None = None


@dataclass(frozen=True)
class Outcome:
    """An end state of a branching checklist, reached when its condition holds."""

    id: str
    title: Text
    when: Condition
    description: Text = EMPTY_TEXT
    kind: str = "stop"
    """``stop`` (the run ends early, e.g. återremiss), ``ok`` (a positive end) or ``info``."""


@dataclass(frozen=True)
class Band:
    """A labelled range of total scores (inclusive bounds)."""

    min: float
    max: float
    label: Text
    description: Text = EMPTY_TEXT


@dataclass(frozen=True)
class Scoring:
    """How a checklist's answers become scores."""

    section: Aggregation = Aggregation.MEAN
    total: Aggregation = Aggregation.MEAN
    total_from: TotalFrom = TotalFrom.ITEMS
    bands: tuple[Band, ...] = ()


@dataclass(frozen=True)
class Checklist:
    """A validated checklist definition."""

    id: str
    version: str
    title: Text
    sections: tuple[Section, ...]
    description: Text = EMPTY_TEXT
    source: Source | None = None
    scales: Mapping[str, Scale] = field(default_factory=dict)
    outcomes: tuple[Outcome, ...] = ()
    scoring: Scoring | None = None
    intro: Text = EMPTY_TEXT
    origin: str = ""
    """Where the definition came from (a file path or plugin resource), for messages."""

    @cached_property
    def items(self) -> tuple[Item, ...]:
        """Every item in checklist order."""
        return tuple(item for section in self.sections for item in section.items)

    @cached_property
    def items_by_id(self) -> Mapping[str, Item]:
        return {item.id: item for item in self.items}

    @cached_property
    def sections_by_id(self) -> Mapping[str, Section]:
        return {section.id: section for section in self.sections}

    def item(self, item_id: str) -> Item | None:
        return self.items_by_id.get(item_id)

    def section_of(self, item: Item) -> Section:
        return self.sections_by_id[item.section_id]

    @property
    def has_scoring(self) -> bool:
        return self.scoring is not None and any(item.scored for item in self.items)
