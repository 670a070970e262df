"""Fixtures for UI tests: an app over a temporary data folder with a fixed 'today'."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.screen import Screen

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

        chosen = settings.replace(lang=lang)
        return create_app(chosen, catalog=kwargs.get("catalog", catalog), today=lambda: TODAY)  # type: ignore[arg-type]

    return make


@pytest.fixture
def store(settings: Settings) -> Store:
    return Store(settings.data_dir)


def screen_text(app: JamtuiApp) -> str:
    """Everything visible on the current screen, as plain text (table cells row by row)."""
    from textual.widgets import DataTable, Label, OptionList, Static

    from jamtui.ui.widgets.keybar import KeyBar
    from jamtui.ui.widgets.name_list import NameList
    from jamtui.ui.widgets.runs_table import RunsTable

    parts = []
    for widget in app.screen.query("*"):
        if not widget.display:
            continue
        if isinstance(widget, Static | Label):
            parts.append(str(widget.render()))
        elif isinstance(widget, RunsTable):
            parts.append(" | ".join(widget.column_labels))
            for row in range(widget.row_count):
                parts.append(" | ".join(str(cell) for cell in widget.get_row_at(row)))
        elif isinstance(widget, DataTable):
            parts.append(" | ".join(str(column.label) for column in widget.ordered_columns))
            for row in range(widget.row_count):
                parts.append(" | ".join(str(cell) for cell in widget.get_row_at(row)))
        elif hasattr(widget, "text") and isinstance(getattr(widget, "text", None), str):
            parts.append(widget.text)  # type: ignore[attr-defined]
    for options in app.screen.query(OptionList):
        for index in range(options.option_count):
            parts.append(str(options.get_option_at_index(index).prompt))
    for names in app.screen.query(NameList):
        parts.extend(str(entry.shown()) for entry in names.entries)
        if not names.entries:
            parts.append(names.empty_text)
    for bar in app.screen.query(KeyBar):
        parts.append(str(bar.render()))
    return "\n".join(parts)


async def wait_for(pilot: Pilot[int], condition: Callable[[], object], what: str = "") -> None:
    """Let the app work until ``condition()`` holds; fail (never hang) if it never does.

    At least 200 event-loop rounds, and on a busy machine (tests run in parallel, the
    catalog loads in a thread) as long as a minute: it fails only when nothing happens.
    """
    import time

    deadline = time.monotonic() + 60
    rounds = 0
    while True:
        await pilot.pause()
        if condition():
            return
        rounds += 1
        if rounds >= 200:
            if time.monotonic() > deadline:
                said = [str(n.message) for n in pilot.app._notifications]
                raise AssertionError(f"never happened: {what or condition}; notices: {said}")
            await pilot.pause(0.02)  # polling, not a fixed wait: the condition ends it


async def wait_for_screen(
    pilot: Pilot[int], kind: type[Screen[Any]], ready: Callable[[Any], object] | None = None
) -> Any:
    """Wait until ``kind`` is the active, mounted screen with focus placed (and ``ready``).

    Then let workers, animations and pending refreshes finish, so what is drawn next is final.
    """
    app = pilot.app

    def shown() -> bool:
        screen = app.screen
        return (
            isinstance(screen, kind)
            and screen.is_mounted
            and screen.focused is not None
            and (ready is None or bool(ready(screen)))
        )

    def where() -> str:
        return f"{kind.__name__} (now {type(app.screen).__name__}, focus {app.screen.focused!r})"

    try:
        await wait_for(pilot, shown, kind.__name__)
    except AssertionError as error:
        raise AssertionError(f"{error}; {where()}") from None
    await app.workers.wait_for_complete()
    await pilot.wait_for_scheduled_animations()
    await pilot.pause()
    return app.screen
