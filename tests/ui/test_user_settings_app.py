"""Settings in the app: the theme chosen persists across restarts, a remapped key works."""

from __future__ import annotations

from pathlib import Path

from jamtui.catalog import Catalog
from jamtui.settings import Settings, resolve_settings
from jamtui.ui.app import create_app
from jamtui.ui.screens.dialogs import TextDialog
from jamtui.user_settings import write_setting
from tests.ui.conftest import TODAY, wait_for


def fresh(settings: Settings, lang: str = "sv") -> Settings:
    """Settings as a new start reads them (the settings file included)."""
    again = resolve_settings(data_dir=str(settings.data_dir), environ={})
    return again.replace(lang=lang)


async def test_the_theme_chosen_in_the_app_persists(settings: Settings, catalog: Catalog) -> None:
    app = create_app(fresh(settings), catalog=catalog, today=lambda: TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        assert app.theme != "nord"
        app.theme = "nord"
        await wait_for(pilot, settings.settings_file.exists, "the settings file")
    assert 'theme = "nord"' in settings.settings_file.read_text(encoding="utf-8")
    again = create_app(fresh(settings), catalog=catalog, today=lambda: TODAY)
    async with again.run_test(size=(100, 30)):
        assert again.theme == "nord"


async def test_a_remapped_key_works(settings: Settings, catalog: Catalog) -> None:
    write_setting(settings.settings_file, "keymap.orgs.new", "f6")
    app = create_app(fresh(settings), catalog=catalog, today=lambda: TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        assert not isinstance(app.screen, TextDialog)
        await pilot.press("f6")
        await wait_for(pilot, lambda: isinstance(app.screen, TextDialog), "the new-org dialog")


async def test_an_unknown_theme_is_a_notice(settings: Settings, catalog: Catalog) -> None:
    write_setting(settings.settings_file, "theme", "no-such-theme")
    write_setting(settings.settings_file, "facilitator", "Åsa Lind")
    app = create_app(fresh(settings, "en"), catalog=catalog, today=lambda: TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(
            pilot,
            lambda: any("no-such-theme" in str(n.message) for n in app._notifications),
            "a notice",
        )
        assert app.default_facilitator() == "Åsa Lind"
        assert app.report_folder() == Path(settings.data_dir) / "rapporter"
