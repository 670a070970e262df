"""Small JSON cache files: read tolerantly (anything wrong is an empty cache), written safely."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Any

from jamtui.storage.atomic import write_text_atomic
from jamtui.storage.safe_files import CACHE_LIMIT, read_regular


def read_json_table(path: Path, version: int, field: str) -> dict[str, Any]:
    """The table under ``field`` of a file written by ``write_json_table`` with ``version``.

    A missing, unreadable, truncated, deeply nested or foreign file gives an empty table:
    a cache is only ever an accelerator.
    """
    with contextlib.suppress(OSError, ValueError, RecursionError):
        data = json.loads(read_regular(path, CACHE_LIMIT))
        if isinstance(data, dict) and data.get("version") == version:
            table = data.get(field)
            if isinstance(table, dict):
                return table
    return {}


def write_json_table(path: Path, version: int, field: str, table: dict[str, Any]) -> None:
    """Write ``table`` under ``field``; TypeError when it holds what JSON cannot, else never
    raises (a cache that cannot be written is simply not written)."""
    text = json.dumps({"version": version, field: table}, ensure_ascii=False)
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomic(path, text)
