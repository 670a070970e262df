"""Small JSON cache files: the one reader and writer every cache uses (anything wrong is empty)."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Any

from jamtui.fileio.atomic import write_text_atomic


class CacheRead:
    """What a cache file held: its table, and why it was not usable when it was broken.

    ``problem`` is empty for a missing file or one of another version (a normal rebuild) and
    says what was wrong for a file that exists but cannot be read as a cache (corrupt).
    (A plain class: importing ``dataclasses`` cost every short command ~12 ms.)
    """

    __slots__ = ("problem", "table")

    def __init__(self, table: dict[str, Any] | None = None, problem: str = "") -> None:
        self.table: dict[str, Any] = {} if table is None else table
        self.problem = problem


def read_json_cache(
    path: Path, version: int, field_name: str, limit: int | None = None
) -> CacheRead:
    """The table under ``field_name`` of a file written by ``write_json_table``.

    Never raises: a missing, unreadable, truncated, deeply nested, foreign or (beyond
    ``limit`` bytes, default ``CACHE_LIMIT``) oversized file gives an empty table (a cache is
    only ever an accelerator); a broken one also gives a problem.
    """
    from jamtui.fileio.safe_files import CACHE_LIMIT, read_regular

    try:
        raw = read_regular(path, CACHE_LIMIT if limit is None else limit)
    except FileNotFoundError:
        return CacheRead()
    except OSError as error:
        return CacheRead(problem=error.strerror or str(error))
    from jamtui.i18n import t

    try:
        data = json.loads(raw)
    except RecursionError:
        return CacheRead(problem=t("cache.too_deep"))
    except json.JSONDecodeError as error:
        return CacheRead(problem=t("cache.bad_json", None, line=error.lineno, column=error.colno))
    except ValueError:
        return CacheRead(problem=t("cache.not_utf8"))
    if not isinstance(data, dict):
        return CacheRead(problem=t("cache.not_object"))
    if data.get("version") != version:
        return CacheRead()
    table = data.get(field_name)
    if not isinstance(table, dict):
        return CacheRead(problem=t("cache.not_object"))
    return CacheRead(table)


def read_json_table(path: Path, version: int, field_name: str) -> dict[str, Any]:
    """Just the table of ``read_json_cache`` (empty when missing, foreign or broken)."""
    return read_json_cache(path, version, field_name).table


def write_json_table(path: Path, version: int, field_name: str, table: dict[str, Any]) -> None:
    """Write ``table`` under ``field_name``; TypeError when it holds what JSON cannot, else
    never raises (a cache that cannot be written is simply not written).

    Atomic but not durable (no ``fsync``): a cache that a crash leaves old or unreadable is
    read as missing or, for a listing index, as not fresh (see docs/decisions.md).
    """
    text = json.dumps({"version": version, field_name: table}, ensure_ascii=False)
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomic(path, text, durable=False)
