"""The score part of a report: per-section scores, total, band, change since last time."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from jamtui.core.answer_text import (
    answer_words,
    item_numbers,
    section_heading,
    without_own_number,
)
from jamtui.core.answers import AnswerValue
from jamtui.core.compare import Change, Comparison, compare_runs
from jamtui.core.model import Item, ItemType
from jamtui.core.navigation import Path
from jamtui.core.numbers import format_delta, format_number
from jamtui.core.ratings_view import spread_line as spread_words
from jamtui.core.scoring import RunScore, level_profile, score_run
from jamtui.export.context import ExportContext
from jamtui.export.markdown_text import escape_cell, escape_inline, table
from jamtui.i18n import t


def _score(value: float | None, lang: str) -> str:
    return "–" if value is None else format_number(value, lang=lang)


def _change(now: float | None, before: float | None, lang: str) -> str:
    """``+0,5``, ``−1`` or ``0``; a dash when either run has no score."""
    if now is None or before is None:
        return "–"
    return format_delta(now - before, lang=lang)


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
        title = section_heading(index, checklist.sections_by_id[section.section_id].title.get(lang))
        row = [escape_cell(title), _score(section.score, lang), escape_cell(section.explain(lang))]
        if before is not None:
            earlier = before_by_id.get(section.section_id)
            row.append(_change(section.score, earlier.score if earlier else None, lang))
        rows.append(row)
    blocks = []
    if rows:
        blocks.append(table(headers, rows))
    total = f"**{escape_inline(result.explain(lang))}**"
    if before is not None and context.previous is not None:
        label = escape_inline(t("export.change", lang, date=context.previous.run.date))
        total += f" ({label}: {_change(result.score, before.score, lang)})"
    blocks.append(total)
    scored = [i for i in checklist.items if i.scored]
    if checklist.scoring is not None and checklist.scoring.profile:
        blocks.extend(_profile(context, scored))
    from jamtui.core.rules import evaluate_rules

    run = context.run
    for rule in evaluate_rules(checklist, run.values(), run.with_actions()):
        blocks.append(f"**{escape_inline(rule.explain(lang))}**")
    return blocks


def _profile(context: ExportContext, scored: Sequence[Item]) -> list[str]:
    """SKR:s 1/2/3 profile: how many items sit at each level, with the level's words."""
    lang, run = context.lang, context.run
    profile = level_profile(context.checklist, run.values(), run.with_actions())
    if not profile:
        return []
    earlier: dict[int, int] | None = None
    if context.previous is not None:
        prev = context.previous
        earlier = level_profile(prev.checklist, prev.run.values(), prev.run.with_actions())
    scales = {id(i.scale): i.scale for i in scored if i.scale is not None}
    one_scale = next(iter(scales.values())) if len(scales) == 1 else None
    headers = [t("export.level", lang), t("export.count", lang)]
    if earlier is not None and context.previous is not None:
        headers.append(t("export.change", lang, date=context.previous.run.date))
    rows = []
    for value, count in profile.items():
        level = one_scale.level(value) if one_scale is not None else None
        label = level.label.get(lang) if level is not None else ""
        row = [escape_cell(f"{value} – {label}" if label else str(value)), str(count)]
        if earlier is not None:
            row.append(format_delta(count - earlier.get(value, 0), decimals=0, lang=lang))
        rows.append(row)
    heading = context.checklist.scoring.profile.get(lang) if context.checklist.scoring else ""
    return [f"**{escape_inline(heading)}**", table(headers, rows)]


def change_blocks(context: ExportContext) -> list[str]:
    """What changed since the previous run, item by item (text answers and actions aside).

    Items added, removed or renamed (``replaces``) between checklist versions are listed,
    never dropped.
    """
    previous, lang = context.previous, context.lang
    if previous is None:
        return []
    comparison = compare_runs(
        previous.checklist,
        previous.run.values(),
        context.checklist,
        context.run.values(),
        earlier_actions=previous.run.with_actions(),
        later_actions=context.run.with_actions(),
    )
    date, now = previous.run.date, context.run.date
    rows = _change_rows(context, comparison)
    blocks = [f"### {escape_inline(t('export.changes', lang, date=date))}"]
    if not rows:
        blocks.append(escape_inline(t("export.changes_none", lang, date=date)))
        return blocks
    blocks.append(escape_inline(t("export.changes_intro", lang, date=date)))
    headers = [t("export.from_item", lang), escape_cell(date), escape_cell(now)]
    blocks.append(table(headers, rows))
    return blocks


def _change_rows(context: ExportContext, comparison: Comparison) -> list[list[str]]:
    assert context.previous is not None
    lang = context.lang
    earlier_cl, later_cl = context.previous.checklist, context.checklist
    numbers = item_numbers(later_cl)
    earlier_numbers = item_numbers(earlier_cl)
    skip = (ItemType.TEXT, ItemType.ACTIONS)
    rows: list[list[str]] = []
    for entry in comparison.items:
        if entry.status is Change.RETIRED:
            continue  # answers without an item are in the appendix
        later = later_cl.items_by_id.get(entry.item_id)
        earlier = earlier_cl.items_by_id.get(entry.earlier_id or "")
        item = later or earlier
        if item is None or item.type in skip:
            continue
        before = answer_words(earlier, entry.earlier, lang) if earlier is not None else ""
        after = answer_words(later, entry.later, lang) if later is not None else ""
        if entry.status is Change.ADDED:
            if not after:
                continue
            before = t("export.change_added", lang)
        elif entry.status is Change.REMOVED:
            if not before:
                continue
            after = t("export.change_removed", lang)
        elif not entry.changed:
            continue
        if later is not None:
            name = _numbered(numbers[later.id], later.text.get(lang))
        else:
            number = earlier_numbers.get(item.id, "?")
            was = t("export.change_was", lang, number=number)
            index = number.rsplit(".", 1)[-1]
            own = int(index) if index.isdigit() else 0
            name = f"{without_own_number(item.text.get(lang), own)} ({was})"
        if entry.status is Change.RENAMED and earlier is not None:
            name += " (" + t("export.change_replaces", lang, text=earlier.text.get(lang)) + ")"
        rows.append([escape_cell(name), escape_cell(before or "–"), escape_cell(after or "–")])
    return rows


def _numbered(number: str, text: str) -> str:
    """``1.4 Ledningen …`` (without the item's own ``4.`` that SKR:s moments carry)."""
    index = number.rsplit(".", 1)[-1]
    return f"{number} {without_own_number(text, int(index)) if index.isdigit() else text}"


def spread_line(
    item: Item, ratings: Mapping[str, AnswerValue], participants: Sequence[str], lang: str
) -> str:
    """The whiteboard spread in words, escaped (the caller adds the label)."""
    return escape_inline(spread_words(item, ratings, participants, lang))
