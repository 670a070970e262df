"""The whiteboard spread of participants' ratings."""

from __future__ import annotations

import statistics
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from jamtui.core.answers import AnswerValue
from jamtui.core.model import NA_VALUE, ItemType
from jamtui.core.ratings import Spread, all_rated, spread, spread_values
from tests.core.builders import item, scale

PEOPLE = ["Åsa", "Nils", "Kim", "Örjan"]
ONE_TO_TEN = item("bedomning", on=scale(1, 10))


def test_names_per_value_in_participant_order() -> None:
    ratings: dict[str, AnswerValue] = {"Kim": 7, "Åsa": 7, "Nils": 5}
    result = spread(ONE_TO_TEN, ratings, PEOPLE)
    assert [value for value, _ in result.by_value] == list(range(1, 11))
    assert result.names(7) == ("Åsa", "Kim")
    assert result.names(5) == ("Nils",)
    assert result.names(1) == ()
    assert result.missing == ("Örjan",)
    assert (result.minimum, result.maximum, result.median) == (5, 7, 7)
    assert result.count == 3 and result.numeric_count == 3


def test_median_of_an_even_count_is_between_the_middle_two() -> None:
    result = spread(ONE_TO_TEN, {"Åsa": 7, "Nils": 5}, PEOPLE)
    assert (result.minimum, result.maximum, result.median) == (5, 7, 6)


def test_na_is_listed_apart_and_left_out_of_the_statistics() -> None:
    ratings: dict[str, AnswerValue] = {"Åsa": NA_VALUE, "Nils": 2, "Kim": 3}
    result = spread(item("q", on=scale(1, 3)), ratings, PEOPLE)
    assert result.na == ("Åsa",) and result.names(NA_VALUE) == ("Åsa",)
    assert all(value != NA_VALUE for value, _ in result.by_value)
    assert (result.minimum, result.maximum, result.median) == (2, 3, 2.5)
    assert result.count == 3 and result.numeric_count == 2


def test_only_na_has_no_statistics() -> None:
    result = spread(ONE_TO_TEN, {"Åsa": NA_VALUE}, PEOPLE)
    assert result.minimum is result.maximum is result.median is None
    assert result.count == 1


def test_nobody_rated() -> None:
    result = spread(ONE_TO_TEN, {}, PEOPLE)
    assert result.count == 0 and result.missing == tuple(PEOPLE)
    assert result.median is None


def test_empty_ratings_count_as_not_rated() -> None:
    result = spread(ONE_TO_TEN, {"Åsa": "", "Nils": 4}, PEOPLE)
    assert result.missing == ("Åsa", "Kim", "Örjan")
    assert not all_rated(["Åsa", "Nils"], {"Åsa": "", "Nils": 4})


def test_yesno_and_choice_values() -> None:
    yesno = spread(item("j", ItemType.YESNO), {"Kim": "nej", "Åsa": "ja"}, PEOPLE)
    assert yesno.by_value == (("ja", ("Åsa",)), ("nej", ("Kim",)))
    assert yesno.median is None
    choice = item("c", ItemType.CHOICE, choices=[("a", 1), ("b", 2)])
    assert spread(choice, {"Nils": "b"}, PEOPLE).by_value == (("a", ()), ("b", ("Nils",)))


def test_multichoice_lists_a_name_under_each_chosen_value() -> None:
    multi = item("m", ItemType.MULTICHOICE, choices=[("a", 1), ("b", 1), ("c", 1)])
    result = spread(multi, {"Åsa": ("a", "c"), "Kim": ("c",)}, PEOPLE)
    assert result.by_value == (("a", ("Åsa",)), ("b", ()), ("c", ("Åsa", "Kim")))
    assert result.count == 2


def test_values_the_item_does_not_offer_are_shown_not_hidden() -> None:
    """A rating from before the scale shrank (4 on 1–3) stays on the whiteboard."""
    result = spread(item("q", on=scale(1, 3)), {"Åsa": 4, "Nils": 2, "Kim": "okänt"}, PEOPLE)
    assert [value for value, _ in result.by_value] == [1, 2, 3, 4, "okänt"]
    assert result.names(4) == ("Åsa",)
    assert result.maximum == 4


def test_former_participants_follow_in_swedish_order() -> None:
    ratings: dict[str, AnswerValue] = {"Örn": 3, "Ärla": 3, "Zed": 3, "Åke": 3, "Nils": 3}
    result = spread(item("q", on=scale(1, 3)), ratings, ["Nils"])
    assert result.names(3) == ("Nils", "Zed", "Åke", "Ärla", "Örn")
    assert result.missing == ()


def test_names_match_across_unicode_forms() -> None:
    decomposed = unicodedata.normalize("NFD", "Åsa")
    assert all_rated(["Åsa"], {decomposed: 2})
    assert spread(ONE_TO_TEN, {decomposed: 2}, ["Åsa"]).names(2) == ("Åsa",)


def test_all_rated() -> None:
    assert all_rated(["Åsa", "Nils"], {"Åsa": 1, "Nils": NA_VALUE})
    assert not all_rated(["Åsa", "Nils"], {"Åsa": 1})
    assert not all_rated([], {"Åsa": 1})  # nobody to wait for is not "everyone has rated"
    assert all_rated(["Åsa", "Åsa"], {"Åsa": 1})


def test_explicit_possible_values() -> None:
    result = spread_values([3, 2, 1, NA_VALUE], {"Åsa": 1}, ["Åsa"])
    assert [value for value, _ in result.by_value] == [3, 2, 1]
    assert isinstance(result, Spread)


RATING = st.one_of(st.integers(1, 5), st.just(NA_VALUE), st.none())


@given(st.dictionaries(st.sampled_from([*PEOPLE, "Gäst", "Bo"]), RATING), st.permutations(PEOPLE))
def test_every_rating_is_listed_exactly_once(
    ratings: dict[str, AnswerValue | None], order: list[str]
) -> None:
    result = spread(item("q", on=scale(1, 5)), ratings, order)
    listed = [name for _, names in result.by_value for name in names] + list(result.na)
    given_ratings = {n for n, v in ratings.items() if v is not None}
    assert sorted(listed) == sorted(given_ratings)
    assert result.count == len(given_ratings)
    assert set(result.missing) == set(order) - given_ratings
    assert all_rated(order, ratings) == (not result.missing)
    for _, names in result.by_value:
        known = [n for n in names if n in order]
        assert known == [n for n in order if n in known]  # participant order kept
    numbers = [v for v in ratings.values() if isinstance(v, int)]
    if numbers:
        assert result.minimum == min(numbers) and result.maximum == max(numbers)
        assert result.median == statistics.median(numbers)
        assert result.minimum <= result.median <= result.maximum
    else:
        assert result.median is None
