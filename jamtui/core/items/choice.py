"""The ``choice`` type: one of the listed options; scores the option's ``score``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from jamtui.core.items.base import BuildContext, ItemKind, Key

if TYPE_CHECKING:
    from jamtui.core.model import Choice, Item

CHOICES_KEY = Key("choices", "array:choice", 'The options (type = "choice" or "multichoice").')
CHOICE_TABLE = {
    "choice": (
        Key(
            "value",
            "str",
            "Stored value of the option.",
            required=True,
            pattern=r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$",
        ),
        Key("label", "text", "What the option says.", required=True),
        Key("score", "number", "Score of the option when the item is scored."),
    )
}


def build_choices(raw: Mapping[str, Any], ctx: BuildContext) -> dict[str, Any]:
    """Read ``choices`` (shared by ``choice`` and ``multichoice``)."""
    from jamtui.core.model import Choice
    from jamtui.core.text import text_of

    entries = raw.get("choices")
    tables = [c for c in entries if isinstance(c, dict)] if isinstance(entries, list) else []
    if not tables:
        ctx.report("", ctx.tr("problem.choices_missing"))
    seen: set[str] = set()
    choices: list[Choice] = []
    for index, entry in enumerate(tables):
        value = str(entry.get("value", ""))
        if value in seen:
            ctx.report(f"choices[{index}].value", ctx.tr("problem.duplicate_choice", value=value))
        seen.add(value)
        score = entry.get("score")
        points = None
        if isinstance(score, int | float) and not isinstance(score, bool):
            points = float(score)
        choices.append(Choice(value, text_of(entry.get("label")), points))
    return {"choices": tuple(choices)}


def choice_label(item: Item, value: str, lang: str) -> str:
    choice = item.choice(value)
    return choice.label.get(lang) if choice else value


class ChoiceKind(ItemKind):
    name = "choice"
    keys = (CHOICES_KEY,)
    tables = CHOICE_TABLE
    can_score = True
    allows_raters = True

    def build(self, raw: Mapping[str, Any], ctx: BuildContext) -> dict[str, Any]:
        return build_choices(raw, ctx)

    def possible_values(self, item: Item) -> tuple[object, ...]:
        return tuple(choice.value for choice in item.choices)

    def value_error(self, item: Item, value: object) -> str | None:
        return None if isinstance(value, str) and item.choice(value) else "not_a_choice"

    def parse(self, item: Item, text: str) -> object:
        return text.strip()

    def bounds(self, item: Item) -> tuple[float, float] | None:
        scores = _scores(item.choices)
        return (min(scores), max(scores)) if scores else None

    def score(self, item: Item, value: object) -> float | None:
        choice = item.choice(value) if isinstance(value, str) else None
        return choice.score if choice is not None else None

    def report_text(self, item: Item, value: object, lang: str) -> str:
        return choice_label(item, value, lang) if isinstance(value, str) else ""


def _scores(choices: tuple[Choice, ...]) -> list[float]:
    return [c.score for c in choices if c.score is not None]


KIND = ChoiceKind()
