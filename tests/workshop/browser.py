"""Chromium for browser tests: Debian's package driven by Playwright (no browser download)."""

from __future__ import annotations

import os
import shutil

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def require_chromium() -> str:
    """The Chromium to use; skips plainly without one, and fails in CI (which installs it)."""
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail(
                "CI must run the browser tests, but no Chromium is installed (.ci/run installs it)"
            )
        pytest.skip("browser tests skipped: no Chromium found (apt-get install chromium)")
    return CHROMIUM
