"""The ``scale`` type: a level of a named scale; scores the level's value."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from jamtui.core.items.base import BuildContext, ItemKind, Key

if TYPE_CHECKING:
    from jamtui.core.model import Item, Scale


def scale_words(scale: Scale, value: int, lang: str = "sv") -> str:
    """``3 – Det finns / vi gör``; just the number for a level without a label."""
    level = scale.level(value)
    label = level.label.get(lang) if level is not None else ""
    return f"{value} – {label}" if label else str(value)


class ScaleKind(ItemKind):
    name = "scale"
    keys = (Key("scale", "str", 'Name of the scale (type = "scale" only).'),)
    can_score = True
    scored_by_default = True
    allows_raters = True

    def build(self, raw: Mapping[str, Any], ctx: BuildContext) -> dict[str, Any]:
        name = raw.get("scale")
        if name is None:
            ctx.report("", ctx.tr("problem.scale_missing"))
            return {}
        if not isinstance(name, str):
            return {}
        scale = ctx.scales.get(name)
        if scale is None:
            ctx.report(
                "scale",
                ctx.tr("problem.unknown_scale", scale=name) + ctx.suggest(name, list(ctx.scales)),
            )
            return {}
        return {"scale": scale}

    def possible_values(self, item: Item) -> tuple[object, ...] | None:
        if item.scale is None:
            return None
        return tuple(level.value for level in item.scale.levels)

    def value_error(self, item: Item, value: object) -> str | None:
        if isinstance(value, bool) or not isinstance(value, int) or item.scale is None:
            return "not_on_scale"
        return None if item.scale.level(value) is not None else "not_on_scale"

    def parse(self, item: Item, text: str) -> object:
        # Plain ASCII digits only: int() would also take "1_0" and "٥".
        if not re.fullmatch(r"[+-]?[0-9]+", text.strip()):
            raise ValueError(text)
        return int(text.strip())

    def bounds(self, item: Item) -> tuple[float, float] | None:
        if item.scale is None or not item.scale.levels:
            return None
        return float(item.scale.minimum), float(item.scale.maximum)

    def score(self, item: Item, value: object) -> float | None:
        if isinstance(value, bool) or not isinstance(value, int) or item.scale is None:
            return None
        return float(value) if item.scale.level(value) is not None else None

    def report_text(self, item: Item, value: object, lang: str) -> str:
        if item.scale is not None and isinstance(value, int) and not isinstance(value, bool):
            return scale_words(item.scale, value, lang)
        return "" if value is None else str(value)


KIND = ScaleKind()
