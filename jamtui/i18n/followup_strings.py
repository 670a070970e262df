"""User-facing strings of units, people, actions, the activity log and the monthly report."""

# Keys built at run time from an activity kind or an action status.
DYNAMIC = ("followup.kind.", "followup.status.")

STRINGS: dict[str, dict[str, str]] = {
    # -- rules and files
    "followup.name.empty": {"sv": "namnet får inte vara tomt", "en": "the name must not be empty"},
    "followup.name.one_line": {
        "sv": "namnet ska vara en rad (utan radbrytningar eller styrtecken)",
        "en": "the name must be one line (no line breaks or control characters)",
    },
    "followup.none": {"sv": "inga", "en": "none"},
    "followup.no_unit": {"sv": "utan enhet", "en": "no unit"},
    "followup.bad_date": {
        "sv": '"{date}" är inget datum (skriv t.ex. 2026-11-03 eller 3/11 2026)',
        "en": '"{date}" is not a date (write e.g. 2026-11-03 or 3/11 2026)',
    },
    "followup.bad_month": {
        "sv": '"{month}" är ingen månad (skriv ÅÅÅÅ-MM, t.ex. 2026-11)',
        "en": '"{month}" is not a month (write YYYY-MM, e.g. 2026-11)',
    },
    "followup.file.bad_id": {
        "sv": 'id "{id}" har fel form (prefix och 8 hexsiffror, t.ex. u-1a2b3c4d)',
        "en": 'the id "{id}" has the wrong shape (a prefix and 8 hex digits, e.g. u-1a2b3c4d)',
    },
    "followup.file.duplicate_id": {
        "sv": 'id "{id}" förekommer två gånger; filen ändras inte',
        "en": 'the id "{id}" occurs twice; the file is left unchanged',
    },
    "followup.unit.unknown": {
        "sv": 'organisationen har ingen enhet "{unit}" (finns: {units})',
        "en": 'the organisation has no unit "{unit}" (it has: {units})',
    },
    "followup.unit.not_listed": {
        "sv": 'organisationen har ingen enhet "{unit}" (finns: {units}); '
        "välj en av dem eller lägg till den som ny enhet (--new-unit)",
        "en": 'the organisation has no unit "{unit}" (it has: {units}); '
        "pick one of them or add it as a new unit (--new-unit)",
    },
    "followup.unit.exists": {
        "sv": 'enheten "{unit}" finns redan',
        "en": 'the unit "{unit}" already exists',
    },
    "followup.unit.merge_self": {
        "sv": 'enheten "{unit}" kan inte slås ihop med sig själv',
        "en": 'the unit "{unit}" cannot be merged with itself',
    },
    "followup.person.unknown": {
        "sv": 'ingen person "{name}" hos organisationen',
        "en": 'no person "{name}" at the organisation',
    },
    "followup.person.exists": {
        "sv": 'det finns redan en person som heter "{name}"',
        "en": 'there is already a person called "{name}"',
    },
    "followup.person.field": {
        "sv": "okänt fält: {field}",
        "en": "unknown field: {field}",
    },
    "followup.person.bad_email": {
        "sv": '"{email}" är ingen e-postadress',
        "en": '"{email}" is not an e-mail address',
    },
    "followup.status.unknown": {
        "sv": 'okänd status "{status}" (ej-påbörjad, pågår, klar eller struken)',
        "en": 'unknown status "{status}" (ej-påbörjad, pågår, klar or struken)',
    },
    "followup.status.ej-paborjad": {"sv": "ej påbörjad", "en": "not started"},
    "followup.status.pagar": {"sv": "pågår", "en": "ongoing"},
    "followup.status.klar": {"sv": "klar", "en": "done"},
    "followup.status.struken": {"sv": "struken", "en": "struck"},
    "followup.overdue": {"sv": "försenad", "en": "overdue"},
    "followup.action.unknown": {
        "sv": 'ingen åtgärd med id "{id}" (se jamtui actions ORG)',
        "en": 'no action with the id "{id}" (see jamtui actions ORG)',
    },
    "followup.action.not_actions_item": {
        "sv": 'frågan "{item}" tar inga åtgärdsrader',
        "en": 'the item "{item}" takes no action rows',
    },
    "followup.action.no_what": {
        "sv": "åtgärden behöver en text (--what)",
        "en": "the action needs a text (--what)",
    },
    "followup.kind.unknown": {
        "sv": 'okänt slag "{kind}" (möte, utbildning, styrgrupp, strategträff, nätverk, övrigt)',
        "en": 'unknown kind "{kind}" (möte, utbildning, styrgrupp, strategträff, nätverk, övrigt)',
    },
    "followup.kind.mote": {"sv": "möte", "en": "meeting"},
    "followup.kind.utbildning": {"sv": "utbildning", "en": "training"},
    "followup.kind.styrgrupp": {"sv": "styrgrupp", "en": "steering group"},
    "followup.kind.strategtraff": {"sv": "strategträff", "en": "strategists' meeting"},
    "followup.kind.natverk": {"sv": "nätverk", "en": "network"},
    "followup.kind.ovrigt": {"sv": "övrigt", "en": "other"},
    "followup.log.unknown": {
        "sv": 'ingen loggpost med id "{id}"',
        "en": 'no log entry with the id "{id}"',
    },
    "followup.log.no_text": {
        "sv": "loggposten behöver en text",
        "en": "the log entry needs a text",
    },
    "followup.trash.locked": {
        "sv": "körningen {run} är öppen i ett annat fönster (process {pid} på {host}); "
        "stäng den först",
        "en": "the run {run} is open in another window (process {pid} on {host}); close it first",
    },
    "followup.trash.no_run": {
        "sv": 'ingen körning "{run}" i papperskorgen',
        "en": 'no run "{run}" in the papperskorg (trash)',
    },
    "followup.trash.taken": {
        "sv": "det finns redan en körning {run}; den borttagna ligger kvar i papperskorgen",
        "en": "a run {run} exists already; the deleted one stays in the papperskorg",
    },
    "export.earlier_actions": {
        "sv": "Uppföljning av tidigare åtgärder",
        "en": "Follow-up of earlier actions",
    },
    "export.comment": {"sv": "Kommentar", "en": "Comment"},
    "export.from_run": {"sv": "Från körningen", "en": "From the run"},
    # -- the app
    "key.actions": {"sv": "Åtgärder", "en": "Actions"},
    "key.activities": {"sv": "Aktiviteter", "en": "Activities"},
    "key.people": {"sv": "Personer", "en": "People"},
    "key.units": {"sv": "Enheter", "en": "Units"},
    "key.delete_run": {"sv": "Ta bort körning", "en": "Delete run"},
    "key.undo_delete": {"sv": "Ångra borttagning", "en": "Undo delete"},
    "key.set_status": {"sv": "Status", "en": "Status"},
    "key.comment": {"sv": "Kommentar", "en": "Comment"},
    "key.add_activity": {"sv": "Ny aktivitet", "en": "New activity"},
    "key.add_person": {"sv": "Ny person", "en": "New person"},
    "key.edit": {"sv": "Ändra", "en": "Edit"},
    "key.remove": {"sv": "Ta bort", "en": "Remove"},
    "key.merge": {"sv": "Slå ihop", "en": "Merge"},
    "key.previous_month": {"sv": "Förra månaden", "en": "Previous month"},
    "key.next_month": {"sv": "Nästa månad", "en": "Next month"},
    "key.month_report": {"sv": "Månadsrapport", "en": "Monthly report"},
    "col.name": {"sv": "Namn", "en": "Name"},
    "col.role": {"sv": "Roll", "en": "Role"},
    "col.action": {"sv": "Åtgärd", "en": "Action"},
    "col.who": {"sv": "Ansvarig", "en": "Responsible"},
    "col.due": {"sv": "Klart senast", "en": "Due"},
    "col.action_status": {"sv": "Status", "en": "Status"},
    "col.origin": {"sv": "Från", "en": "From"},
    "col.kind": {"sv": "Slag", "en": "Kind"},
    "col.activity": {"sv": "Aktivitet", "en": "Activity"},
    "actions.title": {"sv": "Åtgärder – {org}", "en": "Actions – {org}"},
    "actions.all_units": {"sv": "Alla enheter", "en": "All units"},
    "actions.all_statuses": {"sv": "Alla statusar", "en": "Every status"},
    "actions.open": {"sv": "Öppna", "en": "Open"},
    "actions.overdue_only": {"sv": "Bara försenade", "en": "Overdue only"},
    "actions.count": {
        "sv": "{shown} av {total} åtgärder visas, {overdue} försenade",
        "en": "{shown} of {total} actions shown, {overdue} overdue",
    },
    "actions.from_run": {"sv": "körning {date}", "en": "run {date}"},
    "actions.from_log": {"sv": "aktivitet {date}", "en": "activity {date}"},
    "actions.status_title": {"sv": "Ny status för åtgärden", "en": "New status of the action"},
    "actions.comment_title": {"sv": "Kommentar till åtgärden", "en": "Comment on the action"},
    "actions.saved": {"sv": "Sparat: {status}", "en": "Saved: {status}"},
    "log.title": {"sv": "Aktiviteter – {org}", "en": "Activities – {org}"},
    "log.month": {"sv": "{month}: {count} aktiviteter", "en": "{month}: {count} activities"},
    "log.empty": {
        "sv": "Inga aktiviteter den här månaden (n: ny aktivitet)",
        "en": "No activities this month (n: new activity)",
    },
    "log.saved": {"sv": "Aktiviteten är sparad", "en": "The activity is saved"},
    "log.remove_confirm": {
        "sv": "Ta bort aktiviteten {date}?",
        "en": "Remove the activity of {date}?",
    },
    "logentry.title": {"sv": "Ny aktivitet", "en": "New activity"},
    "logentry.edit_title": {"sv": "Ändra aktiviteten", "en": "Edit the activity"},
    "logentry.no_unit": {"sv": "Ingen enhet", "en": "No unit"},
    "logentry.text": {"sv": "Vad hände", "en": "What happened"},
    "logentry.who": {
        "sv": "Medverkande (namn åtskilda med komma)",
        "en": "Taking part (names separated by commas)",
    },
    "logentry.decisions": {"sv": "Beslut (ett per rad)", "en": "Decisions (one per line)"},
    "logentry.plan": {"sv": "Utifrån aktivitetsplanen", "en": "From the activity plan"},
    "logentry.forward": {
        "sv": "Flyttas framåt (åtgärd; ansvarig; klart senast – en per rad)",
        "en": "Moved forward (action; responsible; due – one per line)",
    },
    "people.title": {"sv": "Personer – {org}", "en": "People – {org}"},
    "people.add_title": {"sv": "Ny person", "en": "New person"},
    "people.edit_title": {"sv": "Ändra personen", "en": "Edit the person"},
    "people.unit": {"sv": "Enhet", "en": "Unit"},
    "people.email": {"sv": "E-post", "en": "E-mail"},
    "people.phone": {"sv": "Telefon", "en": "Phone"},
    "people.empty": {
        "sv": "Inga personer ännu (n: ny person)",
        "en": "No people yet (n: new person)",
    },
    "people.remove_confirm": {
        "sv": "Ta bort {name}? Uppgifterna raderas.",
        "en": "Remove {name}? Their details are erased.",
    },
    "units.title": {"sv": "Enheter – {org}", "en": "Units – {org}"},
    "units.runs": {"sv": "Körningar", "en": "Runs"},
    "units.aliases": {"sv": "Tidigare namn", "en": "Earlier names"},
    "units.rename_title": {"sv": "Byt namn på enheten", "en": "Rename the unit"},
    "units.rename_label": {
        "sv": "Nytt namn (körningarna följer med)",
        "en": "New name (its runs follow)",
    },
    "units.merge_title": {"sv": "Slå ihop {unit} med …", "en": "Merge {unit} into …"},
    "units.merge_label": {
        "sv": "Enhet att slå ihop med ({units})",
        "en": "Unit to merge into ({units})",
    },
    "units.remove_confirm": {
        "sv": 'Ta bort enheten {unit}? Körningarna finns kvar, under "utan enhet".',
        "en": 'Remove the unit {unit}? Its runs are kept, under "no unit".',
    },
    "newrun.no_unit": {"sv": "Ingen enhet", "en": "No unit"},
    "newrun.new_unit": {"sv": "Ny enhet …", "en": "New unit …"},
    "newrun.new_unit_name": {
        "sv": "Namnet på den nya enheten",
        "en": "The new unit's name",
    },
    "newrun.prefill": {
        "sv": "Fyll i från förra körningen ({date}: {facilitator}, {count} deltagare)",
        "en": "Fill in from the previous run ({date}: {facilitator}, {count} participants)",
    },
    "newrun.people_hint": {"sv": "Personer: {names}", "en": "People: {names}"},
    "org.run_deleted": {
        "sv": "Körningen {run} ligger i papperskorgen (Ctrl+Z ångrar)",
        "en": "The run {run} is in the papperskorg (Ctrl+Z undoes)",
    },
    "org.run_restored": {"sv": "Körningen {run} är tillbaka", "en": "The run {run} is back"},
    "org.nothing_to_undo": {"sv": "Inget att ångra", "en": "Nothing to undo"},
    "previous.heading": {
        "sv": "Förra gången ({date}), skrivskyddat",
        "en": "Last time ({date}), read-only",
    },
    "previous.value": {"sv": "Svar", "en": "Answer"},
    "previous.agreed": {"sv": "Gemensam bedömning", "en": "Agreed rating"},
    "previous.note": {"sv": "Anteckning", "en": "Note"},
    "previous.action": {"sv": "Åtgärd", "en": "Action"},
    "previous.open_actions": {
        "sv": "Öppna åtgärder från tidigare körningar: {count}",
        "en": "Open actions of earlier runs: {count}",
    },
    "previous.follow_up_hint": {
        "sv": "F10: följ upp åtgärderna (sätt status)",
        "en": "F10: follow the actions up (set their status)",
    },
    "followup.screen_title": {
        "sv": "Uppföljning av tidigare åtgärder – {org}",
        "en": "Follow-up of earlier actions – {org}",
    },
    "followup.screen_hint": {
        "sv": "Öppna åtgärder från tidigare körningar av samma checklista och enhet. "
        "s: sätt status, c: kommentar, Esc: fortsätt till frågorna.",
        "en": "Open actions of earlier runs of the same checklist and unit. "
        "s: set status, c: comment, Esc: go on to the questions.",
    },
    "followup.nothing_open": {
        "sv": "Inga öppna åtgärder från tidigare körningar",
        "en": "No open actions of earlier runs",
    },
    "compare.cross_unit": {
        "sv": "Obs: olika enheter – {this} jämförs med {other}",
        "en": "Note: different units – {this} is compared with {other}",
    },
    "key.follow_up": {"sv": "Följ upp åtgärder", "en": "Follow up actions"},
    "help.section.followup": {
        "sv": "Åtgärder, aktiviteter, personer och enheter",
        "en": "Actions, activities, people and units",
    },
    # -- monthly report
    "month.activities": {"sv": "Aktiviteter", "en": "Activities"},
    "month.no_activities": {
        "sv": "Inga aktiviteter har loggats den här månaden.",
        "en": "No activities were logged this month.",
    },
    "month.other": {"sv": "Övrigt", "en": "Other"},
    "month.plan": {"sv": "Utifrån aktivitetsplanen", "en": "From the activity plan"},
    "month.forward": {"sv": "Flyttas framåt", "en": "Moved forward"},
    "month.since": {"sv": "sedan {month}", "en": "since {month}"},
    "month.people": {"sv": "Medverkande", "en": "Taking part"},
    "month.decision": {"sv": "Beslut", "en": "Decision"},
    "month.who": {"sv": "ansvarig", "en": "responsible"},
    "month.due": {"sv": "klart senast", "en": "due"},
    # -- command line
    "cli.demo.help": {
        "sv": "skapa exemplet Ljungby kommun (förvaltningar, strateger, en månads aktiviteter, "
        "två års Lärande uppföljning)",
        "en": "create the Ljungby kommun example (departments, strategists, a month of "
        "activities, two years of the learning follow-up checklist)",
    },
    "cli.demo.done": {
        "sv": "Exemplet är skapat: {slug}. Starta jamtui och öppna Ljungby kommun.",
        "en": "The example is ready: {slug}. Start jamtui and open Ljungby kommun.",
    },
    "cli.demo.exists": {
        "sv": '"{name}" finns redan i datamappen; exemplet skapas inte igen',
        "en": '"{name}" exists in the data folder already; the example is not created again',
    },
    "cli.units.help": {
        "sv": "organisationens enheter (lägg till, byt namn, slå ihop, ta bort)",
        "en": "the organisation's units (add, rename, merge, remove)",
    },
    "cli.units.add.help": {"sv": "lägg till en enhet", "en": "add a unit"},
    "cli.units.rename.help": {
        "sv": "byt namn på en enhet (körningarna följer med)",
        "en": "rename a unit (its runs follow)",
    },
    "cli.units.merge.help": {
        "sv": "slå ihop ENHET med IN_I (körningarna visas under IN_I)",
        "en": "merge UNIT into INTO (its runs are shown under INTO)",
    },
    "cli.units.remove.help": {
        "sv": 'ta bort en enhet (körningarna finns kvar, under "utan enhet")',
        "en": 'remove a unit (its runs are kept, under "no unit")',
    },
    "cli.units.removed": {
        "sv": 'Enheten "{unit}" är borttagen; dess körningar visas under "utan enhet".',
        "en": 'The unit "{unit}" is removed; its runs are shown under "no unit".',
    },
    "cli.units.runs": {"sv": "{count} körningar", "en": "{count} runs"},
    "cli.people.help": {
        "sv": "organisationens personer (lista, lägg till, ändra, ta bort)",
        "en": "the organisation's people (list, add, edit, remove)",
    },
    "cli.people.list.help": {"sv": "lista personerna", "en": "list the people"},
    "cli.people.add.help": {"sv": "lägg till en person", "en": "add a person"},
    "cli.people.edit.help": {"sv": "ändra en person", "en": "edit a person"},
    "cli.people.remove.help": {
        "sv": "ta bort en person (uppgifterna raderas)",
        "en": "remove a person (their details are erased)",
    },
    "cli.people.removed": {"sv": "{name} är borttagen.", "en": "{name} is removed."},
    "cli.delete.help": {
        "sv": "flytta en körning till papperskorgen (går att ångra)",
        "en": "move a run to the papperskorg (trash; can be undone)",
    },
    "cli.delete.done": {
        "sv": "Körningen ligger i papperskorgen som {run}. Ångra: {undo}",
        "en": "The run is in the papperskorg as {run}. Undo: {undo}",
    },
    "cli.trash.help": {
        "sv": "körningar i papperskorgen: lista, återställ, töm",
        "en": "runs in the papperskorg (trash): list, restore, empty",
    },
    "cli.trash.restore": {"sv": "återställ en körning", "en": "restore a run"},
    "cli.trash.empty": {
        "sv": "töm papperskorgen (raderar för gott)",
        "en": "empty the papperskorg (deletes for good)",
    },
    "cli.trash.both": {
        "sv": "ange --restore eller --empty, inte båda",
        "en": "give --restore or --empty, not both",
    },
    "cli.trash.none": {"sv": "Papperskorgen är tom.", "en": "The papperskorg is empty."},
    "cli.trash.emptied": {
        "sv": "{count} körningar raderade för gott.",
        "en": "{count} runs deleted for good.",
    },
    "cli.actions.help": {
        "sv": "åtgärdsregistret: alla åtgärder i alla körningar och i loggen",
        "en": "the action register: every action of every run and of the log",
    },
    "cli.actions.open": {
        "sv": "bara öppna (ej påbörjad, pågår)",
        "en": "open ones only (not started, ongoing)",
    },
    "cli.actions.none": {"sv": "Inga åtgärder.", "en": "No actions."},
    "cli.action.help": {
        "sv": "en åtgärd: lägg till (add) eller sätt status (set)",
        "en": "one action: add one (add) or set its status (set)",
    },
    "cli.action.which": {
        "sv": "ange add eller set (se jamtui action --help)",
        "en": "give add or set (see jamtui action --help)",
    },
    "cli.action.add.help": {
        "sv": "lägg till en åtgärd på en fråga i en körning (skriver ut dess id)",
        "en": "add an action to an item of a run (prints its id)",
    },
    "cli.action.set.help": {
        "sv": "sätt en åtgärds status (och kommentar)",
        "en": "set an action's status (and comment)",
    },
    "cli.log.help": {
        "sv": "aktivitetsloggen: lägg till, lista, ta bort, månadsrapport",
        "en": "the activity log: add, list, remove, monthly report",
    },
    "cli.log.which": {
        "sv": "ange add, list, remove eller report (se jamtui log ORG --help)",
        "en": "give add, list, remove or report (see jamtui log ORG --help)",
    },
    "cli.log.add.help": {"sv": "lägg till en aktivitet", "en": "add an activity"},
    "cli.log.kinds": {
        "sv": "möte, utbildning, styrgrupp, strategträff, nätverk eller övrigt",
        "en": "möte, utbildning, styrgrupp, strategträff, nätverk or övrigt",
    },
    "cli.log.plan": {
        "sv": 'text under "Utifrån aktivitetsplanen"',
        "en": 'text under "Utifrån aktivitetsplanen" (from the activity plan)',
    },
    "cli.log.forward": {
        "sv": '"flyttas framåt": en åtgärd (upprepa för fler)',
        "en": '"flyttas framåt": an action moved forward (repeat for more)',
    },
    "cli.log.list.help": {"sv": "lista aktiviteterna", "en": "list the activities"},
    "cli.log.remove.help": {"sv": "ta bort en aktivitet", "en": "remove an activity"},
    "cli.log.report.help": {
        "sv": "månadsrapporten i Markdown",
        "en": "the monthly report in Markdown",
    },
    "cli.log.output": {
        "sv": "skriv till FIL (- eller utelämnat: standard ut)",
        "en": "write to FILE (- or left out: standard output)",
    },
    "cli.log.none": {"sv": "Inga aktiviteter.", "en": "No activities."},
    "cli.meta.action_status": {
        "sv": "ej-påbörjad|pågår|klar|struken",
        "en": "ej-paborjad|pagar|klar|struken",
    },
}
