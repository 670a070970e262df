"""Load plugins from entry points, each in isolation, and call their hooks safely."""

from __future__ import annotations

import functools
import threading
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pluggy

from jamtui.i18n import t
from jamtui.plugin import ENTRY_POINT_GROUP, JAMTUI_PLUGIN_API, PROJECT_NAME, hookspecs, timing
from jamtui.plugin.policy import PluginError, disabled_names, strict_mode

if TYPE_CHECKING:
    from jamtui.plugin.discovery import EntryPointLike

__all__ = ["PluginError", "PluginHost", "PluginInfo", "create_host"]

BUNDLED_MODULE = "jamtui_bundled"
BUNDLED_NAME = "bundled"


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
        limit = timing.time_limit()
        for impl in caller.get_hookimpls():
            plugin = impl.plugin_name
            register = _Closable(make_register(plugin))
            try:
                timing.call_with_limit(
                    functools.partial(impl.function, register=register), limit, plugin
                )
            except PluginError:
                raise
            except timing.TimedOut:
                register.close()  # whatever it registers later is ignored
                self.slow(plugin, t("safety.plugin.slow_hook", None, hook=hook_name, limit=limit))
            except (Exception, SystemExit) as error:
                self.problem(
                    plugin, t("plugin.hook_failed", None, hook=hook_name, error=_describe(error))
                )

    def collect(self, hook_name: str) -> list[tuple[str, Any]]:
        """What every plugin registers through ``hook_name``, as (plugin, thing), in order.

        ``call_each`` with a register that only records: the caller decides later what to
        do with each thing, and every hook still runs once, isolated and time-limited.
        """
        found: list[tuple[str, Any]] = []

        def make_register(plugin: str) -> Callable[[Any], None]:
            return lambda thing: found.append((plugin, thing))

        self.call_each(hook_name, make_register)
        return found

    def slow(self, plugin: str, message: str) -> None:
        """Record that ``plugin`` was too slow, and say so at once where someone listens."""
        if timing.slow_notice is not None:
            timing.slow_notice(f"{plugin}: {message}")
        self.problem(plugin, message)


class _Closable:
    """A register callback that ignores calls once closed (after its hook timed out)."""

    def __init__(self, register: Callable[[Any], None]) -> None:
        self._register = register
        self._lock = threading.Lock()
        self._open = True

    def __call__(self, thing: Any) -> None:
        with self._lock:
            if self._open:
                self._register(thing)

    def close(self) -> None:
        with self._lock:
            self._open = False


def _describe(error: BaseException) -> str:
    frames = traceback.extract_tb(error.__traceback__)
    where = f" ({frames[-1].filename}:{frames[-1].lineno})" if frames else ""
    return f"{type(error).__name__}: {error}{where}"


def create_host(
    entry_points: Iterable[EntryPointLike] | None = None,
    extra_plugins: Iterable[tuple[str, object]] = (),
    cache_dir: Path | None = None,
) -> PluginHost:
    """Build the plugin manager and load every plugin; problems are recorded, not raised.

    ``entry_points`` defaults to the installed ``jamtui`` group (remembered in ``cache_dir``
    until the Python environment changes, when given); ``extra_plugins`` are
    (name, module-or-object) pairs registered directly (tests, embedding).
    """
    manager = pluggy.PluginManager(PROJECT_NAME)
    manager.add_hookspecs(hookspecs)
    host = PluginHost(manager=manager, strict=strict_mode())
    disabled = disabled_names()
    limit = timing.time_limit()
    points = list(entry_points) if entry_points is not None else installed_entry_points(cache_dir)
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
            plugin = timing.call_with_limit(point.load, limit, point.name)
        except PluginError:
            raise
        except KeyboardInterrupt:
            raise KeyboardInterrupt(
                t("safety.plugin.interrupted", None, name=point.name, module=point.value)
            ) from None
        except timing.TimedOut:
            host.slow(point.name, t("safety.plugin.slow_import", None, limit=limit))
            continue
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


def installed_entry_points(cache_dir: Path | None = None) -> list[EntryPointLike]:
    """The installed plugins' entry points, the bundled plugin first, then by name."""
    from jamtui.plugin.discovery import entry_points

    points = entry_points(ENTRY_POINT_GROUP, cache_dir)
    # The bundled plugin first, then the rest by name: the order decides which of two
    # duplicate checklist ids is used, so it must depend neither on sys.path order nor on
    # what third-party modules are called (``jamtui_…`` is the documented name for them).
    return sorted(points, key=lambda p: (not is_bundled(p), p.name))


def is_bundled(point: EntryPointLike) -> bool:
    """The entry point jamtui's own distribution declares for its bundled plugin."""
    dist = point.dist
    if dist is not None:
        return bool(dist.metadata["Name"] == PROJECT_NAME and point.value == BUNDLED_MODULE)
    return point.value == BUNDLED_MODULE and point.name == BUNDLED_NAME
