"""A widget drawn line by line: laid out once per width, each drawn line kept until it changes."""

from __future__ import annotations

from textual.strip import Strip

from jamtui.ui.widgets.own_style import OwnStyle


class DrawnLines(OwnStyle):
    """Draws its lines itself (``render_line``) and keeps each strip until something shown
    changes, so a move or a key redraws only what ``_changed`` or a new layout says.

    A subclass gives ``_layout(width)`` (where things go at that width) and
    ``_draw_line(y, width)`` (the strip of line ``y``). A line depends on the width only, never
    on the height: a resize to a new width lays out and draws anew (``_lay_out``), one that
    keeps the width (the first layouts at start-up, a taller terminal) draws nothing again.
    """

    def __init__(self, *, id: str | None = None, disabled: bool = False) -> None:
        super().__init__(id=id, disabled=disabled)
        self._laid_out_for = -1
        """The width the current layout was made for (-1: none)."""
        self._strips: dict[int, Strip] = {}

    def _layout(self, width: int) -> None:
        raise NotImplementedError

    def _draw_line(self, y: int, width: int) -> Strip:
        raise NotImplementedError

    def _lay_out(self, width: int) -> None:
        if width == self._laid_out_for:
            return
        self._laid_out_for = width
        self._layout(width)
        self._strips.clear()

    def _changed(self) -> None:
        """Something shown changed, not where it goes: draw every line anew."""
        self._strips.clear()
        self.refresh()

    def notify_style_update(self) -> None:
        """A theme, style or focus change: draw every line anew."""
        self._strips.clear()
        super().notify_style_update()

    def render_line(self, y: int) -> Strip:
        width = self.content_size.width
        self._lay_out(width)
        strip = self._strips.get(y)
        if strip is None:
            strip = self._draw_line(y, width).apply_style(self.base_style)
            self._strips[y] = strip
        return strip
