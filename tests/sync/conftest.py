"""Fixtures: a bare remote on local disk and data folders tied to it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from jamtui.sync.engine import setup
from tests.sync.helpers import seed


@pytest.fixture
def remote(tmp_path: Path) -> Path:
    return tmp_path / "remote.git"


@pytest.fixture
def folders(tmp_path: Path, remote: Path) -> Callable[[int], list[Path]]:
    """``folders(n)``: n data folders; the first seeded with one organisation and run."""

    def make(count: int) -> list[Path]:
        roots = [tmp_path / f"consultant-{i}" for i in range(count)]
        seed(roots[0])
        for root in roots:
            root.mkdir(exist_ok=True)
            assert setup(root, str(remote)).exit_code == 0
        return roots

    return make


@pytest.fixture(autouse=True)
def _git_identity(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No personal git config leaks into the tests (names in conflicts come from it)."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("JAMTUI_SYNC_TOKEN", raising=False)
