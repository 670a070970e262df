"""Renderer failures whose message is already a sentence for the user (no traceback shown)."""

from __future__ import annotations


class RenderError(Exception):
    """A report renderer could not make the document; ``str(error)`` says why, in one line."""
