"""Fixtures for UI tests: an app over a temporary data folder with a fixed 'today'."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from jamtui.catalog import Catalog, load_catalog
from jamtui.plugin.manager import create_host
from jamtui.settings import Settings, resolve_settings
from jamtui.storage import Store
from jamtui.ui.app import JamtuiApp, create_app

TODAY = "2026-11-22"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return resolve_settings(data_dir=str(tmp_path / "data"), environ={})


@pytest.fixture
def catalog(settings: Settings) -> Catalog:
    import jamtui_bundled

    return load_catalog(
        settings, host=create_host(entry_points=[], extra_plugins=[("bundled", jamtui_bundled)])
    )


@pytest.fixture
def make_app(settings: Settings, catalog: Catalog) -> Callable[..., JamtuiApp]:
    def make(lang: str = "sv", **kwargs: object) -> JamtuiApp:
        from dataclasses import replace

        chosen = replace(settings, lang=lang)
        return create_app(chosen, catalog=kwargs.get("catalog", catalog), today=lambda: TODAY)  # type: ignore[arg-type]

    return make


@pytest.fixture
def store(settings: Settings) -> Store:
    return Store(settings.data_dir)


def screen_text(app: JamtuiApp) -> str:
    """Everything visible on the current screen, as plain text."""
    from textual.widgets import Label, Static

    parts = []
    for widget in app.screen.query("*"):
        if not widget.display:
            continue
        if isinstance(widget, Static | Label):
            parts.append(str(widget.render()))
        elif hasattr(widget, "text") and isinstance(getattr(widget, "text", None), str):
            parts.append(widget.text)  # type: ignore[attr-defined]
    from textual.widgets import OptionList

    for options in app.screen.query(OptionList):
        for index in range(options.option_count):
            parts.append(str(options.get_option_at_index(index).prompt))
    return "\n".join(parts)
