"""Suite-wide set-up: Swedish by default, test files in memory, two workers per core.

Property tests try a quarter of their examples in `make test` and all in `make test-slow`
(tests/properties.py).

Every test starts in Swedish, the default language (a test that switches cannot leak).
Test files live in memory where the system offers it (``/dev/shm``, a tmpfs): the durable
writes jamtui makes on every save cost no disk wait in the suite.
``-n auto`` starts two workers per core: a UI test spends much of its time waiting for the
app it drives to go idle, and a second worker per core fills that wait.
Once collected, the modules' objects are frozen out of the garbage collector and young objects
are collected less often: a full collection walked every imported module again and again, a
third of a Pilot test's CPU time.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from tests.properties import examples

MEMORY_FOLDER = Path("/dev/shm")
WORKERS_PER_CORE = 2
MAX_WORKERS = 8
GC_THRESHOLD = (10_000, 10, 10)
"""Python's default first threshold is 700 allocations; a Textual app makes that many per frame."""


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    return max(1, min(MAX_WORKERS, WORKERS_PER_CORE * (os.cpu_count() or 1)))


settings.register_profile("jamtui", max_examples=examples(settings.default.max_examples))
settings.load_profile("jamtui")
"""Tests that name no count of their own try a quarter of Hypothesis's default in `make test`."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every Hypothesis test ``property``: `make test-slow` runs them with every example."""
    for item in items:
        if getattr(getattr(item, "obj", None), "is_hypothesis_test", False):
            item.add_marker(pytest.mark.property)


def pytest_collection_finish(session: pytest.Session) -> None:
    """Freeze what collection made (modules, test items) and collect young objects less often.

    Only when the collector runs changes: what is garbage is still collected, and what a test
    sees does not depend on it.
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLD)


def pytest_configure(config: pytest.Config) -> None:
    if (
        config.option.basetemp is None
        and "PYTEST_DEBUG_TEMPROOT" not in os.environ
        and MEMORY_FOLDER.is_dir()
        and os.access(MEMORY_FOLDER, os.W_OK | os.X_OK)
    ):
        os.environ["PYTEST_DEBUG_TEMPROOT"] = str(MEMORY_FOLDER)


@pytest.fixture(autouse=True)
def swedish_by_default() -> Iterator[None]:
    from jamtui.i18n import current_language, set_language

    before = current_language()
    set_language("sv")
    yield
    set_language(before)
