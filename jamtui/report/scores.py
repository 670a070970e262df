"""The score part of a report: section scores, chart, total, profile, changes since last time."""

from __future__ import annotations

from collections.abc import Sequence

from jamtui.core.answer_text import answer_words, item_numbers, section_heading, without_own_number
from jamtui.core.compare import Change, Comparison, compare_runs
from jamtui.core.model import Aggregation, Item, ItemType
from jamtui.core.numbers import format_delta, format_number
from jamtui.core.scoring import RunScore, level_profile, score_run
from jamtui.i18n import t
from jamtui.report.context import ExportContext, PreviousRun
from jamtui.report.model import Bar, Block, Figure, Heading, Paragraph, Span, Table


def _score(value: float | None, lang: str) -> str:
    return "–" if value is None else format_number(value, lang=lang)


def _change(now: float | None, before: float | None, lang: str) -> str:
    """``+0,5``, ``−1`` or ``0``; a dash when either run has no score."""
    if now is None or before is None:
        return "–"
    return format_delta(now - before, lang=lang)


def previous_score(previous: PreviousRun | None) -> RunScore | None:
    if previous is None:
        return None
    run = previous.run
    return score_run(previous.checklist, run.values(), run.with_actions())


def score_blocks(context: ExportContext, previous: PreviousRun | None) -> list[Block]:
    """The summary's score table, chart and total; nothing when the checklist does not score."""
    checklist, lang = context.checklist, context.lang
    if not checklist.has_scoring:
        return []
    run = context.run
    result = score_run(checklist, run.values(), run.with_actions())
    before = previous_score(previous)
    before_by_id = {s.section_id: s for s in before.sections} if before else {}
    headers = [t("export.section", lang), t("export.score", lang), t("export.how", lang)]
    if before is not None and previous is not None:
        headers.append(t("export.change", lang, date=previous.run.date))
    rows: list[tuple[str, ...]] = []
    bars: list[Bar] = []
    for index, section in enumerate(result.sections, start=1):
        if section.scored_items == 0:
            continue
        title = section_heading(index, checklist.sections_by_id[section.section_id].title.get(lang))
        row = [title, _score(section.score, lang), section.explain(lang)]
        if before is not None:
            earlier = before_by_id.get(section.section_id)
            row.append(_change(section.score, earlier.score if earlier else None, lang))
        rows.append(tuple(row))
        if section.maximum is not None and section.maximum > 0:
            shown = (
                t("report.chart_none", lang)
                if section.score is None
                else t(
                    "report.of",
                    lang,
                    score=format_number(section.score, lang=lang),
                    maximum=format_number(section.maximum, lang=lang),
                )
            )
            bars.append(Bar(title, section.score, section.maximum, shown))
    blocks: list[Block] = []
    if rows:
        blocks.append(Table(tuple(headers), tuple(rows), caption=t("export.score", lang)))
    if bars:
        blocks.append(chart(bars, lang))
    total = [Span(result.explain(lang), strong=True)]
    if before is not None and previous is not None:
        label = t("export.change", lang, date=previous.run.date)
        total.append(Span(f" ({label}: {_change(result.score, before.score, lang)})"))
    blocks.append(Paragraph(tuple(total)))
    scored = [i for i in checklist.items if i.scored]
    if result.aggregation is Aggregation.SUM and all(i.type is ItemType.SCALE for i in scored):
        blocks.extend(_profile(context, previous, scored))
    return blocks


def chart(bars: Sequence[Bar], lang: str) -> Figure:
    """The section scores as a bar chart whose alt text says every number."""
    said = "; ".join(t("report.chart_bar", lang, label=bar.label, value=bar.shown) for bar in bars)
    top = max(bar.maximum for bar in bars)
    alt = t("report.chart_alt", lang, maximum=format_number(top, lang=lang), bars=said)
    return Figure(caption=t("report.chart_caption", lang), alt=alt, bars=tuple(bars))


def _profile(
    context: ExportContext, previous: PreviousRun | None, scored: Sequence[Item]
) -> list[Block]:
    """SKR:s 1/2/3 profile: how many items sit at each level, with the level's words."""
    lang, run = context.lang, context.run
    profile = level_profile(context.checklist, run.values(), run.with_actions())
    if not profile:
        return []
    earlier: dict[int, int] | None = None
    if previous is not None:
        earlier = level_profile(
            previous.checklist, previous.run.values(), previous.run.with_actions()
        )
    scales = {id(i.scale): i.scale for i in scored if i.scale is not None}
    one_scale = next(iter(scales.values())) if len(scales) == 1 else None
    headers = [t("export.level", lang), t("export.count", lang)]
    if earlier is not None and previous is not None:
        headers.append(t("export.change", lang, date=previous.run.date))
    rows: list[tuple[str, ...]] = []
    for value, count in profile.items():
        level = one_scale.level(value) if one_scale is not None else None
        label = level.label.get(lang) if level is not None else ""
        row = [f"{value} – {label}" if label else str(value), str(count)]
        if earlier is not None:
            row.append(format_delta(count - earlier.get(value, 0), decimals=0, lang=lang))
        rows.append(tuple(row))
    title = t("export.profile", lang)
    return [
        Paragraph((Span(title, strong=True),)),
        Table(tuple(headers), tuple(rows), caption=title),
    ]


def change_blocks(context: ExportContext, previous: PreviousRun | None) -> list[Block]:
    """What changed since the previous run, item by item (text answers and actions aside).

    Items added, removed or renamed (``replaces``) between checklist versions are listed,
    never dropped.
    """
    lang = context.lang
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
    rows = _change_rows(context, previous, comparison)
    title = t("export.changes", lang, date=date)
    blocks: list[Block] = [Heading(3, title)]
    if not rows:
        blocks.append(Paragraph((Span(t("export.changes_none", lang, date=date)),)))
        return blocks
    blocks.append(Paragraph((Span(t("export.changes_intro", lang, date=date)),)))
    headers = (t("export.from_item", lang), date, now)
    blocks.append(Table(headers, tuple(rows), caption=title))
    return blocks


def _change_rows(
    context: ExportContext, previous: PreviousRun, comparison: Comparison
) -> list[tuple[str, ...]]:
    lang = context.lang
    earlier_cl, later_cl = previous.checklist, context.checklist
    numbers = item_numbers(later_cl)
    earlier_numbers = item_numbers(earlier_cl)
    skip = (ItemType.TEXT, ItemType.ACTIONS)
    rows: list[tuple[str, ...]] = []
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
        rows.append((name, before or "–", after or "–"))
    return rows


def _numbered(number: str, text: str) -> str:
    """``1.4 Ledningen …`` (without the item's own ``4.`` that SKR:s moments carry)."""
    index = number.rsplit(".", 1)[-1]
    return f"{number} {without_own_number(text, int(index)) if index.isdigit() else text}"
