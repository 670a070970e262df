"""User-facing strings of workshop mode (web pages, the facilitator's bar), Swedish and English."""

STRINGS: dict[str, dict[str, str]] = {
    "workshop.page_title": {"sv": "jamtui – workshop", "en": "jamtui – workshop"},
    "workshop.choose_name": {"sv": "Välj ditt namn", "en": "Choose your name"},
    "workshop.join_anonymous": {"sv": "Delta anonymt", "en": "Take part anonymously"},
    "workshop.anonymous_name": {"sv": "Anonym {number}", "en": "Anonymous {number}"},
    "workshop.you_are": {"sv": "Du bedömer som {name}", "en": "You are rating as {name}"},
    "workshop.not_you": {"sv": "Inte du? Välj namn igen", "en": "Not you? Choose again"},
    "workshop.waiting": {
        "sv": "Väntar på att processledaren ska visa en fråga.",
        "en": "Waiting for the facilitator to show an item.",
    },
    "workshop.not_rated_item": {
        "sv": "Den här frågan bedöms inte var för sig. Följ samtalet i rummet.",
        "en": "This item is not rated individually. Follow the discussion in the room.",
    },
    "workshop.your_rating": {"sv": "Din bedömning", "en": "Your rating"},
    "workshop.your_current": {"sv": "Du har valt: {value}", "en": "You chose: {value}"},
    "workshop.not_yet": {"sv": "Du har inte bedömt ännu.", "en": "You have not rated yet."},
    "workshop.send": {"sv": "Skicka", "en": "Send"},
    "workshop.saved": {"sv": "Din bedömning är sparad.", "en": "Your rating is saved."},
    "workshop.closed": {
        "sv": "Bedömningarna är visade; du kan inte ändra längre.",
        "en": "The ratings have been revealed; you can no longer change yours.",
    },
    "workshop.reload": {"sv": "Uppdatera", "en": "Refresh"},
    "workshop.rated_count": {
        "sv": "{rated} av {total} har bedömt",
        "en": "{rated} of {total} have rated",
    },
    "workshop.spread": {"sv": "Spridning", "en": "Spread"},
    "workshop.min_median_max": {
        "sv": "Lägst {min} · median {median} · högst {max}",
        "en": "Lowest {min} · median {median} · highest {max}",
    },
    "workshop.bar_words": {"sv": "{count} valde {label}", "en": "{count} chose {label}"},
    "workshop.agreed": {"sv": "Gemensam bedömning: {value}", "en": "Agreed rating: {value}"},
    "workshop.hidden_until_reveal": {
        "sv": "Bedömningarna visas när processledaren visar dem.",
        "en": "The ratings are shown when the facilitator reveals them.",
    },
    "workshop.guidance": {"sv": "Vägledning", "en": "Guidance"},
    "vote.paused": {
        "sv": "Workshoppen är pausad: processledaren har inte körningen öppen.",
        "en": "The workshop is paused: the facilitator does not have the run open.",
    },
    "vote.unknown_participant": {
        "sv": "Namnet finns inte bland deltagarna.",
        "en": "That name is not among the participants.",
    },
    "vote.not_current": {
        "sv": "Processledaren har gått vidare till en annan fråga.",
        "en": "The facilitator has moved on to another item.",
    },
    "vote.not_rated": {
        "sv": "Den här frågan bedöms inte var för sig.",
        "en": "This item is not rated individually.",
    },
    "vote.revealed": {
        "sv": "Bedömningarna är redan visade.",
        "en": "The ratings have already been revealed.",
    },
    "vote.bad_value": {
        "sv": "Välj ett av värdena på skalan.",
        "en": "Choose one of the values on the scale.",
    },
    "vote.save_failed": {
        "sv": "Bedömningen kunde inte sparas. Försök igen om en stund.",
        "en": "The rating could not be saved. Try again in a moment.",
    },
    "vote.too_many": {
        "sv": "För många försök på kort tid. Vänta en stund.",
        "en": "Too many attempts in a short time. Wait a moment.",
    },
    "workshop.bar": {
        "sv": "Workshop: {url}  ·  {rated} av {total} har bedömt",
        "en": "Workshop: {url}  ·  {rated} of {total} have rated",
    },
    "workshop.bar_revealed": {"sv": "visade", "en": "revealed"},
    "workshop.bar_hidden": {"sv": "dolda", "en": "hidden"},
    "workshop.qr_title": {"sv": "Anslut med mobilen", "en": "Join with a phone"},
    "workshop.qr_help": {
        "sv": "Skanna koden eller skriv adressen. Koden i adressen släpper in deltagarna; visa den bara i rummet.",
        "en": "Scan the code or type the address. The token in the address lets participants in; show it only in the room.",
    },
    "workshop.projector": {"sv": "Projektorvy: {url}", "en": "Projector view: {url}"},
    "workshop.token": {"sv": "Kod: {token}", "en": "Token: {token}"},
    "workshop.who_rated": {"sv": "Har bedömt: {names}", "en": "Have rated: {names}"},
    "workshop.nobody": {"sv": "ingen ännu", "en": "nobody yet"},
    "key.workshop_qr": {"sv": "QR-kod", "en": "QR code"},
    "key.workshop_reveal": {"sv": "Visa bedömningar", "en": "Reveal ratings"},
    "workshop.revealed_notice": {
        "sv": "Bedömningarna för frågan visas nu på projektorn.",
        "en": "The item's ratings are now shown on the projector.",
    },
    "workshop.port_busy": {
        "sv": "Kan inte starta webbservern på {host}:{port}: {reason}",
        "en": "Cannot start the web server on {host}:{port}: {reason}",
    },
    "workshop.bad_token": {
        "sv": "--token måste vara minst 22 tecken av A–Z, a–z, 0–9, - och _ (128 bitar).",
        "en": "--token must be at least 22 characters of A–Z, a–z, 0–9, - and _ (128 bits).",
    },
    "cli.workshop.help": {
        "sv": "kör en körning som workshop: projektorvy och bedömningar från mobiler",
        "en": "run a run as a workshop: a projector page and ratings from phones",
    },
    "cli.workshop.port": {
        "sv": "port för webbsidorna (standard 8765)",
        "en": "port of the web pages (default 8765)",
    },
    "cli.workshop.lan": {
        "sv": "lyssna på det lokala nätet, inte bara på den här datorn",
        "en": "listen on the local network, not only on this computer",
    },
    "cli.workshop.token": {
        "sv": "åtkomstkod i adressen (standard: slumpad, 128 bitar)",
        "en": "access token in the address (default: random, 128 bits)",
    },
    "cli.workshop.anonymous": {
        "sv": "deltagarna bedömer anonymt i stället för att välja sitt namn",
        "en": "participants rate anonymously instead of choosing their name",
    },
    "cli.workshop.bad_port": {"sv": "ogiltig port: {port}", "en": "invalid port: {port}"},
    "cli.serve.help": {
        "sv": "kör appen i webbläsaren (textual-serve på 127.0.0.1)",
        "en": "run the app in a web browser (textual-serve on 127.0.0.1)",
    },
    "cli.serve.port": {"sv": "port (standard 8000)", "en": "port (default 8000)"},
    "cli.serve.started": {
        "sv": "jamtui i webbläsaren: {url} (Ctrl+C avslutar)",
        "en": "jamtui in the browser: {url} (Ctrl+C stops)",
    },
    "summary.downloaded": {
        "sv": "Rapporten hämtades i webbläsaren: {name}",
        "en": "The report was downloaded in the browser: {name}",
    },
}
