"""The quick reader of organisation files: the index's fields without the TOML parser."""

from __future__ import annotations

import functools
import re

FORMAT = 1
"""The organisation file format jamtui writes and reads (``org_file``)."""

_CHARS = r'[^"\\\x00-\x08\x0a-\x1f\x7f]*'
_STRING = f'"{_CHARS}"'
"""A TOML basic string without escapes (what the writer makes of ordinary text)."""
_KINDS = {
    "s": _STRING,
    "b": "(?:true|false)",
    "i": "-?(?:0|[1-9][0-9]*)",
    "a": rf"\[(?:{_STRING}(?:, {_STRING})*)?\]",
}
_VALUE = "(?:" + "|".join(_KINDS.values()) + ")"
_CONTACTS = "\n[[contacts]]\n"


def _section(kinds: dict[str, str]) -> re.Pattern[str]:
    """Lines ``key = value``: the keys ``parse_organisation`` reads with a value of their
    kind ("x": none), any other key with any plain value."""
    known = "|".join(kinds)
    lines = [f"{key} = {_KINDS[kind]}" for key, kind in kinds.items() if kind != "x"]
    lines.append(rf"(?!(?:{known}) )[A-Za-z0-9_-]+ = {_VALUE}")
    return re.compile("(?:(?:" + "|".join(lines) + ")\n)*")


@functools.cache
def _written() -> re.Pattern[str]:
    """A whole file exactly as ``render_organisation`` lays it out: its keys in its order,
    each a value of its kind, and contacts of four strings. One match reads the file (a
    fifth of the time of the section by section reading below); every file it takes, that
    reading takes too, with the same fields (each line is of the kind that reading asks
    for, each key once, the name there, the format this one)."""
    string, boolean, strings = _KINDS["s"], _KINDS["b"], _KINDS["a"]
    contact = (
        rf"\n\[\[contacts\]\]\nname = {string}\nrole = {string}\n"
        rf"email = {string}\nphone = {string}\n"
    )
    return re.compile(
        rf'format = {FORMAT}\nname = "({_CHARS})"\norg_number = "({_CHARS})"\n'
        rf"archived = ({boolean})\ncreated = {string}\nunits = {strings}\nnotes = {string}\n"
        rf"(?:{contact})*"
    )


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The top section's, a contact's and one pair's patterns (compiled when first wanted:
    only a rebuild of the index reads organisation files this way; start-up is measured)."""
    top = _section(
        {"format": "i", "name": "s", "org_number": "s", "archived": "b", "units": "a"}
        | {"notes": "s", "created": "s", "contacts": "x"}
    )
    contact = _section({"name": "s", "role": "s", "email": "s", "phone": "s"})
    return top, contact, re.compile(rf"^([A-Za-z0-9_-]+) = ({_VALUE})$", re.MULTILINE)


def _pairs(section: str, pattern: re.Pattern[str]) -> dict[str, str] | None:
    """A section's ``key = value`` pairs when ``pattern`` takes every line and each key is
    there once, ``name`` among them (None: anything else, for the full parser to judge)."""
    if pattern.fullmatch(section) is None:
        return None
    pairs = dict(_patterns()[2].findall(section))
    if "name" not in pairs or len(pairs) != section.count("\n"):
        return None  # the name missing, or a key given twice
    return pairs


def summary_fields(text: str) -> tuple[bool, str, str] | None:
    """Archived flag, name and org number of an organisation file as jamtui writes it
    (``text`` as read, without a byte-order mark).

    Rebuilding the organisations index reads every file (10,000 at a large consultancy):
    a file in the writer's own layout is read with one regular expression (``_written``);
    one in the writer's own form in another order or with other keys (``key = value``
    lines of plain strings, booleans, integers and lists of strings; ``[[contacts]]``
    tables) with two per section (``section_fields``); anything else (escapes, comments,
    multi-line notes, a key of the wrong kind, a newer format) gives None, and
    ``parse_organisation`` reads it, with its precise messages. All three agree on every
    file the quick readers accept (tests/storage).
    """
    written = _written().fullmatch(text)
    if written is not None:
        name, number, archived = written.groups()
        return archived == "true", name, number
    return section_fields(text)


def section_fields(text: str) -> tuple[bool, str, str] | None:
    """``summary_fields`` read section by section (any order of the keys, other keys)."""
    top_pattern, contact_pattern, _ = _patterns()
    top, *contacts = text.split(_CONTACTS)
    pairs = _pairs(top, top_pattern)
    if pairs is None or int(pairs.get("format", "2")) > FORMAT:
        return None  # (a missing format reads as too new: the full parser names it)
    for contact in contacts:
        if _pairs(contact, contact_pattern) is None:
            return None
    return pairs.get("archived") == "true", pairs["name"][1:-1], pairs.get("org_number", '""')[1:-1]
