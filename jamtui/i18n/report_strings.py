"""Strings of the report model, the Word and PDF reports and the export dialog (#15)."""

STRINGS: dict[str, dict[str, str]] = {
    "report.draft_label": {"sv": "Utkast.", "en": "Draft."},
    "report.draft_text": {
        "sv": "Körningen är inte slutförd; svaren kan ändras.",
        "en": "The run is not finalized; answers may change.",
    },
    "report.internal_mark": {
        "sv": "INTERNT – lämnas inte ut",
        "en": "INTERNAL – not for the client",
    },
    "report.internal_notice": {
        "sv": "Arbetskopia med interna anteckningar. Lämna inte ut den till kunden; skriv ut kundrapporten utan --internal.",
        "en": "Working copy with internal notes. Do not give it to the client; export the client report without --internal.",
    },
    "report.internal_note": {"sv": "Intern anteckning", "en": "Internal note"},
    "report.step_overview": {"sv": "Status per steg", "en": "Status per step"},
    "report.step": {"sv": "Steg", "en": "Step"},
    "report.chart_caption": {"sv": "Poäng per avsnitt", "en": "Score per section"},
    "report.chart_alt": {
        "sv": "Stapeldiagram, poäng per avsnitt (högst {maximum}): {bars}.",
        "en": "Bar chart, score per section (at most {maximum}): {bars}.",
    },
    "report.chart_bar": {"sv": "{label} har {value}", "en": "{label} has {value}"},
    "report.of": {"sv": "{score} av {maximum}", "en": "{score} of {maximum}"},
    "report.chart_none": {"sv": "inget värde", "en": "no value"},
    "report.skipped": {
        "sv": "Obesvarade frågor är utelämnade ({count} st.).",
        "en": "Unanswered items are left out ({count}).",
    },
    "report.page": {"sv": "Sida", "en": "Page"},
    "report.subject": {"sv": "Rapport från {checklist}", "en": "Report from {checklist}"},
    "report.template_unreadable": {
        "sv": "Mallen {path} går inte att använda: {reason}",
        "en": "The template {path} cannot be used: {reason}",
    },
    "report.engine_missing": {
        "sv": "Formatet {name} behöver paketet {package} (pip install {package}).",
        "en": "The format {name} needs the package {package} (pip install {package}).",
    },
    "report.pdf_failed": {
        "sv": "PDF-rapporten kunde inte skapas: {reason}",
        "en": "The PDF report could not be made: {reason}",
    },
    "report.format.docx": {"sv": "Word (.docx)", "en": "Word (.docx)"},
    "report.format.pdf": {"sv": "PDF (tillgänglig, PDF/UA)", "en": "PDF (accessible, PDF/UA)"},
}
