"""Every test starts in Swedish, the default language (a test that switches cannot leak)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def swedish_by_default() -> Iterator[None]:
    from jamtui.i18n import current_language, set_language

    before = current_language()
    set_language("sv")
    yield
    set_language(before)
