"""The guard on Textual's strips: no control in any rendered text, styles untouched."""

from __future__ import annotations

import inspect

from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip

from jamtui.ui import terminal_guard
from tests.safety import payloads


def test_textual_still_renders_strips_the_way_the_guard_wraps() -> None:
    # The guard wraps Strip.render of the pinned Textual: fail loudly if its shape changes.
    terminal_guard.install()
    assert terminal_guard._installed is not None
    assert list(inspect.signature(terminal_guard._installed).parameters) == ["self", "console"]
    assert "_render_cache" in Strip.__slots__ and "_segments" in Strip.__slots__


def test_a_strip_with_hostile_text_renders_only_its_own_style_codes() -> None:
    terminal_guard.install()
    strip = Strip([Segment("a" + payloads.ALL + "b", Style(bold=True)), Segment(payloads.OSC52)])
    width = strip.cell_length
    rendered = strip.render(Console(color_system="truecolor"))
    assert rendered.startswith("\x1b[1m") and rendered.count("\x1b") == 2  # bold on, reset
    assert "\x9b" not in rendered and "\u202e" not in rendered and "\u200b" not in rendered
    assert strip.cell_length == width  # removed characters took no cells
