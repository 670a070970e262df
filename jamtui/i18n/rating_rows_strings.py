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
}
