"""Scoring: item scores, aggregation, maximum and percent, bands, profile and explanations."""

from __future__ import annotations

import math
import random
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jamtui.core.answers import AnswerValue
from jamtui.core.model import NA_VALUE, Aggregation, Checklist, ItemType, TotalFrom
from jamtui.core.numbers import NBSP, round_half_up
from jamtui.core.scoring import (
    RunScore,
    SectionScore,
    Tally,
    band_for,
    explain,
    item_bounds,
    item_score,
    level_profile,
    score_run,
)
from tests.core.builders import band, checklist, equals, item, outcome, scale, section

Values = dict[str, AnswerValue | None]


def one_section(
    *values: AnswerValue | None, high: int = 3, how: Aggregation = Aggregation.MEAN
) -> tuple[Checklist, Values]:
    """A one-section checklist of scale items 1..high answered with ``values``."""
    items = [item(f"q{i}", on=scale(1, high)) for i in range(1, len(values) + 1)]
    built = checklist(section("s", *items), section_how=how, total_how=how)
    answers = {f"s.q{i}": v for i, v in enumerate(values, start=1)}
    return built, answers


# --- the words a consultant reads -------------------------------------------------------


def test_section_explanation_in_swedish_and_english() -> None:
    built, values = one_section(2, 2, 3, NA_VALUE)
    result = score_run(built, values)
    (part,) = result.sections
    assert part.explain() == "3 av 4 besvarade, medel 2,3 av 3; 1 ej aktuellt"
    assert part.explain("en") == "3 of 4 answered, mean 2.3 of 3; 1 not applicable"
    assert explain(part, lang="en") == part.explain("en")
    assert (part.answered, part.na, part.unanswered, part.scored_items) == (3, 1, 0, 4)
    assert part.maximum == 3
    assert part.percent == pytest.approx(100 * 7 / 9)


def test_skr_sum_and_level_profile() -> None:
    """SKR:s självskattning: 10 statements on 1–3, the sum and how many 1s, 2s and 3s."""
    built, values = one_section(3, 1, 2, 3, 2, 3, 1, 3, 2, 3, how=Aggregation.SUM)
    result = score_run(built, values)
    assert result.score == result.total == 23
    assert result.maximum == 30 and result.minimum == 10
    assert result.sections[0].explain() == "10 av 10 besvarade, summa 23 av 30"
    assert result.explain() == f"Totalt: 10 av 10 besvarade, summa 23 av 30 (77{NBSP}%)"
    assert result.explain("en") == "Total: 10 of 10 answered, sum 23 of 30 (77%)"
    assert level_profile(built, values) == {1: 2, 2: 3, 3: 5}


def test_skr_profile_shows_levels_nobody_chose_and_skips_na() -> None:
    built, values = one_section(3, 3, NA_VALUE, None, 3, how=Aggregation.SUM)
    assert level_profile(built, values) == {1: 0, 2: 0, 3: 3}
    result = score_run(built, values)
    assert result.explain() == f"Totalt: 3 av 5 besvarade, summa 9 av 9 (100{NBSP}%); 1 ej aktuellt"


def test_larande_uppfoljning_mean_on_one_to_ten() -> None:
    """Lärande uppföljning: a mean on 1–10, one N/A, one not yet answered."""
    built, values = one_section(7, 8, 5, NA_VALUE, None, high=10)
    result = score_run(built, values)
    (part,) = result.sections
    assert part.score == pytest.approx(20 / 3)
    assert part.explain() == "3 av 5 besvarade, medel 6,7 av 10; 1 ej aktuellt"
    assert (part.unanswered, part.na) == (1, 1)
    assert (
        result.explain() == f"Totalt: 3 av 5 besvarade, medel 6,7 av 10 (67{NBSP}%); 1 ej aktuellt"
    )


def test_band_named_in_the_total() -> None:
    bands = [band(0, 10, "Låg"), band(11, 20, "Medel"), band(21, 30, "Hög")]
    items = [item(f"q{i}") for i in range(10)]
    built = checklist(
        section("s", *items),
        section_how=Aggregation.SUM,
        total_how=Aggregation.SUM,
        bands=bands,
    )
    values: Values = {f"s.q{i}": 3 if i < 3 else 2 for i in range(10)}
    result = score_run(built, values)
    assert result.score == 23
    assert result.band is not None and result.band.label.get() == "Hög"
    assert result.explain().endswith(f"(77{NBSP}%) · nivå: Hög")
    assert result.explain("en").endswith("(77%) · level: HÖG")


def test_no_score_is_none_and_says_so() -> None:
    built, values = one_section(NA_VALUE, NA_VALUE, None)
    result = score_run(built, values)
    assert result.score is None and result.maximum is None and result.percent is None
    assert result.band is None
    assert result.sections[0].explain() == "0 av 3 besvarade, ingen poäng; 2 ej aktuella"
    assert result.explain("en") == "Total: 0 of 3 answered, no score; 2 not applicable"


def test_checklist_without_scored_items() -> None:
    built = checklist(section("s", item("fri", ItemType.TEXT), item("q", scored=False)))
    result = score_run(built, {"s.fri": "text", "s.q": 3})
    assert result.score is None and result.scored_items == 0
    assert result.explain() == "Totalt: inga frågor som ger poäng"
    assert level_profile(built, {"s.q": 3}) == {}


# --- what counts --------------------------------------------------------------------------


def test_item_scores_by_type() -> None:
    yesno = item("j", ItemType.YESNO)
    choice = item("c", ItemType.CHOICE, choices=[("bra", 2), ("dålig", -1), ("vet ej", None)])
    multi = item("m", ItemType.MULTICHOICE, choices=[("a", 1), ("b", 2.5), ("inget", None)])
    assert (item_score(yesno, "ja"), item_score(yesno, "nej"), item_score(yesno, NA_VALUE)) == (
        1.0,
        0.0,
        None,
    )
    assert item_score(choice, "bra") == 2 and item_score(choice, "dålig") == -1
    assert item_score(choice, "vet ej") is None  # an answer without a score
    assert item_score(multi, ("a", "b")) == 3.5 and item_score(multi, ("inget",)) == 0
    assert item_score(multi, ()) is None and item_score(multi, ("okänt",)) is None
    assert item_bounds(choice) == (-1, 2) and item_bounds(multi) == (0, 3.5)
    assert item_bounds(item("t", ItemType.TEXT)) is None
    assert item_bounds(item("u", ItemType.YESNO, scored=False)) is None
    assert item_score(item("s"), True) is None  # a bool is not a level


def test_answers_without_a_score_are_counted_apart() -> None:
    choice = item("c", ItemType.CHOICE, choices=[("bra", 2), ("vet ej", None)])
    built = checklist(section("s", item("a"), item("b"), choice))
    values: Values = {"s.a": 3, "s.b": 7, "s.c": "vet ej"}  # 7 is not on the 1–3 scale
    (part,) = score_run(built, values).sections
    assert (part.answered, part.unscored, part.scored_items) == (1, 2, 3)
    assert part.explain() == "1 av 3 besvarade, medel 3 av 3; 2 svar utan poäng"
    assert part.explain("en") == "1 of 3 answered, mean 3 of 3; 2 answers without a score"


def test_hidden_and_ended_items_never_count() -> None:
    gate = item("beror", ItemType.YESNO, scored=False)
    follow = item("hur", show_if=equals("s.beror", "ja"))
    stop = item("klart", ItemType.YESNO, scored=False)
    after = item("sedan")
    built = checklist(
        section("s", gate, follow, stop, after),
        outcomes=[outcome("slut", equals("s.klart", "nej"))],
    )
    values: Values = {"s.beror": "nej", "s.hur": 1, "s.klart": "nej", "s.sedan": 1}
    result = score_run(built, values)
    assert result.score is None and result.scored_items == 0
    assert result.explain() == "Totalt: inga frågor som ger poäng"
    opened = score_run(built, {**values, "s.beror": "ja", "s.klart": "ja"})
    assert opened.score == 1 and opened.scored_items == 2 and opened.unanswered == 0
    assert level_profile(built, values) == {1: 0, 2: 0, 3: 0}


def test_weighted_mean() -> None:
    built = checklist(
        section("s", item("a", weight=2), item("b"), item("c", weight=5)),
        section_how=Aggregation.WEIGHTED_MEAN,
        total_how=Aggregation.WEIGHTED_MEAN,
    )
    result = score_run(built, {"s.a": 3, "s.b": 1, "s.c": NA_VALUE})
    assert result.score == pytest.approx(7 / 3)
    assert result.maximum == 3
    assert (
        result.explain()
        == f"Totalt: 2 av 3 besvarade, viktat medel 2,3 av 3 (78{NBSP}%); 1 ej aktuellt"
    )


def test_weighted_mean_of_zero_weights_has_no_score() -> None:
    built = checklist(
        section("s", item("a", weight=0)),
        section_how=Aggregation.WEIGHTED_MEAN,
        total_how=Aggregation.WEIGHTED_MEAN,
    )
    assert score_run(built, {"s.a": 3}).score is None


def test_total_from_sections_weighs_each_section_once() -> None:
    built = checklist(
        section("a", item("x")),
        section("b", item("x"), item("y"), item("z")),
        section("c", item("x")),
        total_from=TotalFrom.SECTIONS,
    )
    values: Values = {"a.x": 3, "b.x": 1, "b.y": 1, "b.z": 1}
    result = score_run(built, values)
    assert result.score == 2  # (3 + 1) / 2; from items it would be 1.5
    assert result.sections[2].score is None
    assert result.explain() == f"Totalt: 4 av 5 besvarade, medel 2 av 3 över 2 avsnitt (67{NBSP}%)"
    assert result.explain("en").startswith("Total: 4 of 5 answered, mean 2 of 3 over 2 sections")
    items_total = score_run(
        replace(built, scoring=replace(built.scoring, total_from=TotalFrom.ITEMS)), values
    )
    assert items_total.score == 1.5


def test_percent_is_share_of_the_reachable_maximum_of_answered_items() -> None:
    """Mixed scales: the maximum is what the answered items could reach, not all items."""
    built = checklist(section("s", item("a", on=scale(1, 3)), item("b", on=scale(1, 5)), item("c")))
    result = score_run(built, {"s.a": 3, "s.b": 4, "s.c": NA_VALUE})
    assert result.score == 3.5 and result.maximum == 4 and result.minimum == 1
    assert result.percent == pytest.approx(87.5)
    summed = score_run(
        replace(
            built, scoring=replace(built.scoring, section=Aggregation.SUM, total=Aggregation.SUM)
        ),
        {"s.a": 3, "s.b": 4, "s.c": NA_VALUE},
    )
    assert summed.percent == pytest.approx(result.percent)


def test_no_declared_scoring_means_mean_of_items() -> None:
    built = checklist(section("s", item("a"), item("b")), scoring=False)
    result = score_run(built, {"s.a": 1, "s.b": 2})
    assert result.score == 1.5 and result.aggregation is Aggregation.MEAN and result.band is None


def test_section_lookup_and_dataclasses() -> None:
    built, values = one_section(1)
    result = score_run(built, values)
    assert isinstance(result, RunScore) and isinstance(result.section("s"), SectionScore)
    assert result.section("nope") is None


# --- bands --------------------------------------------------------------------------------


def test_band_gaps_use_the_precision_the_bounds_are_written_with() -> None:
    bands = [band(1.0, 1.9, "Låg"), band(2.0, 2.4, "Medel"), band(2.5, 3.0, "Hög")]
    assert band_for(bands, 1.95) is bands[1]  # shown as 2,0
    assert band_for(bands, 2.45) is bands[2]  # shown as 2,5
    assert band_for(bands, 1.94) is bands[0]
    assert band_for(bands, 3.2) is None
    assert band_for(bands, None) is None
    whole = [band(0, 10, "Låg"), band(11, 20, "Medel")]
    assert band_for(whole, 10.4) is whole[0] and band_for(whole, 10.5) is whole[1]


def test_overlapping_bands_take_the_first_declared() -> None:
    bands = [band(0, 2, "A"), band(2, 3, "B")]
    assert band_for(bands, 2) is bands[0]


# --- properties ---------------------------------------------------------------------------

AGGREGATIONS = st.sampled_from(list(Aggregation))


@st.composite
def scored_runs(draw: st.DrawFn) -> tuple[Checklist, Values]:
    """A checklist of scale items on varied scales and weights, with some answers."""
    sections = []
    values: Values = {}
    for s in range(draw(st.integers(1, 3))):
        items = []
        for i in range(draw(st.integers(0, 5))):
            low = draw(st.integers(0, 2))
            high = draw(st.integers(low + 1, low + 9))
            weight = draw(st.sampled_from([0.5, 1.0, 2.0, 3.0]))
            items.append(item(f"q{i}", on=scale(low, high), weight=weight))
            values[f"s{s}.q{i}"] = draw(
                st.one_of(st.integers(low, high), st.just(NA_VALUE), st.none())
            )
        sections.append(section(f"s{s}", *items))
    built = checklist(
        *sections,
        section_how=draw(AGGREGATIONS),
        total_how=draw(AGGREGATIONS),
        total_from=draw(st.sampled_from(list(TotalFrom))),
    )
    return built, values


def tallies(result: RunScore) -> list[Tally]:
    return [result, *result.sections]


@given(scored_runs())
def test_scores_stay_within_their_bounds(run: tuple[Checklist, Values]) -> None:
    built, values = run
    result = score_run(built, values)
    for tally in tallies(result):
        assert tally.answered + tally.na + tally.unanswered + tally.unscored == tally.scored_items
        if tally.score is None:
            assert tally.maximum is None and tally.minimum is None and tally.percent is None
            continue
        assert tally.minimum is not None and tally.maximum is not None
        assert tally.minimum <= tally.score <= tally.maximum
        assert tally.percent is not None and 0 <= tally.percent <= 100
    for part in result.sections:
        if part.score is None or part.aggregation is Aggregation.SUM:
            continue
        levels = [
            i.scale.levels
            for i in built.sections_by_id[part.section_id].items
            if i.scale is not None
        ]
        lowest = min(level.value for group in levels for level in group)
        highest = max(level.value for group in levels for level in group)
        assert lowest - 1e-9 <= part.score <= highest + 1e-9


@given(scored_runs(), st.randoms())
def test_item_order_within_a_section_does_not_matter(
    run: tuple[Checklist, Values], rnd: random.Random
) -> None:
    built, values = run
    shuffled = replace(
        built,
        sections=tuple(
            replace(s, items=tuple(rnd.sample(s.items, len(s.items)))) for s in built.sections
        ),
    )
    before, after = score_run(built, values), score_run(shuffled, values)
    for a, b in zip(tallies(before), tallies(after), strict=True):
        assert (a.answered, a.na, a.unanswered, a.scored_items) == (
            b.answered,
            b.na,
            b.unanswered,
            b.scored_items,
        )
        for x, y in ((a.score, b.score), (a.maximum, b.maximum)):
            assert (x is None) == (y is None)
            if x is not None and y is not None:
                assert math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-9)


@given(scored_runs())
def test_na_never_changes_a_score(run: tuple[Checklist, Values]) -> None:
    """N/A is not a zero: marking unanswered items N/A, or an answer N/A, leaves scores as
    if the item were not there."""
    built, values = run
    base = score_run(built, values)
    all_na = score_run(built, {k: NA_VALUE if v is None else v for k, v in values.items()})
    na_as_none = score_run(built, {k: None if v == NA_VALUE else v for k, v in values.items()})
    for a, b, c in zip(tallies(base), tallies(all_na), tallies(na_as_none), strict=True):
        assert a.score == b.score == c.score
        assert a.maximum == b.maximum == c.maximum
        assert b.na == a.na + a.unanswered and c.unanswered == a.unanswered + a.na


@given(scored_runs(), st.booleans())
def test_no_scored_answers_gives_none_not_zero(run: tuple[Checklist, Values], na: bool) -> None:
    built, values = run
    result = score_run(built, dict.fromkeys(values, NA_VALUE if na else None))
    for tally in tallies(result):
        assert tally.score is None and tally.percent is None
        assert "ingen poäng" in tally.explain() or tally.scored_items == 0


@st.composite
def contiguous_bands(draw: st.DrawFn) -> list[tuple[int, int]]:
    """Whole-number bands such as 0–10, 11–20, 21–30."""
    cuts = sorted(draw(st.sets(st.integers(1, 40), min_size=1, max_size=5)))
    starts = [0, *cuts]
    ends = [c - 1 for c in cuts] + [draw(st.integers(cuts[-1], 50))]
    return list(zip(starts, ends, strict=True))


@given(contiguous_bands(), st.data())
def test_bands_cover_the_right_totals(ranges: list[tuple[int, int]], data: st.DataObject) -> None:
    bands = [band(low, high, f"B{low}") for low, high in ranges]
    total = data.draw(st.floats(min_value=-0.49, max_value=ranges[-1][1] + 0.49))
    found = band_for(bands, total)
    assert found is not None
    exact = [b for b in bands if b.min <= total <= b.max]
    if exact:
        assert found is exact[0]
    else:
        assert found.min <= float(round_half_up(total)) <= found.max
    assert band_for(bands, ranges[-1][1] + 0.5) is None


@given(contiguous_bands(), st.lists(st.integers(1, 3), min_size=1, max_size=17))
def test_sum_totals_land_in_their_band(ranges: list[tuple[int, int]], answers: list[int]) -> None:
    bands = [band(low, high, f"B{low}") for low, high in ranges]
    items = [item(f"q{i}") for i in range(len(answers))]
    built = checklist(
        section("s", *items), section_how=Aggregation.SUM, total_how=Aggregation.SUM, bands=bands
    )
    result = score_run(built, {f"s.q{i}": v for i, v in enumerate(answers)})
    assert result.score == sum(answers)
    holding = [b for b in bands if b.min <= sum(answers) <= b.max]
    assert result.band is (holding[0] if holding else None)


def test_a_score_at_its_maximum_is_exactly_one_hundred_percent() -> None:
    # Found by the bounds property: three weighted means at the top of their scales.
    top = 17 / 3
    tally = Tally(
        score=top,
        minimum=0.0,
        maximum=top,
        aggregation=Aggregation.MEAN,
        answered=3,
        na=1,
        unanswered=0,
        scored_items=4,
    )
    assert tally.percent == 100
