"""Four phones vote in real browsers, the projector counts without values, the facilitator reveals."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from jamtui.catalog import Catalog
from jamtui.settings import Settings
from jamtui.storage import Store
from jamtui.ui.app import create_app
from jamtui.ui.workshop_app import WorkshopApp
from jamtui.workshop.options import WorkshopOptions
from tests.workshop.browser import require_chromium
from tests.workshop.conftest import PEOPLE, RATED_ITEM, TOKEN

playwright = pytest.importorskip("playwright.async_api")

VOTES = dict(zip(PEOPLE, (7, 5, 8, 7), strict=True))
SCREENSHOTS = os.environ.get("JAMTUI_SCREENSHOTS")
"""A folder to keep the pages' screenshots in (docs/images when the docs are refreshed)."""


async def wait_for(pilot: Any, condition: Any, what: str) -> None:
    for _ in range(2000):
        if condition():
            return
        await pilot.pause()
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
async def browser() -> AsyncIterator[Any]:
    executable = require_chromium()
    async with playwright.async_playwright() as driver:
        launched = await driver.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        yield launched
        await launched.close()


async def shot(page: Any, name: str) -> None:
    if SCREENSHOTS:
        Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
        await page.screenshot(path=str(Path(SCREENSHOTS) / name), full_page=True)


async def test_four_phones_vote_the_projector_counts_then_shows_the_spread(
    settings: Settings, catalog: Catalog, store: Store, run_id: str, browser: Any
) -> None:
    expect = playwright.expect
    options = WorkshopOptions("ljungby-kommun", run_id, "127.0.0.1", 0, TOKEN)
    app = create_app(
        settings.replace(lang="sv"), catalog=catalog, app_class=WorkshopApp, options=options
    )
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(
            pilot, lambda: app._run_screen() is not None and app.server is not None, "the run"
        )
        while app._run_screen().current != RATED_ITEM:
            await pilot.press("f4")
        assert app.server is not None
        base = f"http://127.0.0.1:{app.server.port}"

        projector = await browser.new_page(viewport={"width": 1280, "height": 720})
        await projector.goto(f"{base}/present?token={TOKEN}")
        await expect(projector.locator("#count")).to_have_text("0 av 4 har bedömt")

        phones = []
        for name, value in VOTES.items():
            context = await browser.new_context(
                viewport={"width": 390, "height": 844}, is_mobile=True
            )
            phone = await context.new_page()
            await phone.goto(f"{base}/?token={TOKEN}")
            await phone.get_by_role("button", name=name).click()
            await phone.get_by_role("radio", name=str(value), exact=True).check()
            if name == PEOPLE[0]:
                await shot(phone, "workshop-phone.png")
            await phone.get_by_role("button", name="Skicka").click()
            await expect(phone.get_by_role("status")).to_have_text("Din bedömning är sparad.")
            phones.append(phone)

        await expect(projector.locator("#count")).to_have_text("4 av 4 har bedömt")
        page = await projector.content()
        for name in PEOPLE:
            assert name not in page
        assert await projector.locator(".chart").count() == 0
        await shot(projector, "workshop-projector-hidden.png")

        await pilot.press("f6")  # the facilitator reveals
        await expect(projector.locator(".stats")).to_have_text("Lägst 5 · median 7 · högst 8")
        chart = projector.locator(".chart")
        assert "2 valde 7" in (await chart.get_attribute("aria-label") or "")
        await shot(projector, "workshop-projector-revealed.png")
        for name in PEOPLE:
            assert name not in await projector.content()
        # Voting is closed on the phones once the ratings are shown.
        await expect(phones[0].get_by_text("Bedömningarna är visade")).to_be_visible()
        await pilot.press("ctrl+q")

    run = store.load_run("ljungby-kommun", run_id)
    by_name = {p.name: p for p in run.participants}
    ratings = run.answers[RATED_ITEM].ratings
    assert {by_name[name].id: value for name, value in VOTES.items()} == ratings
    assert run.answers[RATED_ITEM].revealed


async def test_hostile_participant_names_stay_literal_in_the_browser(
    settings: Settings, catalog: Catalog, store: Store, run_id: str, browser: Any
) -> None:
    from tests.workshop.hostile import HOSTILE_NAMES

    with store.open_run("ljungby-kommun", run_id, catalog.get("larande-uppfoljning")) as session:
        from jamtui.core.run import Participant

        session.update_details(participants=[Participant(name) for name in HOSTILE_NAMES])
    options = WorkshopOptions("ljungby-kommun", run_id, "127.0.0.1", 0, TOKEN)
    app = create_app(settings, catalog=catalog, app_class=WorkshopApp, options=options)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(
            pilot,
            lambda: app.server is not None and app.room is not None and app.room.people(),
            "the room",
        )
        assert app.server is not None
        page = await browser.new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda dialog: dialogs.append(dialog.message))
        await page.goto(f"http://127.0.0.1:{app.server.port}/?token={TOKEN}")
        names = await page.locator("button .name").all_inner_texts()
        assert names == [name.strip() for name in HOSTILE_NAMES]
        assert dialogs == []
        await pilot.press("ctrl+q")


async def test_a_wrong_token_gets_403_in_the_browser(
    settings: Settings, catalog: Catalog, run_id: str, browser: Any
) -> None:
    options = WorkshopOptions("ljungby-kommun", run_id, "127.0.0.1", 0, TOKEN)
    app = create_app(settings, catalog=catalog, app_class=WorkshopApp, options=options)
    async with app.run_test() as pilot:
        await wait_for(pilot, lambda: app.server is not None and app.server.port, "the server")
        assert app.server is not None
        page = await browser.new_page()
        response = await page.goto(f"http://127.0.0.1:{app.server.port}/present?token=guess")
        assert response is not None and response.status == 403
        assert await page.inner_text("body") == "403 Forbidden"
        await pilot.press("ctrl+q")
