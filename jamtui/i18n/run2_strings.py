"""Strings of the run data model v2 and the run screen's trust work (#11a), Swedish and English."""

STRINGS: dict[str, dict[str, str]] = {
    "storage.duplicate_id": {
        "sv": 'id "{id}" finns två gånger; filen ändras inte',
        "en": 'the id "{id}" appears twice; the file is left unchanged',
    },
    "storage.unknown_action_status": {
        "sv": 'okänd status "{status}" för en åtgärd (känd: {known}); filen ändras inte',
        "en": 'unknown action status "{status}" (known: {known}); the file is left unchanged',
    },
    "storage.retired_participant": {
        "sv": '"{name}" är inte längre med i körningen; bedömningen ändras inte',
        "en": '"{name}" no longer takes part in the run; the rating is not changed',
    },
    "dates.bad": {
        "sv": '"{date}" är inget datum; skriv t.ex. 2027-03-01, 1/3 2027 eller 1 mars 2027',
        "en": '"{date}" is not a date; write e.g. 2027-03-01, 1/3 2027 or 1 March 2027',
    },
    "participants.remove_rated": {
        "sv": "{names} har redan bedömt. Ta bort ur körningen? Bedömningarna finns kvar i "
        "körningen, markerade som före detta deltagare.",
        "en": "{names} have already rated. Remove them from the run? Their ratings stay in "
        "the run, marked as former participants.",
    },
    "participants.remove": {"sv": "Ta bort", "en": "Remove"},
    "ratings.hidden_label": {"sv": "Spridning", "en": "Spread"},
    "key.reveal": {"sv": "Visa bedömningar", "en": "Reveal ratings"},
    "ratings.revealed": {
        "sv": "Bedömningarna visas för alla",
        "en": "The ratings are shown to everyone",
    },
    "ratings.hidden_again": {
        "sv": "Bedömningarna är dolda till alla bedömt",
        "en": "The ratings are hidden until everyone has rated",
    },
    "ratings.nothing_to_reveal": {
        "sv": "Frågan har inga personliga bedömningar",
        "en": "This item has no individual ratings",
    },
    "actions.due_placeholder": {
        "sv": "Klart senast (2027-03-01, 1/3 2027)",
        "en": "Due (2027-03-01, 1/3 2027)",
    },
    "actions.comment": {"sv": "Kommentar", "en": "Comment"},
    "actions.status.ej-paborjad": {"sv": "ej påbörjad", "en": "not started"},
    "actions.status.pagar": {"sv": "pågår", "en": "in progress"},
    "actions.status.klar": {"sv": "klar", "en": "done"},
    "actions.status.struken": {"sv": "struken", "en": "dropped"},
    "actions.draft": {"sv": "utkast", "en": "draft"},
    "actions.new_row": {
        "sv": "Ny åtgärd (sparas medan du skriver, Enter lägger till)",
        "en": "New action (saved as you type, Enter adds it)",
    },
    "actions.editing": {
        "sv": "Ändrar åtgärden (Enter sparar ändringen)",
        "en": "Editing the action (Enter saves the change)",
    },
    "actions.save_row": {"sv": "Spara ändring", "en": "Save change"},
    "actions.new": {"sv": "Ny rad", "en": "New row"},
    "actions.need_what": {
        "sv": "Skriv vad som ska göras (Åtgärd)",
        "en": "Write what is to be done (Action)",
    },
    "actions.remove_confirm": {
        "sv": 'Ta bort åtgärden "{what}"?',
        "en": 'Remove the action "{what}"?',
    },
    "actions.remove_yes": {"sv": "Ta bort", "en": "Remove"},
    "finalize.title": {"sv": "Slutföra körningen?", "en": "Finalize the run?"},
    "finalize.answered": {
        "sv": "{answered} av {visible} frågor besvarade, {unanswered} obesvarade",
        "en": "{answered} of {visible} items answered, {unanswered} unanswered",
    },
    "finalize.required": {
        "sv": "Obligatoriska frågor utan svar: {count}",
        "en": "Required items without an answer: {count}",
    },
    "finalize.hidden": {
        "sv": "Frågor med dolda bedömningar (alla har inte bedömt): {count}",
        "en": "Items with hidden ratings (not everyone has rated): {count}",
    },
    "finalize.complete": {
        "sv": "Allt är besvarat. En slutförd körning kan bara ändras om den öppnas igen.",
        "en": "Everything is answered. A finalized run can only be changed if it is reopened.",
    },
    "finalize.first_gap": {"sv": "Första luckan: {item}", "en": "First gap: {item}"},
    "finalize.yes": {"sv": "Slutför", "en": "Finalize"},
    "finalize.anyway": {"sv": "Slutför ändå", "en": "Finalize anyway"},
    "finalize.jump": {"sv": "Gå till första luckan", "en": "Go to the first gap"},
}
