"""The plugin API: the ``hookimpl`` marker plugins decorate their hooks with."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

PROJECT_NAME = "jamtui"
ENTRY_POINT_GROUP = "jamtui"
JAMTUI_PLUGIN_API = 1
"""The plugin API's version. A plugin may set ``JAMTUI_PLUGIN_API = 1`` (module attribute)
to say which version it was written for; a plugin for another version is reported and not
loaded. It goes up only when a hook changes in a way old plugins cannot follow."""

if TYPE_CHECKING:
    from jamtui.plugin.markers import hookimpl, hookspec


def __getattr__(name: str) -> Any:
    # pluggy is imported only when a plugin or the host needs it, not by every command.
    if name in ("hookimpl", "hookspec"):
        from jamtui.plugin import markers

        return getattr(markers, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["ENTRY_POINT_GROUP", "JAMTUI_PLUGIN_API", "PROJECT_NAME", "hookimpl", "hookspec"]
