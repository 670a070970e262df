"""Default report file names a person recognises, using safe characters only."""

from __future__ import annotations

from jamtui.core.text import ascii_slug


def safe_part(text: str, limit: int = 60) -> str:
    """``Malmö stad / Vård`` → ``malmo-stad-vard``: the same rule as folder names."""
    return ascii_slug(text, limit)


def report_filename(organisation: str, checklist_id: str, date: str, suffix: str) -> str:
    """``<organisation>-<checklist>-<date><suffix>``, never empty, never a path."""
    parts = [safe_part(organisation) or "organisation", safe_part(checklist_id), safe_part(date)]
    return "-".join(part for part in parts if part) + suffix
