"""Stable record ids: random for new records, derived (deterministic) when migrating old files."""

from __future__ import annotations

import re

from jamtui.core.text import nfc

_ID = re.compile(r"^[a-z]{1,3}-[0-9a-f]{8}$")


def new_id(prefix: str) -> str:
    """A fresh random id such as ``p-1a2b3c4d``."""
    import secrets  # (hashlib and secrets when first used: reading run files needs neither)

    return f"{prefix}-{secrets.token_hex(4)}"


def _digest(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]


def participant_id_for(name: str) -> str:
    """The id a format-1 participant (or rater name) gets on migration: same on every machine."""
    return "p-" + _digest(nfc(name))


def action_id_for(item_id: str, index: int, what: str, who: str, due: str) -> str:
    """The id a format-1 action row gets on migration: same on every machine."""
    return "a-" + _digest(f"{item_id}\n{index}\n{what}\n{who}\n{due}")


def is_record_id(text: str) -> bool:
    """True for ids of the shape jamtui writes (``p-`` + 8 lowercase hex, etc.)."""
    return bool(_ID.match(text))
