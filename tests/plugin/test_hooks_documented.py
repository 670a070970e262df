"""Every hook is documented with its exact signature (a datasette habit)."""

from __future__ import annotations

import inspect
from pathlib import Path

from jamtui.plugin import hookspecs

DOC = Path(__file__).resolve().parents[2] / "docs" / "writing-plugins.md"


def test_every_hookspec_is_documented_with_its_signature() -> None:
    text = DOC.read_text(encoding="utf-8")
    hooks = [name for name in dir(hookspecs) if name.startswith("jamtui_")]
    assert hooks == [
        "jamtui_register_checklists",
        "jamtui_register_exporters",
        "jamtui_register_item_types",
    ]
    for name in hooks:
        params = ", ".join(inspect.signature(getattr(hookspecs, name)).parameters)
        assert f"`{name}({params})`" in text, name
