"""The score part of a report: per-section scores, total, band, change since last time."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from jamtui.core.answer_text import without_number
from jamtui.core.answers import AnswerValue
from jamtui.core.model import Aggregation, Item, ItemType
from jamtui.core.navigation import Path
from jamtui.core.numbers import format_number
from jamtui.core.ratings_view import spread_line as spread_words
from jamtui.core.scoring import RunScore, level_profile, score_run
from jamtui.export.context import ExportContext
from jamtui.export.markdown_text import escape_cell, escape_inline
from jamtui.i18n import t


def _score(value: float | None, lang: str) -> str:
    return "–" if value is None else format_number(value, lang=lang)


def _change(now: float | None, before: float | None, lang: str) -> str:
    if now is None or before is None:
        return "–"
    delta = now - before
    sign = "+" if delta > 0 else ""
    return f"{sign}{format_number(delta, lang=lang)}"


def previous_score(context: ExportContext) -> RunScore | None:
    if context.previous is None:
        return None
    run = context.previous.run
    return score_run(context.previous.checklist, run.values(), run.with_actions())


def score_blocks(context: ExportContext, path: Path) -> list[str]:
    """Markdown blocks for the summary; nothing when the checklist does not score."""
    checklist, lang = context.checklist, context.lang
    if not checklist.has_scoring:
        return []
    run = context.run
    result = score_run(checklist, run.values(), run.with_actions())
    before = previous_score(context)
    before_by_id = {s.section_id: s for s in before.sections} if before else {}
    headers = [t("export.section", lang), t("export.score", lang), t("export.how", lang)]
    if before is not None and context.previous is not None:
        headers.append(t("export.change", lang, date=context.previous.run.date))
    rows = []
    for index, section in enumerate(result.sections, start=1):
        if section.scored_items == 0:
            continue
        title = without_number(checklist.sections_by_id[section.section_id].title.get(lang))
        row = [
            f"{index}. {escape_cell(title)}",
            _score(section.score, lang),
            escape_cell(section.explain(lang)),
        ]
        if before is not None:
            earlier = before_by_id.get(section.section_id)
            row.append(_change(section.score, earlier.score if earlier else None, lang))
        rows.append(row)
    blocks = []
    if rows:
        head = "| " + " | ".join(headers) + " |"
        rule = "| " + " | ".join("---" for _ in headers) + " |"
        blocks.append("\n".join([head, rule, *("| " + " | ".join(r) + " |" for r in rows)]))
    total = f"**{escape_inline(result.explain(lang))}**"
    if before is not None and context.previous is not None:
        label = escape_inline(t("export.change", lang, date=context.previous.run.date))
        total += f" ({label}: {_change(result.score, before.score, lang)})"
    blocks.append(total)
    if result.aggregation is Aggregation.SUM and all(
        i.type is ItemType.SCALE for i in checklist.items if i.scored
    ):
        profile = level_profile(checklist, run.values())
        if profile:
            parts = [f"{value}: {count}" for value, count in profile.items()]
            blocks.append(escape_inline(t("export.profile", lang) + " " + " · ".join(parts)))
    return blocks


def spread_line(
    item: Item, ratings: Mapping[str, AnswerValue], participants: Sequence[str], lang: str
) -> str:
    words = spread_words(item, ratings, participants, lang)
    return f"{t('export.spread', lang)}: {escape_inline(words)}"
