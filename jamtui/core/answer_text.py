"""Answers in words: what a scale value, a yes/no or a choice says, for screens and reports."""

from __future__ import annotations

import re

from jamtui.core.model import (
    DEFAULT_NA_LABEL,
    NA_VALUE,
    NO,
    YES,
    Checklist,
    Item,
    ItemType,
    Scale,
)

_WORDS = {
    "sv": {YES: "Ja", NO: "Nej"},
    "en": {YES: "Yes", NO: "No"},
}


def na_label(item: Item, lang: str = "sv") -> str:
    return (item.scale.na_label if item.scale is not None else DEFAULT_NA_LABEL).get(lang)


def scale_words(scale: Scale, value: int, lang: str = "sv") -> str:
    """``3 – Det finns / vi gör``; just the number for a level without a label."""
    level = scale.level(value)
    label = level.label.get(lang) if level is not None else ""
    return f"{value} – {label}" if label else str(value)


def answer_words(item: Item, value: object, lang: str = "sv") -> str:
    """The answer ``value`` to ``item`` as a person reads it (empty when unanswered)."""
    if value is None or value == "" or value == () or value == []:
        return ""
    if value == NA_VALUE:
        return na_label(item, lang)
    if item.type is ItemType.YESNO and isinstance(value, str):
        return _WORDS.get(lang, _WORDS["sv"]).get(value, value)
    if item.type is ItemType.SCALE and item.scale is not None and isinstance(value, int):
        return scale_words(item.scale, value, lang)
    if item.type is ItemType.CHOICE and isinstance(value, str):
        choice = item.choice(value)
        return choice.label.get(lang) if choice else value
    if item.type is ItemType.MULTICHOICE and isinstance(value, tuple | list):
        labels = []
        for part in value:
            choice = item.choice(str(part))
            labels.append(choice.label.get(lang) if choice else str(part))
        return ", ".join(labels)
    return str(value)


def item_numbers(checklist: Checklist) -> dict[str, str]:
    """``"2.3"`` for the third item of the second section, by item id."""
    numbers: dict[str, str] = {}
    for s_index, section in enumerate(checklist.sections, start=1):
        for i_index, item in enumerate(section.items, start=1):
            numbers[item.id] = f"{s_index}.{i_index}"
    return numbers


def section_heading(index: int, title: str) -> str:
    """``3. Resultat``: the section's number, unless the title already carries it.

    ``3. Resultat`` and ``Steg 3. Förslag`` (a word and the same number) are kept as they
    are, so a report never reads ``3. 3. Resultat`` or ``3. Steg 3. Förslag``.
    """
    head, dot, _ = title.partition(". ")
    if dot and head == str(index):
        return title
    if re.match(rf"[^\W\d_]+ {index}(?=[.:]\s)", title):
        return title
    return f"{index}. {title}"


def without_own_number(text: str, index: int) -> str:
    """``Den politiska …`` from ``4. Den politiska …`` when the item is the fourth.

    Items such as SKR:s ten moments carry their number in the text; the report numbers
    items itself (``1.4``), so the repeated number goes. Any other leading number stays.
    """
    head, dot, rest = text.partition(". ")
    return rest if dot and head == str(index) and rest.strip() else text


def without_number(title: str) -> str:
    """``Resultat`` from ``3. Resultat``."""
    head, dot, rest = title.partition(". ")
    return rest if dot and head.isdigit() and rest else title
