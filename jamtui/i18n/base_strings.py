"""Strings of the shared base: caches, settings, plurals, help and the CLI's own words."""

# Key families looked up with a computed key (t(f"status.{value}")): a key that starts with one
# of these counts as used. Any string table may declare its own DYNAMIC.
DYNAMIC = ("status.", "export.status.", "kind.", "reason.", "run.position_")

STRINGS: dict[str, dict[str, str]] = {
    "cache.too_deep": {"sv": "för djupt nästlad", "en": "nested too deeply"},
    "cache.bad_json": {
        "sv": "ingen giltig JSON (rad {line}, kolumn {column})",
        "en": "not valid JSON (line {line}, column {column})",
    },
    "cache.not_utf8": {"sv": "inte UTF-8", "en": "not UTF-8"},
    "cache.not_object": {
        "sv": "inte ett JSON-objekt av rätt form",
        "en": "not a JSON object of the right shape",
    },
    "storage.cache_rebuilt": {
        "sv": "cachefilen gick inte att läsa ({detail}) och har byggts om",
        "en": "the cache file could not be read ({detail}) and has been rebuilt",
    },
    "storage.cache_broken": {
        "sv": "cachefilen går inte att läsa ({detail}); den byggs om vid nästa listning",
        "en": "the cache file cannot be read ({detail}); it is rebuilt at the next listing",
    },
    "argparse.usage": {"sv": "användning: ", "en": "usage: "},
    "argparse.positional": {"sv": "argument", "en": "positional arguments"},
    "argparse.options": {"sv": "flaggor", "en": "options"},
    "argparse.help": {
        "sv": "visa den här hjälpen och avsluta",
        "en": "show this help message and exit",
    },
    "argparse.version": {
        "sv": "visa versionsnumret och avsluta",
        "en": "show program's version number and exit",
    },
    "argparse.required": {
        "sv": "de här argumenten behövs: %s",
        "en": "the following arguments are required: %s",
    },
    "argparse.unrecognized": {"sv": "okända argument: %s", "en": "unrecognized arguments: %s"},
    "argparse.invalid_choice": {
        "sv": "ogiltigt val: %(value)r (välj bland %(choices)s)",
        "en": "invalid choice: %(value)r (choose from %(choices)s)",
    },
    "argparse.argument": {
        "sv": "argument %(argument_name)s: %(message)s",
        "en": "argument %(argument_name)s: %(message)s",
    },
    "argparse.expected_one": {"sv": "väntade ett värde", "en": "expected one argument"},
    "argparse.expected_at_least_one": {
        "sv": "väntade minst ett värde",
        "en": "expected at least one argument",
    },
    "argparse.expected_at_most_one": {
        "sv": "väntade högst ett värde",
        "en": "expected at most one argument",
    },
    "argparse.ambiguous": {
        "sv": "tvetydig flagga: %(option)s kan vara %(matches)s",
        "en": "ambiguous option: %(option)s could match %(matches)s",
    },
    "argparse.invalid_value": {
        "sv": "ogiltigt värde (%(type)s): %(value)r",
        "en": "invalid %(type)s value: %(value)r",
    },
    "argparse.not_allowed_with": {
        "sv": "går inte ihop med argumentet %s",
        "en": "not allowed with argument %s",
    },
    "argparse.one_of_required": {
        "sv": "ett av argumenten %s behövs",
        "en": "one of the arguments %s is required",
    },
    "argparse.error": {
        "sv": "%(prog)s: fel: %(message)s\n",
        "en": "%(prog)s: error: %(message)s\n",
    },
    "cli.description": {
        "sv": "Checklistor för jämställdhetsintegrering i terminalen.",
        "en": "Gender-equality mainstreaming checklists in the terminal.",
    },
    "cli.option.data_dir": {
        "sv": "datamapp (miljövariabel JAMTUI_HOME)",
        "en": "data folder (env JAMTUI_HOME)",
    },
    "cli.option.checklists": {
        "sv": "extra mapp med checklistor i TOML (kan upprepas; miljövariabel JAMTUI_CHECKLISTS)",
        "en": "extra folder of checklist TOML files (repeatable; env JAMTUI_CHECKLISTS)",
    },
    "cli.option.lang": {
        "sv": "gränssnittets språk (miljövariabel JAMTUI_LANG)",
        "en": "language of the interface (env JAMTUI_LANG)",
    },
    "cli.meta.command": {"sv": "KOMMANDO", "en": "COMMAND"},
    "cli.meta.dir": {"sv": "MAPP", "en": "DIR"},
    "cli.meta.path": {"sv": "SÖKVÄG", "en": "PATH"},
    "cli.meta.name": {"sv": "NAMN", "en": "NAME"},
    "cli.meta.unit": {"sv": "ENHET", "en": "UNIT"},
    "cli.meta.org_number": {"sv": "ORGNR", "en": "ORG_NUMBER"},
    "cli.meta.run": {"sv": "KÖRNING", "en": "RUN"},
    "cli.meta.item": {"sv": "FRÅGA", "en": "ITEM"},
    "cli.meta.value": {"sv": "SVAR", "en": "VALUE"},
    "cli.meta.text": {"sv": "TEXT", "en": "TEXT"},
    "cli.meta.checklist": {"sv": "CHECKLISTA", "en": "CHECKLIST"},
    "cli.meta.date": {"sv": "ÅÅÅÅ-MM-DD", "en": "YYYY-MM-DD"},
    "cli.meta.participant": {"sv": "NAMN;ROLL", "en": "NAME;ROLE"},
    "cli.runs.group_help": {"sv": "lista eller starta körningar", "en": "list or start runs"},
    "cli.runs.which": {
        "sv": "skriv vad du vill göra med körningarna: {commands} (jamtui runs --help)",
        "en": "say what to do with the runs: {commands} (jamtui runs --help)",
    },
    "cli.check.ok.one": {"sv": "{path}: OK ({id}, 1 fråga)", "en": "{path}: OK ({id}, 1 item)"},
    "cmd.theme": {"sv": "Byt färgtema", "en": "Change the colour theme"},
    "cmd.theme_help": {"sv": "välj bland Textuals teman", "en": "pick one of Textual's themes"},
    "cli.config.help": {
        "sv": "visa eller ändra inställningarna",
        "en": "show or change the settings",
    },
    "cli.config.list.help": {"sv": "visa alla inställningar", "en": "show every setting"},
    "cli.config.get.help": {"sv": "visa en inställning", "en": "show one setting"},
    "cli.config.set.help": {"sv": "ändra en inställning", "en": "change one setting"},
    "cli.config.which": {
        "sv": "skriv vad du vill göra: list, get eller set (jamtui config --help)",
        "en": "say what to do: list, get or set (jamtui config --help)",
    },
    "cli.config.unknown": {
        "sv": 'okänd inställning "{key}" (finns: {keys}, keymap.<tangent-id>)',
        "en": 'unknown setting "{key}" (there are: {keys}, keymap.<binding id>)',
    },
    "cli.meta.key": {"sv": "NYCKEL", "en": "KEY"},
    "cli.locate.settings": {"sv": "Inställningar", "en": "Settings"},
    "settings.bad_language": {
        "sv": "språket ska vara sv eller en; värdet används inte",
        "en": "the language must be sv or en; the value is ignored",
    },
    "settings.bad_text": {
        "sv": "ska vara en rad text; värdet används inte",
        "en": "must be one line of text; the value is ignored",
    },
    "settings.bad_keys": {
        "sv": 'ska vara tangenter som "f6" eller "ctrl+n,f4"; värdet används inte',
        "en": 'must be keys such as "f6" or "ctrl+n,f4"; the value is ignored',
    },
    "settings.bad_keymap": {
        "sv": "keymap ska vara en tabell; den används inte",
        "en": "keymap must be a table; it is ignored",
    },
    "settings.unknown_key": {
        "sv": "okänd inställning; den används inte",
        "en": "unknown setting; it is ignored",
    },
    "settings.bad_toml": {
        "sv": "filen är ingen giltig TOML; inställningarna används inte",
        "en": "the file is not valid TOML; the settings are ignored",
    },
    "settings.unreadable": {
        "sv": "filen går inte att läsa; inställningarna används inte",
        "en": "the file cannot be read; the settings are ignored",
    },
    "settings.too_big": {
        "sv": "filen är för stor; inställningarna används inte",
        "en": "the file is too big; the settings are ignored",
    },
    "settings.unknown_theme": {
        "sv": 'okänt tema "{theme}"; standardtemat används',
        "en": 'unknown theme "{theme}"; the default theme is used',
    },
    "plugin.wrong_api": {
        "sv": "skriven för plugin-API {wanted}, jamtui har API {supported}; tillägget laddas inte",
        "en": "written for plugin API {wanted}, jamtui has API {supported}; the plugin is not loaded",
    },
    "cli.completion.help": {
        "sv": "skriv ut ett skript för tabbkomplettering (bash eller zsh)",
        "en": "print a tab completion script (bash or zsh)",
    },
}
