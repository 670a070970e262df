"""The checklist format v1 as data: every table, its keys, their kinds and meaning.

The validator reads this to find unknown, missing and mistyped keys, and the JSON Schema
generator turns it into a schema, so the two can never disagree. The keys an item type owns
(``scale``, ``choices``, a number's ``unit`` …) are declared by the type itself in
``jamtui.core.items`` and merged in by ``jamtui.catalog.item_types``. Format 1.1 adds keys
(marked "1.1" in their description); every version-1 file stays valid.
"""

from __future__ import annotations

from jamtui.core.items.base import Key as Key

ID_PATTERN = r"^[a-z0-9][a-z0-9_-]{0,63}$"
LOCAL_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"

ITEM_TYPES = (
    "yesno",
    "scale",
    "choice",
    "multichoice",
    "text",
    "actions",
    "number",
    "date",
    "table",
    "notice",
)
"""The built-in item types (``jamtui.core.items``); plugins register more."""
AGGREGATIONS = ("sum", "mean", "weighted_mean")
TOTAL_FROM = ("items", "sections")
OUTCOME_KINDS = ("stop", "ok", "info", "note")


TABLES: dict[str, tuple[Key, ...]] = {
    "checklist": (
        Key(
            "format",
            "number",
            "Format version of the file: 1, or 1.1 for a file using the 1.1 additions.",
            required=True,
        ),
        Key(
            "id",
            "str",
            "Stable identifier: lower-case ASCII letters, digits, - and _.",
            required=True,
            pattern=ID_PATTERN,
        ),
        Key("version", "str", 'Version of this checklist, e.g. "2019.1".', required=True),
        Key("title", "text", "Title shown in lists and reports.", required=True),
        Key("description", "text", "What the checklist is for and who uses it."),
        Key("intro", "text", "Text shown before the first item (preconditions, instructions)."),
        Key("source", "table:source", "The original material this checklist is built on."),
        Key("scales", "map:scale", "Named scales that items refer to."),
        Key("sections", "array:section", "The sections, in order.", required=True),
        Key("outcomes", "array:outcome", "End states of a branching checklist."),
        Key("scoring", "table:scoring", "How answers become scores."),
    ),
    "source": (
        Key("publisher", "str", "Who published the original.", required=True),
        Key("title", "str", "Title of the original publication.", required=True),
        Key("year", "int", "Year of publication."),
        Key("url", "str", "Where the original can be found."),
        Key("adaptation", "text", "What this file changes or adds compared with the original."),
    ),
    "scale": (
        Key("levels", "array:level", "The steps of the scale, lowest first.", required=True),
        Key("na", "bool", 'Whether "ej aktuellt" (not applicable) may be answered; default true.'),
        Key("na_label", "text", 'Label of the not-applicable answer; default "Ej aktuellt".'),
        Key("note", "text", "A remark about the scale, e.g. that its range is an adaptation."),
    ),
    "level": (
        Key("value", "int", "The numeric value of this step.", required=True),
        Key("label", "text", "What the step is called.", required=True),
        Key("description", "text", "What the step means."),
    ),
    "section": (
        Key(
            "id",
            "str",
            "Stable identifier of the section.",
            required=True,
            pattern=LOCAL_ID_PATTERN,
        ),
        Key("title", "text", "Section heading.", required=True),
        Key("description", "text", "Text shown at the top of the section."),
        Key("show_if", "table:condition", "Show the whole section only when this holds."),
        Key("items", "array:item", "The items of the section, in order.", required=True),
        Key("bands", "array:band", "1.1: labelled ranges of this section's score."),
    ),
    "item": (
        Key(
            "id",
            "str",
            "Identifier within the section; the full id is SECTION.ITEM.",
            required=True,
            pattern=LOCAL_ID_PATTERN,
        ),
        Key(
            "type",
            "str",
            "Kind of answer: a built-in type (" + ", ".join(ITEM_TYPES) + ") or a plugin's.",
            required=True,
        ),
        Key("text", "text", "The question or statement.", required=True),
        Key("guidance", "text", "Help text for the facilitator."),
        Key("required", "bool", "Must be answered before the run can be finalized."),
        Key("weight", "number", "Weight in weighted means; default 1."),
        Key("show_if", "table:condition", "Show the item only when this holds."),
        Key("raters", "bool", "Every participant rates; the group then agrees a value."),
        Key("na", "bool", 'Allow "ej aktuellt" for this item.'),
        Key(
            "scored",
            "bool",
            "Counts in scores; default true for scale items, false for every other type.",
        ),
        Key("replaces", "strlist", "Full ids of items in older versions this item continues."),
        Key("action_plan", "bool", "Collect the answer in the report's action plan."),
        Key("group", "text", "1.1: the sub-heading inside the section this item sits under."),
    ),
    "outcome": (
        Key("id", "str", "Identifier of the outcome.", required=True, pattern=LOCAL_ID_PATTERN),
        Key("title", "text", 'What the outcome says, e.g. "Återremittera".', required=True),
        Key("description", "text", "What to do now."),
        Key("when", "table:condition", "The answers that reach this outcome.", required=True),
        Key(
            "kind",
            "str",
            "stop (ends early; default), ok (positive end), info (ends with a neutral "
            "conclusion) or note (1.1: a conclusion shown while the run goes on).",
            enum=OUTCOME_KINDS,
        ),
    ),
    "scoring": (
        Key("section", "str", "How item scores combine per section.", enum=AGGREGATIONS),
        Key("total", "str", "How the total is combined.", enum=AGGREGATIONS),
        Key("total_from", "str", "Total over item scores or section scores.", enum=TOTAL_FROM),
        Key("bands", "array:band", "Labelled ranges of the total."),
        Key(
            "profile",
            "text",
            "1.1: show how many scale answers sit at each level, under this heading "
            '(e.g. "Antal moment per nivå"); no profile when absent.',
        ),
        Key("rules", "array:rule", "1.1: count rules over the level profile (SKR's mentor)."),
    ),
    "rule": (
        Key("id", "str", "Identifier of the rule.", required=True, pattern=LOCAL_ID_PATTERN),
        Key("title", "text", "What the rule is called in the summary and report.", required=True),
        Key("description", "text", "Where the rule comes from, in words."),
        Key("counts", "array:count", "Every count test must hold.", required=True),
        Key("met", "text", "What the summary says when the rule holds."),
        Key("not_met", "text", "What the summary says when it does not."),
    ),
    "count": (
        Key("value", "int", "The scale level counted.", required=True),
        Key("at_least", "int", "At least this many answers at the level."),
        Key("at_most", "int", "At most this many answers at the level (0: none)."),
        Key("more_than_share", "number", "More than this share of the counted items (0.5)."),
    ),
    "band": (
        Key("min", "number", "Lowest total in the band (inclusive).", required=True),
        Key("max", "number", "Highest total in the band (inclusive).", required=True),
        Key("label", "text", "Name of the band.", required=True),
        Key("description", "text", "What the band means."),
    ),
    "condition": (
        Key("item", "str", "Full id (SECTION.ITEM) of an earlier item."),
        Key("equals", "value", "The answer equals this (for multichoice: includes it)."),
        Key("not_equals", "value", "The item is answered with something else."),
        Key("in", "valuelist", "The answer is one of these."),
        Key("answered", "bool", "The item is (true) or is not (false) answered."),
        Key("all", "array:condition", "Every sub-condition holds."),
        Key("any", "array:condition", "At least one sub-condition holds."),
    ),
}

LANG_KEYS = ("sv", "en")
