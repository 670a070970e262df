"""Score lines for the summary screen: per section, the total, its band and the level profile."""

from __future__ import annotations

from rich.text import Text

from jamtui.core.answer_text import without_number
from jamtui.core.model import Checklist, ItemType
from jamtui.core.run import Run
from jamtui.report.context import PreviousRun

BAR = 16
"""Bar width: number, bar, score and the change since last time fit in 80 columns."""


def score_lines(
    checklist: Checklist, run: Run, lang: str, previous: PreviousRun | None = None
) -> list[Text]:
    """Section bars, total and band, with the change since ``previous``; none without scoring.

    Each section is two lines, the title and then its bar with the numbers beside it, so
    long Swedish titles never push the numbers off an 80-column screen.
    """
    from jamtui.core.model import Aggregation
    from jamtui.core.scoring import level_profile, score_run
    from jamtui.i18n import t
    from jamtui.ui.safe_text import line
    from jamtui.ui.widgets.bars import text_bar

    if not checklist.has_scoring:
        return []
    result = score_run(checklist, run.values(), run.with_actions())
    before = None
    if previous is not None:
        before = score_run(previous.checklist, previous.run.values(), previous.run.with_actions())
    earlier = {s.section_id: s.score for s in before.sections} if before else {}
    lines: list[Text] = []
    for index, section in enumerate(result.sections, start=1):
        if section.scored_items == 0:
            continue
        title = without_number(checklist.sections_by_id[section.section_id].title.get(lang))
        entry = Text(f"{index:>2}. ")
        entry.append_text(line(title))
        bar = (
            text_bar(section.score or 0, section.maximum or 1, BAR)
            if section.score is not None
            else " " * BAR
        )
        entry.append(f"\n    {bar} {section.explain(lang)}")
        if previous is not None:
            entry.append(_since(section.score, earlier.get(section.section_id), previous, lang))
        lines.append(entry)
    total = Text(result.explain(lang), style="bold")
    if previous is not None and before is not None:
        total.append(_since(result.score, before.score, previous, lang))
    lines.append(total)
    scale_only = all(i.type is ItemType.SCALE for i in checklist.items if i.scored)
    if result.aggregation is Aggregation.SUM and scale_only:
        profile = level_profile(checklist, run.values(), run.with_actions())
        if profile:
            counts = " · ".join(
                t("summary.profile_entry", None, level=level, count=count)
                for level, count in profile.items()
            )
            lines.append(Text(f"{t('summary.profile')}: {counts}"))
    return lines


def _since(now: float | None, then: float | None, previous: PreviousRun, lang: str) -> str:
    from jamtui.core.numbers import format_delta
    from jamtui.i18n import t

    if now is None or then is None:
        return ""
    delta = format_delta(now - then, lang=lang)
    return f" ({t('summary.since', None, date=previous.run.date, delta=delta)})"
