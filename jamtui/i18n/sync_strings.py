"""Strings of team sync (``jamtui sync`` and the sync parts of the TUI), Swedish and English."""

# Keys built at run time: "sync.progress." + a step of the sync engine.
DYNAMIC = ("sync.progress.",)

STRINGS: dict[str, dict[str, str]] = {
    "sync.msg.answers": {"sv": "{count} svar", "en": "{count} answers"},
    "sync.msg.new_run": {"sv": "ny körning", "en": "new run"},
    "sync.msg.deleted": {"sv": "borttagen", "en": "deleted"},
    "sync.msg.more": {"sv": "{count} filer till", "en": "{count} more files"},
    "sync.msg.nothing": {"sv": "Inga ändringar", "en": "No changes"},
    "sync.msg.merge": {
        "sv": "Sammanfogat med ändringar från {who}",
        "en": "Merged with changes from {who}",
    },
    "sync.in_sync": {"sv": "i synk", "en": "in sync"},
    "sync.to_send": {"sv": "{count} ändringar att skicka", "en": "{count} changes to send"},
    "sync.conflicts": {"sv": "konflikter: {count}", "en": "conflicts: {count}"},
    "sync.not_set_up": {
        "sv": "Synk är inte inställd: kör jamtui sync setup REMOTE",
        "en": "Sync is not set up: run jamtui sync setup REMOTE",
    },
    "sync.offline": {
        "sv": "Kunde inte nå {remote} ({detail}); inget förlorat, försök igen senare",
        "en": "Could not reach {remote} ({detail}); nothing lost, try again later",
    },
    "sync.busy": {
        "sv": "En annan synk pågår redan i den här datamappen",
        "en": "Another sync is already running in this data folder",
    },
    "sync.password_in_url": {
        "sv": "Skriv inte lösenord eller token i adressen: sätt JAMTUI_SYNC_TOKEN i stället",
        "en": "Do not put a password or token in the address: set JAMTUI_SYNC_TOKEN instead",
    },
    "sync.done": {
        "sv": "Synkat: {sent} skickade, {received} hämtade · {state}",
        "en": "Synced: {sent} sent, {received} received · {state}",
    },
    "sync.setup_done": {
        "sv": "Synk inställd mot {remote}: {sent} skickade, {received} hämtade · {state}",
        "en": "Sync set up with {remote}: {sent} sent, {received} received · {state}",
    },
    "sync.waiting": {
        "sv": "{count} öppna körningar slås ihop när de stängs",
        "en": "{count} open runs are merged when they close",
    },
    "sync.conflict_line": {"sv": "konflikt: {path}", "en": "conflict: {path}"},
    "sync.status": {
        "sv": "Före: {ahead} · efter: {behind} · ej skickade filer: {changed} · konflikter: {conflicts}",
        "en": "Ahead: {ahead} · behind: {behind} · unsent files: {changed} · conflicts: {conflicts}",
    },
    "sync.remote_line": {"sv": "Fjärrförråd: {remote}", "en": "Remote: {remote}"},
    "sync.failed": {"sv": "Synk misslyckades: {detail}", "en": "Sync failed: {detail}"},
    "cli.sync.help": {
        "sv": "synka datamappen med teamets git-förråd",
        "en": "sync the data folder with the team's git repository",
    },
    "cli.sync.setup.help": {
        "sv": "koppla datamappen till ett git-förråd (adress eller sökväg)",
        "en": "tie the data folder to a git repository (URL or path)",
    },
    "cli.sync.status.help": {
        "sv": "visa före/efter/konflikter utan att synka",
        "en": "show ahead/behind/conflicts without syncing",
    },
    "cli.sync.conflicts.help": {
        "sv": "lista konflikterna som väntar",
        "en": "list the conflicts that are waiting",
    },
    "cli.sync.resolve.help": {
        "sv": "lös en konflikt: behåll a eller b, eller skriv ett nytt värde",
        "en": "resolve a conflict: keep a or b, or write a new value",
    },
    "sync.resolved": {"sv": "Konflikten är löst", "en": "The conflict is resolved"},
    "sync.no_conflict": {"sv": "Ingen konflikt {id} i {path}", "en": "No conflict {id} in {path}"},
    "sync.locked_run": {
        "sv": "Körningen är öppen i ett annat fönster; stäng den först",
        "en": "The run is open in another window; close it first",
    },
}

STRINGS.update(
    {
        "sync.header": {"sv": "{state}", "en": "{state}"},
        "sync.header_conflicts": {
            "sv": "konflikter att lösa: {count}",
            "en": "conflicts to resolve: {count}",
        },
        "sync.run_banner": {
            "sv": "Synkkonflikter väntar i: {fields}. Lös dem med k på första skärmen.",
            "en": "Sync conflicts wait in: {fields}. Resolve them with k on the first screen.",
        },
        "sync.progress.start": {"sv": "synkar…", "en": "syncing…"},
        "sync.progress.commit": {"sv": "sparar ändringar…", "en": "committing changes…"},
        "sync.progress.fetch": {"sv": "hämtar…", "en": "fetching…"},
        "sync.progress.merge": {"sv": "slår ihop…", "en": "merging…"},
        "sync.progress.push": {"sv": "skickar…", "en": "sending…"},
        "help.section.conflicts": {
            "sv": "Konflikter efter synk",
            "en": "Conflicts after sync",
        },
        "key.keep_mine": {"sv": "Behåll min", "en": "Keep mine"},
        "key.keep_theirs": {"sv": "Behåll deras", "en": "Keep theirs"},
        "key.write_new": {"sv": "Skriv nytt", "en": "Write new"},
        "conflicts.title": {"sv": "Konflikter efter synk", "en": "Conflicts after sync"},
        "conflicts.none": {"sv": "Inga konflikter väntar.", "en": "No conflicts are waiting."},
        "conflicts.whole_file": {"sv": "hela filen", "en": "whole file"},
        "conflicts.mine": {"sv": "Min", "en": "Mine"},
        "conflicts.theirs": {"sv": "Deras", "en": "Theirs"},
        "conflicts.file_mine": {"sv": "Min version: {path}", "en": "My version: {path}"},
        "conflicts.file_theirs": {"sv": "Deras version: {path}", "en": "Their version: {path}"},
        "conflicts.new_title": {"sv": "Skriv nytt värde", "en": "Write a new value"},
        "conflicts.new_label": {"sv": "Värde", "en": "Value"},
        "export.conflicts": {
            "sv": "**Olösta synkkonflikter:** {fields}. Lös dem med `jamtui sync conflicts` eller i appen innan rapporten skickas.",
            "en": "**Unresolved sync conflicts:** {fields}. Resolve them with `jamtui sync conflicts` or in the app before sending the report.",
        },
    }
)
