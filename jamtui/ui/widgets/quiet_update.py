"""Update a one-line ``Static`` without a layout of the screen when its size cannot change."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static


def _one_line(text: object, width: int) -> int | None:
    """The cells of ``text`` if it is one line that fits in ``width``, else None."""
    if not isinstance(text, Text) or "\n" in text.plain or text.cell_len > width:
        return None
    return text.cell_len


def update_line(widget: Static, text: Text) -> None:
    """Show ``text`` in ``widget``: nothing when it is already shown, a repaint only when
    old and new are single lines of a size that keeps the widget's size, else with layout.

    Textual lays the whole screen out again for every ``Static.update``; a status, a count
    or a spread line that changes on every key needs only its own line redrawn.
    """
    shown = widget.content
    if isinstance(shown, Text) and shown == text:
        return
    width = widget.content_size.width
    old, new = _one_line(shown, width), _one_line(text, width)
    styles_width = widget.styles.width
    auto_width = styles_width is None or styles_width.is_auto
    same_size = old is not None and new is not None and (old == new or not auto_width)
    widget.update(text, layout=not same_size)
