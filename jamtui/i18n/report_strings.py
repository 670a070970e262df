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
    "cli.export.template": {
        "sv": "Word-mall (.docx) vars formatmallar, sidhuvud och logotyp används (--format docx)",
        "en": "Word template (.docx) whose styles, header and logo are used (--format docx)",
    },
    "cli.export.internal": {
        "sv": "arbetskopia med interna anteckningar, märkt INTERNT på varje sida och rubrik",
        "en": "working copy with internal notes, marked INTERNAL on every page and heading",
    },
    "cli.export.skip_unanswered": {
        "sv": "utelämna obesvarade frågor",
        "en": "leave out unanswered items",
    },
    "cli.export.no_compare": {
        "sv": "ingen jämförelse med förra körningen",
        "en": "no comparison with the previous run",
    },
    "cli.export.binary_all": {
        "sv": "formatet {name} kan inte skrivas till - för flera körningar; ange en mapp med -o",
        "en": "the format {name} cannot go to - for several runs; give a folder with -o",
    },
    "cli.export.template_not_docx": {
        "sv": "--template gäller bara --format docx (inte {name})",
        "en": "--template is only for --format docx (not {name})",
    },
    "cli.export.no_template": {"sv": "mallen finns inte: {path}", "en": "no such template: {path}"},
    "exportdialog.title": {"sv": "Exportera rapport", "en": "Export report"},
    "exportdialog.format": {"sv": "Format", "en": "Format"},
    "exportdialog.folder": {"sv": "Spara i mappen", "en": "Save in the folder"},
    "exportdialog.skip_unanswered": {
        "sv": "Utelämna obesvarade frågor",
        "en": "Leave out unanswered items",
    },
    "exportdialog.compare": {
        "sv": "Jämför med förra körningen",
        "en": "Compare with the previous run",
    },
    "exportdialog.internal": {
        "sv": "Arbetskopia med interna anteckningar (INTERNT – lämnas inte ut)",
        "en": "Working copy with internal notes (INTERNAL – not for the client)",
    },
    "exportdialog.export": {"sv": "Exportera", "en": "Export"},
    "exportdialog.not_a_folder": {
        "sv": "{path} är ingen mapp; ange mappen rapporten ska sparas i",
        "en": "{path} is not a folder; give the folder to save the report in",
    },
    "cli.export.binary_tty": {
        "sv": "formatet {name} är binärt och skrivs inte till terminalen; ange en fil med -o eller skicka vidare med |",
        "en": "the format {name} is binary and is not written to the terminal; give a file with -o or pipe it with |",
    },
}
