"""Scores as each checklist declares them: item scores, section and total aggregation, bands.

Only visible, answered, scored items count; N/A and unanswered items are counted apart.
``maximum`` is what the same answered items could reach at best under the same aggregation,
so ``percent = score / maximum``. A section or run with no scored answers has no score
(None), never zero.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from jamtui.core.answers import AnswerValue, Values, is_answered
from jamtui.core.model import NA_VALUE, Aggregation, Band, Checklist, Item, ItemType, TotalFrom
from jamtui.core.navigation import walk
from jamtui.core.numbers import format_number, format_percent

WORDS = {
    "sv": {
        Aggregation.SUM: "summa",
        Aggregation.MEAN: "medel",
        Aggregation.WEIGHTED_MEAN: "viktat medel",
        "answered": "{answered} av {items} besvarade",
        "of": "av",
        "na": "{na} ej aktuellt",
        "none": "ingen poäng (inga besvarade frågor som ger poäng)",
        "total": "Totalt",
        "band": "nivå",
    },
    "en": {
        Aggregation.SUM: "sum",
        Aggregation.MEAN: "mean",
        Aggregation.WEIGHTED_MEAN: "weighted mean",
        "answered": "{answered} of {items} answered",
        "of": "of",
        "na": "{na} not applicable",
        "none": "no score (no scored items answered)",
        "total": "Total",
        "band": "level",
    },
}


@dataclass(frozen=True)
class Part:
    """One counted item: its score, the best it could score, and its weight."""

    score: float
    maximum: float
    weight: float


@dataclass(frozen=True)
class Tally:
    """A score with what it is made of."""

    score: float | None
    maximum: float | None
    aggregation: Aggregation
    answered: int
    na: int
    unanswered: int
    scored_items: int

    @property
    def percent(self) -> float | None:
        if self.score is None or not self.maximum:
            return None
        return 100 * self.score / self.maximum

    def explain(self, lang: str = "sv") -> str:
        """``3 av 4 besvarade, medel 2,3 av 3; 1 ej aktuellt``."""
        words = WORDS.get(lang, WORDS["sv"])
        text = str(words["answered"]).format(answered=self.answered, items=self.scored_items)
        if self.score is None or self.maximum is None:
            text += f", {words['none']}"
        else:
            text += (
                f", {words[self.aggregation]} {format_number(self.score, lang=lang)} "
                f"{words['of']} {format_number(self.maximum, lang=lang)}"
            )
        if self.na:
            text += "; " + str(words["na"]).format(na=self.na)
        return text


@dataclass(frozen=True)
class SectionScore(Tally):
    section_id: str = ""


@dataclass(frozen=True)
class RunScore(Tally):
    sections: tuple[SectionScore, ...] = ()
    band: Band | None = None

    def explain(self, lang: str = "sv") -> str:
        words = WORDS.get(lang, WORDS["sv"])
        text = f"{words['total']}: {super().explain(lang)}"
        if self.percent is not None:
            text += f" ({format_percent(self.percent, lang)})"
        if self.band is not None:
            text += f" · {words['band']}: {self.band.label.get(lang)}"
        return text


def item_part(item: Item, value: AnswerValue | None) -> Part | None:
    """The item's contribution, or None when it does not count (N/A, unanswered, no score)."""
    if not item.scored or not is_answered(value) or value == NA_VALUE:
        return None
    maximum = item.max_score()
    if maximum is None:
        return None
    score: float | None = None
    if item.type is ItemType.SCALE and isinstance(value, int):
        score = float(value)
    elif item.type is ItemType.YESNO:
        score = 1.0 if value == "ja" else 0.0 if value == "nej" else None
    elif item.type is ItemType.CHOICE and isinstance(value, str):
        choice = item.choice(value)
        score = choice.score if choice is not None else None
    elif item.type is ItemType.MULTICHOICE and isinstance(value, tuple | list):
        chosen = [item.choice(str(v)) for v in value]
        score = sum(c.score for c in chosen if c is not None and c.score is not None)
    if score is None:
        return None
    return Part(score, maximum, item.weight)


def aggregate(parts: Sequence[Part], how: Aggregation) -> tuple[float | None, float | None]:
    """(score, maximum) of ``parts`` combined as ``how``; (None, None) when nothing counts."""
    if not parts:
        return None, None
    if how is Aggregation.SUM:
        return sum(p.score for p in parts), sum(p.maximum for p in parts)
    if how is Aggregation.MEAN:
        return (
            sum(p.score for p in parts) / len(parts),
            sum(p.maximum for p in parts) / len(parts),
        )
    weight = sum(p.weight for p in parts)
    if weight <= 0:
        return None, None
    return (
        sum(p.score * p.weight for p in parts) / weight,
        sum(p.maximum * p.weight for p in parts) / weight,
    )


def score_run(
    checklist: Checklist, values: Values, with_actions: frozenset[str] = frozenset()
) -> RunScore:
    """Score a run's answers as the checklist declares."""
    scoring = checklist.scoring
    section_how = scoring.section if scoring else Aggregation.MEAN
    total_how = scoring.total if scoring else Aggregation.MEAN
    total_from = scoring.total_from if scoring else TotalFrom.ITEMS
    path = walk(checklist, values, with_actions)
    visible = {item.id for item in path.visible}
    sections: list[SectionScore] = []
    all_parts: list[Part] = []
    counts = [0, 0, 0, 0]
    for section in checklist.sections:
        scored = [i for i in section.items if i.scored and i.id in visible]
        parts: list[Part] = []
        na = unanswered = 0
        for item in scored:
            value = values.get(item.id)
            part = item_part(item, value)
            if part is not None:
                parts.append(part)
            elif value == NA_VALUE:
                na += 1
            elif not is_answered(value):
                unanswered += 1
        score, maximum = aggregate(parts, section_how)
        sections.append(
            SectionScore(
                score=score,
                maximum=maximum,
                aggregation=section_how,
                answered=len(parts),
                na=na,
                unanswered=unanswered,
                scored_items=len(scored),
                section_id=section.id,
            )
        )
        all_parts.extend(parts)
        for index, amount in enumerate((len(parts), na, unanswered, len(scored))):
            counts[index] += amount
    if total_from is TotalFrom.SECTIONS:
        section_parts = [
            Part(s.score, s.maximum, 1.0)
            for s in sections
            if s.score is not None and s.maximum is not None
        ]
        total, maximum = aggregate(section_parts, total_how)
    else:
        total, maximum = aggregate(all_parts, total_how)
    band = None
    if total is not None and scoring is not None:
        band = next((b for b in scoring.bands if b.min <= total <= b.max), None)
    return RunScore(
        score=total,
        maximum=maximum,
        aggregation=total_how,
        answered=counts[0],
        na=counts[1],
        unanswered=counts[2],
        scored_items=counts[3],
        sections=tuple(sections),
        band=band,
    )


def level_profile(checklist: Checklist, values: Values) -> dict[int, int]:
    """How many answered scale items sit at each level (SKR: how many 1s, 2s and 3s)."""
    path = walk(checklist, values)
    profile: dict[int, int] = {}
    scales = [i for i in path.visible if i.type is ItemType.SCALE and i.scale is not None]
    for item in scales:
        assert item.scale is not None
        for level in item.scale.levels:
            profile.setdefault(level.value, 0)
        value = values.get(item.id)
        if isinstance(value, int) and not isinstance(value, bool):
            profile[value] = profile.get(value, 0) + 1
    return dict(sorted(profile.items()))
