"""Year after year in the app: the monthly report, last year beside this year, actions."""

from __future__ import annotations

from collections.abc import Callable

from textual.pilot import Pilot
from textual.widgets import Button, Checkbox, DataTable, Input, Select, TextArea

from jamtui.catalog import Catalog
from jamtui.settings import Settings
from jamtui.storage import Store
from jamtui.storage.org_records import OrgRecords
from jamtui.ui.app import JamtuiApp
from jamtui.ui.widgets.runs_table import RunsTable
from tests.ui.conftest import screen_text


def demo(store: Store, catalog: Catalog) -> str:
    from jamtui.storage.demo import create_demo

    checklist = catalog.get("larande-uppfoljning")
    assert checklist is not None
    return create_demo(OrgRecords(store), checklist)


async def until(pilot: Pilot[int], condition: Callable[[], bool], what: str) -> None:
    for _ in range(100):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError(f"waited in vain for {what}:\n{screen_text(pilot.app)}")  # type: ignore[arg-type]


async def type_text(pilot: Pilot[int], text: str) -> None:
    for char in text:
        await pilot.press("space" if char == " " else char)


async def test_november_entered_in_the_app_prints_as_the_monthly_report(
    make_app: Callable[..., JamtuiApp], store: Store, settings: Settings
) -> None:
    org = store.create_organisation("Ljungby kommun", units=["Socialförvaltningen"])
    records = OrgRecords(store)
    records.change_people(org.slug, lambda p: p.add("Ewa Sigfridsson", role="strateg"))
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await until(pilot, lambda: "Aktiviteter" in screen_text(app), "the organisation")
        await pilot.press("l")
        await until(pilot, lambda: "November 2026: 0 aktiviteter" in screen_text(app), "log")
        await pilot.press("n")
        await until(pilot, lambda: app.screen.query("#log-text"), "the activity dialog")
        dialog = app.screen
        await type_text(pilot, "Möte med Socialförvaltningens strateg.")
        dialog.query_one("#log-date", Input).value = "3/11 2026"
        dialog.query_one("#log-unit", Select).value = "Socialförvaltningen"
        dialog.query_one("#log-who", Input).value = "Ewa Sigfridsson, Ing-Marie Byström"
        dialog.query_one("#log-forward", TextArea).load_text(
            "Kick-on för strateger; Caroline; 13/11 2026"
        )
        dialog.query_one("#save", Button).press()
        await until(pilot, lambda: "November 2026: 1 aktiviteter" in screen_text(app), "saved")
        assert "Socialförvaltningen" in screen_text(app)
        assert "Medverkande: Ewa Sigfridsson, Ing-Marie Byström" in screen_text(app)
        await pilot.press("r")
        folder = settings.data_dir / "rapporter"
        report = folder / "ljungby-kommun-manadsrapport-2026-11.md"
        await until(pilot, report.exists, "the monthly report")
    text = report.read_text(encoding="utf-8")
    assert text.startswith("# Ljungby kommun: November 2026\n\n## Aktiviteter\n\n3 november: Möte")
    assert (
        "## Flyttas framåt\n\n- Kick-on för strateger (ansvarig: Caroline; klart senast: 2026-11-13)"
        in text
    )
    entry = records.log(org.slug).entries[0]
    person = records.people(org.slug).find("Ewa Sigfridsson")
    assert person is not None and entry.people == (person.id,)
    assert entry.others == ("Ing-Marie Byström",)  # not in the list: kept as free text


async def test_second_year_starts_with_last_years_people_answers_and_open_actions(
    make_app: Callable[..., JamtuiApp], store: Store, catalog: Catalog
) -> None:
    from jamtui.ui.screens.actions import ActionsScreen
    from jamtui.ui.screens.run import RunScreen

    slug = demo(store, catalog)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await until(pilot, lambda: "Ljungby kommun" in screen_text(app), "the organisation")
        await pilot.press("n")
        await until(pilot, lambda: app.screen.query("#unit-pick"), "the new-run dialog")
        dialog = app.screen
        dialog.query_one("#checklist", Select).value = "larande-uppfoljning"
        dialog.query_one("#unit-pick", Select).value = "Socialförvaltningen"
        prefill = dialog.query_one("#prefill", Button)
        await until(pilot, lambda: prefill.display, "the offer to pre-fill")
        assert "2025-11-12: Caroline, 2 deltagare" in str(prefill.label)
        prefill.press()
        await until(
            pilot,
            lambda: "Ewa Sigfridsson" in dialog.query_one("#participants", TextArea).text,
            "last year's participants",
        )
        assert dialog.query_one("#facilitator", Input).value == "Caroline"
        dialog.query_one("#start", Button).press()
        # The run starts with last year's open actions, where the group sets their status.
        await until(pilot, lambda: "åtgärder visas" in screen_text(app), "the follow-up")
        assert isinstance(app.screen, ActionsScreen)
        text = screen_text(app)
        assert "Uppföljning av tidigare åtgärder" in text
        assert "Utbildning i jämställd handläggning" in text and "pågår, försenad" in text
        assert "Skriv om effektmålen" in text
        assert "Ta fram könsuppdelad statistik" not in text  # done last year: not open
        table = app.screen.query_one("#actions", DataTable)
        table.focus()
        await pilot.press("s")
        await until(pilot, lambda: app.screen.query("#statuses"), "the status list")
        await pilot.press("down", "down", "enter")  # pågår -> klar
        await until(pilot, lambda: "klar" in screen_text(app), "the new status")
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, RunScreen), "the first question")
        screen = app.screen
        assert isinstance(screen, RunScreen)
        screen.goto("utgangspunkter.bedomning")
        await pilot.pause()
        text = screen_text(app)
        assert "Förra gången (2025-11-12), skrivskyddat" in text
        assert "Gemensam bedömning: 5" in text
        screen.goto("utgangspunkter.hogre-varde")
        await pilot.pause()
        text = screen_text(app)
        assert "Könsuppdelad statistik varje kvartal." in text
        assert "Öppna åtgärder från tidigare körningar: 1" in text  # the other one is klar now
        await pilot.press("ctrl+q")
    run = store.load_run(slug, "latest")
    assert run.unit == "Socialförvaltningen" and run.facilitator == "Caroline"
    people = OrgRecords(store).people(slug)
    assert [(p.name, p.person) for p in run.participants] == [
        (name, people.require(name).id) for name in ("Ewa Sigfridsson", "Ing-Marie Byström")
    ]
    # The report follows last year's actions up, with today's status.
    from jamtui.export.service import build_context, render

    checklist = catalog.get("larande-uppfoljning")
    assert checklist is not None
    report, _ = render(build_context(store, catalog, slug, run, checklist, "sv"))
    section = report.split("## Uppföljning av tidigare åtgärder")[1].split("##")[0]
    assert "| Utbildning i jämställd handläggning för biståndshandläggare |" in section
    assert "| klar |" in section and "| 2025-11-12 |" in section
    assert "Föreslå nämnden" not in section  # two years ago and done: not followed up again


async def test_actions_screen_filters_by_unit_status_and_overdue_in_words(
    make_app: Callable[..., JamtuiApp], store: Store, catalog: Catalog
) -> None:

    demo(store, catalog)
    app = make_app()
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await until(pilot, lambda: "Ljungby kommun" in screen_text(app), "the organisation")
        await pilot.press("a")
        await until(pilot, lambda: "åtgärder visas" in screen_text(app), "the actions")
        screen = app.screen
        assert "6 av 8 åtgärder visas, 4 försenade" in screen_text(app)
        assert "ej påbörjad, försenad" in screen_text(app)  # overdue in words
        assert "Kommunledningskontoret" in screen_text(app)  # unit names whole at 160
        screen.query_one("#filter-unit", Select).value = "Socialförvaltningen"
        await until(pilot, lambda: "2 av 8" in screen_text(app), "the unit filter")
        screen.query_one("#filter-status", Select).value = "klar"
        await until(pilot, lambda: "Föreslå nämnden" in screen_text(app), "the status filter")
        assert "Ta fram könsuppdelad statistik" in screen_text(app)
        assert "Skriv om effektmålen" not in screen_text(app)
        screen.query_one("#filter-unit", Select).value = "*"
        screen.query_one("#filter-status", Select).value = "open"
        screen.query_one("#filter-overdue", Checkbox).value = True
        await until(
            pilot, lambda: "4 av 8 åtgärder visas, 4 försenade" in screen_text(app), "overdue"
        )


async def test_units_screen_renames_and_the_run_list_follows(
    make_app: Callable[..., JamtuiApp], store: Store, catalog: Catalog
) -> None:
    from jamtui.ui.screens.units import UnitsScreen

    slug = demo(store, catalog)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await until(pilot, lambda: "Ljungby kommun" in screen_text(app), "the organisation")
        await pilot.press("u")
        await until(pilot, lambda: "Tidigare namn" in screen_text(app), "the units")
        assert isinstance(app.screen, UnitsScreen)
        table = app.screen.query_one("#units", DataTable)
        table.move_cursor(row=1)  # Socialförvaltningen
        await pilot.press("e")
        await until(pilot, lambda: app.screen.query("#dialog-input"), "the rename dialog")
        app.screen.query_one("#dialog-input", Input).value = "Socialnämndens förvaltning"
        await pilot.press("enter")
        await until(pilot, lambda: "Socialnämndens förvaltning" in screen_text(app), "renamed")
        assert "Socialförvaltningen" in screen_text(app)  # shown as an earlier name
        await pilot.press("escape")
        await until(pilot, lambda: "Slutförd" in screen_text(app), "the runs")
        assert screen_text(app).count("Socialnämndens förvaltning") >= 3  # units line + 2 runs
    assert store.load_run(slug, "2025-11-12-larande-uppfoljning").unit == "Socialförvaltningen"


async def test_a_deleted_run_comes_back_with_ctrl_z(
    make_app: Callable[..., JamtuiApp], store: Store, catalog: Catalog
) -> None:
    slug = demo(store, catalog)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await until(pilot, lambda: "2025-11-19" in screen_text(app), "the runs")
        await pilot.press("delete")
        await until(
            pilot, lambda: "2025-11-19" not in screen_text(app).split("Besvarade")[1], "gone"
        )
        await until(
            pilot,
            lambda: "papperskorgen" in " ".join(str(n.message) for n in app._notifications),
            "the notice",
        )
        assert len(store.list_runs(slug)) == 2
        await pilot.press("ctrl+z")
        await until(pilot, lambda: len(store.list_runs(slug)) == 3, "the run restored")


async def test_comparison_defaults_to_the_same_unit_and_labels_another_unit(
    make_app: Callable[..., JamtuiApp], store: Store, catalog: Catalog
) -> None:
    from jamtui.ui.screens.compare import CompareScreen

    demo(store, catalog)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await until(pilot, lambda: "2025-11-19" in screen_text(app), "the runs")
        table = app.screen.query_one("#runs", RunsTable)
        table.move_cursor(row=1)  # Socialförvaltningen 2025: compared with 2024, same unit
        await pilot.press("j")
        await until(pilot, lambda: "2024-11-13 → 2025-11-12" in screen_text(app), "compare")
        assert isinstance(app.screen, CompareScreen)
        assert "olika enheter" not in screen_text(app)
        await pilot.press("escape")
        await until(pilot, lambda: "Besvarade" in screen_text(app), "back")
        table = app.screen.query_one("#runs", RunsTable)
        table.move_cursor(row=0)  # Barn- och utbildning has no earlier run of its own
        await pilot.press("j")
        await until(pilot, lambda: "→ 2025-11-19" in screen_text(app), "compare")
        assert (
            "Obs: olika enheter – Barn- och utbildningsnämnden jämförs med Socialförvaltningen"
            in screen_text(app)
        )
