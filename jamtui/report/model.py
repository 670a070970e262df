"""The report document: headings, paragraphs, lists, tables, figures; user text as plain text.

This is the typed model every exporter receives (``render(report)``). Text fields hold what a
person reads, never markup: each renderer escapes for its own format. ``MODEL_VERSION`` grows
by one whenever a field or a block type is added or changes meaning.
"""

from __future__ import annotations

from dataclasses import dataclass, field

MODEL_VERSION = 1
"""The version of this model; an exporter declares the version it was written for."""


@dataclass(frozen=True)
class Span:
    """A run of text inside a paragraph, list item or cell; ``strong``/``emphasis`` for style."""

    text: str
    strong: bool = False
    emphasis: bool = False


@dataclass(frozen=True)
class Heading:
    """A heading, ``level`` 1 (the report's title) to 3 (an item)."""

    level: int
    text: str
    internal: bool = False
    """Set on headings of the consultant's working copy (marked as internal everywhere)."""


@dataclass(frozen=True)
class Paragraph:
    """A paragraph. A ``\\n`` inside a span's text is a line break within the paragraph."""

    spans: tuple[Span, ...]
    role: str = ""
    """What the paragraph is, for renderers that style it: ``""`` (body), ``"label"`` (a bold
    label whose text follows on the next lines), ``"notice"`` (draft or internal notice),
    ``"footer"`` (the generated-by line)."""

    @property
    def text(self) -> str:
        return "".join(span.text for span in self.spans)


@dataclass(frozen=True)
class BulletList:
    """An unordered list; each item is one line of spans."""

    items: tuple[tuple[Span, ...], ...]


@dataclass(frozen=True)
class Table:
    """A table whose first row is a header row. Cells are plain text (``\\n`` = line break)."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    caption: str = ""
    """What the table shows, for renderers that caption tables (may be empty)."""


@dataclass(frozen=True)
class Facts:
    """Label–value pairs, such as the title block (organisation, unit, date …)."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Bar:
    """One bar of a chart: its label, value (None: no value), the value's highest possible
    value (the bar's full length), and the value as written (``3,5 av 6``)."""

    label: str
    value: float | None
    maximum: float
    shown: str


@dataclass(frozen=True)
class Figure:
    """A bar chart with its caption and an alt text that says every number in words."""

    caption: str
    alt: str
    bars: tuple[Bar, ...]


@dataclass(frozen=True)
class Rule:
    """A thematic break (a horizontal line)."""


@dataclass(frozen=True)
class LabelledText:
    """A label with a person's multi-line text under it (a note, a dissent, an internal note).

    ``text`` keeps the writer's line breaks; a blank line separates paragraphs.
    """

    label: str
    text: str
    internal: bool = False
    """An internal note: only ever in the working copy."""


Block = Heading | Paragraph | BulletList | Table | Facts | LabelledText | Figure | Rule


@dataclass(frozen=True)
class Section:
    """A titled part of the report; ``key`` names it (``summary``, ``section:<id>``, ``actions``,
    ``retired`` …) so that a later part can be added before or after a known one."""

    key: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Report:
    """One report for one run."""

    title: str
    lang: str
    """``sv`` or ``en``: the document language (sv-SE or en-GB in the formats that say it)."""
    sections: tuple[Section, ...]
    internal: bool = False
    """True for the consultant's working copy that holds internal notes."""
    internal_mark: str = ""
    """The words that mark every page and heading of a working copy (empty otherwise)."""
    organisation: str = ""
    checklist_id: str = ""
    date: str = ""
    version: int = MODEL_VERSION
    meta: dict[str, str] = field(default_factory=dict)
    """Document properties: ``author``, ``subject``, ``generator``."""

    def blocks(self) -> tuple[Block, ...]:
        """Every block in reading order."""
        return tuple(block for section in self.sections for block in section.blocks)

    @property
    def language_tag(self) -> str:
        return "en-GB" if self.lang == "en" else "sv-SE"
