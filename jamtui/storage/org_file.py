"""Organisation files: name, org number, units, contacts, notes, archived flag."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from jamtui.core.text import strip_bom
from jamtui.i18n import t
from jamtui.storage import toml_writer as w

FORMAT = 1


@dataclass
class Contact:
    """A person at the organisation."""

    name: str
    role: str = ""
    email: str = ""
    phone: str = ""


@dataclass
class Organisation:
    """A client organisation; ``slug`` is its folder name and never changes."""

    slug: str
    name: str
    org_number: str = ""
    units: list[str] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    notes: str = ""
    archived: bool = False
    created_at: str = ""


def render_organisation(org: Organisation) -> str:
    text = w.pairs(
        {
            "format": FORMAT,
            "name": org.name,
            "org_number": org.org_number,
            "archived": org.archived,
            "created": org.created_at,
            "units": org.units,
            "notes": org.notes,
        }
    )
    for contact in org.contacts:
        text += "\n[[contacts]]\n" + w.pairs(
            {
                "name": contact.name,
                "role": contact.role,
                "email": contact.email,
                "phone": contact.phone,
            }
        )
    return text


def parse_organisation(path: Path, slug: str, text: str) -> Organisation:
    """Parse an organisation file; raise CorruptFileError naming the file and line."""
    from jamtui.storage.run_file import _Checker, load_toml

    text = strip_bom(text)
    data = load_toml(path, text)
    check = _Checker(path, text)
    version = check.get(data, "format", int, "")
    if version > FORMAT:
        raise check.fail("format", t("storage.newer_format", None, found=version, supported=FORMAT))
    units = check.get(data, "units", list, "", default=[]) or []
    if not all(isinstance(unit, str) for unit in units):
        raise check.fail("units", t("storage.wrong_type", None, key="units"))
    contacts = []
    for index, raw in enumerate(check.get(data, "contacts", list, "", default=[]) or []):
        where = f"contacts[{index}]"
        if not isinstance(raw, dict):
            raise check.fail(where, t("storage.wrong_type", None, key="contacts"))
        contacts.append(
            Contact(
                check.get(raw, "name", str, where),
                check.get(raw, "role", str, where, default=""),
                check.get(raw, "email", str, where, default=""),
                check.get(raw, "phone", str, where, default=""),
            )
        )
    return Organisation(
        slug=slug,
        name=check.get(data, "name", str, ""),
        org_number=check.get(data, "org_number", str, "", default=""),
        units=list(units),
        contacts=contacts,
        notes=check.get(data, "notes", str, "", default=""),
        archived=bool(check.get(data, "archived", bool, "", default=False)),
        created_at=check.get(data, "created", str, "", default=""),
    )


_STRING = r'"[^"\\\x00-\x08\x0a-\x1f\x7f]*"'
"""A TOML basic string without escapes (what the writer makes of ordinary text)."""
_KINDS = {
    "s": _STRING,
    "b": "(?:true|false)",
    "i": "-?(?:0|[1-9][0-9]*)",
    "a": rf"\[(?:{_STRING}(?:, {_STRING})*)?\]",
}
_VALUE = "(?:" + "|".join(_KINDS.values()) + ")"


def _section(kinds: dict[str, str]) -> re.Pattern[str]:
    """Lines ``key = value``: the keys ``parse_organisation`` reads with a value of their
    kind ("x": none), any other key with any plain value."""
    known = "|".join(kinds)
    lines = [f"{key} = {_KINDS[kind]}" for key, kind in kinds.items() if kind != "x"]
    lines.append(rf"(?!(?:{known}) )[A-Za-z0-9_-]+ = {_VALUE}")
    return re.compile("(?:(?:" + "|".join(lines) + ")\n)*")


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


_CONTACTS = "\n[[contacts]]\n"


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
    a file in the writer's own form (``key = value`` lines of plain strings, booleans,
    integers and lists of strings; ``[[contacts]]`` tables) is read with two regular
    expressions per section; anything else (escapes, comments, multi-line notes, a key of
    the wrong kind, a newer format) gives None, and ``parse_organisation`` reads it, with
    its precise messages. Both agree on every file this accepts (tests/storage).
    """
    top_pattern, contact_pattern, _ = _patterns()
    top, *contacts = text.split(_CONTACTS)
    pairs = _pairs(top, top_pattern)
    if pairs is None or int(pairs.get("format", "2")) > FORMAT:
        return None  # (a missing format reads as too new: the full parser names it)
    for contact in contacts:
        if _pairs(contact, contact_pattern) is None:
            return None
    return pairs.get("archived") == "true", pairs["name"][1:-1], pairs.get("org_number", '""')[1:-1]
