"""Default report file names a person recognises, using safe characters only."""

from __future__ import annotations

import re
import unicodedata

_FOLD = str.maketrans({"ß": "ss", "æ": "ae", "ø": "o", "đ": "d", "ł": "l", "þ": "th"})


def safe_part(text: str, limit: int = 60) -> str:
    """``Malmö stad / Vård`` → ``malmo-stad-vard``: ASCII letters, digits and hyphens."""
    folded = unicodedata.normalize("NFKD", text.lower().translate(_FOLD))
    ascii_text = folded.encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    return slug[:limit].rstrip("-")


def report_filename(organisation: str, checklist_id: str, date: str, suffix: str) -> str:
    """``<organisation>-<checklist>-<date><suffix>``, never empty, never a path."""
    parts = [safe_part(organisation) or "organisation", safe_part(checklist_id), safe_part(date)]
    return "-".join(part for part in parts if part) + suffix
