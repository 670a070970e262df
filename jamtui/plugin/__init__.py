"""The plugin API: the ``hookimpl`` marker plugins decorate their hooks with."""

from __future__ import annotations

import pluggy

PROJECT_NAME = "jamtui"
ENTRY_POINT_GROUP = "jamtui"

hookimpl = pluggy.HookimplMarker(PROJECT_NAME)
hookspec = pluggy.HookspecMarker(PROJECT_NAME)

__all__ = ["ENTRY_POINT_GROUP", "PROJECT_NAME", "hookimpl", "hookspec"]
