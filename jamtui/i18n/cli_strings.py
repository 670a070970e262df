"""User-facing strings of the command line, Swedish and English."""

STRINGS: dict[str, dict[str, str]] = {
    "cli.usage_hint": {"sv": "se {prog} --help", "en": "see {prog} --help"},
    "cli.runs.new_unit": {
        "sv": "lägg till --unit som ny enhet om organisationen inte har den",
        "en": "add --unit as a new unit when the organisation does not have it",
    },
    "cli.answer.internal_note": {
        "sv": "intern anteckning: kommer aldrig med i kundrapporten, bara i arbetskopian (--internal)",
        "en": "internal note: never in the client report, only in the working copy (--internal)",
    },
    "cli.answer.nothing": {
        "sv": "inget att ändra: ange ett SVAR, --note eller båda",
        "en": "nothing to change: give a VALUE, --note or both",
    },
    "cli.answer.no_rater": {
        "sv": "--rater behöver ett namn",
        "en": "--rater needs a name",
    },
    "cli.answer.rater_value": {
        "sv": "--rater behöver ett SVAR (den personliga bedömningen)",
        "en": "--rater needs a VALUE (the personal rating)",
    },
    "cli.runs.no_participant_name": {
        "sv": 'deltagaren "{text}" saknar namn (skriv "Namn;Roll")',
        "en": 'the participant "{text}" has no name (write "Name;Role")',
    },
    "cli.json.help": {"sv": "skriv ut som JSON", "en": "print as JSON"},
    "cli.checklists.help": {"sv": "lista alla checklistor", "en": "list every checklist"},
    "cli.checklists.none": {"sv": "Inga checklistor hittades.", "en": "No checklists were found."},
    "cli.checklists.problems": {
        "sv": "{count} problem när checklistor lästes in:",
        "en": "{count} problems while loading checklists:",
    },
    "cli.check.help": {
        "sv": "kontrollera checklistfiler (avslutar med 1 vid fel)",
        "en": "validate checklist files (exits 1 on any problem)",
    },
    "cli.check.paths": {"sv": "filer eller mappar", "en": "files or folders"},
    "cli.check.no_such_file": {"sv": "filen finns inte", "en": "no such file"},
    "cli.check.ok": {
        "sv": "{path}: OK ({id}, {count} frågor)",
        "en": "{path}: OK ({id}, {count} items)",
    },
    "cli.plugins.help": {
        "sv": "lista insticksprogram, deras hooks och problem",
        "en": "list plugins, their hooks and problems",
    },
    "cli.plugins.none": {"sv": "Inga insticksprogram.", "en": "No plugins."},
    "cli.plugins.disabled": {"sv": "[avstängt]", "en": "[disabled]"},
    "cli.plugins.hooks": {"sv": "hooks", "en": "hooks"},
    "cli.plugins.checklists": {"sv": "checklistor", "en": "checklists"},
    "cli.plugins.problem": {"sv": "problem", "en": "problem"},
    "cli.locate.help": {
        "sv": "visa mapparna för data, inställningar och extra checklistor",
        "en": "show the data, config and extra checklist folders",
    },
    "cli.locate.data": {"sv": "data", "en": "data"},
    "cli.locate.config": {"sv": "inställningar", "en": "config"},
    "cli.locate.checklists": {"sv": "checklistor", "en": "checklists"},
    "cli.schema.help": {
        "sv": "skriv ut JSON Schema för checklistformatet",
        "en": "print the JSON Schema of the checklist format",
    },
    "cli.strict_plugin_error": {
        "sv": "insticksprogram med problem (JAMTUI_STRICT_PLUGINS är på)",
        "en": "plugin problem (JAMTUI_STRICT_PLUGINS is on)",
    },
    "cli.orgs.help": {
        "sv": "lista organisationer (orgs add NAMN lägger till en)",
        "en": "list organisations (orgs add NAME adds one)",
    },
    "cli.orgs.all": {"sv": "ta med arkiverade", "en": "include archived ones"},
    "cli.orgs.archived": {"sv": "arkiverad", "en": "archived"},
    "cli.orgs.add.help": {
        "sv": "lägg till en organisation och skriv ut dess id",
        "en": "add an organisation and print its id",
    },
    "cli.runs.help": {
        "sv": "lista en organisations körningar",
        "en": "list an organisation's runs",
    },
    "cli.runs.new.help": {
        "sv": "starta en körning av en checklista och skriv ut dess id",
        "en": "start a run of a checklist and print its id",
    },
    "cli.answer.help": {
        "sv": "spara ett svar, en bedömning eller en anteckning (klart när det är sparat på disk)",
        "en": "save an answer, rating or note (returns once it is on disk)",
    },
    "cli.doctor.help": {
        "sv": "hitta filer som inte går att läsa (avslutar med 1 om någon finns)",
        "en": "find unreadable files (exits 1 if there are any)",
    },
    "cli.doctor.ok": {
        "sv": "Alla filer i {path} går att läsa.",
        "en": "Every file in {path} is readable.",
    },
    "cli.export.help": {
        "sv": "exportera en körning som rapport (Markdown)",
        "en": "export a run as a report (Markdown)",
    },
    "cli.export.output": {
        "sv": "fil eller mapp; - skriver till standard ut",
        "en": "file or folder; - writes to standard output",
    },
    "cli.export.all": {
        "sv": "exportera alla organisationens körningar till en mapp",
        "en": "export every run of the organisation into a folder",
    },
    "cli.export.format": {
        "sv": "rapportformat (markdown eller ett från ett insticksprogram)",
        "en": "report format (markdown or one from a plugin)",
    },
    "cli.export.no_format": {
        "sv": 'formatet "{name}" finns inte (finns: {names})',
        "en": 'no format "{name}" (available: {names})',
    },
}
