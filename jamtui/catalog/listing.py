"""What ``jamtui checklists`` lists, kept in an index so an unchanged catalog is not loaded again.

The index (``.cache/checklist-listing.json`` in the data folder, volatile) holds the printed
rows and problems of the last few listings, each under a digest of everything the listing
depends on: the jamtui version and language, the plugins (name, module, version, whether
disabled), the item types they register (name and class), every checklist source they
register and every checklist folder, down to the digest of each file's bytes (a file edited
in place with the same size and time is a different key), and which files a folder holds.
The plugins' hooks still run (what they register is part of the key); what is skipped is
parsing and validating the checklists, and importing the model and the validator.

A listing is also tied to the code that made it: the files of jamtui's and the plugins'
modules it had loaded, by size and modification time. Anything in the index that is not
exactly what this module writes is ignored, and the listing is made and written again.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jamtui import __version__
from jamtui.catalog.sources import Registered, collect_registrations, toml_files
from jamtui.fileio.digest import content_digest

if TYPE_CHECKING:
    from jamtui.catalog.catalog import Catalog
    from jamtui.plugin.manager import PluginHost
    from jamtui.settings import Settings

INDEX_NAME = "checklist-listing.json"
INDEX_VERSION = 1
INDEX_LIMIT = 4 * 1024 * 1024
"""A larger index is not read (and is written again, smaller)."""
KEEP = 8
"""Listings kept (other languages, other ``--checklists`` folders); the oldest go first."""
ROW_KEYS = ("id", "version", "title", "provider", "location")


@dataclass(frozen=True)
class Listing:
    """The checklists as ``jamtui checklists`` prints them, and the problems met loading them."""

    rows: list[dict[str, str]]
    """``id``, ``version``, ``title`` (in the listing's language), ``provider``, ``location``."""
    problems: list[str]
    """Each problem as one line, in the listing's language."""


class _Unkeyable(Exception):
    """Something the listing depends on that the key cannot describe (it is loaded every time)."""


def list_checklists(settings: Settings) -> Listing:
    """The listing of every available checklist: from the index when nothing changed."""
    from jamtui.plugin.manager import create_host

    host = create_host(cache_dir=settings.data_dir / ".cache")
    registered = collect_registrations(host)
    # Strict plugin mode loads everything, so that a plugin's broken checklist still stops.
    key = None if host.strict else listing_key(settings, host, registered)
    path = index_path(settings)
    table: dict[str, Any] = {}
    if key is not None:
        from jamtui.fileio.json_cache import read_json_cache

        table = read_json_cache(path, INDEX_VERSION, "listings", INDEX_LIMIT).table
        found = _listing(table.get(key))
        if found is not None:
            return found
    from jamtui.catalog.catalog import load_catalog

    listing = listing_of(load_catalog(settings, host, registered=registered), settings.lang)
    # Written only when nothing changed while loading (else the key would name other bytes).
    if key is not None and listing_key(settings, host, registered) == key:
        _store(path, table, key, listing, _code_stamps(host, registered))
    return listing


def index_path(settings: Settings) -> Path:
    return settings.data_dir / ".cache" / INDEX_NAME


def listing_of(catalog: Catalog, lang: str) -> Listing:
    """A loaded catalog as ``jamtui checklists`` lists it."""
    rows = [
        {
            "id": entry.checklist.id,
            "version": entry.checklist.version,
            "title": entry.checklist.title.get(lang),
            "provider": entry.provider,
            "location": entry.location,
        }
        for entry in catalog.entries
    ]
    return Listing(rows, [problem.format(lang) for problem in catalog.problems])


def listing_key(settings: Settings, host: PluginHost, registered: Registered) -> str | None:
    """A digest of everything the listing depends on, or None when something cannot be keyed."""
    try:
        parts = _key_parts(settings, host, registered)
    except _Unkeyable:
        return None
    return content_digest(json.dumps(parts).encode("ascii"))


def _key_parts(settings: Settings, host: PluginHost, registered: Registered) -> list[Any]:
    parts: list[Any] = [__version__, settings.lang]
    parts.append(
        [
            [info.name, info.module, info.version, info.distribution, info.disabled]
            for info in host.plugins.values()
        ]
    )
    for plugin, kind in registered.item_types:
        try:
            name = getattr(kind, "name", None)
        except Exception as error:  # a plugin's property: its problem, found by the loader
            raise _Unkeyable from error
        kind_class = type(kind)
        named = name if isinstance(name, str) else None
        parts.append(["type", plugin, named, kind_class.__module__, kind_class.__qualname__])
    for plugin, source in registered.checklists:
        # The same cases, in the same order, as catalog.load_sources.
        if isinstance(source, str):
            text = source.encode("utf-8", "surrogatepass")
            parts.append(["text", plugin, content_digest(text)])
        elif isinstance(source, Path) and source.is_dir():
            parts.append(["folder", plugin, str(source), [_file(p) for p in toml_files(source)]])
        elif isinstance(source, Path):
            parts.append(["file", plugin, _file(source)])
        else:  # a resource in a zip, or not a source at all
            raise _Unkeyable
    for folder in settings.all_checklist_dirs:
        if folder.is_dir():
            parts.append(["dir", str(folder), [_file(p) for p in toml_files(folder)]])
        else:
            parts.append(["missing", str(folder), folder == settings.user_checklist_dir])
    return parts


def _file(path: Path) -> list[str]:
    """A checklist file as the loader reads it: its name and a digest of its bytes."""
    from jamtui.fileio.safe_files import CHECKLIST_LIMIT, read_regular

    try:
        data = read_regular(path, CHECKLIST_LIMIT, follow_links=True)
    except OSError as error:  # reported by the loader; such a listing is not kept
        raise _Unkeyable from error
    return [str(path), content_digest(data)]


def _stamp(path: str) -> str | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return f"{info.st_mtime_ns}:{info.st_size}"


def _code_stamps(host: PluginHost, registered: Registered) -> list[list[str]]:
    """The files of jamtui's and the plugins' modules loaded now, with their stamps."""
    packages = {"jamtui"}
    packages.update(
        info.module.partition(":")[0].partition(".")[0]
        for info in host.plugins.values()
        if info.module
    )
    packages.update(type(kind).__module__.partition(".")[0] for _, kind in registered.item_types)
    stamps: list[list[str]] = []
    for name, module in list(sys.modules.items()):
        file = getattr(module, "__file__", None)
        if name.partition(".")[0] not in packages or not isinstance(file, str):
            continue
        stamp = _stamp(file)
        if stamp is not None:
            stamps.append([file, stamp])
    return stamps


def _strings(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def _listing(raw: object) -> Listing | None:
    """The listing an index entry holds when it is well formed and its code is unchanged."""
    if not isinstance(raw, dict) or set(raw) != {"rows", "problems", "code"}:
        return None
    rows, problems, code = raw["rows"], raw["problems"], raw["code"]
    if not isinstance(rows, list) or not _strings(problems) or not isinstance(code, list):
        return None
    for row in rows:
        if not isinstance(row, dict) or tuple(row) != ROW_KEYS or not _strings(list(row.values())):
            return None
    for entry in code:
        if not _strings(entry) or len(entry) != 2 or _stamp(entry[0]) != entry[1]:
            return None
    return Listing(rows, problems)


def _store(
    path: Path, table: dict[str, Any], key: str, listing: Listing, code: list[list[str]]
) -> None:
    from jamtui.fileio.json_cache import write_json_table

    kept = {k: v for k, v in table.items() if k != key and _listing(v) is not None}
    kept[key] = {"rows": listing.rows, "problems": listing.problems, "code": code}
    while len(kept) > KEEP:
        del kept[next(iter(kept))]
    write_json_table(path, INDEX_VERSION, "listings", kept)
