"""Ids of the organisation's records (units, people, actions, log entries), on ``core.ids``."""

from __future__ import annotations

import hashlib

from jamtui.core import ids as core_ids
from jamtui.core.text import nfc

UNIT = "u"
PERSON = "pe"
ACTION = "a"
LOG = "lg"


def new_id(prefix: str, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """A fresh random id (``u-1a2b3c4d``) that is not in ``taken``."""
    while True:
        candidate = core_ids.new_id(prefix)
        if candidate not in taken:
            return candidate


def derived_id(prefix: str, text: str) -> str:
    """The id an old record without one gets: the same on every machine (sync relies on it)."""
    return f"{prefix}-" + hashlib.sha256(nfc(text).encode("utf-8")).hexdigest()[:8]


def is_id(text: str, prefix: str | None = None) -> bool:
    """Whether ``text`` has the shape of a record id (of ``prefix`` when given)."""
    if not core_ids.is_record_id(text):
        return False
    return prefix is None or text.startswith(f"{prefix}-")
