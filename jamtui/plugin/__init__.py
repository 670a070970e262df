"""The plugin API: the ``hookimpl`` marker plugins decorate their hooks with."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

PROJECT_NAME = "jamtui"
ENTRY_POINT_GROUP = "jamtui"

if TYPE_CHECKING:
    from jamtui.plugin.markers import hookimpl, hookspec


def __getattr__(name: str) -> Any:
    # pluggy is imported only when a plugin or the host needs it, not by every command.
    if name in ("hookimpl", "hookspec"):
        from jamtui.plugin import markers

        return getattr(markers, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["ENTRY_POINT_GROUP", "PROJECT_NAME", "hookimpl", "hookspec"]
