"""Generate a JSON Schema of the checklist format from the format spec."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from jamtui.catalog.item_types import builtin_registry, tables_with_types, using
from jamtui.catalog.spec import LANG_KEYS, Key

SCHEMA_ID = "https://jamtui.invalid/schema/checklist-v1.1.json"


def build_schema() -> dict[str, Any]:
    """A draft 2020-12 JSON Schema for checklist files (usable by TOML language servers).

    It describes the format with the built-in item types (plugins' types are not in it).
    """
    with using(builtin_registry()):
        tables = tables_with_types()
    definitions = {name: _table(name, tables) for name in tables}
    definitions["text"] = {
        "description": "A plain Swedish string, or a table of translations.",
        "anyOf": [
            {"type": "string"},
            {
                "type": "object",
                "properties": {lang: {"type": "string"} for lang in LANG_KEYS},
                "additionalProperties": False,
                "minProperties": 1,
            },
        ],
    }
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "jamtui checklist, format 1.1 (every format 1 file is valid)",
        "$defs": definitions,
        **_table("checklist", tables),
    }
    return schema


def _table(name: str, tables: Mapping[str, tuple[Key, ...]]) -> dict[str, Any]:
    from jamtui.catalog.spec_sv import SV

    keys = tables[name]
    properties = {}
    for key in keys:
        schema = _key(key)
        schema["x-description-sv"] = SV[f"{name}.{key.name}"]
        properties[key.name] = schema
    return {
        "type": "object",
        "properties": properties,
        "required": [key.name for key in keys if key.required],
        "additionalProperties": False,
    }


def _key(key: Key) -> dict[str, Any]:
    kind = key.kind
    schema: dict[str, Any]
    if kind.startswith("table:"):
        schema = {"$ref": f"#/$defs/{kind.split(':', 1)[1]}"}
    elif kind.startswith("array:"):
        schema = {"type": "array", "items": {"$ref": f"#/$defs/{kind.split(':', 1)[1]}"}}
    elif kind.startswith("map:"):
        schema = {
            "type": "object",
            "additionalProperties": {"$ref": f"#/$defs/{kind.split(':', 1)[1]}"},
        }
    elif kind == "text":
        schema = {"$ref": "#/$defs/text"}
    elif kind == "str":
        schema = {"type": "string"}
    elif kind == "int":
        schema = {"type": "integer"}
    elif kind == "number":
        schema = {"type": "number"}
    elif kind == "bool":
        schema = {"type": "boolean"}
    elif kind == "strlist":
        schema = {"type": "array", "items": {"type": "string"}}
    elif kind == "value":
        schema = {"type": ["string", "integer", "boolean"]}
    elif kind == "valuelist":
        schema = {"type": "array", "items": {"type": ["string", "integer"]}}
    else:  # pragma: no cover - the spec uses only the kinds above
        raise ValueError(kind)
    if key.enum:
        schema["enum"] = list(key.enum)
    if key.pattern:
        schema["pattern"] = key.pattern
    if key.name == "format":
        schema["enum"] = [1, 1.1]
    schema["description"] = key.doc
    return schema
