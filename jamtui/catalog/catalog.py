"""All checklists available to the app: from plugins and from folders of loose TOML files."""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib.resources.abc import Traversable
from pathlib import Path

from jamtui.catalog.cache import ChecklistCache
from jamtui.catalog.loader import (
    LoadResult,
    load_checklist_bytes,
    load_checklist_file,
    load_checklist_text,
)
from jamtui.catalog.problems import Problem
from jamtui.catalog.sources import Registered, toml_files
from jamtui.core.model import Checklist
from jamtui.i18n import t
from jamtui.plugin.manager import PluginHost, create_host
from jamtui.plugin.registry import ChecklistSource
from jamtui.settings import Settings


@dataclass(frozen=True)
class CatalogEntry:
    """A loaded checklist and who provided it."""

    checklist: Checklist
    provider: str
    """Plugin name, or ``folder`` for loose TOML files."""
    location: str


@dataclass
class Catalog:
    """Checklists by id, plus every problem met while loading them."""

    entries: list[CatalogEntry] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    host: PluginHost | None = None
    _by_id: dict[str, CatalogEntry] = field(default_factory=dict, repr=False, compare=False)

    def get(self, checklist_id: str) -> Checklist | None:
        entry = self.entry(checklist_id)
        return entry.checklist if entry else None

    def entry(self, checklist_id: str) -> CatalogEntry | None:
        if len(self._by_id) != len(self.entries):
            self._by_id = {entry.checklist.id: entry for entry in reversed(self.entries)}
        return self._by_id.get(checklist_id)

    @property
    def checklists(self) -> list[Checklist]:
        return [entry.checklist for entry in self.entries]

    def add(self, result: LoadResult, provider: str) -> None:
        """Add one load result: its checklist when valid, else its problems."""
        self.problems.extend(result.problems)
        if result.checklist is None:
            return
        existing = self.entry(result.checklist.id)
        if existing is not None:
            message = t(
                "problem.duplicate_checklist",
                None,
                id=result.checklist.id,
                first=f"{existing.provider}: {existing.location}",
            )
            self.problems.append(Problem(result.origin, message))
            if self.host is not None and provider in self.host.plugins:
                self.host.problem(provider, message)  # fatal in strict mode, like any other
            elif self.host is not None and self.host.strict:
                from jamtui.plugin.policy import PluginError

                raise PluginError(f"{result.origin}: {message}")
            return
        added = CatalogEntry(result.checklist, provider, result.origin)
        self.entries.append(added)
        if len(self._by_id) == len(self.entries) - 1:
            self._by_id[added.checklist.id] = added


def load_sources(
    source: ChecklistSource, origin_hint: str = "", cache: ChecklistCache | None = None
) -> list[LoadResult]:
    """Load a registered source: a file, a folder of ``*.toml`` files, or TOML text."""
    if isinstance(source, str):
        return [load_checklist_text(source, origin_hint or "<text>")]
    if isinstance(source, Path):
        if source.is_dir():
            return [load_checklist_file(path, cache=cache) for path in toml_files(source)]
        return [load_checklist_file(source, cache=cache)]
    if isinstance(source, Traversable):
        if source.is_dir():
            children = sorted(
                (c for c in source.iterdir() if c.name.endswith(".toml")), key=lambda c: c.name
            )
            return [load_checklist_bytes(c.read_bytes(), str(c), cache) for c in children]
        return [load_checklist_bytes(source.read_bytes(), str(source), cache)]
    raise TypeError(type(source).__name__)


def load_catalog(
    settings: Settings,
    host: PluginHost | None = None,
    *,
    use_cache: bool = True,
    registered: Registered | None = None,
) -> Catalog:
    """Load checklists from every plugin, then from the user's and the extra folders.

    Files seen before with the same bytes come from the cache in the data folder.
    ``registered``: what ``host``'s plugins registered, when their hooks were already called.
    """
    host = host if host is not None else create_host(cache_dir=settings.data_dir / ".cache")
    catalog = Catalog(host=host)
    cache = ChecklistCache.in_data_dir(settings.data_dir) if use_cache else None
    from jamtui.catalog.item_types import load_item_types

    # Plugins' item types first: checklists may use them. Hooks only name their sources; the
    # files are read after every hook has returned, so a plugin's time limit counts its own
    # code, not the reading of its checklists.
    if registered is None:
        load_item_types(host)
        checklists = host.collect("jamtui_register_checklists")
    else:
        load_item_types(host, registered.item_types)
        checklists = registered.checklists
    for plugin, source in checklists:
        try:
            results = load_sources(source, plugin, cache)
        except TypeError as error:
            host.problem(plugin, t("plugin.bad_registration", None, what=str(error)))
            continue
        for result in results:
            if result.problems:
                for problem in result.problems:
                    host.problem(plugin, problem.format())
            catalog.add(result, plugin)
    for folder in settings.all_checklist_dirs:
        if not folder.is_dir():
            if folder != settings.user_checklist_dir:
                catalog.problems.append(Problem(str(folder), t("problem.folder_missing")))
            continue
        for path in toml_files(folder):
            catalog.add(load_checklist_file(path, cache=cache), "folder")
    if cache is not None:
        cache.save()
    return catalog
