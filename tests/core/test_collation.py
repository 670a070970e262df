"""Swedish sort order: the one-string key sorts exactly as the tuple key."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from jamtui.core.collation import swedish_sort_key, swedish_sort_text
from tests.properties import examples

names = st.text(alphabet=st.sampled_from("aAzZåÅäÄöÖæøéèüy0 9-.\tx\u0301"), max_size=8) | st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\0")
)


@settings(max_examples=examples(500), deadline=None)
@given(first=names, second=names, slug_a=names, slug_b=names)
def test_the_string_key_orders_as_the_tuple_key(
    first: str, second: str, slug_a: str, slug_b: str
) -> None:
    by_tuple = (swedish_sort_key(first), slug_a) < (swedish_sort_key(second), slug_b)
    assert by_tuple == (swedish_sort_text(first, slug_a) < swedish_sort_text(second, slug_b))


def test_swedish_letters_sort_after_z() -> None:
    names = ["Örebro", "Ale", "Åre", "Zinkgruvan", "ängelholm", "Eslöv", "Écoles"]
    assert sorted(names, key=swedish_sort_text) == [
        "Ale",
        "Écoles",
        "Eslöv",
        "Zinkgruvan",
        "Åre",
        "ängelholm",
        "Örebro",
    ]


@settings(max_examples=examples(500), deadline=None)
@given(text=names)
def test_the_quick_primary_letters_are_those_of_the_full_table(text: str) -> None:
    from jamtui.core.collation import _PRIMARY
    from jamtui.core.text import nfc

    folded = nfc(text).casefold()
    assert swedish_sort_key(text) == (folded.translate(_PRIMARY), folded)
