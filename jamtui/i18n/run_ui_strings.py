"""User-facing strings of the run and summary screens, Swedish and English."""

STRINGS: dict[str, dict[str, str]] = {
    "run.note": {"sv": "Anteckning", "en": "Note"},
    "run.progress": {
        "sv": "{answered} av {visible} besvarade",
        "en": "{answered} of {visible} answered",
    },
    "run.outcome": {"sv": "Utfall", "en": "Outcome"},
    "run.position": {"sv": "Fråga {number} av {total}", "en": "Item {number} of {total}"},
    "run.position_hidden": {
        "sv": "Dold fråga (visas inte efter svaren)",
        "en": "Hidden item (not shown given the answers)",
    },
    "run.position_ended": {
        "sv": "Efter utfallet (ingår inte)",
        "en": "After the outcome (not included)",
    },
    "run.position_answered": {"sv": "Fråga", "en": "Item"},
    "run.position_unanswered": {"sv": "Fråga", "en": "Item"},
    "run.position_missing": {"sv": "Fråga", "en": "Item"},
    "run.section": {"sv": "Avsnitt", "en": "Section"},
    "run.nothing": {"sv": "Inga frågor att visa.", "en": "No items to show."},
    "run.guidance": {"sv": "Vägledning", "en": "Guidance"},
    "run.at_end": {
        "sv": "Det här är sista frågan. F9 visar sammanfattningen.",
        "en": "This is the last item. F9 shows the summary.",
    },
    "run.all_answered": {"sv": "Alla frågor är besvarade.", "en": "Every item is answered."},
    "ratings.heading": {"sv": "Personliga bedömningar", "en": "Individual ratings"},
    "ratings.agreed": {"sv": "Gemensam bedömning", "en": "Agreed rating"},
    "ratings.dissent": {"sv": "Avvikande mening (valfritt)", "en": "Dissent (optional)"},
    "ratings.no_participants": {
        "sv": "Lägg till deltagare (Ctrl+R) för att ge personliga bedömningar.",
        "en": "Add participants (Ctrl+R) to give individual ratings.",
    },
    "actions.add": {"sv": "Lägg till åtgärd", "en": "Add action"},
    "actions.remove": {"sv": "Ta bort markerad", "en": "Remove selected"},
    "mark.answered": {"sv": "besvarad", "en": "answered"},
    "mark.unanswered": {"sv": "obesvarad", "en": "unanswered"},
    "mark.missing": {"sv": "obligatorisk, saknas", "en": "required, missing"},
    "mark.hidden": {"sv": "dold", "en": "hidden"},
    "mark.ended": {"sv": "efter utfall", "en": "after outcome"},
    "mark.retired": {"sv": "borttagen i ny version", "en": "retired"},
    "mark.retired_heading": {
        "sv": "Svar på frågor som inte längre finns",
        "en": "Answers to retired items",
    },
    "summary.title": {"sv": "Sammanfattning", "en": "Summary"},
    "summary.status": {"sv": "Status: {status}", "en": "Status: {status}"},
    "summary.counts": {
        "sv": "{answered} av {visible} frågor besvarade · {na} ej aktuella · {unanswered} obesvarade",
        "en": "{answered} of {visible} items answered · {na} not applicable · {unanswered} unanswered",
    },
    "summary.sections": {"sv": "Avsnitt", "en": "Sections"},
    "summary.missing": {
        "sv": "Obligatoriska frågor som saknar svar",
        "en": "Required items without an answer",
    },
    "summary.unanswered": {"sv": "Obesvarade frågor", "en": "Unanswered items"},
    "summary.none_missing": {
        "sv": "Alla obligatoriska frågor är besvarade.",
        "en": "Every required item is answered.",
    },
    "summary.retired": {
        "sv": "Svar på frågor som inte finns i den här versionen av checklistan (sparade): {items}",
        "en": "Answers to items not in this version of the checklist (kept): {items}",
    },
    "summary.finalized": {"sv": "Körningen är slutförd.", "en": "The run is finalized."},
    "summary.reopened": {"sv": "Körningen är öppnad igen.", "en": "The run is reopened."},
    "summary.reopen_title": {"sv": "Öppna körningen igen", "en": "Reopen the run"},
    "summary.reopen_label": {
        "sv": "Varför öppnas körningen igen?",
        "en": "Why is the run reopened?",
    },
    "summary.finalize_missing": {
        "sv": "{count} obligatoriska frågor saknar svar. Slutför ändå?",
        "en": "{count} required items have no answer. Finalize anyway?",
    },
    "summary.finalize_anyway": {"sv": "Slutför ändå", "en": "Finalize anyway"},
    "summary.exported": {
        "sv": "Rapporten sparades i {path}",
        "en": "The report was saved to {path}",
    },
    "summary.history": {"sv": "{status} {at} av {by}", "en": "{status} {at} by {by}"},
    "summary.scores": {"sv": "Poäng", "en": "Scores"},
}
