"""Checklist TOML to the core model: loading, validation with located problems, the catalog."""

from jamtui.catalog.catalog import Catalog, CatalogEntry, load_catalog
from jamtui.catalog.loader import LoadResult, load_checklist_file, load_checklist_text
from jamtui.catalog.problems import Problem

__all__ = [
    "Catalog",
    "CatalogEntry",
    "LoadResult",
    "Problem",
    "load_catalog",
    "load_checklist_file",
    "load_checklist_text",
]
