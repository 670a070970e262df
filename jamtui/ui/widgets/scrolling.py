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
    """Mix-in for a scrolling widget: its scroll bar is redrawn in the paint of the layout.

    Textual redraws the scroll bar after every layout in which the widget took part, in a
    repaint of its own a moment later (one more paint per move on the run screen); this
    draws it in the paint that follows the layout instead.
    """

    def _scroll_update(self, virtual_size: Size) -> None:
        super()._scroll_update(virtual_size)  # type: ignore[misc]
        widget = cast(Widget, self)
        bar = widget._vertical_scrollbar
        if bar is not None and widget.is_attached and widget.screen.is_current:
            widget.screen._compositor.update_widgets({bar})
