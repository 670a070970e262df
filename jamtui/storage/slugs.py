"""Safe ASCII folder names from any organisation name."""

from __future__ import annotations

import re
from collections.abc import Container

from jamtui.core.text import ascii_slug

MAX_SLUG = 60
_RESERVED = {
    "con",
    "prn",
    "aux",
    "nul",
    *(f"com{i}" for i in range(10)),
    *(f"lpt{i}" for i in range(10)),
}


def slugify(name: str) -> str:
    """``Malmö stad / Vård & omsorg`` → ``malmo-stad-vard-omsorg``; never empty or special."""
    slug = ascii_slug(name, MAX_SLUG)
    if not slug:
        slug = "organisation"
    if slug in _RESERVED:
        slug = f"{slug}-org"
    return slug


def unique_slug(name: str, taken: Container[str]) -> str:
    """``slugify(name)``, with ``-2``, ``-3`` … added until it is not in ``taken``."""
    base = slugify(name)
    if base not in taken:
        return base
    number = 2
    while True:
        suffix = f"-{number}"
        candidate = base[: MAX_SLUG - len(suffix)].rstrip("-") + suffix
        if candidate not in taken:
            return candidate
        number += 1


def is_safe_slug(slug: str) -> bool:
    """True for names ``slugify`` could have produced (used before touching the disk)."""
    return bool(re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", slug)) and len(slug) <= MAX_SLUG + 8
