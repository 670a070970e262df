"""Selection lists whose state shows as a symbol, not only as a colour."""

from __future__ import annotations

from rich.segment import Segment
from textual.strip import Strip
from textual.widgets import SelectionList
from textual.widgets._toggle_button import ToggleButton


class MarkedSelectionList(SelectionList[str]):
    """``X`` on chosen options and blank on the others."""

    read_only = False

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Enter and Space do not choose while read-only (the screen shows why)."""
        return not (self.read_only and action == "select")

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        segments = list(strip)
        if len(segments) < 3 or segments[1].text != ToggleButton.BUTTON_INNER:
            return strip
        style = segments[1].style
        index = style.meta.get("option") if style is not None and style.meta else None
        if index is None:
            return strip
        chosen = self.get_option_at_index(index).value in self.selected
        segments[1] = Segment("X" if chosen else " ", style)
        return Strip(segments, strip.cell_length)
