"""Load plugins from entry points, each in isolation, and call their hooks safely."""

from __future__ import annotations

import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib import metadata
from typing import Any

import pluggy

from jamtui.i18n import t
from jamtui.plugin import ENTRY_POINT_GROUP, JAMTUI_PLUGIN_API, PROJECT_NAME, hookspecs
from jamtui.plugin.policy import PluginError, disabled_names, strict_mode

__all__ = ["PluginError", "PluginHost", "PluginInfo", "create_host"]


@dataclass
class PluginInfo:
    """What ``jamtui plugins`` shows about one plugin."""

    name: str
    module: str = ""
    version: str = ""
    distribution: str = ""
    hooks: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    disabled: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class PluginHost:
    """The plugin manager plus what is known about every plugin, loaded or not."""

    manager: pluggy.PluginManager
    plugins: dict[str, PluginInfo] = field(default_factory=dict)
    strict: bool = False

    def problem(self, plugin: str, message: str) -> None:
        """Record a problem of ``plugin``; raise in strict mode."""
        info = self.plugins.setdefault(plugin, PluginInfo(name=plugin))
        info.problems.append(message)
        if self.strict:
            raise PluginError(f"{plugin}: {message}")

    def call_each(
        self, hook_name: str, make_register: Callable[[str], Callable[[Any], None]]
    ) -> None:
        """Call ``hook_name`` on every plugin separately, so one failure stops no other."""
        caller = getattr(self.manager.hook, hook_name)
        for impl in caller.get_hookimpls():
            plugin = impl.plugin_name
            try:
                impl.function(register=make_register(plugin))
            except PluginError:
                raise
            except (Exception, SystemExit) as error:
                self.problem(
                    plugin, t("plugin.hook_failed", None, hook=hook_name, error=_describe(error))
                )


def _describe(error: BaseException) -> str:
    frames = traceback.extract_tb(error.__traceback__)
    where = f" ({frames[-1].filename}:{frames[-1].lineno})" if frames else ""
    return f"{type(error).__name__}: {error}{where}"


def create_host(
    entry_points: Iterable[metadata.EntryPoint] | None = None,
    extra_plugins: Iterable[tuple[str, object]] = (),
) -> PluginHost:
    """Build the plugin manager and load every plugin; problems are recorded, not raised.

    ``entry_points`` defaults to the installed ``jamtui`` group; ``extra_plugins`` are
    (name, module-or-object) pairs registered directly (tests, embedding).
    """
    manager = pluggy.PluginManager(PROJECT_NAME)
    manager.add_hookspecs(hookspecs)
    host = PluginHost(manager=manager, strict=strict_mode())
    disabled = disabled_names()
    points = list(entry_points) if entry_points is not None else _installed_entry_points()
    for point in points:
        info = PluginInfo(name=point.name, module=point.value)
        if point.dist is not None:
            info.distribution = point.dist.name
            info.version = point.dist.version
        host.plugins[point.name] = info
        if point.name in disabled:
            info.disabled = True
            continue
        try:
            plugin = point.load()
        except PluginError:
            raise
        except (Exception, SystemExit) as error:
            host.problem(point.name, t("plugin.import_failed", None, error=_describe(error)))
            continue
        _register(host, point.name, plugin, info)
    for name, plugin in extra_plugins:
        info = host.plugins.setdefault(
            name, PluginInfo(name=name, module=getattr(plugin, "__name__", ""))
        )
        if name in disabled:
            info.disabled = True
            continue
        _register(host, name, plugin, info)
    return host


def _register(host: PluginHost, name: str, plugin: object, info: PluginInfo) -> None:
    if not info.version:
        info.version = str(getattr(plugin, "__version__", ""))
    wanted = getattr(plugin, "JAMTUI_PLUGIN_API", JAMTUI_PLUGIN_API)
    if wanted != JAMTUI_PLUGIN_API:
        host.problem(
            name, t("plugin.wrong_api", None, wanted=repr(wanted), supported=JAMTUI_PLUGIN_API)
        )
        return
    try:
        host.manager.register(plugin, name=name)
    except PluginError:
        raise
    except (Exception, SystemExit) as error:
        host.problem(name, t("plugin.register_failed", None, error=_describe(error)))
        return
    callers = host.manager.get_hookcallers(plugin) or []
    info.hooks = sorted(caller.name for caller in callers if caller.spec is not None)
    known = {hook for hook in dir(hookspecs) if hook.startswith("jamtui_")}
    for attr in sorted(dir(plugin)):
        if attr.startswith("jamtui_") and attr not in known and callable(getattr(plugin, attr)):
            host.problem(name, t("plugin.unknown_hook", None, hook=attr))


def _installed_entry_points() -> list[metadata.EntryPoint]:
    seen: set[str] = set()
    points: list[metadata.EntryPoint] = []
    for point in metadata.entry_points(group=ENTRY_POINT_GROUP):
        if point.name in seen:
            continue
        seen.add(point.name)
        points.append(point)
    # First-party plugins first, then the rest by name: the order decides which of two
    # duplicate checklist ids is used, so it must not depend on sys.path order.
    return sorted(points, key=lambda p: (not p.value.startswith("jamtui_"), p.name))
