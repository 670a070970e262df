"""The spread of ratings in words, for the screen and the report."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from jamtui.core.answer_text import answer_words
from jamtui.core.answers import AnswerValue
from jamtui.core.model import Item
from jamtui.core.numbers import format_number
from jamtui.core.ratings import spread

WORDS = {
    "sv": {
        "min": "min",
        "max": "max",
        "median": "median",
        "none": "Inga bedömningar ännu",
        "na": "ej aktuellt",
        "waiting": "väntar på",
        "hidden": "dolt till alla bedömt ({rated} av {total} har bedömt)",
    },
    "en": {
        "min": "min",
        "max": "max",
        "median": "median",
        "none": "No ratings yet",
        "na": "not applicable",
        "waiting": "waiting for",
        "hidden": "hidden until everyone has rated ({rated} of {total} have rated)",
    },
}


def spread_line(
    item: Item, ratings: Mapping[str, AnswerValue], participants: Sequence[str], lang: str = "sv"
) -> str:
    """``2: Åsa, Nils · 3: Kim · min 2, max 3, median 2`` (names per chosen value)."""
    words = WORDS.get(lang, WORDS["sv"])
    result = spread(item, ratings, participants)
    if result.count == 0:
        return words["none"]
    parts = []
    for value, names in result.by_value:
        if not names:
            continue
        label = str(value) if isinstance(value, int) else answer_words(item, value, lang)
        parts.append(f"{label}: {', '.join(names)}")
    if result.na:
        parts.append(f"{words['na']}: {', '.join(result.na)}")
    text = " · ".join(parts)
    if result.median is not None and result.minimum is not None and result.maximum is not None:
        text += (
            f" · {words['min']} {format_number(result.minimum, lang=lang)}, "
            f"{words['max']} {format_number(result.maximum, lang=lang)}, "
            f"{words['median']} {format_number(result.median, lang=lang)}"
        )
    if result.missing:
        text += f" · {words['waiting']}: {', '.join(result.missing)}"
    return text


def hidden_line(rated: int, total: int, lang: str = "sv") -> str:
    """``dolt till alla bedömt (2 av 4 har bedömt)``: what shows instead of hidden ratings."""
    return WORDS.get(lang, WORDS["sv"])["hidden"].format(rated=rated, total=total)
