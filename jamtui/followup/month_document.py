"""The monthly report as a report-model document (``jamtui.report.model``), for any renderer."""

from __future__ import annotations

from jamtui.followup.actions import Action
from jamtui.followup.dates import day_title, month_of, month_title
from jamtui.followup.monthly import Activity, MonthReport
from jamtui.i18n import t
from jamtui.report.model import Block, BulletList, Heading, Paragraph, Report, Section, Span


def month_document(month: MonthReport, lang: str) -> Report:
    """Activities by date, Övrigt, Utifrån aktivitetsplanen, Flyttas framåt — as the field
    notes write a month."""
    title = f"{month.organisation}: {month_title(month.month, lang)}"
    sections = [Section("title", (Heading(1, title),))]
    blocks: list[Block] = [Heading(2, t("month.activities", lang))]
    if not month.activities:
        blocks.append(_para(t("month.no_activities", lang)))
    for activity in month.activities:
        blocks.extend(_activity(activity, lang, dated=True))
    sections.append(Section("activities", tuple(blocks)))
    if month.other:
        blocks = [Heading(2, t("month.other", lang))]
        for activity in month.other:
            blocks.extend(_activity(activity, lang, dated=False))
        sections.append(Section("other", tuple(blocks)))
    if month.plan:
        plan = tuple((Span(" ".join(text.split())),) for text in month.plan)
        sections.append(Section("plan", (Heading(2, t("month.plan", lang)), BulletList(plan))))
    if month.forward or month.carried:
        items: list[tuple[Span, ...]] = [(Span(_action(a, lang)),) for a in month.forward]
        for action in month.carried:
            since = month_title(month_of(action.date), lang).split(" ")[0].casefold()
            text = f"{_action(action, lang)} ({t('month.since', lang, month=since)})"
            items.append((Span(text),))
        sections.append(
            Section("forward", (Heading(2, t("month.forward", lang)), BulletList(tuple(items))))
        )
    return Report(
        title=title,
        lang=lang,
        sections=tuple(sections),
        organisation=month.organisation,
        checklist_id="manadsrapport",
        date=month.month,
    )


def _para(text: str) -> Paragraph:
    return Paragraph((Span(text),))


def _activity(activity: Activity, lang: str, dated: bool) -> list[Block]:
    text = activity.text.strip()
    head = f"{day_title(activity.date, lang)}: {text}" if dated and activity.first_of_day else text
    blocks: list[Block] = [_para(head)]
    lower = activity.text.casefold()
    extra = [name for name in activity.people if name.casefold() not in lower]
    if extra:
        blocks.append(_para(f"{t('month.people', lang)}: {', '.join(extra)}."))
    for decision in activity.decisions:
        blocks.append(_para(f"{t('month.decision', lang)}: {decision.strip()}"))
    return blocks


def _action(action: Action, lang: str) -> str:
    details = []
    if action.who:
        details.append(f"{t('month.who', lang)}: {action.who}")
    if action.due:
        details.append(f"{t('month.due', lang)}: {action.due}")
    if not action.status.is_open or action.comment:
        status = action.status.label(lang)
        details.append(status + (f", {action.comment}" if action.comment else ""))
    return action.what + (f" ({'; '.join(details)})" if details else "")
