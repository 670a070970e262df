"""Checklist TOML to the core model: loading, validation with located problems, the catalog."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jamtui.catalog.catalog import Catalog, CatalogEntry, load_catalog
    from jamtui.catalog.loader import LoadResult, load_checklist_file, load_checklist_text
    from jamtui.catalog.problems import Problem

# Names are imported on first use, so that importing one small submodule (say ``locate``)
# does not load the plugin host and the validator: start-up time is measured.
_WHERE = {
    "Catalog": "catalog",
    "CatalogEntry": "catalog",
    "load_catalog": "catalog",
    "LoadResult": "loader",
    "load_checklist_file": "loader",
    "load_checklist_text": "loader",
    "Problem": "problems",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(importlib.import_module(f"jamtui.catalog.{_WHERE[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "Catalog",
    "CatalogEntry",
    "LoadResult",
    "Problem",
    "load_catalog",
    "load_checklist_file",
    "load_checklist_text",
]
