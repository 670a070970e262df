"""Organisation files: name, org number, units, contacts, notes, archived flag."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from jamtui.core.text import strip_bom
from jamtui.i18n import t
from jamtui.storage import toml_writer as w
from jamtui.storage.org_summary import FORMAT


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
