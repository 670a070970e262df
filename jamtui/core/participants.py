"""Which edited participant line is which person: renaming a line keeps the person's id."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from jamtui.core.run import Participant
from jamtui.core.text import nfc


def keep_ids(old: Sequence[Participant], new: Sequence[Participant]) -> list[Participant]:
    """``new`` (as edited, one per line) with the ids of the ``old`` people they are.

    A line with an old participant's name is that participant. Of the rest, a line that
    stands where an old participant stood, whose name no line kept, is that participant
    renamed. Any other line is a new participant (no id yet).
    """
    names = [nfc(p.name).strip() for p in new]
    by_name = {p.name: p for p in old}
    taken = {by_name[name].id for name in names if name in by_name}
    result: list[Participant] = []
    for index, (person, name) in enumerate(zip(new, names, strict=True)):
        if person.id:
            result.append(person)
            continue
        match = by_name.get(name)
        if match is None and index < len(old) and old[index].id not in taken:
            match = old[index]
            taken.add(match.id)
        result.append(replace(person, id=match.id, person=match.person) if match else person)
    return result


def removed_with_ratings(
    old: Sequence[Participant], new: Sequence[Participant], rated: set[str]
) -> list[Participant]:
    """Old participants with ratings that ``new`` (with ids kept) leaves out."""
    kept = {p.id for p in new if p.id}
    return [p for p in old if p.id in rated and p.id not in kept and not p.retired]
