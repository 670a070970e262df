"""Checks that read a built checklist as a whole: outcomes reachable too early, bands."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from itertools import pairwise, product

from jamtui.core.model import Aggregation, Band, Checklist, Condition, Item
from jamtui.core.numbers import format_number
from jamtui.i18n import t

Report = Callable[[str, str], None]

MAX_BRANCHES = 64
"""A condition with more ``all``/``any`` combinations than this is not analysed."""


def _branches(condition: Condition) -> Iterator[frozenset[str]]:
    """Each way ``condition`` can hold, as the set of items it then needs answered."""
    if condition.all:
        combos = product(*(list(_branches(sub)) for sub in condition.all))
        for count, combo in enumerate(combos):
            if count >= MAX_BRANCHES:
                return
            yield frozenset().union(*combo)
        return
    if condition.any:
        for sub in condition.any:
            yield from _branches(sub)
        return
    if condition.item is None:
        return
    if condition.answered is False:
        yield frozenset()
    else:
        yield frozenset({condition.item})


def _decides(item: Item, checklist: Checklist) -> bool:
    """An item whose answer can steer the path: it takes a fixed set of values, always shown."""
    section = checklist.sections_by_id[item.section_id]
    return item.possible_values() is not None and item.show_if is None and section.show_if is None


def check_outcome_paths(checklist: Checklist, report: Report) -> None:
    """Warn about an outcome that can hold while an earlier deciding item is unanswered.

    A positive end reached on the last statement alone (four of five unanswered) is the
    typical mistake. For each way the condition can hold, every always-shown yes/no, scale
    or choice item before the latest item the condition reads must be read by it too.
    """
    position = {item.id: index for index, item in enumerate(checklist.items)}
    for index, outcome in enumerate(checklist.outcomes):
        skipped: dict[str, None] = {}
        for needed in _branches(outcome.when):
            known = [position[i] for i in needed if i in position]
            if not known:
                continue
            for item in checklist.items[: max(known)]:
                if item.id not in needed and _decides(item, checklist):
                    skipped.setdefault(item.id)
        if skipped:
            ordered = sorted(skipped, key=position.__getitem__)
            report(
                f"outcomes[{index}].when",
                t(
                    "warning.outcome_skips",
                    None,
                    outcome=outcome.id,
                    ids=", ".join(f'"{i}"' for i in ordered),
                    id=ordered[0],
                ),
            )


def _show(number: float) -> str:
    return format_number(number, lang="en")


def check_bands(
    bands: Sequence[Band], reachable: tuple[float, float] | None, path: str, report: Report
) -> None:
    """Report overlapping bands, gaps between them and bands the score can never reach.

    ``reachable`` is the (lowest, highest) score the checklist can give, or None when it
    cannot be known (e.g. a mean with weights). Bands are compared in value order; a gap is
    any step between one band's max and the next band's min wider than the bounds'
    precision (``1–2`` and ``3–4`` leave no gap on integer sums; ``1,0–1,9`` and
    ``2,0–2,4`` leave none at one decimal).
    """
    indexed = sorted(enumerate(bands), key=lambda pair: (pair[1].min, pair[1].max))
    step = _step(bands)
    for (_, before), (index, band) in pairwise(indexed):
        if band.min <= before.max:
            report(
                f"{path}[{index}]",
                t(
                    "problem.band_overlap",
                    None,
                    min=_show(band.min),
                    max=_show(band.max),
                    other_min=_show(before.min),
                    other_max=_show(before.max),
                ),
            )
        elif band.min - before.max > step + 1e-9:
            report(
                f"{path}[{index}].min",
                t("problem.band_gap", None, low=_show(before.max), high=_show(band.min)),
            )
    if reachable is None:
        return
    low, high = reachable
    for index, band in enumerate(bands):
        if band.max < low - 1e-9 or band.min > high + 1e-9:
            report(
                f"{path}[{index}]",
                t(
                    "problem.band_unreachable",
                    None,
                    min=_show(band.min),
                    max=_show(band.max),
                    low=_show(low),
                    high=_show(high),
                ),
            )


def _step(bands: Sequence[Band]) -> float:
    """The smallest step the bounds are written with: 1 for whole numbers, 0.1 for one decimal."""
    places = 0
    for band in bands:
        for bound in (band.min, band.max):
            text = repr(float(bound))
            if "e" in text:
                places = max(places, 6)
            elif not text.endswith(".0"):
                places = max(places, len(text.split(".")[1]))
    return 10.0 ** (-min(places, 6))


def check_scoring(checklist: Checklist, report: Report) -> None:
    """Bands of the total and of every section, and the values count rules refer to."""
    from jamtui.core.scoring import possible_range, section_range

    scoring = checklist.scoring
    if scoring is not None and scoring.bands:
        check_bands(scoring.bands, possible_range(checklist), "scoring.bands", report)
    how = scoring.section if scoring is not None else Aggregation.MEAN
    for index, section in enumerate(checklist.sections):
        if section.bands:
            reach = section_range(section.items, how)
            check_bands(section.bands, reach, f"sections[{index}].bands", report)
    if scoring is None or not scoring.rules:
        return
    levels = {
        level.value
        for item in checklist.items
        if item.scored and item.scale is not None
        for level in item.scale.levels
    }
    for r_index, rule in enumerate(scoring.rules):
        if not levels:
            report(f"scoring.rules[{r_index}]", t("problem.rule_no_scale"))
            continue
        for c_index, test in enumerate(rule.tests):
            if test.value not in levels:
                report(
                    f"scoring.rules[{r_index}].counts[{c_index}].value",
                    t("problem.rule_level", None, value=test.value),
                )
