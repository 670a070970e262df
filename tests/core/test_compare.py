"""Comparing two runs of a checklist, across versions, and text bars."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jamtui.core.answers import AnswerValue
from jamtui.core.compare import Change, ItemComparison, compare_runs, sparkbar
from jamtui.core.model import NA_VALUE, ItemType
from jamtui.core.navigation import ItemState
from tests.core.builders import checklist, equals, item, scale, section

Values = dict[str, AnswerValue | None]

V1 = checklist(
    section(
        "mal",
        item("a"),
        item("b"),
        item("gammal"),
        item("bort"),
        item("fri", ItemType.TEXT, scored=False),
    ),
    section("resurser", item("x")),
    version="2023",
)
V2 = checklist(
    section(
        "mal",
        item("a"),
        item("b", on=scale(1, 5)),
        item("ny", replaces=["mal.gammal"]),
        item("extra"),
        item("fri", ItemType.TEXT, scored=False),
    ),
    section("uppfoljning", item("y")),
    version="2024",
)


def by_id(items: tuple[ItemComparison, ...]) -> dict[str, ItemComparison]:
    return {entry.item_id: entry for entry in items}


def test_same_version_item_and_section_changes() -> None:
    earlier: Values = {"mal.a": 1, "mal.b": NA_VALUE, "mal.gammal": 2, "mal.fri": "Före"}
    later: Values = {"mal.a": 3, "mal.b": 2, "mal.gammal": 2, "mal.fri": "Efter"}
    result = compare_runs(V1, earlier, V1, later)
    items = by_id(result.items)
    assert not result.version_changed
    assert items["mal.a"].status is Change.SAME
    assert (items["mal.a"].earlier, items["mal.a"].later, items["mal.a"].delta) == (1, 3, 2)
    assert items["mal.b"].delta is None and items["mal.b"].changed  # N/A → 2: no number
    assert items["mal.gammal"].delta == 0 and not items["mal.gammal"].changed
    assert items["mal.fri"].changed and items["mal.fri"].delta is None
    assert {entry.item_id for entry in result.changed} == {"mal.a", "mal.b", "mal.fri"}
    (mal, resurser) = result.sections
    assert (mal.earlier_score, mal.later_score) == (1.5, pytest.approx(7 / 3))
    assert mal.delta == pytest.approx(7 / 3 - 1.5)
    assert resurser.delta is None and resurser.status is Change.SAME
    assert result.total_delta == pytest.approx(7 / 3 - 1.5)
    assert result.percent_delta == pytest.approx(100 * (7 / 9 - 1.5 / 3))


def test_new_version_adds_removes_and_renames_without_dropping_anything() -> None:
    earlier: Values = {"mal.a": 2, "mal.b": 3, "mal.gammal": 1, "mal.bort": 3, "resurser.x": 2}
    later: Values = {"mal.a": 2, "mal.b": 5, "mal.ny": 3, "mal.extra": 1, "uppfoljning.y": 1}
    result = compare_runs(V1, earlier, V2, later)
    assert result.version_changed
    assert (result.earlier_version, result.later_version) == ("2023", "2024")
    items = by_id(result.items)
    renamed = items["mal.ny"]
    assert renamed.status is Change.RENAMED and renamed.earlier_id == "mal.gammal"
    assert (renamed.earlier, renamed.later, renamed.delta) == (1, 3, 2)
    assert [e.item_id for e in result.added] == ["mal.extra", "uppfoljning.y"]
    assert result.added[0].earlier is None and result.added[0].later == 1
    assert [e.item_id for e in result.removed] == ["mal.bort", "resurser.x"]
    assert result.removed[0].earlier == 3 and result.removed[0].earlier_score == 3
    # b moved from a 1–3 to a 1–5 scale: both scores, but no misleading "+2"
    assert (items["mal.b"].earlier_score, items["mal.b"].later_score) == (3, 5)
    assert items["mal.b"].delta is None
    # every earlier item and every later item appears once
    earlier_ids = {e.earlier_id for e in result.items if e.earlier_id}
    assert earlier_ids == {i.id for i in V1.items}
    assert {e.item_id for e in result.items if e.status is not Change.REMOVED} == {
        i.id for i in V2.items
    }
    sections = {s.section_id: s for s in result.sections}
    assert sections["uppfoljning"].status is Change.ADDED
    assert sections["resurser"].status is Change.REMOVED
    assert sections["resurser"].earlier_score == 2 and sections["resurser"].later is None


def test_answers_under_unknown_ids_are_retired_not_dropped() -> None:
    result = compare_runs(V1, {"mal.a": 1, "forr.z": 2}, V1, {"mal.a": 1, "annan.q": "ja"})
    retired = by_id(result.retired)
    assert retired["forr.z"].earlier == 2 and retired["forr.z"].later is None
    assert retired["annan.q"].later == "ja" and retired["annan.q"].earlier_id is None


def test_a_later_run_stored_under_the_old_id_is_carried() -> None:
    result = compare_runs(V1, {"mal.gammal": 1}, V2, {"mal.gammal": 2})
    renamed = by_id(result.items)["mal.ny"]
    assert (renamed.earlier, renamed.later, renamed.delta) == (1, 2, 1)
    assert result.retired == ()


def test_merged_items_keep_the_one_left_over_as_removed() -> None:
    old = checklist(section("s", item("a"), item("b")), version="1")
    new = checklist(section("s", item("ab", replaces=["s.a", "s.b"])), version="2")
    result = compare_runs(old, {"s.a": 1, "s.b": 3}, new, {"s.ab": 2})
    items = by_id(result.items)
    assert items["s.ab"].earlier_id == "s.a" and items["s.ab"].delta == 1
    assert items["s.b"].status is Change.REMOVED and items["s.b"].replaced_by == "s.ab"


def test_hidden_items_show_no_value_and_say_why() -> None:
    gated = checklist(
        section(
            "s",
            item("beror", ItemType.YESNO, scored=False),
            item("hur", show_if=equals("s.beror", "ja")),
        )
    )
    earlier: Values = {"s.beror": "nej", "s.hur": 3}  # kept but hidden
    later: Values = {"s.beror": "ja", "s.hur": 2}
    entry = by_id(compare_runs(gated, earlier, gated, later).items)["s.hur"]
    assert entry.earlier is None and entry.earlier_state is ItemState.HIDDEN
    assert entry.later == 2 and entry.later_state is ItemState.ANSWERED
    assert entry.delta is None


def test_multichoice_order_is_not_a_change() -> None:
    multi = checklist(section("s", item("m", ItemType.MULTICHOICE, choices=[("a", 1), ("b", 1)])))
    entry = compare_runs(multi, {"s.m": ("a", "b")}, multi, {"s.m": ("b", "a")}).items[0]
    assert not entry.changed and entry.delta == 0


def test_different_checklists_cannot_be_compared() -> None:
    with pytest.raises(ValueError, match="annan"):
        compare_runs(V1, {}, checklist(section("s", item("a")), id="annan"), {})


# --- bars ---------------------------------------------------------------------------------


def test_sparkbar_examples() -> None:
    assert sparkbar(5, 10, 10) == "█████░░░░░"
    assert sparkbar(5, 10, 10, ascii=True) == "#####....."
    assert sparkbar(23, 30, 10) == "████████░░"
    assert sparkbar(0, 3, 4) == "░░░░"
    assert sparkbar(3, 3, 4) == "████"
    assert sparkbar(0.01, 3, 4) == "█░░░"  # a little is not nothing
    assert sparkbar(2.99, 3, 4) == "███░"  # only the maximum is full
    assert sparkbar(2, 3, 6, minimum=1) == "███░░░"
    assert sparkbar(None, 3, 5) == "     "
    assert sparkbar(12, 10, 3) == "███" and sparkbar(-1, 10, 3) == "░░░"
    assert sparkbar(1, 0, 3) == "███" and sparkbar(0, 0, 3) == "░░░"
    assert sparkbar(1, 3, 0) == ""


@given(
    st.floats(allow_nan=False, allow_infinity=False, min_value=-5, max_value=15),
    st.floats(min_value=0.5, max_value=10),
    st.integers(min_value=1, max_value=40),
    st.booleans(),
)
def test_sparkbar_is_always_as_wide_as_asked(
    value: float, maximum: float, width: int, ascii: bool
) -> None:
    bar = sparkbar(value, maximum, width, ascii=ascii)
    assert len(bar) == width
    full = "#" if ascii else "█"
    assert set(bar) <= ({"#", "."} if ascii else {"█", "░"})
    filled = bar.count(full)
    assert filled == bar.rstrip("." if ascii else "░").count(full)  # filled cells come first
    assert filled <= sparkbar(value + 1, maximum, width, ascii=ascii).count(full)  # monotonic
    assert (filled == width) == (value >= maximum or (width == 1 and value / maximum >= 0.5))
