"""Stable record ids: a prefix and 8 lowercase hex digits, random or derived from text."""

from __future__ import annotations

import hashlib
import re
import secrets
import unicodedata

UNIT = "u-"
PERSON = "pe-"
ACTION = "a-"
LOG = "lg-"

_ID = re.compile(r"^(u|pe|a|lg|p)-[0-9a-f]{8}$")


def new_id(prefix: str, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """A fresh random id (``secrets.token_hex(4)``) that is not in ``taken``."""
    while True:
        candidate = prefix + secrets.token_hex(4)
        if candidate not in taken:
            return candidate


def derived_id(prefix: str, text: str) -> str:
    """The id an old record without one gets: the same on every machine (sync relies on it)."""
    digest = hashlib.sha256(unicodedata.normalize("NFC", text).encode("utf-8")).hexdigest()
    return prefix + digest[:8]


def is_id(text: str, prefix: str | None = None) -> bool:
    """Whether ``text`` looks like a record id (of ``prefix`` when given)."""
    if not _ID.match(text):
        return False
    return prefix is None or text.startswith(prefix)
