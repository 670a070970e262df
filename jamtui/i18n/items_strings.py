"""Strings of checklist format 1.1: item types, outcome and band checks, new editors."""

# Keys built at run time: "items.typed.hint." + a typed item kind's name.
DYNAMIC = ("items.typed.hint.",)

STRINGS: dict[str, dict[str, str]] = {
    # jamtui check: warnings and problems about outcomes and bands
    "warning.prefix": {"sv": "varning", "en": "warning"},
    "warning.outcome_skips": {
        "sv": 'utfallet "{outcome}" kan nås medan tidigare frågor är obesvarade ({ids}); '
        'kräv svar på dem i villkoret (t.ex. {{ item = "{id}", equals = "ja" }})',
        "en": 'outcome "{outcome}" can be reached while earlier items are unanswered ({ids}); '
        'require answers to them in the condition (e.g. {{ item = "{id}", equals = "ja" }})',
    },
    "problem.band_overlap": {
        "sv": "intervallet {min}–{max} överlappar ett tidigare intervall ({other_min}–{other_max})",
        "en": "the band {min}–{max} overlaps an earlier band ({other_min}–{other_max})",
    },
    "problem.band_gap": {
        "sv": "mellan intervallen {low} och {high} finns ett glapp: ett resultat där får ingen nivå",
        "en": "there is a gap between the bands ending at {low} and starting at {high}: "
        "a result there gets no level",
    },
    "problem.band_unreachable": {
        "sv": "intervallet {min}–{max} kan aldrig nås: resultatet ligger mellan {low} och {high}",
        "en": "the band {min}–{max} can never be reached: the result lies between {low} and {high}",
    },
    "problem.type_root_cause": {
        "sv": "{count} följdproblem som beror på den okända typen visas inte",
        "en": "{count} follow-on problems caused by the unknown type are not shown",
    },
    "problem.key_not_for_type": {
        "sv": 'en fråga av typen "{type}" kan inte ha {key}',
        "en": 'an item of type "{type}" cannot have {key}',
    },
    "problem.number_min_max": {
        "sv": "min ({min}) är större än max ({max})",
        "en": "min ({min}) is greater than max ({max})",
    },
    "problem.number_decimals": {
        "sv": "decimals ska vara ett heltal från 0 till 6",
        "en": "decimals must be a whole number from 0 to 6",
    },
    "problem.table_no_rows": {
        "sv": "tabellen behöver minst en rad i rows",
        "en": "the table needs at least one row in rows",
    },
    "problem.table_no_input": {
        "sv": "tabellen behöver minst en kolumn som fylls i (utan sum och share)",
        "en": "the table needs at least one entered column (without sum and share)",
    },
    "problem.table_unknown_column": {
        "sv": 'okänd kolumn "{id}"',
        "en": 'unknown column "{id}"',
    },
    "problem.table_duplicate": {
        "sv": '"{id}" finns två gånger',
        "en": '"{id}" occurs twice',
    },
    "problem.table_sum_and_share": {
        "sv": "en kolumn kan inte ha både sum och share",
        "en": "a column cannot have both sum and share",
    },
    "problem.table_share_of": {
        "sv": "en share-kolumn behöver of: kolumnen andelen räknas av",
        "en": "a share column needs of: the column the share is taken of",
    },
    "problem.rule_level": {
        "sv": "värdet {value} finns inte på skalorna som räknas",
        "en": "the value {value} is on none of the counted scales",
    },
    "problem.rule_no_scale": {
        "sv": "regeln räknar svar per nivå, men checklistan har inga skalfrågor som ger poäng",
        "en": "the rule counts answers per level, but the checklist has no scored scale items",
    },
    "plugin.bad_item_type": {
        "sv": "registrerade {what}, som inte är en ItemKind",
        "en": "registered {what}, which is not an ItemKind",
    },
    "plugin.bad_item_type_name": {
        "sv": 'frågetypens namn "{name}" ska vara små bokstäver a–z, siffror och -',
        "en": 'the item type name "{name}" must be lower-case a–z, digits and -',
    },
    "plugin.duplicate_item_type": {
        "sv": 'frågetypen "{name}" finns redan (från {by}) och används inte',
        "en": 'the item type "{name}" exists already (from {by}) and is not used',
    },
    "reason.not_number": {"sv": "ska vara ett tal", "en": "must be a number"},
    "reason.not_whole": {"sv": "ska vara ett heltal", "en": "must be a whole number"},
    "reason.too_many_decimals": {"sv": "har för många decimaler", "en": "has too many decimals"},
    "reason.below_min": {"sv": "är mindre än det minsta tillåtna", "en": "is below the minimum"},
    "reason.above_max": {"sv": "är större än det största tillåtna", "en": "is above the maximum"},
    "reason.not_date": {
        "sv": "ska vara ett datum (ÅÅÅÅ-MM-DD eller 1/3 2027)",
        "en": "must be a date (YYYY-MM-DD or 1/3 2027)",
    },
    "reason.not_table": {
        "sv": "ska vara celler som rad.kolumn=tal; rad.kolumn=tal",
        "en": "must be cells as row.column=number; row.column=number",
    },
    "reason.table_unknown_cell": {
        "sv": "okänd rad eller kolumn, eller en beräknad kolumn",
        "en": "unknown row or column, or a computed column",
    },
    "reason.no_answer": {"sv": "tar inget svar", "en": "takes no answer"},
    # the CLI refuses answers the run would not show
    "cli.answer.hidden": {
        "sv": 'fråga "{id}" visas inte i körningen ({why}); svaret sparades inte',
        "en": 'item "{id}" is not shown in the run ({why}); the answer was not saved',
    },
    "cli.answer.why_hidden": {
        "sv": "dold av sitt villkor",
        "en": "hidden by its condition",
    },
    "cli.answer.why_ended": {
        "sv": 'körningen avslutades med utfallet "{outcome}" före den',
        "en": 'the run ended with the outcome "{outcome}" before it',
    },
    # the report: an item hidden because an earlier one has no answer yet
    "export.hidden_waiting": {
        "sv": "Visas när fråga {number} har besvarats.",
        "en": "Shown once item {number} is answered.",
    },
    # note outcomes: conclusions that do not end the run
    "export.note_outcome": {"sv": "Slutsats", "en": "Conclusion"},
    "run.note_outcome": {"sv": "Slutsats", "en": "Conclusion"},
    "export.intro": {"sv": "Inledning", "en": "Introduction"},
    "export.sum_check": {"sv": "Summan stämmer inte", "en": "The sum does not add up"},
    # editors of the new types
    "items.typed.hint.number": {
        "sv": "Skriv ett tal (decimalkomma går bra)",
        "en": "Type a number (a decimal comma is fine)",
    },
    "items.typed.hint.date": {
        "sv": "Skriv ett datum: 2027-03-01 eller 1/3 2027",
        "en": "Type a date: 2027-03-01 or 1/3 2027",
    },
    "items.typed.unit": {"sv": "i {unit}", "en": "in {unit}"},
    "items.typed.saved": {"sv": "sparat: {value}", "en": "saved: {value}"},
    "items.typed.bad": {
        "sv": "Sparas inte ännu: {reason}",
        "en": "Not saved yet: {reason}",
    },
    "items.table.empty": {
        "sv": "Fyll i antal; totalt och andelar räknas ut här.",
        "en": "Fill in the counts; totals and shares are worked out here.",
    },
    "run.intro": {"sv": "Inledning", "en": "Introduction"},
    # counted words
    "count.na_1": {"sv": "{n} ej aktuellt", "en": "{n} not applicable"},
    "count.na_n": {"sv": "{n} ej aktuella", "en": "{n} not applicable"},
}
