"""What ``jamtui workshop`` was asked for: which run, where to listen, the token."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class WorkshopOptions:
    """What ``jamtui workshop`` was asked for."""

    organisation: str
    run_id: str
    host: str
    port: int
    token: str
    anonymous: bool = False
    shown_host: str | None = None
    """The address phones use (the machine's LAN address with --lan)."""
