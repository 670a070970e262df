"""The issue's "done when" paths on the real bundled checklists, core only (no UI, no disk
writes): Lärande uppföljning with four raters over two years, SKR:s sum and 1/2/3 profile."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jamtui.catalog.loader import load_checklist_file
from jamtui.core.answers import AnswerValue
from jamtui.core.compare import compare_runs
from jamtui.core.model import NA_VALUE, Checklist, ItemType
from jamtui.core.numbers import NBSP
from jamtui.core.ratings import all_rated, spread
from jamtui.core.ratings_view import spread_line
from jamtui.core.scoring import level_profile, score_run
from tests.core.builders import checklist, item, section

ROOT = Path(__file__).resolve().parents[2]
PEOPLE = ["Åsa", "Nils", "Fatima", "Jonas"]


def bundled(name: str) -> Checklist:
    loaded = load_checklist_file(ROOT / "checklists" / f"{name}.toml").checklist
    assert loaded is not None
    return loaded


def test_larande_uppfoljning_four_raters_agree_and_next_year_shows_the_change() -> None:
    lu = bundled("larande-uppfoljning")
    rated = [i for i in lu.items if i.raters]
    assert len(rated) == 9 and [i.scored for i in rated] == [True] * 8 + [False]
    ratings = {i.id: dict(zip(PEOPLE, (4, 6, 6, 9), strict=True)) for i in rated}
    first = ratings[rated[0].id]
    assert not all_rated(PEOPLE, {"Åsa": 4})  # reveal waits for everyone
    assert all_rated(PEOPLE, first)
    result = spread(rated[0], first, PEOPLE)
    assert result.names(6) == ("Nils", "Fatima") and result.names(4) == ("Åsa",)
    assert (result.minimum, result.maximum, result.median) == (4, 9, 6)
    assert spread_line(rated[0], first, PEOPLE) == (
        "4: Åsa · 6: Nils, Fatima · 9: Jonas · min 4, max 9, median 6"
    )
    # The group agrees on 6 everywhere except the overall assessment (7); ratings are kept
    # apart and only the agreed values score.
    agreed: dict[str, AnswerValue | None] = {i.id: 6 for i in rated}
    agreed[rated[-1].id] = 7
    year1 = score_run(lu, agreed)
    # §9 (the overall judgement, 7) is shown apart, not averaged into the total
    assert [s.score for s in year1.sections] == [6] * 8 + [None]
    assert year1.score == pytest.approx(6)
    assert year1.explain() == f"Totalt: 8 av 8 besvarade, medel 6 av 10 (60{NBSP}%)"
    assert year1.sections[0].explain() == "1 av 1 besvarade, medel 6 av 10"
    # Next year: resources improved, process was not agreed yet.
    later = {**agreed, rated[5].id: 8, rated[7].id: None}
    comparison = compare_runs(lu, agreed, lu, later)
    deltas = {s.section_id: s.delta for s in comparison.sections}
    assert deltas[rated[5].section_id] == 2 and deltas[rated[7].section_id] is None
    assert deltas[rated[0].section_id] == 0
    assert comparison.later_total.explain().startswith("Totalt: 7 av 8 besvarade")
    assert [c.item_id for c in comparison.changed] == [rated[5].id, rated[7].id]


def test_skr_sjalvskattning_sum_and_profile() -> None:
    skr = bundled("skr-sjalvskattning")
    scored = [i for i in skr.items if i.scored]
    assert len(scored) == 10 and all(i.type is ItemType.SCALE for i in scored)
    values: dict[str, AnswerValue | None] = {
        i.id: v for i, v in zip(scored, (3, 1, 2, 3, 2, 3, 1, 3, 2, 3), strict=True)
    }
    result = score_run(skr, values)
    assert result.score == 23 and result.maximum == 30
    assert result.explain().startswith("Totalt: 10 av 10 besvarade, summa 23 av 30")
    assert level_profile(skr, values) == {1: 2, 2: 3, 3: 5}
    values[scored[0].id] = None
    assert score_run(skr, values).score == 20
    assert level_profile(skr, values) == {1: 2, 2: 3, 3: 4}


@given(
    st.lists(
        st.one_of(st.none(), st.just(NA_VALUE), st.integers(1, 3), st.text(max_size=5)),
        min_size=1,
        max_size=8,
    )
)
def test_a_checklist_without_scored_items_has_no_score_not_zero(
    answers: list[AnswerValue | None],
) -> None:
    items = [
        item(f"q{n}", ItemType.TEXT if n % 2 else ItemType.SCALE, scored=False)
        for n in range(len(answers))
    ]
    built = checklist(section("s", *items))
    result = score_run(built, {f"s.q{n}": v for n, v in enumerate(answers)})
    assert result.score is None and result.percent is None and result.band is None
    assert result.scored_items == 0
    assert result.explain() == "Totalt: inga frågor som ger poäng"
    assert all(s.score is None for s in result.sections)
