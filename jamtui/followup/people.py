"""People of an organisation: name, role, unit, e-mail, phone (and nothing more).

No person's sex is recorded: counts of women and men belong in a run's answers where a
checklist asks for them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, fields, replace

from jamtui.followup.errors import RuleError
from jamtui.followup.ids import PERSON, derived_id, new_id
from jamtui.followup.names import clean_name, is_one_line, same_name
from jamtui.i18n import t

ROLES = ("strateg", "förvaltningschef", "jämställdhetsombud", "politiker", "processledare")
"""Roles offered in lists; any other role may be typed."""

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class Person:
    """Someone the consultant works with; ``unit`` is a unit id or empty."""

    id: str
    name: str
    role: str = ""
    unit: str = ""
    email: str = ""
    phone: str = ""


EDITABLE = tuple(f.name for f in fields(Person) if f.name != "id")


@dataclass
class People:
    """The people list of one organisation."""

    items: list[Person] = field(default_factory=list)

    @classmethod
    def from_contacts(cls, contacts: Iterable[tuple[str, str, str, str]]) -> People:
        """People of an old organisation file's contacts (name, role, email, phone)."""
        people: list[Person] = []
        for name, role, email, phone in contacts:
            display = clean_name(name)
            if display and not any(same_name(p.name, display) for p in people):
                people.append(
                    Person(derived_id(PERSON, display), display, role.strip(), "", email, phone)
                )
        return cls(people)

    def get(self, person_id: str) -> Person | None:
        return next((p for p in self.items if p.id == person_id), None)

    def find(self, id_or_name: str) -> Person | None:
        """The person with this id or name (case and spacing ignored)."""
        wanted = clean_name(id_or_name)
        return next((p for p in self.items if p.id == wanted or same_name(p.name, wanted)), None)

    def require(self, id_or_name: str) -> Person:
        found = self.find(id_or_name)
        if found is None:
            raise RuleError(t("followup.person.unknown", None, name=id_or_name))
        return found

    def add(self, name: str, **details: str) -> Person:
        person = _checked(Person("", name, **details))
        if self.find(person.name) is not None:
            raise RuleError(t("followup.person.exists", None, name=person.name))
        person = replace(person, id=new_id(PERSON, {p.id for p in self.items}))
        self.items.append(person)
        return person

    def edit(self, id_or_name: str, **changes: str) -> Person:
        person = self.require(id_or_name)
        unknown = set(changes) - set(EDITABLE)
        if unknown:
            raise RuleError(t("followup.person.field", None, field=", ".join(sorted(unknown))))
        edited = _checked(replace(person, **changes))
        other = self.find(edited.name)
        if other is not None and other.id != person.id:
            raise RuleError(t("followup.person.exists", None, name=edited.name))
        self.items = [edited if p.id == person.id else p for p in self.items]
        return edited

    def remove(self, id_or_name: str) -> Person:
        """Forget a person entirely (their personal data leaves the file)."""
        person = self.require(id_or_name)
        self.items = [p for p in self.items if p.id != person.id]
        return person

    def in_unit(self, unit_id: str) -> list[Person]:
        return [p for p in self.items if p.unit == unit_id]


def _checked(person: Person) -> Person:
    for name in EDITABLE:
        if not is_one_line(getattr(person, name).strip()):
            raise RuleError(t("followup.name.one_line"))
    name = clean_name(person.name)
    if not name:
        raise RuleError(t("followup.name.empty"))
    email = person.email.strip()
    if email and not _EMAIL.match(email):
        raise RuleError(t("followup.person.bad_email", None, email=email))
    return replace(
        person,
        name=name,
        role=clean_name(person.role),
        unit=person.unit.strip(),
        email=email,
        phone=clean_name(person.phone),
    )
