"""Check raw TOML data against the format spec: unknown, missing and mistyped keys."""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Callable
from typing import Any

from jamtui.catalog import item_types
from jamtui.catalog.spec import LANG_KEYS, Key
from jamtui.i18n import t

Report = Callable[[str, str], None]
"""report(path, message)"""

MAX_DEPTH = 16


def did_you_mean(word: str, options: list[str] | tuple[str, ...]) -> str:
    """`` – menade du "x"?`` when a close option exists, else an empty string."""
    close = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    return t("problem.did_you_mean", None, suggestion=close[0]) if close else ""


def kind_name(kind: str) -> str:
    """How a key kind is called in messages."""
    base = kind.split(":", 1)[0]
    return t(f"kind.{base}")


def check_table(table_name: str, data: object, path: str, report: Report, depth: int = 0) -> bool:
    """Report problems in ``data`` (a table of kind ``table_name``); False when unusable."""
    if depth > MAX_DEPTH:
        report(path, t("problem.too_deep"))
        return False
    if not isinstance(data, dict):
        report(path, t("problem.wrong_type", None, expected=t("kind.table"), got=_type_of(data)))
        return False
    plan = _plan(table_name)
    prefix = f"{path}." if path else ""
    for name, value in data.items():
        step = plan.get(name)
        if step is None:
            report(
                prefix + name,
                t("problem.unknown_key", None, key=name) + did_you_mean(name, list(plan)),
            )
            continue
        key, mode, target = step
        if mode == "scalar":
            # Most keys are scalars of the right kind: no path string is built for them.
            plain = not key.enum and not key.pattern and (key.kind != "text" or type(value) is str)
            if plain and _matches_kind(key.kind, value):
                continue
            _check_scalar(key, value, prefix + name, report)
        else:
            _check_nested(mode, target, value, prefix + name, report, depth)
    for key, _mode, _target in plan.values():
        if key.required and key.name not in data:
            report(path or "", t("problem.missing_key", None, key=key.name))
    return True


def _plan(table_name: str) -> dict[str, tuple[Key, str, str]]:
    """Each key of a table with how to check it: ``scalar``, or ``table``/``array``/``map``
    of the named table. Item tables include every active item type's keys; the plans are
    cached until a type is registered."""
    cached = item_types._plans.get(table_name)
    if cached is not None:
        return cached  # type: ignore[return-value]
    plan: dict[str, tuple[Key, str, str]] = {}
    for key in item_types.tables_with_types()[table_name]:
        mode, _, target = key.kind.partition(":")
        plan[key.name] = (key, mode if target else "scalar", target)
    item_types._plans[table_name] = plan
    return plan


def _check_nested(
    mode: str, target: str, value: object, path: str, report: Report, depth: int
) -> None:
    if mode == "table":
        check_table(target, value, path, report, depth + 1)
        return
    if mode == "array":
        if not isinstance(value, list):
            report(
                path, t("problem.wrong_type", None, expected=t("kind.array"), got=_type_of(value))
            )
            return
        for index, element in enumerate(value):
            check_table(target, element, f"{path}[{index}]", report, depth + 1)
        return
    if not isinstance(value, dict):
        report(path, t("problem.wrong_type", None, expected=t("kind.table"), got=_type_of(value)))
        return
    for name, element in value.items():
        check_table(target, element, f"{path}.{name}", report, depth + 1)


@functools.cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _check_scalar(key: Key, value: object, path: str, report: Report) -> None:
    kind = key.kind
    if not _matches_kind(kind, value):
        report(path, t("problem.wrong_type", None, expected=kind_name(kind), got=_type_of(value)))
        return
    if kind == "text" and isinstance(value, dict):
        for lang, text in value.items():
            if lang not in LANG_KEYS:
                report(
                    f"{path}.{lang}",
                    t("problem.unknown_language", None, lang=lang) + did_you_mean(lang, LANG_KEYS),
                )
            elif not isinstance(text, str):
                report(
                    f"{path}.{lang}",
                    t("problem.wrong_type", None, expected=t("kind.str"), got=_type_of(text)),
                )
    if key.enum and value not in key.enum:
        options = ", ".join(f'"{option}"' for option in key.enum)
        report(
            path,
            t("problem.not_in_enum", None, value=value, options=options)
            + did_you_mean(str(value), key.enum),
        )
    if key.pattern and isinstance(value, str) and not _compiled(key.pattern).match(value):
        report(path, t("problem.bad_identifier", None, value=value))


def _matches_kind(kind: str, value: Any) -> bool:
    if kind == "str":
        return isinstance(value, str)
    if kind == "text":
        return isinstance(value, str) or (isinstance(value, dict) and bool(value))
    if kind == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind == "bool":
        return isinstance(value, bool)
    if kind == "strlist":
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    if kind == "value":
        return isinstance(value, str | int | bool) and not isinstance(value, float)
    if kind == "valuelist":
        return isinstance(value, list) and all(isinstance(v, str | int) for v in value)
    return True


def _type_of(value: object) -> str:
    if isinstance(value, bool):
        return t("kind.bool")
    if isinstance(value, int):
        return t("kind.int")
    if isinstance(value, float):
        return t("kind.number")
    if isinstance(value, str):
        return t("kind.str")
    if isinstance(value, list):
        return t("kind.array")
    if isinstance(value, dict):
        return t("kind.table")
    return type(value).__name__
