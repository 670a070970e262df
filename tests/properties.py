"""How many examples a property test tries: a quarter in `make test`, all in `make test-slow`.

``make test-slow`` (which CI runs after ``make test``) sets ``JAMTUI_TEST_THOROUGH=1`` and
runs every property test again with its full count; a failing example found by either is
kept in Hypothesis's example database and tried first next time.
"""

from __future__ import annotations

import os

THOROUGH = os.environ.get("JAMTUI_TEST_THOROUGH") == "1"
QUICK_SHARE = 4
"""``make test`` tries one in this many of a test's full count of examples."""
QUICK_FLOOR = 10
"""Never fewer than this many examples."""


def examples(full: int) -> int:
    """The examples to try now, for a test whose full count is ``full``."""
    return full if THOROUGH else max(min(full, QUICK_FLOOR), full // QUICK_SHARE)
