"""Strings of the hostile-input work: names refused, files not read, plugins too slow, locks."""

from __future__ import annotations

# Keys built at run time from a problem's reason and the field it concerns.
DYNAMIC = ("safety.field.", "safety.name.", "safety.number.")

STRINGS: dict[str, dict[str, str]] = {
    "safety.bad_argument_bytes": {
        "sv": "argument {position} är inte giltig text (UTF-8); skriv det igen",
        "en": "argument {position} is not valid text (UTF-8); type it again",
    },
    "safety.interrupted": {
        "sv": "avbrutet",
        "en": "interrupted",
    },
    "safety.name.line_break": {
        "sv": '{field} måste stå på en rad: "{name}" har en radbrytning',
        "en": '{field} must be one line: "{name}" has a line break',
    },
    "safety.name.tab": {
        "sv": '{field} får inte innehålla tabbtecken: "{name}"',
        "en": '{field} must not contain a tab: "{name}"',
    },
    "safety.name.control": {
        "sv": '{field} får inte innehålla styrtecken eller osynliga tecken: "{name}"',
        "en": '{field} must not contain control or invisible characters: "{name}"',
    },
    "safety.name.too_long": {
        "sv": '{field} är för långt (högst 200 tecken): "{name}"',
        "en": '{field} is too long (at most 200 characters): "{name}"',
    },
    "safety.field.name": {"sv": "Namnet", "en": "The name"},
    "safety.field.organisation": {"sv": "Organisationens namn", "en": "The organisation's name"},
    "safety.field.unit": {"sv": "Enhetens namn", "en": "The unit's name"},
    "safety.field.participant": {"sv": "Deltagarens namn", "en": "The participant's name"},
    "safety.field.role": {"sv": "Rollen", "en": "The role"},
    "safety.field.facilitator": {"sv": "Processledarens namn", "en": "The facilitator's name"},
    "safety.field.contact": {"sv": "Kontaktens namn", "en": "The contact's name"},
    "safety.text_not_utf8": {
        "sv": "texten går inte att spara: tecken {position} är inte giltig UTF-8",
        "en": "the text cannot be saved: character {position} is not valid UTF-8",
    },
    "safety.number.nan": {
        "sv": "talet är NaN (inte ett tal); ange ett tal",
        "en": "the number is NaN (not a number); give a number",
    },
    "safety.number.infinite": {
        "sv": "talet är oändligt; ange ett ändligt tal",
        "en": "the number is infinite; give a finite number",
    },
    "safety.number.too_large": {
        "sv": "heltalet är för stort för TOML (högst 64 bitar)",
        "en": "the integer is too large for TOML (at most 64 bits)",
    },
    "safety.file.fifo": {"sv": "en namngiven pipe (FIFO)", "en": "a named pipe (FIFO)"},
    "safety.file.device": {"sv": "en enhetsfil", "en": "a device"},
    "safety.file.socket": {"sv": "en socket", "en": "a socket"},
    "safety.file.folder": {"sv": "en mapp", "en": "a folder"},
    "safety.file.special": {"sv": "en specialfil", "en": "a special file"},
    "safety.file.not_regular": {
        "sv": "läses inte: det är {kind}, inte en vanlig fil",
        "en": "not read: it is {kind}, not a regular file",
    },
    "safety.file.link": {
        "sv": "läses inte: det är en symbolisk länk (datamappen följer inga länkar)",
        "en": "not read: it is a symbolic link (the data folder follows no links)",
    },
    "safety.file.too_large": {
        "sv": "läses inte: filen är för stor ({size} byte)",
        "en": "not read: the file is too large ({size} bytes)",
    },
    "safety.file.outside": {
        "sv": "skrivs inte: platsen ligger utanför datamappen {root} (en symbolisk länk?)",
        "en": "not written: the place is outside the data folder {root} (a symbolic link?)",
    },
    "safety.plugin.slow_hook": {
        "sv": "{hook} tog längre tid än {limit:g} s; jamtui fortsatte utan det som kom senare",
        "en": "{hook} took longer than {limit:g} s; jamtui went on without what came later",
    },
    "safety.plugin.slow_import": {
        "sv": "importen tog längre tid än {limit:g} s; tillägget används inte den här gången",
        "en": "importing took longer than {limit:g} s; the plugin is not used this time",
    },
    "safety.plugin.interrupted": {
        "sv": "avbrutet medan tillägget {name} ({module}) lästes in",
        "en": "interrupted while loading the plugin {name} ({module})",
    },
    "safety.plugin.bad_suffix": {
        "sv": "exportören används inte: filändelsen {suffix} är ingen vanlig filändelse (som .md)",
        "en": "the exporter is not used: the suffix {suffix} is not a plain file ending (like .md)",
    },
    "safety.catalog_loading": {
        "sv": "Checklistorna läses fortfarande in; det fortsätter när de är klara",
        "en": "The checklists are still loading; this goes on once they are ready",
    },
    "safety.read_only_folder": {
        "sv": "mappen {path} går inte att skriva i; körningen visas skrivskyddad",
        "en": "the folder {path} cannot be written to; the run is shown read-only",
    },
    "safety.unsaved_stay": {
        "sv": "Det du skrev är inte sparat och finns kvar här. Åtgärda felet och fortsätt, "
        "eller tryck Esc igen för att lämna utan att spara.",
        "en": "What you typed is not saved and is still here. Fix the problem and go on, "
        "or press Esc again to leave without saving.",
    },
}
