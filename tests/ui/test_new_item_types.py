"""The 4R run in the app: the intro at the start, the table's totals and shares, a number."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.widgets import Input

from jamtui.catalog import item_types
from jamtui.core.run import Run
from jamtui.settings import Settings
from jamtui.storage import Store
from jamtui.storage.org_file import Organisation
from jamtui.ui.app import JamtuiApp
from jamtui.ui.screens.run import RunScreen
from tests.ui.conftest import screen_text, wait_for


def lund_4r_run(app: JamtuiApp, store: Store) -> tuple[Organisation, Run]:
    """Lund and a new run of the bundled 4R checklist (a date, a table, text, a number)."""
    org = store.create_organisation("Lund")
    checklist = app.catalog.get("4r")
    assert checklist is not None
    return org, store.create_run(org.slug, checklist, date="2026-11-22")


async def test_4r_table_and_number_are_answered_in_the_app(
    make_app: Callable[..., JamtuiApp], store: Store
) -> None:
    app = make_app()
    org, run = lund_4r_run(app, store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.open_run(org, run.id)
        await wait_for(pilot, lambda: isinstance(app.screen, RunScreen))
        screen = app.screen
        assert isinstance(screen, RunScreen)
        await wait_for(pilot, lambda: "Inledning: De två första R:en" in screen_text(app))
        assert "Vilket datum avser" in screen_text(app)  # the notice before it takes no answer
        screen.query_one("#typed", Input).value = "1/10 2026"
        await pilot.pause()
        await pilot.press("f4")  # the representation table
        await wait_for(
            pilot, lambda: "Hur många kvinnor och män finns på varje nivå" in screen_text(app)
        )
        assert "Inledning:" not in screen_text(app)  # only at the start
        assert "Könsfördelning per nivå" in screen_text(app)  # the group heading
        screen.query_one("#cell-beslutar-kvinnor", Input).value = "5"
        screen.query_one("#cell-beslutar-man", Input).value = "4"
        await wait_for(
            pilot,
            lambda: (
                "Beslutar (nämnd, ledning): Kvinnor 5, Män 4, Totalt 9, Andel kvinnor 56"
                in screen_text(app)
            ),
        )
        screen.query_one("#cell-malgrupp-kvinnor", Input).value = "tre"
        await wait_for(pilot, lambda: "Sparas inte ännu: ska vara ett tal" in screen_text(app))
        await pilot.press("f4")  # a text item
        await pilot.press("f4")  # R2: the budget, a number in kr
        await wait_for(pilot, lambda: "verksamhetens budget" in screen_text(app))
        screen.query_one("#typed", Input).value = "12 500"
        await wait_for(pilot, lambda: "sparat: 12500 kr" in screen_text(app))
        screen.query_one("#typed", Input).value = "-5"
        await wait_for(pilot, lambda: "är mindre än det minsta tillåtna" in screen_text(app))
        await pilot.press("ctrl+q")
    saved = store.load_run(org.slug, run.id)
    assert saved.answers["r1.datum"].value == "2026-10-01"
    assert saved.answers["r1.fordelning"].value == {"beslutar": {"kvinnor": 5, "man": 4}}
    assert saved.answers["r2.budget"].value == 12500


async def test_a_plugin_type_gets_radio_buttons_in_its_own_words(
    settings: Settings, store: Store, tmp_path: Path
) -> None:
    with item_types.using(item_types.active()):  # the plugin's type is gone afterwards
        await _likert5_in_the_app(settings, store, tmp_path)


async def _likert5_in_the_app(settings: Settings, store: Store, tmp_path: Path) -> None:
    import types

    import jamtui_bundled

    from jamtui.catalog import load_catalog
    from jamtui.plugin.manager import create_host
    from jamtui.ui.app import create_app
    from jamtui.ui.widgets.choice_list import ChoiceList
    from tests.plugin.test_item_type_plugin import documented

    source, checklist_text = documented()
    module = types.ModuleType("jamtui_likert5_test")
    exec(compile(source, "jamtui_likert5_test", "exec"), module.__dict__)
    folder = tmp_path / "listor"
    folder.mkdir()
    (folder / "enkat.toml").write_text(checklist_text, encoding="utf-8")
    chosen = settings.replace(checklist_dirs=(folder,))
    host = create_host(
        entry_points=[], extra_plugins=[("bundled", jamtui_bundled), ("likert5", module)]
    )
    catalog = load_catalog(chosen, host=host)
    enkat = catalog.get("enkat")
    assert enkat is not None, [p.format() for p in catalog.problems]
    org = store.create_organisation("Lund")
    run = store.create_run(org.slug, enkat, date="2026-11-22")
    app = create_app(chosen, catalog=catalog, today=lambda: "2026-11-22")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        app.open_run(org, run.id)
        await wait_for(pilot, lambda: "4 – Stämmer ganska bra" in screen_text(app))
        app.screen.query_one("#choice", ChoiceList).select(3)
        await pilot.pause()
        await pilot.press("ctrl+q")
    assert store.load_run(org.slug, run.id).answers["s.trygg"].value == 4
