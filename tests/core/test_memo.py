"""Remembered walks and scores: the same answers give the same result, other answers never."""

from __future__ import annotations

from dataclasses import replace

from jamtui.core.answers import AnswerValue
from jamtui.core.memo import Memo, answers_key
from jamtui.core.model import ItemType
from jamtui.core.navigation import ItemState, walk
from jamtui.core.scoring import score_run
from tests.core.builders import checklist, equals, item, section

Values = dict[str, AnswerValue | None]


def test_a_changed_answer_is_scored_again_and_the_old_answers_still_score_as_before() -> None:
    built = checklist(section("s", item("a"), item("b")))
    first: Values = {"s.a": 1, "s.b": 3}
    assert score_run(built, first).score == 2
    changed = dict(first, **{"s.b": 1})
    assert score_run(built, changed).score == 1
    assert score_run(built, dict(first)).score == 2


def test_answers_changed_in_place_are_walked_again() -> None:
    built = checklist(section("s", item("a"), item("b", show_if=equals("s.a", 3))))
    values: Values = {"s.a": 1}
    assert walk(built, values).states["s.b"] is ItemState.HIDDEN
    values["s.a"] = 3
    assert walk(built, values).states["s.b"] is not ItemState.HIDDEN


def test_an_equal_checklist_that_is_another_object_is_not_taken_for_the_first() -> None:
    built = checklist(section("s", item("a")))
    other = replace(built, sections=(section("s", item("a", weight=2.0)),))
    calls: list[str] = []
    memo: Memo[str] = Memo()
    assert memo.get(built, {"s.a": 1}, (), lambda: calls.append("a") or "a") == "a"
    assert memo.get(built, {"s.a": 1}, (), lambda: calls.append("b") or "b") == "a"
    assert memo.get(other, {"s.a": 1}, (), lambda: calls.append("c") or "c") == "c"
    assert calls == ["a", "c"]


def test_values_of_other_types_and_table_answers_have_keys_of_their_own() -> None:
    assert answers_key({"s.a": 1}) != answers_key({"s.a": 1.0})
    assert answers_key({"s.a": 1}) != answers_key({"s.a": True})
    assert answers_key({"s.a": ("x", "y")}) != answers_key({"s.a": ["x", "y"]})
    table = {"s.t": {"rad": {"kvinnor": 3, "man": 4}}}
    assert answers_key(table) == answers_key({"s.t": {"rad": {"kvinnor": 3, "man": 4}}})
    assert answers_key(table) != answers_key({"s.t": {"rad": {"kvinnor": 3, "man": 5}}})
    assert answers_key({"s.a": {1, 2}}) is None  # not hashable as given: not remembered


def test_a_memo_keeps_only_its_last_results() -> None:
    built = checklist(section("s", item("a", ItemType.TEXT, scored=False)))
    memo: Memo[int] = Memo(size=2)
    for number in range(3):
        memo.get(built, {"s.a": str(number)}, (), lambda n=number: n)  # type: ignore[misc]
    assert memo.get(built, {"s.a": "0"}, (), lambda: -1) == -1
