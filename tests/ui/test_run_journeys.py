"""Whole journeys through a run: answer every type, quit, reopen; branches; read-only; failures."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Button, Input, Select, SelectionList, TextArea

from jamtui.core.run import RunStatus
from jamtui.storage import Store
from jamtui.ui.app import JamtuiApp
from jamtui.ui.screens.dialogs import FinalizeDialog
from jamtui.ui.screens.run import RunScreen
from jamtui.ui.widgets.choice_list import ChoiceList
from tests.ui.conftest import screen_text, wait_for, wait_for_screen

ROOT = Path(__file__).resolve().parents[2]


async def open_first_org(pilot: object) -> None:
    await pilot.pause()  # type: ignore[attr-defined]
    await pilot.press("enter")  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]


async def test_start_larande_uppfoljning_answer_quit_and_find_everything(
    make_app: Callable[..., JamtuiApp], store: Store
) -> None:
    store.create_organisation("Malmö stad", units=["Kulturförvaltningen"])
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first_org(pilot)
        await pilot.press("n")
        await pilot.pause()
        dialog = app.screen
        dialog.query_one("#checklist", Select).value = "larande-uppfoljning"
        await pilot.pause()
        assert "Källa: Sveriges Kommuner och Landsting (SKL)" in screen_text(app)
        dialog.query_one("#unit-pick", Select).value = "Kulturförvaltningen"
        dialog.query_one("#facilitator", Input).value = "Karin Ek"
        dialog.query_one("#participants", TextArea).load_text(
            "Åsa Lind; strateg\nNils Berg; controller"
        )
        dialog.query_one("#start", Button).press()
        first = "Fråga 1 av 68 · Avsnitt 1: Utgångspunkter"
        await wait_for(pilot, lambda: first in screen_text(app), "the first item drawn")
        screen = app.screen
        assert isinstance(screen, RunScreen)
        answer = screen.query_one("#answer")
        await wait_for(
            pilot,
            lambda: screen.focused is not None and answer in screen.focused.ancestors,
            "the cursor in the answer",
        )
        # a free-text answer, typed
        for char in "KF:s mål":
            await pilot.press("space" if char == " " else char)
        # a multi-line note (paste keeps every line)
        note = screen.query_one("#note", TextArea)
        note.focus()
        note.insert("Rad ett [bold]\nRad två")
        saved = screen.session.answer

        def typed_and_saved() -> bool:
            return (
                saved("utgangspunkter.mal").note == "Rad ett [bold]\nRad två"
                and saved("utgangspunkter.mal").value == "KF:s mål"
            )

        await wait_for(pilot, typed_and_saved, "the answer and the note saved")
        # next: item 1.2, then 1.3 (the rating)
        await pilot.press("f4")
        await pilot.pause()
        await pilot.press("f4")
        await pilot.pause()
        assert "Bedömning utgångspunkt" in screen_text(app)
        rows = screen.query_one("#rating-rows")
        assert len(screen.session.run.participants) == 2, screen_text(app)
        rows.focus()
        await pilot.press("7", "down", "right", "right", "left")  # Åsa: 7; Nils: 1 → 3 → 2
        await pilot.press("5")  # Nils: 5
        assert "min 5, max 7, median 6" in screen_text(app)
        screen.query_one("#choice", ChoiceList).select(5)  # agreed: 6
        await pilot.pause()
        await pilot.press("ctrl+q")
    run_id = store.list_runs("malmo-stad")[0].id
    run = store.load_run("malmo-stad", run_id)
    assert run.unit == "Kulturförvaltningen" and run.facilitator == "Karin Ek"
    assert [(p.name, p.role) for p in run.participants] == [
        ("Åsa Lind", "strateg"),
        ("Nils Berg", "controller"),
    ]
    assert run.answers["utgangspunkter.mal"].value == "KF:s mål"
    assert run.answers["utgangspunkter.mal"].note == "Rad ett [bold]\nRad två"
    assert run.named_ratings(run.answers["utgangspunkter.bedomning"].ratings) == {
        "Åsa Lind": 7,
        "Nils Berg": 5,
    }
    assert run.answers["utgangspunkter.bedomning"].value == 6
    # reopen the app and find it all on screen
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first_org(pilot)
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RunScreen)
        screen.goto("utgangspunkter.mal")
        await pilot.pause()
        assert screen.query_one("#note", TextArea).text == "Rad ett [bold]\nRad två"
        assert "2 av 68 besvarade" in screen_text(app)


async def test_jamstallda_beslut_no_branch_reaches_the_outcome(
    make_app: Callable[..., JamtuiApp], store: Store, catalog: object
) -> None:
    org = store.create_organisation("Region Gävleborg")
    checklist = app_catalog_get(catalog, "jamstallda-beslut")
    store.create_run(org.slug, checklist, date="2026-11-22")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_first_org(pilot)
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RunScreen)
        screen.query_one("#choice", ChoiceList).select(0)  # 1: ja
        await pilot.pause()
        await pilot.press("f4")
        await pilot.pause()
        screen.query_one("#choice", ChoiceList).select(1)  # 2: nej
        await pilot.pause()
        text = screen_text(app)
        assert "Utfall: Återremittera för komplettering" in text
        assert "2 av 2 besvarade" in text
        assert not screen.path.is_visible("beslut.konsekvenser")
        await pilot.press("f4")
        await pilot.pause()
        assert "sista frågan" in " ".join(str(n.message) for n in app._notifications)
        await pilot.press("f9")
        await pilot.pause()
        assert "Utfall: Återremittera för komplettering" in screen_text(app)


def app_catalog_get(catalog: object, checklist_id: str):  # type: ignore[no-untyped-def]
    checklist = catalog.get(checklist_id)  # type: ignore[attr-defined]
    assert checklist is not None
    return checklist


async def test_trappan_choice_multichoice_and_actions(
    make_app: Callable[..., JamtuiApp], store: Store, catalog: object
) -> None:
    org = store.create_organisation("Älvdalens kommun")
    run = store.create_run(org.slug, app_catalog_get(catalog, "trappan"), date="2026-11-22")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first_org(pilot)
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RunScreen)
        screen.query_one("#choice", ChoiceList).select(1)  # pågår
        await pilot.pause()
        await pilot.press("f4")
        await pilot.pause()
        selection = screen.query_one(SelectionList)
        selection.select("webbutbildning")
        await pilot.pause()
        screen.goto("steg1.nasta")
        await pilot.pause()
        screen.query_one("#action-what", Input).value = "Boka utbildning | för chefer"
        screen.query_one("#action-who", Input).value = "Åsa"
        screen.query_one("#action-due", Input).value = "2027-03-01"
        screen.query_one("#action-add", Button).press()
        await pilot.pause()
    saved = store.load_run(org.slug, run.id)
    assert saved.answers["steg1.status"].value == "pagar"
    assert saved.answers["steg1.metoder"].value == ("webbutbildning",)
    assert [(r.what, r.who, r.due, r.draft) for r in saved.answers["steg1.nasta"].actions] == [
        ("Boka utbildning | för chefer", "Åsa", "2027-03-01", False)
    ]


async def test_summary_finalizes_and_reopens_with_a_reason(
    make_app: Callable[..., JamtuiApp], store: Store, catalog: object
) -> None:
    org = store.create_organisation("Lund")
    run = store.create_run(
        org.slug,
        app_catalog_get(catalog, "skr-sjalvskattning"),
        date="2026-11-22",
        facilitator="Karin",
    )
    with store.open_run(
        org.slug, run.id, app_catalog_get(catalog, "skr-sjalvskattning")
    ) as session:
        for index, item in enumerate(session.checklist.items):  # type: ignore[union-attr]
            session.set_value(item.id, 1 + index % 3)
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await open_first_org(pilot)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("f9")
        await pilot.pause()
        text = screen_text(app)
        assert "Totalt: 10 av 10 besvarade, summa 19 av 30" in text
        await pilot.press("f")
        await wait_for_screen(pilot, FinalizeDialog)
        assert "Allt är besvarat" in screen_text(app)
        await pilot.press("enter")  # "Slutför" has the focus
        await wait_for(
            pilot, lambda: store.load_run(org.slug, run.id).status is RunStatus.FINALIZED
        )
        assert store.load_run(org.slug, run.id).status is RunStatus.FINALIZED
        await pilot.press("o")
        await pilot.pause()
        app.screen.query_one(Input).value = "Ny budget beslutad"
        await pilot.press("enter")
        await pilot.pause()
    reopened = store.load_run(org.slug, run.id)
    assert reopened.status is RunStatus.REOPENED
    assert reopened.history[-1].reason == "Ny budget beslutad"


HOLDER = """
import sys, time
from pathlib import Path
from jamtui.storage import Store
session = Store(Path(sys.argv[1])).open_run("lund", "latest", None)
print("locked", flush=True)
time.sleep(60)
"""


async def test_a_run_locked_elsewhere_opens_read_only_with_the_reason(
    make_app: Callable[..., JamtuiApp], store: Store, catalog: object
) -> None:
    org = store.create_organisation("Lund")
    store.create_run(org.slug, app_catalog_get(catalog, "jamstallda-beslut"))
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(store.root)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        app = make_app()
        async with app.run_test(size=(80, 24)) as pilot:
            await open_first_org(pilot)
            await pilot.press("enter")
            await pilot.pause()
            text = screen_text(app)
            assert "Skrivskyddad: körningen är öppen i ett annat fönster" in text
            assert f"process {holder.pid}" in text
            screen = app.screen
            assert screen.query_one("#choice", ChoiceList).read_only
            assert screen.query_one("#note", TextArea).read_only
    finally:
        holder.kill()
        holder.wait()
    assert store.load_run("lund", "latest").answers == {}


async def test_a_failed_save_is_reported_and_the_text_is_kept(
    make_app: Callable[..., JamtuiApp], store: Store, catalog: object, monkeypatch: object
) -> None:
    import errno

    from jamtui.storage import session as session_module

    org = store.create_organisation("Lund")
    store.create_run(org.slug, app_catalog_get(catalog, "jamstalldhetsanalys"))

    def disk_full(path: Path, text: str) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_first_org(pilot)
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RunScreen)
        monkeypatch.setattr(session_module, "write_text_atomic", disk_full)  # type: ignore[attr-defined]
        note = screen.query_one("#note", TextArea)
        note.focus()
        note.insert("Viktig anteckning")
        await wait_for(pilot, lambda: "EJ SPARAT" in screen_text(app), "the failed save shows")
        messages = " ".join(str(n.message) for n in app._notifications)
        assert "Kunde inte spara" in messages and "No space left on device" in messages
        assert "EJ SPARAT" in screen_text(app)
        assert note.text == "Viktig anteckning"
        monkeypatch.undo()  # type: ignore[attr-defined]
        note.insert(".")
        await wait_for(pilot, lambda: "Sparat" in screen_text(app), "the next save succeeds")
    assert store.load_run("lund", "latest").answers["steg1.beror"].note == "Viktig anteckning."


async def test_a_broken_plugin_shows_the_problems_screen(
    make_app: Callable[..., JamtuiApp], settings: object
) -> None:
    import jamtui_bundled

    from jamtui.catalog import load_catalog
    from jamtui.plugin import hookimpl
    from jamtui.plugin.manager import create_host

    class Broken:
        @hookimpl
        def jamtui_register_checklists(self, register: object) -> None:
            raise RuntimeError("trasig [red]plugin[/]")

    host = create_host(
        entry_points=[], extra_plugins=[("bundled", jamtui_bundled), ("trasig", Broken())]
    )
    catalog = load_catalog(settings, host=host)  # type: ignore[arg-type]
    app = make_app(catalog=catalog)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(
            pilot,
            lambda: (
                "1 problem vid inläsning" in " ".join(str(n.message) for n in app._notifications)
            ),
            "the start-up notice",
        )
        await pilot.press("f2")
        await pilot.pause()
        text = screen_text(app)
        assert "Insticksprogram trasig" in text
        assert "RuntimeError: trasig [red]plugin[/]" in text


async def test_export_from_the_summary_writes_the_report_and_says_where(
    make_app: Callable[..., JamtuiApp], store: Store, catalog: object, settings: object
) -> None:
    org = store.create_organisation("Lund")
    store.create_run(org.slug, app_catalog_get(catalog, "jamstallda-beslut"), date="2026-11-22")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_first_org(pilot)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("f9")
        await pilot.pause()
        await pilot.press("e")  # the export dialog: Markdown into rapporter/ unless changed
        await wait_for(pilot, lambda: pilot.app.screen.query("#export-dialog"), "the dialog")
        await pilot.click("#ok")
        await wait_for(
            pilot,
            lambda: any("Rapporten sparades" in str(n.message) for n in app._notifications),
            "the report saved",
        )
        messages = " ".join(str(n.message) for n in app._notifications)
    report = settings.data_dir / "rapporter" / "lund-jamstallda-beslut-2026-11-22.md"  # type: ignore[attr-defined]
    assert f"Rapporten sparades i {report}" in messages
    assert report.read_text(encoding="utf-8").startswith(
        "# Checklista för jämställda beslut – Lund"
    )


def skr_run_app(make_app: Callable[..., JamtuiApp], store: Store, catalog: object) -> JamtuiApp:
    """An app over one organisation with one run of SKR:s självskattning."""
    org = store.create_organisation("Lund")
    store.create_run(org.slug, app_catalog_get(catalog, "skr-sjalvskattning"))
    return make_app()


async def open_run_and_use_palette(pilot: Pilot[int], query: str, expect: str) -> RunScreen:
    """Open the first run, type ``query`` into the command palette, wait until the top hit
    reads ``expect``, and press Enter."""
    await open_first_org(pilot)
    await pilot.press("enter")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, RunScreen)
    await use_palette(pilot, query, expect)
    return screen


async def use_palette(pilot: Pilot[int], query: str, expect: str) -> None:
    """Type ``query`` into the command palette, wait for the top hit ``expect``, press Enter."""
    await pilot.press("ctrl+p")
    await pilot.pause()
    for char in query:
        await pilot.press(char)

    def found() -> bool:  # the palette searches in a worker, key by key
        from textual.command import CommandList

        lists = pilot.app.screen.query(CommandList)
        if not lists or lists.first().highlighted is None:
            return False
        hits = lists.first()
        return expect in str(hits.get_option_at_index(hits.highlighted or 0).prompt)

    await wait_for(pilot, found, f"palette hit {expect!r} for {query!r}")
    await pilot.press("enter")
    await pilot.pause()


async def test_command_palette_jumps_to_an_item(
    make_app: Callable[..., JamtuiApp], store: Store, catalog: object
) -> None:
    app = skr_run_app(make_app, store, catalog)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_run_and_use_palette(pilot, "1.7", "1.7")
        assert screen.current == "moment.m7-beslutsunderlag"
        assert "Fråga 7 av 10" in screen_text(app)


async def test_every_key_of_the_screen_is_in_the_command_palette(
    make_app: Callable[..., JamtuiApp], store: Store, catalog: object
) -> None:
    from jamtui.ui.keys import describe
    from jamtui.ui.screens.summary import SummaryScreen
    from tests.ui.test_palette_everywhere import palette

    app = skr_run_app(make_app, store, catalog)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_first_org(pilot)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, RunScreen), "the run")
        titles = await palette(pilot)
        keys = {
            describe(binding)
            for _node, binding, enabled, _tip in app.screen.active_bindings.values()
            if enabled and binding.description and binding.action != "command_palette"
        }
        assert len(keys) >= 8
        assert sorted(keys - set(titles)) == []
        # and a command chosen there runs: Sammanfattning opens the summary
        await use_palette(pilot, "sammanf", "Sammanfattning")
        await wait_for(pilot, lambda: isinstance(app.screen, SummaryScreen), "the summary")
