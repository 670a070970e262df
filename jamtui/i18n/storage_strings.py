"""User-facing strings of the storage layer, Swedish and English."""

STRINGS: dict[str, dict[str, str]] = {
    "storage.toml_syntax": {
        "sv": "filen går inte att läsa (TOML-syntaxfel: {detail}); den ändras inte",
        "en": "the file cannot be read (TOML syntax error: {detail}); it is left unchanged",
    },
    "storage.too_deep": {
        "sv": "filen är för djupt nästlad för att läsas; den ändras inte",
        "en": "the file is nested too deeply to be read; it is left unchanged",
    },
    "storage.not_utf8": {
        "sv": "filen är inte UTF-8 ({detail}); den ändras inte",
        "en": "the file is not UTF-8 ({detail}); it is left unchanged",
    },
    "storage.ambiguous_org": {
        "sv": 'flera organisationer heter "{name}"; ange mappnamnet: {slugs}',
        "en": 'several organisations are called "{name}"; give the folder name: {slugs}',
    },
    "storage.duplicate_participant": {
        "sv": 'deltagaren "{name}" finns redan; två deltagare kan inte ha samma namn',
        "en": 'the participant "{name}" is already listed; two participants cannot share a name',
    },
    "storage.not_a_folder": {
        "sv": "datamappen är inte en mapp",
        "en": "the data folder is not a folder",
    },
    "storage.missing_key": {
        "sv": 'nyckeln "{key}" saknas; filen ändras inte',
        "en": 'the key "{key}" is missing; the file is left unchanged',
    },
    "storage.wrong_type": {
        "sv": 'fel typ av värde för "{key}"; filen ändras inte',
        "en": 'wrong kind of value for "{key}"; the file is left unchanged',
    },
    "storage.unknown_status": {
        "sv": 'okänd status "{status}" (draft, finalized eller reopened); filen ändras inte',
        "en": 'unknown status "{status}" (draft, finalized or reopened); the file is left unchanged',
    },
    "storage.newer_format": {
        "sv": "filen har format {found}, men den här versionen av jamtui läser format {supported}; uppdatera jamtui (filen ändras inte)",
        "en": "the file has format {found}, but this jamtui reads format {supported}; update jamtui (the file is left unchanged)",
    },
    "storage.no_org": {
        "sv": 'ingen organisation heter "{name}"',
        "en": 'no organisation is called "{name}"',
    },
    "storage.no_run": {
        "sv": 'organisationen "{org}" har ingen körning "{run}"',
        "en": 'the organisation "{org}" has no run "{run}"',
    },
    "storage.no_runs": {
        "sv": 'organisationen "{org}" har inga körningar',
        "en": 'the organisation "{org}" has no runs',
    },
    "storage.empty_name": {"sv": "namnet får inte vara tomt", "en": "the name cannot be empty"},
    "storage.unknown_item": {
        "sv": 'checklistan har ingen fråga "{item}"',
        "en": 'the checklist has no item "{item}"',
    },
    "storage.bad_value": {
        "sv": 'frågan "{item}" kan inte få svaret "{value}" ({reason})',
        "en": 'the item "{item}" cannot be answered "{value}" ({reason})',
    },
    "storage.not_rater_item": {
        "sv": 'frågan "{item}" har inga personliga bedömningar',
        "en": 'the item "{item}" takes no individual ratings',
    },
    "storage.unknown_participant": {
        "sv": '"{name}" är inte deltagare i körningen',
        "en": '"{name}" is not a participant of the run',
    },
    "storage.finalized": {
        "sv": "körningen är slutförd; öppna den igen för att ändra",
        "en": "the run is finalized; reopen it to make changes",
    },
    "storage.locked": {
        "sv": "körningen är öppen i ett annat fönster (process {pid} på {host}, sedan {since}); den visas skrivskyddad",
        "en": "the run is open in another window (process {pid} on {host}, since {since}); it is shown read-only",
    },
    "storage.read_only": {
        "sv": "körningen är skrivskyddad: {reason}",
        "en": "the run is read-only: {reason}",
    },
    "storage.not_finalized": {"sv": "körningen är inte slutförd", "en": "the run is not finalized"},
    "storage.reason_needed": {
        "sv": "ange ett skäl för att öppna körningen igen",
        "en": "give a reason for reopening the run",
    },
    "storage.no_checklist": {
        "sv": 'checklistan "{id}" finns inte',
        "en": 'the checklist "{id}" does not exist',
    },
    "storage.stray_file": {
        "sv": "okänd fil i datamappen",
        "en": "unexpected file in the data folder",
    },
    "storage.missing_org_file": {
        "sv": "mappen saknar organisation.toml",
        "en": "the folder has no organisation.toml",
    },
    "storage.slug_mismatch": {
        "sv": 'filen säger id "{found}" men heter "{expected}"',
        "en": 'the file says id "{found}" but is named "{expected}"',
    },
    "reason.na_not_allowed": {
        "sv": "ej aktuellt är inte tillåtet här",
        "en": "not applicable is not allowed here",
    },
    "reason.not_yesno": {"sv": "svara ja eller nej", "en": "answer yes or no"},
    "reason.not_on_scale": {
        "sv": "värdet finns inte på skalan",
        "en": "the value is not on the scale",
    },
    "reason.not_a_choice": {"sv": "inget sådant svarsalternativ", "en": "no such option"},
    "reason.not_text": {"sv": "ska vara text", "en": "must be text"},
    "reason.no_value_for_actions": {
        "sv": "åtgärdslistor fylls i med rader, inte ett värde",
        "en": "action lists take rows, not a value",
    },
    "storage.leftover_tmp": {
        "sv": "rester av en avbruten sparning; tas bort nästa gång körningen öppnas",
        "en": "left over from an interrupted save; removed the next time the run is opened",
    },
}
