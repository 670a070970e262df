"""Text areas show controls visibly; the text they hold and save stays exactly as stored."""

from __future__ import annotations

from textual.app import App, ComposeResult

from jamtui.core.sanitize import show_controls, strip_controls
from jamtui.ui.widgets.safe_text_area import SafeTextArea
from tests.safety import payloads

STORED = "Not " + payloads.ALL + "\nrad två\r\n\x00\x0b\x1c\u2028slut"


class _One(App[None]):
    def compose(self) -> ComposeResult:
        yield SafeTextArea(STORED, id="area")


async def test_display_is_neutralised_and_the_text_is_exact() -> None:
    app = _One()
    async with app.run_test() as pilot:
        area = app.query_one(SafeTextArea)
        assert area.text == STORED
        shown = area.document.text
        assert "\x1b" not in shown and "\x9b" not in shown and "\u202e" not in shown
        assert "␛]52;c;" in shown and "␇" in shown and "␍" in shown
        assert shown.count("\n") == STORED.count("\n")  # same lines, same columns
        area.focus()
        area.move_cursor((0, 4))
        await pilot.press("X", "Y")
        assert area.text == "Not XY" + STORED[4:]
        area.select_all()
        await pilot.press("backspace")
        assert area.text == ""
        area.undo()
        assert area.text == "Not XY" + STORED[4:]
        area.load_text(STORED)
        area.move_cursor((1, 0))
        area.insert("ny \x1b[2J ")
        assert area.text == STORED.replace("\nrad", "\nny \x1b[2J rad", 1)
        assert "␛[2J" in area.document.text


def test_the_three_forms_agree_on_what_is_unsafe() -> None:
    for char in payloads.ALL:
        visible = show_controls(char)
        assert len(visible) == 1
        if visible != char:
            assert strip_controls(char) == ""
    assert show_controls("tab\tand\nnewline") == "tab\tand\nnewline"
    assert show_controls("Åsa Lind 👩") == "Åsa Lind 👩"
