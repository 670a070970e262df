"""What every full screen of jamtui shares: typed access to the app that holds the services."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.screen import Screen

if TYPE_CHECKING:
    from jamtui.ui.app import JamtuiApp


class AppScreen(Screen[None]):
    """A screen of the jamtui app (the store, the catalog and the settings are the app's)."""

    @property
    def jamtui(self) -> JamtuiApp:
        from jamtui.ui.app import JamtuiApp

        assert isinstance(self.app, JamtuiApp)
        return self.app
