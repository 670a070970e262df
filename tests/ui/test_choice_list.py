"""The single-choice editor (one widget): keys, digits, a click, the value in words, read-only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jamtui.catalog import load_catalog
from jamtui.settings import Settings
from jamtui.storage import Store
from jamtui.ui.app import create_app
from jamtui.ui.widgets.choice_list import ChoiceList
from tests.ui.conftest import TODAY, screen_text, wait_for
from tests.ui.test_workshop import open_latest_run

CHECKLIST = """
format = 1
id = "val"
version = "1"
title = "Val"

[scales.grad]
na = true
levels = [
  { value = 1, label = "Inte alls" }, { value = 2, label = "" }, { value = 3, label = "" },
  { value = 4, label = "" }, { value = 5, label = "" }, { value = 6, label = "" },
  { value = 7, label = "" }, { value = 8, label = "" }, { value = 9, label = "" },
  { value = 10, label = "Helt" },
]

[[sections]]
id = "s"
title = "Avsnitt"

[[sections.items]]
id = "janej"
type = "yesno"
text = "Finns det mål?"

[[sections.items]]
id = "skala"
type = "scale"
scale = "grad"
text = "I vilken grad?"

[[sections.items]]
id = "lage"
type = "choice"
text = "Vilket läge?"
choices = [
  { value = "ej", label = "Inte påbörjat" },
  { value = "pagar", label = "Pågår" },
  { value = "klart", label = "Klart" },
]
"""


def make_run(settings: Settings, store: Store, tmp_path: Path) -> tuple[Any, str, str, Any]:
    """A run of the checklist above: (a function making the app, organisation, run, checklist)."""
    folder = tmp_path / "listor"
    folder.mkdir()
    (folder / "val.toml").write_text(CHECKLIST, encoding="utf-8")
    chosen = settings.replace(checklist_dirs=(folder,))
    catalog = load_catalog(chosen)
    checklist = catalog.get("val")
    assert checklist is not None, [p.format() for p in catalog.problems]
    org = store.create_organisation("Lund")
    run = store.create_run(org.slug, checklist, date=TODAY)

    def make_app(lang: str = "sv") -> Any:
        return create_app(chosen.replace(lang=lang), catalog=catalog, today=lambda: TODAY)

    return make_app, org.slug, run.id, checklist


def value(store: Store, slug: str, run_id: str, item: str) -> object:
    answer = store.load_run(slug, run_id).answers.get(f"s.{item}")
    return None if answer is None else answer.value


async def test_keys_choose_wrap_and_digits_choose_by_number(
    settings: Settings, store: Store, tmp_path: Path
) -> None:
    make_app, slug, run_id, _ = make_run(settings, store, tmp_path)
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await open_latest_run(pilot)
        choices = screen.query_one("#choice", ChoiceList)
        await wait_for(pilot, lambda: screen.focused is choices)
        assert len(screen.query(ChoiceList)) == 1 and not choices.children  # one widget
        await pilot.press("up", "space")  # from the first option up: wraps to "nej"
        await wait_for(pilot, lambda: value(store, slug, run_id, "janej") == "nej")
        assert "▐●▌ Nej" in choices.text and "▐ ▌ Ja" in choices.text  # readable without colour
        await pilot.press("1")  # the first option by its number
        await wait_for(pilot, lambda: value(store, slug, run_id, "janej") == "ja")
        await pilot.press("f4")
        await wait_for(pilot, lambda: screen.current == "s.skala")
        assert screen.focused is choices  # the same widget, loaded with the scale
        assert "10 – Helt" in choices.text
        await pilot.press("7")  # a scale level by its value
        await wait_for(pilot, lambda: value(store, slug, run_id, "skala") == 7)
        await pilot.press("0")  # 0 is 10
        await wait_for(pilot, lambda: value(store, slug, run_id, "skala") == 10)
        await pilot.press("n")  # N/A
        await wait_for(pilot, lambda: value(store, slug, run_id, "skala") == "na")
        await pilot.press("f4")
        await wait_for(pilot, lambda: screen.current == "s.lage")
        assert choices.chosen is None and "●" not in choices.text  # unanswered: none chosen
        await pilot.press("4")  # there is no fourth option: nothing is chosen
        assert choices.chosen is None
        await pilot.press("2")  # the second option by its number
        await wait_for(pilot, lambda: value(store, slug, run_id, "lage") == "pagar")
        await pilot.press("down", "enter")
        await wait_for(pilot, lambda: value(store, slug, run_id, "lage") == "klart")
        await pilot.press("f3")  # back: the stored answer is shown and highlighted
        await wait_for(pilot, lambda: screen.current == "s.skala")
        assert choices.chosen == len(choices.labels) - 1 and "▐●▌ Ej aktuellt" in choices.text


async def test_a_click_chooses_the_option_under_it(
    settings: Settings, store: Store, tmp_path: Path
) -> None:
    make_app, slug, run_id, _ = make_run(settings, store, tmp_path)
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await open_latest_run(pilot)
        await pilot.click(ChoiceList, offset=(6, 2))  # the border, then "Ja", then "Nej"
        await wait_for(pilot, lambda: value(store, slug, run_id, "janej") == "nej")
        assert "▐●▌ Nej" in screen_text(app)


async def test_a_finalized_run_refuses_a_choice_with_the_hint(
    settings: Settings, store: Store, tmp_path: Path
) -> None:
    make_app, slug, run_id, checklist = make_run(settings, store, tmp_path)
    with store.open_run(slug, run_id, checklist) as session:
        session.set_value("s.janej", "ja")
        session.finalize()
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await open_latest_run(pilot)
        choices = screen.query_one("#choice", ChoiceList)
        await wait_for(pilot, lambda: screen.focused is choices)
        assert screen.current == "s.skala"  # the first unanswered item
        await pilot.press("down", "space", "7")  # moving is allowed; choosing is not
        await wait_for(pilot, lambda: "Körningen är slutförd" in screen_text(app))
        assert choices.highlighted == 1 and choices.chosen is None and "●" not in choices.text
        assert value(store, slug, run_id, "skala") is None


async def test_the_options_read_in_english_too(
    settings: Settings, store: Store, tmp_path: Path
) -> None:
    make_app, _, _, _ = make_run(settings, store, tmp_path)
    app = make_app("en")
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await open_latest_run(pilot)
        choices = screen.query_one("#choice", ChoiceList)
        assert choices.text.splitlines() == ["▐ ▌ Yes", "▐ ▌ No"]
        await pilot.press("f4")
        await wait_for(pilot, lambda: screen.current == "s.skala")
        assert choices.text.splitlines()[-1] == "▐ ▌ Not applicable"
