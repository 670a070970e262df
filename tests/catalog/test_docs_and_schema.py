"""The documented example loads, and the published JSON Schema matches the format spec."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import jsonschema
import pytest

from jamtui.catalog.item_types import builtin_registry, tables_with_types, using
from jamtui.catalog.loader import load_checklist_text
from jamtui.catalog.schema import build_schema
from jamtui.core.navigation import ItemState, walk

DOCS = Path(__file__).resolve().parents[2] / "docs"


def example_text() -> str:
    text = (DOCS / "checklist-format.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```toml\n(.*?)```", text, flags=re.S)
    complete = [block for block in blocks if block.startswith("format = 1\n")]
    assert len(complete) == 1
    return complete[0]


def test_documented_example_loads_and_branches() -> None:
    result = load_checklist_text(example_text(), "checklist-format.md")
    assert result.problems == []
    checklist = result.checklist
    assert checklist is not None
    assert checklist.title.get("en") == "Example: gender-equal decisions"
    path = walk(checklist, {"underlag.beror": "nej"})
    assert path.outcome is not None and path.outcome.outcome.id == "ej-aktuell"
    assert path.states["arbetssatt.rutin"] is ItemState.ENDED
    path = walk(checklist, {"underlag.beror": "ja", "underlag.statistik": "nej"})
    assert path.outcome is None
    assert path.states["underlag.varfor-inte"] is ItemState.UNANSWERED
    path = walk(checklist, {"underlag.beror": "ja", "underlag.statistik": "ja"})
    assert path.states["underlag.varfor-inte"] is ItemState.HIDDEN


def test_every_key_of_the_format_is_documented() -> None:
    text = (DOCS / "checklist-format.md").read_text(encoding="utf-8")
    with using(builtin_registry()):
        tables = tables_with_types()
    for table, keys in tables.items():
        for key in keys:
            forms = (f"`{key.name}`", f"[{key.name}", f"{key.name} = ")
            assert any(form in text for form in forms), f"{table}.{key.name} is not documented"


def test_published_schema_is_in_sync() -> None:
    published = json.loads((DOCS / "checklist.schema.json").read_text(encoding="utf-8"))
    assert published == build_schema(), "run: jamtui schema > docs/checklist.schema.json"


def test_schema_accepts_the_example_and_rejects_a_typo() -> None:
    schema = build_schema()
    data = tomllib.loads(example_text())
    jsonschema.validate(data, schema)
    data["sections"][0]["items"][0]["requried"] = True
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)
