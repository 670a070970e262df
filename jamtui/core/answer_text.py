"""Answers in words: what a scale value, a yes/no or a choice says, for screens and reports."""

from __future__ import annotations

import re

from jamtui.core.items.scale import scale_words as scale_words
from jamtui.core.model import NA_LABEL, NA_VALUE, Checklist, Item


def na_label(item: Item, lang: str = "sv") -> str:
    if item.scale is not None:
        return item.scale.na_label.get(lang)
    return NA_LABEL.get(lang)


def answer_words(item: Item, value: object, lang: str = "sv") -> str:
    """The answer ``value`` to ``item`` as a person reads it (empty when unanswered).

    The item's type writes it (``ItemKind.report_text``); every screen and report uses this.
    """
    if value is None or value == "" or value == () or value == [] or value == {}:
        return ""
    if value == NA_VALUE:
        return na_label(item, lang)
    return item.item_kind.report_text(item, value, lang)


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
