"""Units (förvaltningar, nämnder) of an organisation: add, rename, merge, remove, find.

Runs name their unit by its display name. A rename keeps the old name as an alias and a
merge moves the merged unit's names onto the unit it joins, so every run follows without
its file being rewritten. A removed unit stays in the file as ``removed = true`` (a record
a sync can merge); its runs are shown under "utan enhet".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from jamtui.followup.errors import RuleError
from jamtui.followup.ids import UNIT, derived_id, new_id
from jamtui.followup.names import clean_name, is_one_line, same_name
from jamtui.i18n import t


@dataclass(frozen=True)
class Unit:
    """One unit; ``aliases`` are its earlier names (and those of units merged into it)."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    removed: bool = False
    merged_into: str = ""

    @property
    def active(self) -> bool:
        return not self.removed and not self.merged_into

    def answers_to(self, name: str) -> bool:
        return same_name(self.name, name) or any(same_name(a, name) for a in self.aliases)


@dataclass(frozen=True)
class UnitChoice:
    """What a typed unit name means: a known unit, a new one, or none at all."""

    unit: Unit | None
    is_new: bool = False
    name: str = ""


@dataclass
class Units:
    """The unit list of one organisation, in the order they were added."""

    items: list[Unit] = field(default_factory=list)

    @classmethod
    def from_names(cls, names: Iterable[str]) -> Units:
        """Units of an old organisation file (names only): ids derived from the names."""
        units: list[Unit] = []
        for raw in names:
            name = clean_name(raw)
            if name and not any(u.answers_to(name) for u in units):
                units.append(Unit(derived_id(UNIT, name), name))
        return cls(units)

    def active(self) -> list[Unit]:
        return [u for u in self.items if u.active]

    def names(self) -> list[str]:
        return [u.name for u in self.active()]

    def get(self, unit_id: str) -> Unit | None:
        return next((u for u in self.items if u.id == unit_id), None)

    def find(self, name_or_id: str) -> Unit | None:
        """The active unit with this id, name or earlier name (a merged unit leads to its heir)."""
        wanted = clean_name(name_or_id)
        if not wanted:
            return None
        for unit in self.active():
            if unit.id == wanted or same_name(unit.name, wanted):
                return unit
        for unit in self.active():
            if unit.answers_to(wanted):
                return unit
        return None

    def home_of(self, run_unit: str) -> Unit | None:
        """The active unit a run that names ``run_unit`` belongs to, or None ("utan enhet")."""
        return self.find(run_unit) if run_unit.strip() else None

    def choose(self, typed: str) -> UnitChoice:
        """Known unit, empty, or a new name (a new unit is always an explicit choice)."""
        name = clean_name(typed)
        if not name:
            return UnitChoice(None)
        found = self.find(name)
        if found is not None:
            return UnitChoice(found, name=found.name)
        return UnitChoice(None, is_new=True, name=name)

    def require(self, name_or_id: str) -> Unit:
        found = self.find(name_or_id)
        if found is None:
            raise RuleError(
                t("followup.unit.unknown", None, unit=name_or_id, units=", ".join(self.names()))
            )
        return found

    # -- changes (each returns the unit it made or changed) --------------------------------
    def add(self, name: str) -> Unit:
        display = _check_name(name)
        if self.find(display) is not None:
            raise RuleError(t("followup.unit.exists", None, unit=display))
        taken = {u.id for u in self.items}
        unit = Unit(new_id(UNIT, taken), display)
        self.items.append(unit)
        return unit

    def rename(self, name_or_id: str, new_name: str) -> Unit:
        unit = self.require(name_or_id)
        display = _check_name(new_name)
        other = self.find(display)
        if other is not None and other.id != unit.id:
            raise RuleError(t("followup.unit.exists", None, unit=display))
        aliases = unit.aliases
        if not same_name(unit.name, display) and unit.name not in aliases:
            aliases = (*aliases, unit.name)
        aliases = tuple(a for a in aliases if not same_name(a, display))
        return self._replace(replace(unit, name=display, aliases=aliases))

    def merge(self, source: str, target: str) -> Unit:
        """Merge ``source`` into ``target``: its runs are then shown under ``target``."""
        gone = self.require(source)
        heir = self.require(target)
        if gone.id == heir.id:
            raise RuleError(t("followup.unit.merge_self", None, unit=gone.name))
        names = tuple(dict.fromkeys((*heir.aliases, gone.name, *gone.aliases)))
        self._replace(replace(gone, merged_into=heir.id))
        return self._replace(replace(heir, aliases=names))

    def remove(self, name_or_id: str) -> Unit:
        unit = self.require(name_or_id)
        return self._replace(replace(unit, removed=True))

    def _replace(self, unit: Unit) -> Unit:
        self.items = [unit if u.id == unit.id else u for u in self.items]
        return unit


def _check_name(name: str) -> str:
    if not is_one_line(name.strip()):
        raise RuleError(t("followup.name.one_line"))
    display = clean_name(name)
    if not display:
        raise RuleError(t("followup.name.empty"))
    return display
