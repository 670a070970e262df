"""One save-and-notify path: a refusal is a warning, a disk failure an error that stays."""

from __future__ import annotations

from collections.abc import Callable

from jamtui.storage import InvalidValueError
from jamtui.ui.app import JamtuiApp
from jamtui.ui.saving import FAILURE_TIMEOUT, Saved, save_change


async def test_every_screen_reports_a_failed_save_the_same_way(
    make_app: Callable[..., JamtuiApp],
) -> None:
    app = make_app("en")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()

        def disk_full() -> None:
            raise OSError(28, "No space left on device\x1b[2J")

        def refused() -> None:
            raise InvalidValueError("not on the scale")

        assert save_change(app.screen, disk_full) is Saved.FAILED
        assert save_change(app.screen, refused) is Saved.REFUSED
        assert save_change(app.screen, lambda: None) is Saved.OK
        await pilot.pause()
        failed, warned = list(app._notifications)[-2:]
        assert failed.severity == "error" and failed.timeout == FAILURE_TIMEOUT
        assert "No space left on device" in failed.message and "\x1b" not in failed.message
        assert warned.severity == "warning" and warned.message == "not on the scale"
