"""Strings of the hostile-input work: names refused, files not read, plugins too slow, locks."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "safety.bad_argument_bytes": {
        "sv": "argument {position} är inte giltig text (UTF-8); skriv det igen",
        "en": "argument {position} is not valid text (UTF-8); type it again",
    },
    "safety.interrupted": {
        "sv": "avbrutet",
        "en": "interrupted",
    },
}
