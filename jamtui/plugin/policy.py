"""How plugin problems are treated (skip list, strict mode), without importing pluggy."""

from __future__ import annotations

import os
from collections.abc import Mapping

ENV_DISABLE = "JAMTUI_DISABLE_PLUGINS"
ENV_STRICT = "JAMTUI_STRICT_PLUGINS"


class PluginError(Exception):
    """Raised in strict mode when any plugin has a problem."""


def disabled_names(environ: Mapping[str, str] | None = None) -> set[str]:
    """Plugins the user asked to skip (``JAMTUI_DISABLE_PLUGINS=name,name``)."""
    env = os.environ if environ is None else environ
    return {name.strip() for name in env.get(ENV_DISABLE, "").split(",") if name.strip()}


def strict_mode(environ: Mapping[str, str] | None = None) -> bool:
    """Whether plugin problems are fatal (``JAMTUI_STRICT_PLUGINS=1``), for plugin authors."""
    env = os.environ if environ is None else environ
    return env.get(ENV_STRICT, "").strip().lower() in ("1", "true", "yes", "ja")
