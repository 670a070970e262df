"""Strings of the shared base: caches, settings, plurals, help and the CLI's own words."""

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
}
