"""Team sync through the real `jamtui` command in a pseudo-terminal: header, conflict view, sync."""

from __future__ import annotations

from pathlib import Path

import pytest

from jamtui.sync.engine import setup, sync
from tests.sync.helpers import answer, edit_run, read_run, seed
from tests.terminal import Terminal

WORDS = {
    "sv": ("konflikter att lösa: 1", "Behåll deras", "Inga konflikter väntar.", "i synk"),
    "en": ("conflicts to resolve: 1", "Keep theirs", "No conflicts are waiting.", "in sync"),
}


@pytest.mark.parametrize(("lang", "size"), [("sv", (80, 24)), ("en", (120, 40))])
def test_resolve_a_conflict_and_sync_from_the_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, size: tuple[int, int]
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))  # no personal git identity in the test
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    mine, theirs, remote = tmp_path / "mine", tmp_path / "theirs", tmp_path / "remote.git"
    seed(mine)
    theirs.mkdir()
    setup(mine, str(remote))
    setup(theirs, str(remote))
    edit_run(mine, lambda d: answer(d, "utgangspunkter.bedomning").update(value=3))
    edit_run(theirs, lambda d: answer(d, "utgangspunkter.bedomning").update(value=4))
    sync(theirs)
    sync(mine)
    header, theirs_key, resolved, in_sync = WORDS[lang]
    with Terminal("--data-dir", str(mine), "--lang", lang, size=size) as term:
        term.wait_for(header)
        term.press("k")
        term.wait_for(theirs_key)
        term.press("d")
        term.wait_for(resolved)
        term.press("escape")
        term.press("s")
        term.wait_for(in_sync)
        done = term.quit()
    assert done.code == 0 and not done.traceback
    assert read_run(mine)["answers"]["utgangspunkter.bedomning"]["value"] == 4
    sync(theirs)
    assert read_run(theirs) == read_run(mine)
