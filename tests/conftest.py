"""Suite-wide set-up: Swedish by default, two workers per core.

Every test starts in Swedish, the default language (a test that switches cannot leak).
``-n auto`` starts two workers per core: a UI test spends much of its time waiting for the
app it drives to go idle, and a second worker per core fills that wait.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

WORKERS_PER_CORE = 2
MAX_WORKERS = 8


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    return max(1, min(MAX_WORKERS, WORKERS_PER_CORE * (os.cpu_count() or 1)))


@pytest.fixture(autouse=True)
def swedish_by_default() -> Iterator[None]:
    from jamtui.i18n import current_language, set_language

    before = current_language()
    set_language("sv")
    yield
    set_language(before)
