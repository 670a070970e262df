"""Team sync in the TUI: the header state, syncing with a key, and resolving a conflict."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from jamtui.settings import Settings
from jamtui.sync.engine import setup, sync
from jamtui.ui.app import JamtuiApp
from tests.sync.helpers import answer, edit_run, read_run, seed
from tests.ui.conftest import screen_text, wait_for


@pytest.fixture(autouse=True)
def _git_identity(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))


def _title(app: JamtuiApp) -> str:
    from textual.widgets import Static

    return str(app.screen.query_one(".screen-title", Static).render())


async def test_header_key_sync_and_conflict_view(
    make_app: Callable[..., JamtuiApp], settings: Settings, tmp_path: Path
) -> None:
    mine, theirs, remote = settings.data_dir, tmp_path / "colleague", tmp_path / "remote.git"
    seed(mine)
    theirs.mkdir()
    setup(mine, str(remote))
    setup(theirs, str(remote))
    edit_run(mine, lambda d: answer(d, "utgangspunkter.bedomning").update(value=3))
    edit_run(theirs, lambda d: answer(d, "utgangspunkter.bedomning").update(value=4))
    sync(theirs)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: "1 ändringar att skicka" in _title(app), "unsent header")
        await pilot.press("s")
        await wait_for(pilot, lambda: "konflikter att lösa: 1" in _title(app), "conflict header")
        await pilot.press("k")
        await wait_for(pilot, lambda: "Konflikter efter synk" in screen_text(app), "conflict view")
        text = screen_text(app)
        assert "utgangspunkter.bedomning" in text and "Min" in text and "Deras" in text
        assert "Behåll min" in text and "Behåll deras" in text and "Skriv nytt" in text
        await pilot.press("d")
        await wait_for(pilot, lambda: "Inga konflikter väntar." in screen_text(app), "resolved")
        assert read_run(mine)["answers"]["utgangspunkter.bedomning"]["value"] == 4
        assert "conflicts" not in read_run(mine)
        await pilot.press("escape")
        await wait_for(pilot, lambda: "1 ändringar att skicka" in _title(app), "resolution unsent")
        await pilot.press("s")
        await wait_for(pilot, lambda: "i synk" in _title(app), "in sync")
    sync(theirs)
    assert read_run(theirs) == read_run(mine)


async def test_write_new_value_in_english(
    make_app: Callable[..., JamtuiApp], settings: Settings, tmp_path: Path
) -> None:
    mine, theirs, remote = settings.data_dir, tmp_path / "colleague", tmp_path / "remote.git"
    seed(mine)
    theirs.mkdir()
    setup(mine, str(remote))
    setup(theirs, str(remote))
    edit_run(mine, lambda d: answer(d, "x.note").update(note="from me"))
    edit_run(theirs, lambda d: answer(d, "x.note").update(note="from them"))
    sync(theirs)
    sync(mine)
    app = make_app("en")
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: "conflicts to resolve: 1" in _title(app), "conflict header")
        await pilot.press("k")
        await wait_for(pilot, lambda: "Conflicts after sync" in screen_text(app), "view")
        await pilot.press("s")
        await wait_for(pilot, lambda: "Write a new value" in screen_text(app), "dialog")
        from textual.widgets import Input

        app.screen.query_one(Input).value = "agreed text"
        await pilot.press("enter")
        await wait_for(pilot, lambda: "No conflicts are waiting." in screen_text(app), "resolved")
    assert read_run(mine)["answers"]["x.note"]["note"] == "agreed text"


async def test_without_sync_set_up_the_header_is_plain_and_s_explains(
    make_app: Callable[..., JamtuiApp],
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "·" not in _title(app)
        await pilot.press("s")
        await wait_for(
            pilot,
            lambda: any("jamtui sync setup" in str(n.message) for n in app._notifications),
            "hint",
        )


def test_conflict_keys_have_ids_and_are_in_the_help() -> None:
    from jamtui.i18n import t
    from jamtui.ui.screens.conflicts import ConflictsScreen
    from jamtui.ui.screens.help import HELP_GROUPS

    # The help screen lists a screen's bindings from the bindings themselves.
    assert any(where.endswith(":ConflictsScreen") for _, where, _ in HELP_GROUPS)
    for binding in ConflictsScreen.BINDINGS:
        assert isinstance(binding, object) and getattr(binding, "id", None)
        key = getattr(binding, "description", "")
        assert t(key, "sv") != key and t(key, "en") != key


async def test_a_run_with_sync_conflicts_says_so(
    make_app: Callable[..., JamtuiApp], settings: Settings, tmp_path: Path
) -> None:
    from jamtui.ui.screens.organisation import OrganisationScreen
    from jamtui.ui.screens.organisations import OrganisationsScreen
    from jamtui.ui.screens.run import RunScreen
    from tests.ui.conftest import wait_for_screen

    mine, theirs, remote = settings.data_dir, tmp_path / "colleague", tmp_path / "remote.git"
    seed(mine)
    theirs.mkdir()
    setup(mine, str(remote))
    setup(theirs, str(remote))
    edit_run(mine, lambda d: answer(d, "utgangspunkter.bedomning").update(value=3))
    edit_run(theirs, lambda d: answer(d, "utgangspunkter.bedomning").update(value=4))
    sync(theirs)
    sync(mine)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, OrganisationsScreen)
        await pilot.press("enter")
        await wait_for_screen(pilot, OrganisationScreen)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, RunScreen), "run screen")
        await wait_for(
            pilot,
            lambda: "Synkkonflikter väntar i: utgangspunkter.bedomning" in screen_text(app),
            "conflict banner",
        )
