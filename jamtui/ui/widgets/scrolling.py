"""Bring a region of a widget into view in every scrolling container around it."""

from __future__ import annotations

from typing import cast

from textual.geometry import Region, Size
from textual.widget import Widget


def scroll_into_view(widget: Widget, region: Region) -> None:
    """Scroll each container around ``widget`` so ``region`` (in its content) is visible.

    For widgets that draw many rows themselves (no child widget to scroll to).
    """
    region = region.translate(widget.virtual_region.offset)
    while isinstance(widget.parent, Widget):
        container = widget.parent
        scrolled = container.scroll_to_region(region, animate=False, immediate=True)
        region = (
            region.translate(-scrolled)
            .translate(container.styles.border.spacing.top_left)
            .translate(container.virtual_region.offset)
        )
        widget = container


class QuietScrollbars:
    """Mix-in for a scrolling widget: its scroll bar is redrawn only when it would change.

    Textual redraws the scroll bar after every layout in which the widget took part (an
    extra repaint after each move on the run screen); the bar's size and position are
    reactive and redraw it themselves when they do change.
    """

    def _scroll_update(self, virtual_size: Size) -> None:
        widget = cast(Widget, self)
        bar = widget._vertical_scrollbar
        if (
            bar is not None
            and widget.show_vertical_scrollbar
            and not widget.show_horizontal_scrollbar
        ):
            height = widget.container_size.height - widget.scrollbar_size_horizontal
            if (bar.window_virtual_size, bar.window_size) == (virtual_size.height, height):
                widget._refresh_scrollbars()
                widget.scroll_x = widget.validate_scroll_x(widget.scroll_x)
                widget.scroll_y = widget.validate_scroll_y(widget.scroll_y)
                return
        super()._scroll_update(virtual_size)  # type: ignore[misc]
        if bar is not None and widget.is_attached and widget.screen.is_current:
            # Drawn in the paint of the layout that changed it, not in a repaint of its own.
            widget.screen._compositor.update_widgets({bar})
