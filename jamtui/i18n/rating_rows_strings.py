"""User-facing strings of the ratings rows on the question screen (one line per rater)."""

STRINGS: dict[str, dict[str, str]] = {
    "rows.not_rated": {"sv": "inte bedömt ännu", "en": "not rated yet"},
    "rows.rated_hidden": {
        "sv": "✓ har bedömt (dolt till alla bedömt)",
        "en": "✓ has rated (hidden until everyone has rated)",
    },
    "rows.keys": {
        "sv": "↑↓ person · ←→ eller siffra: värde · Blanksteg: välj/ta bort · Delete: rensa",
        "en": "↑↓ person · ←→ or digit: value · Space: set/unset · Delete: clear",
    },
    "key.rater_previous": {"sv": "Föregående person", "en": "Previous person"},
    "key.rater_next": {"sv": "Nästa person", "en": "Next person"},
    "key.rating_lower": {"sv": "Lägre värde", "en": "Lower value"},
    "key.rating_higher": {"sv": "Högre värde", "en": "Higher value"},
    "key.rating_toggle": {"sv": "Välj eller ta bort värdet", "en": "Set or unset the value"},
    "key.rating_clear": {"sv": "Rensa bedömningen", "en": "Clear the rating"},
}
