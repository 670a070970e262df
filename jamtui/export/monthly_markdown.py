"""The monthly report in Markdown: the month's report-model document, rendered as Markdown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from jamtui.export.markdown import markdown_text
from jamtui.followup.month_document import month_document
from jamtui.followup.monthly import MonthReport

if TYPE_CHECKING:
    from jamtui.storage.org_records import OrgRecords


def render_month(report: MonthReport, lang: str) -> str:
    """The whole month as Markdown (every text escaped so it reads literally)."""
    return markdown_text(month_document(report, lang))


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
