"""The monthly report in Markdown, written the way the consultants' own monthly reports read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from jamtui.export.markdown_text import escape_block, escape_heading, escape_inline
from jamtui.followup.actions import Action
from jamtui.followup.dates import day_title, month_of, month_title
from jamtui.followup.monthly import Activity, MonthReport
from jamtui.i18n import t

if TYPE_CHECKING:
    from jamtui.storage.org_records import OrgRecords


def month_markdown(records: OrgRecords, org: str, month: str, lang: str) -> str:
    """The report of ``month`` (``YYYY-MM``) for an organisation (the CLI and the app)."""
    from jamtui.followup.dates import parse_month
    from jamtui.followup.monthly import month_report

    chosen = parse_month(month)
    report = month_report(
        records.store.get_organisation(org).name,
        chosen,
        records.log(org),
        records.people(org),
        records.units(org),
        records.register(org),
    )
    return render_month(report, lang)


def render_month(report: MonthReport, lang: str) -> str:
    """The whole report as Markdown."""
    title = f"{report.organisation}: {month_title(report.month, lang)}"
    parts = [f"# {escape_heading(title)}\n"]
    parts.append(f"\n## {t('month.activities', lang)}\n")
    if not report.activities:
        parts.append(f"\n{t('month.no_activities', lang)}\n")
    for activity in report.activities:
        parts.append(_activity(activity, lang, dated=True))
    if report.other:
        parts.append(f"\n## {t('month.other', lang)}\n")
        for activity in report.other:
            parts.append(_activity(activity, lang, dated=False))
    if report.plan:
        parts.append(f"\n## {t('month.plan', lang)}\n\n")
        parts.extend(f"- {_one_block(text)}\n" for text in report.plan)
    if report.forward or report.carried:
        parts.append(f"\n## {t('month.forward', lang)}\n\n")
        parts.extend(f"- {_action(action, lang)}\n" for action in report.forward)
        for action in report.carried:
            since = month_title(month_of(action.date), lang).split(" ")[0].casefold()
            parts.append(f"- {_action(action, lang)} ({t('month.since', lang, month=since)})\n")
    return "".join(parts)


def _one_block(text: str) -> str:
    """A paragraph inside a list item: continuation lines indented."""
    return escape_block(text).strip().replace("\n", "\n  ")


def _activity(activity: Activity, lang: str, dated: bool) -> str:
    text = _one_block(activity.text)
    if dated and activity.first_of_day:
        head = f"\n{day_title(activity.date, lang)}: {text}\n"
    else:
        head = f"\n{text}\n"
    lower = activity.text.casefold()
    extra = [name for name in activity.people if name.casefold() not in lower]
    if extra:
        head += f"\n{t('month.people', lang)}: {escape_inline(', '.join(extra))}.\n"
    for decision in activity.decisions:
        head += f"\n{t('month.decision', lang)}: {_one_block(decision)}\n"
    return head


def _action(action: Action, lang: str) -> str:
    text = escape_inline(action.what)
    details = []
    if action.who:
        details.append(f"{t('month.who', lang)}: {escape_inline(action.who)}")
    if action.due:
        details.append(f"{t('month.due', lang)}: {action.due}")
    if not action.status.is_open or action.comment:
        status = action.status.label(lang)
        details.append(status + (f", {escape_inline(action.comment)}" if action.comment else ""))
    return text + (f" ({'; '.join(details)})" if details else "")
