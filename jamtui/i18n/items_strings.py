"""Strings of checklist format 1.1: item types, outcome and band checks, new editors."""

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
    "problem.unknown_type": {
        "sv": 'okänd frågetyp "{value}"; kända typer: {options}',
        "en": 'unknown item type "{value}"; known types: {options}',
    },
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
    "cli.answer.no_answer_type": {
        "sv": 'fråga "{id}" tar inget svar (typ {type})',
        "en": 'item "{id}" takes no answer (type {type})',
    },
    # the report: an item hidden because an earlier one has no answer yet
    "export.hidden_waiting": {
        "sv": "Visas när fråga {number} har besvarats.",
        "en": "Shown once item {number} is answered.",
    },
    # note outcomes: conclusions that do not end the run
    "export.note_outcome": {"sv": "Slutsats", "en": "Conclusion"},
    "run.note_outcome": {"sv": "Slutsats", "en": "Conclusion"},
    # counted words
    "count.items_1": {"sv": "{n} fråga", "en": "{n} item"},
    "count.items_n": {"sv": "{n} frågor", "en": "{n} items"},
    "count.na_1": {"sv": "{n} ej aktuellt", "en": "{n} not applicable"},
    "count.na_n": {"sv": "{n} ej aktuella", "en": "{n} not applicable"},
}
