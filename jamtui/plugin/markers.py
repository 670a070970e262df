"""pluggy's markers for jamtui hooks: ``hookimpl`` for plugins, ``hookspec`` for the host."""

from __future__ import annotations

import pluggy

from jamtui.plugin import PROJECT_NAME

hookimpl = pluggy.HookimplMarker(PROJECT_NAME)
hookspec = pluggy.HookspecMarker(PROJECT_NAME)
