"""The one error the follow-up rules raise: a one-line message a user can act on."""

from __future__ import annotations


class RuleError(ValueError):
    """A change the rules refuse (unknown unit, duplicate name, bad date …)."""
