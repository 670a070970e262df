"""User-facing strings of the catalog layer (checklist problems), Swedish and English."""

STRINGS: dict[str, dict[str, str]] = {
    "problem.item": {"sv": 'fråga "{id}"', "en": 'item "{id}"'},
    "problem.did_you_mean": {
        "sv": ' – menade du "{suggestion}"?',
        "en": ' – did you mean "{suggestion}"?',
    },
    "problem.too_large": {
        "sv": "filen är för stor ({size} byte; högst 1 MiB) och lästes inte",
        "en": "the file is too large ({size} bytes; at most 1 MiB) and was not read",
    },
    "problem.unreadable": {
        "sv": "filen kunde inte läsas: {error}",
        "en": "the file could not be read: {error}",
    },
    "problem.not_utf8": {
        "sv": "filen är inte UTF-8 (byte {byte}); spara den som UTF-8",
        "en": "the file is not UTF-8 (byte {byte}); save it as UTF-8",
    },
    "problem.too_deep": {
        "sv": "filen är för djupt nästlad för att vara en checklista och lästes inte",
        "en": "the file is nested too deeply to be a checklist and was not read",
    },
    "problem.toml_syntax": {"sv": "TOML-syntaxfel: {detail}", "en": "TOML syntax error: {detail}"},
    "problem.format_version": {
        "sv": "formatversion {found} stöds inte (den här versionen av jamtui läser format {supported}); uppdatera jamtui",
        "en": "format version {found} is not supported (this jamtui reads format {supported}); update jamtui",
    },
    "problem.wrong_type": {
        "sv": "ska vara {expected}, inte {got}",
        "en": "must be {expected}, not {got}",
    },
    "problem.unknown_key": {"sv": 'okänd nyckel "{key}"', "en": 'unknown key "{key}"'},
    "problem.missing_key": {"sv": 'nyckeln "{key}" saknas', "en": 'the key "{key}" is missing'},
    "problem.unknown_language": {
        "sv": 'okänt språk "{lang}" (använd sv eller en)',
        "en": 'unknown language "{lang}" (use sv or en)',
    },
    "problem.not_in_enum": {
        "sv": 'värdet "{value}" är inte tillåtet; välj bland {options}',
        "en": 'the value "{value}" is not allowed; choose one of {options}',
    },
    "problem.bad_identifier": {
        "sv": 'id "{value}" är inte säkert: använd gemena a–z, siffror, - och _ (högst 64 tecken, inga å ä ö eller mellanslag)',
        "en": 'id "{value}" is not safe: use lower-case a–z, digits, - and _ (at most 64 characters, no spaces)',
    },
    "problem.no_sections": {
        "sv": "checklistan har inga avsnitt",
        "en": "the checklist has no sections",
    },
    "problem.empty_section": {
        "sv": 'avsnittet "{id}" har inga frågor',
        "en": 'the section "{id}" has no items',
    },
    "problem.duplicate_section": {
        "sv": 'avsnittets id "{id}" används redan',
        "en": 'the section id "{id}" is already used',
    },
    "problem.duplicate_item": {
        "sv": 'frågans id "{id}" används redan',
        "en": 'the item id "{id}" is already used',
    },
    "problem.duplicate_outcome": {
        "sv": 'utfallets id "{id}" används redan',
        "en": 'the outcome id "{id}" is already used',
    },
    "problem.empty_scale": {
        "sv": 'skalan "{scale}" har inga steg',
        "en": 'the scale "{scale}" has no levels',
    },
    "problem.duplicate_level": {
        "sv": 'värdet {value} finns redan i skalan "{scale}"',
        "en": 'the value {value} already exists in the scale "{scale}"',
    },
    "problem.duplicate_choice": {
        "sv": 'svarsalternativet "{value}" finns redan',
        "en": 'the choice "{value}" already exists',
    },
    "problem.scale_missing": {
        "sv": 'en fråga av typen "scale" måste ange scale = "namn"',
        "en": 'an item of type "scale" must give scale = "name"',
    },
    "problem.unknown_scale": {"sv": 'okänd skala "{scale}"', "en": 'unknown scale "{scale}"'},
    "problem.choices_missing": {
        "sv": "frågan behöver minst ett svarsalternativ i choices",
        "en": "the item needs at least one option in choices",
    },
    "problem.negative_weight": {
        "sv": "vikten kan inte vara negativ",
        "en": "the weight cannot be negative",
    },
    "problem.raters_not_allowed": {
        "sv": 'raters fungerar inte för frågor av typen "{type}"',
        "en": 'raters does not work for items of type "{type}"',
    },
    "problem.scored_not_allowed": {
        "sv": 'frågor av typen "{type}" kan inte poängsättas',
        "en": 'items of type "{type}" cannot be scored',
    },
    "problem.band_order": {
        "sv": "intervallets min ({min}) är större än max ({max})",
        "en": "the band's min ({min}) is greater than its max ({max})",
    },
    "problem.replaces_current": {
        "sv": 'replaces pekar på "{id}", som finns i den här versionen; replaces ska ange id från äldre versioner',
        "en": 'replaces points at "{id}", which exists in this version; replaces names ids from older versions',
    },
    "problem.condition_form": {
        "sv": "ett villkor ska ha precis en av item, all eller any",
        "en": "a condition must have exactly one of item, all or any",
    },
    "problem.condition_no_test": {
        "sv": "villkoret saknar equals, not_equals, in eller answered",
        "en": "the condition has no equals, not_equals, in or answered",
    },
    "problem.unknown_item": {
        "sv": 'villkoret pekar på okänd fråga "{id}"',
        "en": 'the condition refers to unknown item "{id}"',
    },
    "problem.later_item": {
        "sv": 'villkoret pekar på "{id}", som inte kommer före; ett villkor får bara läsa tidigare frågor',
        "en": 'the condition refers to "{id}", which does not come before it; a condition may only read earlier items',
    },
    "problem.impossible_value": {
        "sv": 'frågan "{id}" kan aldrig få svaret {value} (möjliga svar: {options})',
        "en": 'the item "{id}" can never be answered {value} (possible answers: {options})',
    },
    "problem.condition_on_text": {
        "sv": 'frågan "{id}" är av typen "{type}" och kan bara testas med answered',
        "en": 'the item "{id}" is of type "{type}" and can only be tested with answered',
    },
    "problem.cycle": {
        "sv": "villkoren bildar en cirkel: {cycle}",
        "en": "the conditions form a cycle: {cycle}",
    },
    "problem.duplicate_checklist": {
        "sv": 'checklistan "{id}" finns redan (från {first}); den här kopian används inte',
        "en": 'the checklist "{id}" already exists (from {first}); this copy is not used',
    },
    "problem.folder_missing": {
        "sv": "mappen finns inte",
        "en": "the folder does not exist",
    },
    "kind.str": {"sv": "en sträng", "en": "a string"},
    "kind.text": {
        "sv": "en text (sträng eller tabell med sv/en)",
        "en": "a text (string or sv/en table)",
    },
    "kind.int": {"sv": "ett heltal", "en": "an integer"},
    "kind.number": {"sv": "ett tal", "en": "a number"},
    "kind.bool": {"sv": "true eller false", "en": "true or false"},
    "kind.strlist": {"sv": "en lista med strängar", "en": "a list of strings"},
    "kind.value": {"sv": "en sträng eller ett heltal", "en": "a string or an integer"},
    "kind.valuelist": {
        "sv": "en lista med strängar eller heltal",
        "en": "a list of strings or integers",
    },
    "kind.table": {"sv": "en tabell", "en": "a table"},
    "kind.array": {"sv": "en lista", "en": "a list"},
    "plugin.import_failed": {
        "sv": "kunde inte läsas in: {error}",
        "en": "failed to import: {error}",
    },
    "plugin.register_failed": {
        "sv": "kunde inte registreras: {error}",
        "en": "could not be registered: {error}",
    },
    "plugin.hook_failed": {"sv": "fel i {hook}: {error}", "en": "error in {hook}: {error}"},
    "plugin.unknown_hook": {
        "sv": 'okänd hook "{hook}" (stavfel? se docs/writing-plugins.md)',
        "en": 'unknown hook "{hook}" (a typo? see docs/writing-plugins.md)',
    },
    "plugin.bad_registration": {
        "sv": "registrerade något som inte är en fil, mapp eller TOML-text ({what})",
        "en": "registered something that is not a file, folder or TOML text ({what})",
    },
    "plugin.bad_exporter": {
        "sv": "registrerade en exportör utan name, title, suffix och render ({what})",
        "en": "registered an exporter without name, title, suffix and render ({what})",
    },
    "plugin.duplicate_exporter": {
        "sv": 'exportformatet "{name}" finns redan (från {first}); det här används inte',
        "en": 'the export format "{name}" already exists (from {first}); this one is not used',
    },
}
