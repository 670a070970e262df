"""Strings of the run screen's focus model, read-only hint and internal note (issue 11b)."""

STRINGS: dict[str, dict[str, str]] = {
    "run.finalized_hint": {
        "sv": "Körningen är slutförd – öppna den igen för att ändra (F9, sedan o)",
        "en": "The run is finalized – reopen it to make changes (F9, then o)",
    },
    "run.internal_note": {
        "sv": "Intern anteckning – lämnas inte ut",
        "en": "Internal note – not given to the client",
    },
    "key.next_field": {
        "sv": "Nästa fält (svar, anteckning, intern anteckning, bedömningar)",
        "en": "Next field (answer, note, internal note, ratings)",
    },
}
