"""Every hook is documented with its exact signature and exercised by a test (datasette's habit).

Generic on purpose: a hook added to ``jamtui.plugin.hookspecs`` fails these tests until
``docs/writing-plugins.md`` shows its signature and a ``test_hook_<name>`` test exists.
"""

from __future__ import annotations

import inspect
import re
from pathlib import Path

from jamtui.plugin import JAMTUI_PLUGIN_API, hookspecs, registry

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "writing-plugins.md"


def hooks() -> list[str]:
    return [name for name in dir(hookspecs) if name.startswith("jamtui_")]


def signature_text(name: str) -> str:
    """``name(param: Type, …) -> Return`` as written in the hookspec's annotations."""
    function = getattr(hookspecs, name)
    notes = function.__annotations__
    params = ", ".join(
        f"{p}: {notes[p]}" if p in notes else p for p in inspect.signature(function).parameters
    )
    return f"{name}({params}) -> {notes.get('return', 'None')}"


def test_every_hookspec_is_documented_with_its_signature() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert len(hooks()) >= 2
    for name in hooks():
        assert f"### `{signature_text(name)}`" in text, signature_text(name)


def test_every_hook_is_exercised_by_a_test() -> None:
    sources = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "tests").rglob("test_*.py"))
    for name in hooks():
        assert re.search(rf"def test_hook_{name}\b", sources), f"no test_hook_{name}"


def test_what_hooks_receive_is_documented_member_by_member() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert f"`JAMTUI_PLUGIN_API` is `{JAMTUI_PLUGIN_API}`" in text
    for protocol in (registry.Exporter, registry.RenderContext):
        members = [m for m in vars(protocol) if not m.startswith("_")]
        members += list(getattr(protocol, "__annotations__", {}))
        for member in set(members):
            assert re.search(rf"`{member}[(:]", text), f"{protocol.__name__}.{member}"
