"""Count rules over the level profile, e.g. SKR:s mentor criterion, with their explanation.

A rule holds when every count test holds. The items counted are the visible, scored scale
items (as in ``level_profile``); unanswered ones may still change the result, so a rule is
*met*, *not met* or *open* (``None``): a test is decided only when no way of answering the
rest could change it. ``more_than_share`` compares with the number of counted items,
answered or not (SKR: "mer än hälften" of the ten moment).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from jamtui.core.answers import Values
from jamtui.core.model import Checklist, CountRule, CountTest
from jamtui.core.navigation import walk
from jamtui.core.numbers import format_percent
from jamtui.core.scoring import is_scorable, level_profile

WORDS: Final[dict[str, dict[str, str]]] = {
    "sv": {
        "count": "{count} av {items} har värdet {value}",
        "at_most_0": "inget får ha det",
        "at_most": "högst {limit}",
        "at_least": "minst {limit}",
        "more_than_half": "mer än hälften krävs",
        "more_than": "mer än {share} krävs",
        "met": "uppfylls",
        "not_met": "uppfylls inte",
        "open": "kan ännu inte avgöras, {n} obesvarade",
    },
    "en": {
        "count": "{count} of {items} have the value {value}",
        "at_most_0": "none may have it",
        "at_most": "at most {limit}",
        "at_least": "at least {limit}",
        "more_than_half": "more than half needed",
        "more_than": "more than {share} needed",
        "met": "met",
        "not_met": "not met",
        "open": "cannot be decided yet, {n} unanswered",
    },
}


@dataclass(frozen=True)
class RuleResult:
    """A rule evaluated on a run: met (True/False) or still open (None), with its counts."""

    rule: CountRule
    met: bool | None
    profile: dict[int, int]
    items: int
    """Counted items (visible scored scale items), answered or not."""
    unanswered: int

    def explain(self, lang: str = "sv") -> str:
        """``Redo att vara modell eller mentor: uppfylls inte (1 av 10 har värdet 1, inget …)``."""
        words = WORDS.get(lang, WORDS["sv"])
        parts = [
            _test_words(test, self.profile, self.items, words, lang) for test in self.rule.tests
        ]
        if self.met is None:
            status = words["open"].format(n=self.unanswered)
        else:
            status = words["met" if self.met else "not_met"]
        text = f"{self.rule.title.get(lang)}: {status} ({'; '.join(parts)})"
        verdict = self.rule.met if self.met else self.rule.not_met if self.met is False else None
        if verdict:
            text += f". {verdict.get(lang)}"
        return text


def _test_words(
    test: CountTest, profile: dict[int, int], items: int, words: dict[str, str], lang: str
) -> str:
    count = profile.get(test.value, 0)
    text = words["count"].format(count=count, items=items, value=test.value)
    if test.at_most is not None:
        limit = (
            words["at_most_0"] if test.at_most == 0 else words["at_most"].format(limit=test.at_most)
        )
        text += f", {limit}"
    if test.at_least is not None:
        text += ", " + words["at_least"].format(limit=test.at_least)
    if test.more_than_share is not None:
        if test.more_than_share == 0.5:
            text += ", " + words["more_than_half"]
        else:
            share = format_percent(100 * test.more_than_share, lang)
            text += ", " + words["more_than"].format(share=share)
    return text


def _decide(test: CountTest, count: int, open_items: int, items: int) -> bool | None:
    verdicts: list[bool | None] = []
    if test.at_most is not None:
        verdicts.append(
            False if count > test.at_most else True if count + open_items <= test.at_most else None
        )
    if test.at_least is not None:
        verdicts.append(
            True
            if count >= test.at_least
            else False
            if count + open_items < test.at_least
            else None
        )
    if test.more_than_share is not None:
        needed = test.more_than_share * items
        verdicts.append(True if count > needed else False if count + open_items <= needed else None)
    if any(v is False for v in verdicts):
        return False
    return True if all(v is True for v in verdicts) else None


def evaluate_rules(
    checklist: Checklist, values: Values, with_actions: frozenset[str] = frozenset()
) -> tuple[RuleResult, ...]:
    """Every ``scoring.rules`` entry of ``checklist`` on a run's answers."""
    if checklist.scoring is None or not checklist.scoring.rules:
        return ()
    profile = level_profile(checklist, values, with_actions)
    path = walk(checklist, values, with_actions)
    counted = [
        item
        for item in path.visible
        if item.scale is not None and is_scorable(item) and str(item.type) == "scale"
    ]
    # N/A and off-scale answers are neither at a level nor open: they can no longer count.
    open_items = sum(1 for item in counted if values.get(item.id) in (None, "", ()))
    results = []
    for rule in checklist.scoring.rules:
        verdicts = [
            _decide(t, profile.get(t.value, 0), open_items, len(counted)) for t in rule.tests
        ]
        met = False if False in verdicts else True if all(verdicts) else None
        results.append(RuleResult(rule, met, profile, len(counted), open_items))
    return tuple(results)
