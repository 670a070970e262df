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
}
