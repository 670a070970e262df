"""Small builders of Checklist objects for core tests (no TOML, no catalog)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from jamtui.core.model import (
    Aggregation,
    Band,
    Checklist,
    Choice,
    Condition,
    Item,
    ItemType,
    Level,
    Outcome,
    Scale,
    Scoring,
    Section,
    TotalFrom,
)
from jamtui.core.text import Text


def scale(low: int = 1, high: int = 3, *, id: str = "niva", na: bool = True) -> Scale:
    """A scale with levels ``low`` … ``high``."""
    return Scale(
        id=id,
        levels=tuple(Level(v, Text.plain(f"Nivå {v}")) for v in range(low, high + 1)),
        na=na,
    )


def item(
    local_id: str,
    type: ItemType = ItemType.SCALE,
    *,
    on: Scale | None = None,
    scored: bool = True,
    weight: float = 1.0,
    choices: Sequence[tuple[str, float | None]] = (),
    show_if: Condition | None = None,
    replaces: Sequence[str] = (),
    na: bool = True,
    text: str = "",
) -> Item:
    """An item; ``section()`` gives it its full id. Scale items default to a 1–3 scale."""
    if type is ItemType.SCALE and on is None:
        on = scale()
    return Item(
        id=local_id,
        local_id=local_id,
        section_id="",
        type=type,
        text=Text.plain(text or local_id),
        weight=weight,
        scale=on if type is ItemType.SCALE else None,
        choices=tuple(Choice(v, Text.plain(v), s) for v, s in choices),
        show_if=show_if,
        na=na,
        scored=scored,
        replaces=tuple(replaces),
    )


def section(id: str, *items: Item, show_if: Condition | None = None) -> Section:
    """A section whose items get ids ``<id>.<local id>``."""
    return Section(
        id=id,
        title=Text.plain(id.capitalize()),
        items=tuple(replace(i, id=f"{id}.{i.local_id}", section_id=id) for i in items),
        show_if=show_if,
    )


def band(low: float, high: float, label: str) -> Band:
    return Band(low, high, Text({"sv": label, "en": label.upper()}))


def checklist(
    *sections: Section,
    section_how: Aggregation = Aggregation.MEAN,
    total_how: Aggregation = Aggregation.MEAN,
    total_from: TotalFrom = TotalFrom.ITEMS,
    bands: Sequence[Band] = (),
    outcomes: Sequence[Outcome] = (),
    version: str = "1",
    id: str = "test",
    scoring: bool = True,
) -> Checklist:
    """A checklist with the given sections and scoring."""
    return Checklist(
        id=id,
        version=version,
        title=Text.plain("Testlista"),
        sections=tuple(sections),
        outcomes=tuple(outcomes),
        scoring=Scoring(section_how, total_how, total_from, tuple(bands)) if scoring else None,
    )


def equals(item_id: str, value: object) -> Condition:
    return Condition(item=item_id, equals=value)


def outcome(id: str, when: Condition) -> Outcome:
    return Outcome(id=id, title=Text.plain(id), when=when)
