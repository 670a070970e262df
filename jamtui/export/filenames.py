"""Default report file names a person recognises, using safe characters only."""

from __future__ import annotations

import re

from jamtui.core.text import ascii_slug


def safe_part(text: str, limit: int = 60) -> str:
    """``Malmö stad / Vård`` → ``malmo-stad-vard``: the same rule as folder names."""
    return ascii_slug(text, limit)


_SUFFIX = re.compile(r"^\.[A-Za-z0-9][A-Za-z0-9_-]{0,15}(?:\.[A-Za-z0-9][A-Za-z0-9_-]{0,15})?$")


def is_safe_suffix(suffix: object) -> bool:
    """Whether an exporter's suffix is a plain file ending (``.md``, ``.tar.gz``): no path."""
    return isinstance(suffix, str) and _SUFFIX.match(suffix) is not None


def report_filename(organisation: str, checklist_id: str, date: str, suffix: str) -> str:
    """``<organisation>-<checklist>-<date><suffix>``, never empty, never a path.

    ValueError for a suffix that is not a plain file ending (``/``, ``..``, controls).
    """
    if not is_safe_suffix(suffix):
        raise ValueError(f"unsafe file suffix: {suffix!r}")
    parts = [safe_part(organisation) or "organisation", safe_part(checklist_id), safe_part(date)]
    return "-".join(part for part in parts if part) + suffix
