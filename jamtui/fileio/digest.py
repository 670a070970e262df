"""The one content digest of caches keyed by a file's bytes (BLAKE2b, 160 bits, hex)."""

from __future__ import annotations

try:  # the same function hashlib offers, without loading OpenSSL (4 ms of a short command)
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import blake2b


def content_digest(data: bytes) -> str:
    """A digest of ``data`` for cache keys: equal bytes, equal digest; anything else differs."""
    return blake2b(data, digest_size=20).hexdigest()
