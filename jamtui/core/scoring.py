"""Scores as a checklist declares them: item scores, section and total aggregation, bands.

Definitions (the export and the screens explain scores in these terms):

* **Scorable item**: ``item.scored`` and a type that gives points: ``scale`` (the level's
  value), ``yesno`` (ja = 1, nej = 0), ``choice`` (the chosen option's ``score``) or
  ``multichoice`` (the sum of the chosen options' scores; an option without a score adds 0).
  ``text`` and ``actions`` items never score.
* Only **visible** items count: items hidden by ``show_if`` or after an outcome ended the
  run are left out entirely (not even counted as unanswered).
* Each visible scorable item falls in exactly one bucket: ``answered`` (it has a score),
  ``na`` (ej aktuellt), ``unanswered``, or ``unscored`` (answered, but the answer carries
  no score: a choice without ``score`` or a value the item cannot take, e.g. a level that
  a newer scale no longer has). ``answered + na + unanswered + unscored == scored_items``.
* **Item bounds**: the lowest and highest score an item can give (scale minimum and
  maximum; 0 and 1; the lowest and highest choice score; the sum of the negative and of
  the positive option scores).
* **Aggregation** of the answered items' scores ``s`` with weights ``w``: ``sum`` = Σs,
  ``mean`` = Σs / n, ``weighted_mean`` = Σws / Σw. With ``total_from = "sections"`` the
  total aggregates the section scores instead (each section weighs 1).
* **maximum** (and ``minimum``) is the same aggregation applied to the item bounds of the
  *same answered items*: the best (worst) those answers could have scored. N/A and
  unanswered items therefore never lower or raise it.
* **percent** = 100 × score / maximum: the share of the reachable maximum. It is not
  rescaled from the scale's floor (the lowest answer on a 1–3 scale is 33 %), so it reads
  like "2,3 av 3". For ``sum`` and ``mean`` over the same items it is the same number.
  None when there is no score or the maximum is not positive.
* A section or run with no answered scorable items has score, minimum, maximum and
  percent None, never 0.
* **Band**: the first declared band whose inclusive range holds the total; if none does
  (a gap such as 1,0–1,9 / 2,0–2,4 and a total of 1,95) the total rounded half-up to the
  precision the bounds are written with is tried, so the band matches the number shown.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Final

from jamtui.core.answers import AnswerValue, Values, is_answered
from jamtui.core.memo import Memo
from jamtui.core.model import (
    NA_VALUE,
    Aggregation,
    Band,
    Checklist,
    Item,
    ItemType,
    TotalFrom,
)
from jamtui.core.navigation import walk
from jamtui.core.numbers import format_number, format_percent, round_half_up

WORDS: Final[dict[str, dict[str, str]]] = {
    "sv": {
        Aggregation.SUM: "summa",
        Aggregation.MEAN: "medel",
        Aggregation.WEIGHTED_MEAN: "viktat medel",
        "answered": "{answered} av {items} besvarade",
        "of": "av",
        "na_1": "{na} ej aktuellt",
        "na_n": "{na} ej aktuella",
        "unscored_1": "{n} svar utan poäng",
        "unscored_n": "{n} svar utan poäng",
        "none": "ingen poäng",
        "no_items": "inga frågor som ger poäng",
        "total": "Totalt",
        "band": "nivå",
        "over_1": "över {n} avsnitt",
        "over_n": "över {n} avsnitt",
    },
    "en": {
        Aggregation.SUM: "sum",
        Aggregation.MEAN: "mean",
        Aggregation.WEIGHTED_MEAN: "weighted mean",
        "answered": "{answered} of {items} answered",
        "of": "of",
        "na_1": "{na} not applicable",
        "na_n": "{na} not applicable",
        "unscored_1": "{n} answer without a score",
        "unscored_n": "{n} answers without a score",
        "none": "no score",
        "no_items": "no scored items",
        "total": "Total",
        "band": "level",
        "over_1": "over {n} section",
        "over_n": "over {n} sections",
    },
}


def _words(lang: str) -> dict[str, str]:
    return WORDS.get(lang, WORDS["sv"])


@dataclass(frozen=True)
class Part:
    """One counted item (or section): its score, its bounds and its weight."""

    score: float
    minimum: float
    maximum: float
    weight: float = 1.0


@dataclass(frozen=True, kw_only=True)
class Tally:
    """A score with what it is made of (see the module docstring for the definitions)."""

    score: float | None
    minimum: float | None
    maximum: float | None
    aggregation: Aggregation
    answered: int
    na: int
    unanswered: int
    unscored: int = 0
    scored_items: int

    @property
    def percent(self) -> float | None:
        """100 × score / maximum, or None without a score or a positive maximum."""
        if self.score is None or self.maximum is None or self.maximum <= 0:
            return None
        # The ratio first: a score at its maximum is then exactly 100, never 100.00000000000001.
        return 100 * (self.score / self.maximum)

    def explain(self, lang: str = "sv") -> str:
        """``3 av 4 besvarade, medel 2,3 av 3; 1 ej aktuellt``."""
        return self._explain(lang, "")

    def _explain(self, lang: str, after_score: str) -> str:
        words = _words(lang)
        if self.scored_items == 0:
            return words["no_items"]
        text = words["answered"].format(answered=self.answered, items=self.scored_items)
        if self.score is None or self.maximum is None:
            text += f", {words['none']}"
        else:
            text += (
                f", {words[self.aggregation]} {format_number(self.score, lang=lang)} "
                f"{words['of']} {format_number(self.maximum, lang=lang)}{after_score}"
            )
        extras = []
        if self.na:
            extras.append(words["na_1" if self.na == 1 else "na_n"].format(na=self.na))
        if self.unscored:
            key = "unscored_1" if self.unscored == 1 else "unscored_n"
            extras.append(words[key].format(n=self.unscored))
        if extras:
            text += "; " + ", ".join(extras)
        return text


@dataclass(frozen=True, kw_only=True)
class SectionScore(Tally):
    """The score of one section, and its band when the section declares bands (1.1)."""

    section_id: str
    band: Band | None = None

    def explain(self, lang: str = "sv") -> str:
        """``3 av 4 besvarade, summa 7 av 12 · nivå: Utvecklas``."""
        text = self._explain(lang, "")
        if self.band is not None:
            text += f" · {_words(lang)['band']}: {self.band.label.get(lang)}"
        return text


@dataclass(frozen=True, kw_only=True)
class RunScore(Tally):
    """The total score of a run, its sections and its band."""

    sections: tuple[SectionScore, ...] = ()
    band: Band | None = None
    total_from: TotalFrom = TotalFrom.ITEMS

    @property
    def total(self) -> float | None:
        """The total score (the same as ``score``)."""
        return self.score

    def section(self, section_id: str) -> SectionScore | None:
        return next((s for s in self.sections if s.section_id == section_id), None)

    def explain(self, lang: str = "sv") -> str:
        """``Totalt: 10 av 10 besvarade, summa 23 av 30 (77 %) · nivå: Utvecklas``."""
        words = _words(lang)
        after_score = ""
        if self.total_from is TotalFrom.SECTIONS:
            counted = sum(1 for s in self.sections if s.score is not None)
            key = "over_1" if counted == 1 else "over_n"
            after_score += " " + words[key].format(n=counted)
        if self.percent is not None:
            after_score += f" ({format_percent(self.percent, lang)})"
        text = f"{words['total']}: {self._explain(lang, after_score)}"
        if self.band is not None:
            text += f" · {words['band']}: {self.band.label.get(lang)}"
        return text


def explain(score: Tally, lang: str = "sv") -> str:
    """The words a consultant reads for a section or run score, Swedish unless ``lang="en"``."""
    return score.explain(lang)


def item_bounds(item: Item) -> tuple[float, float] | None:
    """(lowest, highest) score ``item`` can give, or None when it does not score."""
    if not item.scored:
        return None
    return item.item_kind.bounds(item)


def is_scorable(item: Item) -> bool:
    """True when ``item`` is scored and of a type that can give points."""
    return item_bounds(item) is not None


def item_score(item: Item, value: AnswerValue | None) -> float | None:
    """The score ``value`` gives ``item``; None for N/A, no answer, or an answer without score."""
    if not is_scorable(item) or not is_answered(value) or value == NA_VALUE:
        return None
    return item.item_kind.score(item, value)


def item_part(item: Item, value: AnswerValue | None) -> Part | None:
    """The item's contribution, or None when it does not count (N/A, unanswered, no score)."""
    score = item_score(item, value)
    bounds = item_bounds(item)
    if score is None or bounds is None:
        return None
    return Part(score, bounds[0], bounds[1], item.weight)


def _combine(numbers: Iterable[float], parts: Sequence[Part], how: Aggregation) -> float:
    values = list(numbers)
    if how is Aggregation.SUM:
        return sum(values)
    if how is Aggregation.MEAN:
        return sum(values) / len(values)
    weight = sum(p.weight for p in parts)
    return sum(v * p.weight for v, p in zip(values, parts, strict=True)) / weight


def aggregate(
    parts: Sequence[Part], how: Aggregation
) -> tuple[float | None, float | None, float | None]:
    """(score, minimum, maximum) of ``parts`` combined as ``how``; Nones when nothing counts.

    A weighted mean whose weights add up to zero (or less) has no score either.
    """
    if not parts or (how is Aggregation.WEIGHTED_MEAN and sum(p.weight for p in parts) <= 0):
        return None, None, None
    return (
        _combine((p.score for p in parts), parts, how),
        _combine((p.minimum for p in parts), parts, how),
        _combine((p.maximum for p in parts), parts, how),
    )


def _decimals(number: float) -> int:
    exponent = Decimal(repr(float(number))).normalize().as_tuple().exponent
    return min(6, -exponent) if isinstance(exponent, int) and exponent < 0 else 0


def band_for(bands: Sequence[Band], total: float | None) -> Band | None:
    """The first band whose inclusive range holds ``total`` (see the module docstring)."""
    if total is None or not bands:
        return None
    for band in bands:
        if band.min <= total <= band.max:
            return band
    places = max(_decimals(bound) for band in bands for bound in (band.min, band.max))
    shown = float(round_half_up(total, places))
    return next((band for band in bands if band.min <= shown <= band.max), None)


def _section_tally(
    section_id: str, items: Sequence[Item], values: Values, how: Aggregation
) -> tuple[SectionScore, list[Part]]:
    parts: list[Part] = []
    na = unanswered = unscored = 0
    for item in items:
        value = values.get(item.id)
        part = item_part(item, value)
        if part is not None:
            parts.append(part)
        elif value == NA_VALUE:
            na += 1
        elif not is_answered(value):
            unanswered += 1
        else:
            unscored += 1
    score, minimum, maximum = aggregate(parts, how)
    tally = SectionScore(
        section_id=section_id,
        score=score,
        minimum=minimum,
        maximum=maximum,
        aggregation=how,
        answered=len(parts),
        na=na,
        unanswered=unanswered,
        unscored=unscored,
        scored_items=len(items),
    )
    return tally, parts


_SCORES: Memo[RunScore] = Memo()


def score_run(
    checklist: Checklist, values: Values, with_actions: frozenset[str] = frozenset()
) -> RunScore:
    """``_score_run``, once for the same answers (a report scores its run and the previous
    one for the summary and the comparison, and the next report scores it again)."""
    return _SCORES.get(
        checklist, values, with_actions, lambda: _score_run(checklist, values, with_actions)
    )


def _score_run(
    checklist: Checklist, values: Values, with_actions: frozenset[str] = frozenset()
) -> RunScore:
    """Score a run's answers as the checklist declares (mean of items when it declares nothing).

    ``values`` maps item ids to answers; ``with_actions`` names the actions items that have
    rows (it only affects which items an outcome leaves visible).
    """
    scoring = checklist.scoring
    section_how = scoring.section if scoring else Aggregation.MEAN
    total_how = scoring.total if scoring else Aggregation.MEAN
    total_from = scoring.total_from if scoring else TotalFrom.ITEMS
    path = walk(checklist, values, with_actions)
    visible = {item.id for item in path.visible}
    sections: list[SectionScore] = []
    item_parts: list[Part] = []
    for section in checklist.sections:
        counted = [i for i in section.items if i.id in visible and is_scorable(i)]
        tally, parts = _section_tally(section.id, counted, values, section_how)
        if section.bands:
            tally = replace(tally, band=band_for(section.bands, tally.score))
        sections.append(tally)
        item_parts.extend(parts)
    if total_from is TotalFrom.SECTIONS:
        total_parts = [
            Part(s.score, s.minimum, s.maximum)
            for s in sections
            if s.score is not None and s.minimum is not None and s.maximum is not None
        ]
    else:
        total_parts = item_parts
    total, minimum, maximum = aggregate(total_parts, total_how)
    return RunScore(
        score=total,
        minimum=minimum,
        maximum=maximum,
        aggregation=total_how,
        answered=sum(s.answered for s in sections),
        na=sum(s.na for s in sections),
        unanswered=sum(s.unanswered for s in sections),
        unscored=sum(s.unscored for s in sections),
        scored_items=sum(s.scored_items for s in sections),
        sections=tuple(sections),
        band=band_for(scoring.bands, total) if scoring else None,
        total_from=total_from,
    )


def level_profile(
    checklist: Checklist, values: Values, with_actions: frozenset[str] = frozenset()
) -> dict[int, int]:
    """How many visible scored scale items were answered at each level, in level order.

    SKR:s självskattning shows the sum and how many items sit at 1, 2 and 3. Every level of
    every scored scale item is a key (so a level nobody chose shows 0); N/A, unanswered and
    off-scale values are not counted. Empty when the checklist has no scored scale items.
    """
    profile: dict[int, int] = {}
    scale_items = [
        item
        for item in checklist.items
        if item.type is ItemType.SCALE and item.scale is not None and is_scorable(item)
    ]
    for item in scale_items:
        assert item.scale is not None
        for level in item.scale.levels:
            profile.setdefault(level.value, 0)
    path = walk(checklist, values, with_actions)
    for item in scale_items:
        if not path.is_visible(item.id):
            continue
        score = item_score(item, values.get(item.id))
        if score is not None:
            profile[int(score)] += 1
    return dict(sorted(profile.items()))


def _range_of(bounds: Sequence[tuple[float, float]], how: Aggregation) -> tuple[float, float]:
    """The lowest and highest ``how`` can give over any non-empty subset of ``bounds``."""
    if how is Aggregation.SUM:
        lows = [low for low, _ in bounds]
        highs = [high for _, high in bounds]
        negative = [v for v in lows if v < 0]
        positive = [v for v in highs if v > 0]
        low = sum(negative) if negative else min(lows)
        high = sum(positive) if positive else max(highs)
        return low, high
    return min(low for low, _ in bounds), max(high for _, high in bounds)


def section_range(items: Sequence[Item], how: Aggregation) -> tuple[float, float] | None:
    """The (lowest, highest) score a section of ``items`` can reach, or None if nothing scores."""
    bounds = [b for b in (item_bounds(item) for item in items) if b is not None]
    return _range_of(bounds, how) if bounds else None


def possible_range(checklist: Checklist) -> tuple[float, float] | None:
    """The (lowest, highest) total a run of ``checklist`` can reach, or None if nothing scores.

    Any subset of the scored items may be answered (the rest N/A, unanswered or hidden), so a
    sum of positive scores reaches from the smallest single item minimum to the sum of all
    maxima; a mean stays between the lowest minimum and the highest maximum.
    """
    scoring = checklist.scoring
    section_how = scoring.section if scoring else Aggregation.MEAN
    total_how = scoring.total if scoring else Aggregation.MEAN
    if scoring is not None and scoring.total_from is TotalFrom.SECTIONS:
        ranges = [section_range(s.items, section_how) for s in checklist.sections]
        known = [r for r in ranges if r is not None]
        return _range_of(known, total_how) if known else None
    return section_range(checklist.items, total_how)
