"""The checklist model: what a validated checklist TOML file becomes."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from typing import TYPE_CHECKING, Any

from jamtui.core.answers import NA_VALUE as NA_VALUE  # (defined with the answers)
from jamtui.core.text import EMPTY_TEXT, Text

if TYPE_CHECKING:
    from jamtui.core.items.base import ItemKind

FORMAT_VERSION = 1
FORMAT_VERSIONS: tuple[float, ...] = (1, 1.1)
"""``format`` values this jamtui reads: 1, and 1.1 (version 1 plus the 1.1 additions)."""
YES = "ja"
NO = "nej"
NOTE = "note"
"""The outcome kind that shows a conclusion without ending the run."""
NA_LABEL = Text({"sv": "Ej aktuellt", "en": "Not applicable"})
"""What "not applicable" is called unless a scale names it otherwise."""


class ItemType(StrEnum):
    """The names of the built-in item types (``jamtui.core.items``); plugins add more."""

    YESNO = "yesno"
    SCALE = "scale"
    CHOICE = "choice"
    MULTICHOICE = "multichoice"
    TEXT = "text"
    ACTIONS = "actions"
    NUMBER = "number"
    DATE = "date"
    TABLE = "table"
    NOTICE = "notice"


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


@dataclass(frozen=True)
class Scale:
    """A named ordinal scale, defined once and referenced by items."""

    id: str
    levels: tuple[Level, ...]
    na: bool = True
    na_label: Text = field(default_factory=lambda: NA_LABEL)
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
    type: ItemType | str
    """A built-in type is an ``ItemType`` member; a plugin's type is its name."""
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
    group: Text = EMPTY_TEXT
    """Format 1.1: the sub-heading inside the section that this item sits under."""
    kind: ItemKind | None = field(default=None, compare=False, repr=False)
    """The type object; None means the built-in type named by ``type``."""
    options: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)
    """What the type read from its own TOML keys (e.g. a number's unit and bounds)."""

    @cached_property
    def item_kind(self) -> ItemKind:
        """The type object (looked up once per item: a report asks about every item often)."""
        from jamtui.core.items import kind_of

        return kind_of(self)

    @property
    def takes_answer(self) -> bool:
        return self.item_kind.takes_answer

    @property
    def allows_na(self) -> bool:
        if self.type is ItemType.SCALE and self.scale is not None:
            return self.scale.na or self.na
        return self.na and self.item_kind.na_capable

    def choice(self, value: str) -> Choice | None:
        for choice in self.choices:
            if choice.value == value:
                return choice
        return None

    def possible_values(self) -> tuple[object, ...] | None:
        """Values a condition may compare this item's answer with; None when free text."""
        na: tuple[object, ...] = (NA_VALUE,) if self.allows_na else ()
        values = self.item_kind.possible_values(self)
        return None if values is None else (*values, *na)


@dataclass(frozen=True)
class Section:
    """An ordered group of items."""

    id: str
    title: Text
    items: tuple[Item, ...]
    description: Text = EMPTY_TEXT
    show_if: Condition | None = None
    bands: tuple[Band, ...] = ()
    """Format 1.1: labelled ranges of this section's score."""


@dataclass(frozen=True)
class Outcome:
    """An end state of a branching checklist, reached when its condition holds."""

    id: str
    title: Text
    when: Condition
    description: Text = EMPTY_TEXT
    kind: str = "stop"
    """``stop`` (the run ends early, e.g. återremiss), ``ok`` (a positive end), ``info`` (the
    run ends with a neutral conclusion) or ``note`` (format 1.1: a conclusion shown while
    the run goes on)."""

    @property
    def ends_run(self) -> bool:
        return self.kind != NOTE


@dataclass(frozen=True)
class Band:
    """A labelled range of total scores (inclusive bounds)."""

    min: float
    max: float
    label: Text
    description: Text = EMPTY_TEXT


@dataclass(frozen=True)
class CountTest:
    """How many counted items sit at ``value``: at least, at most, or more than a share."""

    value: int
    at_least: int | None = None
    at_most: int | None = None
    more_than_share: float | None = None
    """A fraction of the counted items (0.5: more than half)."""


@dataclass(frozen=True)
class CountRule:
    """Format 1.1: a criterion over how many scale answers sit at each level.

    SKR:s mentor criterion is ``value 1 at most 0`` and ``value 3 more than half``.
    """

    id: str
    title: Text
    tests: tuple[CountTest, ...]
    description: Text = EMPTY_TEXT
    met: Text = EMPTY_TEXT
    not_met: Text = EMPTY_TEXT


@dataclass(frozen=True)
class Scoring:
    """How a checklist's answers become scores."""

    section: Aggregation = Aggregation.MEAN
    total: Aggregation = Aggregation.MEAN
    total_from: TotalFrom = TotalFrom.ITEMS
    bands: tuple[Band, ...] = ()
    profile: Text = EMPTY_TEXT
    """Heading of the level profile (answers per scale level); no profile when empty."""
    rules: tuple[CountRule, ...] = ()


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
    def asked_count(self) -> int:
        """How many items take an answer (a ``notice`` does not)."""
        return sum(1 for item in self.items if item.takes_answer)

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
