"""``jamtui serve``: the whole app in a browser tab; keys typed there land in the data folder."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.workshop.browser import require_chromium

playwright = pytest.importorskip("playwright.async_api")
JAMTUI = Path(sys.executable).with_name("jamtui")


class ScreenStream:
    """What the app sent to the browser tab over its websocket, as text (escapes and all)."""

    def __init__(self) -> None:
        self.text = ""
        self.frames = 0

    def watch(self, socket: Any) -> None:
        socket.on("framereceived", self._frame)

    def _frame(self, payload: str | bytes) -> None:
        self.frames += 1
        self.text += payload.decode("utf-8", "replace") if isinstance(payload, bytes) else payload


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def wait_until(condition: Any, what: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.05)


async def settled(screen: ScreenStream, quiet: float = 0.5, timeout: float = 60.0) -> None:
    """Until no frame has come for ``quiet`` seconds (the app waits for keys)."""
    deadline = time.monotonic() + timeout
    frames, since = screen.frames, time.monotonic()
    while time.monotonic() - since < quiet:
        if time.monotonic() > deadline:
            raise AssertionError("the screen never settled")
        await asyncio.sleep(0.05)
        if screen.frames != frames:
            frames, since = screen.frames, time.monotonic()


def listening(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


async def test_the_browser_tab_runs_the_app_and_a_new_organisation_lands_on_disk(
    tmp_path: Path,
) -> None:
    executable = require_chromium()
    data = tmp_path / "data"
    port = free_port()
    server = subprocess.Popen(
        [str(JAMTUI), "--data-dir", str(data), "serve", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
        env={**os.environ, "JAMTUI_LANG": "sv"},
    )
    try:
        await wait_until(
            lambda: listening(port) or server.poll() is not None, "jamtui serve to listen"
        )
        assert server.poll() is None, server.stdout.read().decode() if server.stdout else ""
        async with playwright.async_playwright() as driver:
            browser = await driver.chromium.launch(
                executable_path=executable, args=["--no-sandbox"]
            )
            page = await browser.new_page(viewport={"width": 1200, "height": 800})
            screen = ScreenStream()
            page.on("websocket", screen.watch)
            await page.goto(f"http://127.0.0.1:{port}/")
            await page.locator("body.-first-byte").wait_for(state="attached", timeout=60_000)
            await page.locator(".textual-terminal").click()
            organisation = data / "organisations" / "vaxjo-kommun" / "organisation.toml"
            # The app is up once its first screen is drawn and its output has settled.
            await wait_until(lambda: "Organisationer" in screen.text, "the first screen")
            await settled(screen)
            await page.keyboard.press("n")
            # The field takes keys once it has focus: its cursor then blinks (a frame or two more).
            drawn = screen.frames
            await wait_until(lambda: screen.frames >= drawn + 2, "the cursor in the name field")
            await page.keyboard.type("Växjö kommun", delay=20)
            await page.keyboard.press("Enter")
            await wait_until(organisation.exists, "the organisation file", timeout=30)
            assert organisation.exists()
            assert 'name = "Växjö kommun"' in organisation.read_text(encoding="utf-8")
            if os.environ.get("JAMTUI_SCREENSHOTS"):
                await page.screenshot(
                    path=str(Path(os.environ["JAMTUI_SCREENSHOTS"]) / "serve.png")
                )
            await browser.close()
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
