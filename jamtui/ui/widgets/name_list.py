"""A long list of names that draws only the rows on screen (thousands of organisations)."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import NamedTuple

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from jamtui.ui.safe_text import line
from jamtui.ui.widgets.own_style import OwnStyle

MARK = "▸ "
"""Drawn before the highlighted row, so the highlight reads without colour."""
NO_MARK = "  "


class Entry(NamedTuple):
    """One row: a label from users or files (shown literally, on one line) and its key."""

    label: str
    id: str
    note: str = ""
    """Shown after the label in brackets, e.g. "arkiverad"."""
    note_style: str = "italic"

    def shown(self) -> Text:
        """The row as drawn (built only for rows on screen: lists can be long)."""
        text = line(self.label)
        if self.note:
            text.append(f"  ({self.note})", style=self.note_style)
        return text


class NameList(ScrollView, OwnStyle, can_focus=True):
    """Rows of single-line text with one highlighted row; Enter or a click selects it.

    ``OptionList`` lays out every option to measure it, which costs about 0.1 ms per
    organisation before the first screen appears; this widget renders visible rows only.
    Its own style is worked out once per style change (``OwnStyle``), not once per row.
    """

    DEFAULT_CSS = """
    NameList {
        height: 1fr;
        background: $surface;
    }
    NameList > .name-list--highlight {
        background: $block-cursor-blurred-background;
        text-style: bold;
    }
    NameList:focus > .name-list--highlight {
        background: $block-cursor-background;
        color: $block-cursor-foreground;
    }
    """
    COMPONENT_CLASSES = {"name-list--highlight"}
    BINDINGS = [
        Binding("up", "cursor(-1)", show=False),
        Binding("down", "cursor(1)", show=False),
        Binding("pageup", "page(-1)", show=False),
        Binding("pagedown", "page(1)", show=False),
        Binding("home", "first", show=False),
        Binding("end", "last", show=False),
        Binding("enter", "select", show=False),
    ]

    class Highlighted(Message):
        """The highlighted row changed (``entry`` is None when the list is empty)."""

        def __init__(self, name_list: NameList, entry: Entry | None) -> None:
            super().__init__()
            self.name_list = name_list
            self.entry = entry

        @property
        def control(self) -> NameList:
            return self.name_list

    class Selected(Message):
        """A row was chosen with Enter or a click."""

        def __init__(self, name_list: NameList, entry: Entry) -> None:
            super().__init__()
            self.name_list = name_list
            self.entry = entry

        @property
        def control(self) -> NameList:
            return self.name_list

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._entries: Sequence[Entry] = []
        self._highlighted: int | None = None
        self._strips: dict[tuple[int, bool, int, bool], Strip] = {}
        """Drawn rows; the whole screen is drawn twice at start-up, and again on resizes."""
        self.empty_text = ""
        """Shown on the first row when there are no entries."""

    # -- the data ---------------------------------------------------------------------
    @property
    def option_count(self) -> int:
        return len(self._entries)

    @property
    def entries(self) -> list[Entry]:
        return list(self._entries)

    def get_option_at_index(self, index: int) -> Entry:
        return self._entries[index]

    @property
    def highlighted(self) -> int | None:
        return self._highlighted

    @highlighted.setter
    def highlighted(self, index: int | None) -> None:
        self._highlight(index)

    @property
    def highlighted_entry(self) -> Entry | None:
        index = self._highlighted
        return None if index is None else self._entries[index]

    def set_entries(self, entries: Sequence[Entry], highlight: int | None = 0) -> None:
        """Replace every row; highlight ``highlight`` (clamped), or nothing when empty.

        ``entries`` is kept, not copied: a sequence that makes its rows when asked (10,000
        organisations) costs only the rows drawn.
        """
        self._entries = entries
        self._strips.clear()
        # No sideways scrolling: a row too long for the list ends in an ellipsis.
        self.virtual_size = Size(0, len(self._entries))
        if len(self._entries) > self.app.size.height and self.styles.overflow_y == "auto":
            # Taller than the terminal, so surely taller than the list: the scroll bar is in
            # the first layout. (Textual adds it once a layout has measured the list, then
            # lays out and paints the list again: a second frame at start-up.)
            self.show_vertical_scrollbar = True
        self._highlighted = None
        self._highlight(highlight if highlight is not None else 0, force=True)
        self.refresh()
        # The new length only counts once laid out: scroll to the highlight after that.
        self.call_after_refresh(self.scroll_to_highlight)

    def scroll_to_highlight(self) -> None:
        """Bring the highlighted row into view."""
        if self._highlighted is not None:
            self.scroll_to_region(Region(0, self._highlighted, 1, 1), animate=False, immediate=True)

    def on_resize(self) -> None:
        self.call_after_refresh(self.scroll_to_highlight)

    def _highlight(self, index: int | None, force: bool = False) -> None:
        if not self._entries:
            index = None
        elif index is not None:
            index = max(0, min(index, len(self._entries) - 1))
        if index == self._highlighted and not force:
            return
        old = self._highlighted
        self._highlighted = index
        for row in (old, index):
            if row is not None:
                self.refresh(Region(0, row - self.scroll_offset.y, self.size.width, 1))
        self.scroll_to_highlight()
        self.post_message(self.Highlighted(self, self.highlighted_entry))

    # -- drawing ----------------------------------------------------------------------
    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()  # a new theme or focus style: draw the rows again

    def render_line(self, y: int) -> Strip:
        index = self.scroll_offset.y + y
        # The visible width: a vertical scrollbar takes the last columns of the widget.
        width = self.scrollable_content_region.width
        chosen = index == self._highlighted
        key = (index, chosen, width, self.has_focus)
        cached = self._strips.get(key)
        if cached is not None:
            return cached
        base = self.base_style
        if index >= len(self._entries):
            message = textwrap.wrap(self.empty_text, max(8, width - 1)) if not self._entries else []
            if index < len(message):
                text = Text(message[index], style=base + Style(italic=True), end="")
                return Strip(text.render(self.app.console), text.cell_len).crop_extend(
                    0, width, base
                )
            return Strip.blank(width, base)
        if len(self._strips) > 512:
            self._strips.clear()
        text = Text(MARK if chosen else NO_MARK, no_wrap=True, end="", overflow="ellipsis")
        text.append_text(self._entries[index].shown())
        text.truncate(width, overflow="ellipsis")
        text.stylize_before(base)
        if chosen:
            text.stylize(self.get_component_rich_style("name-list--highlight"))
        strip = Strip(text.render(self.app.console), text.cell_len)
        style = base + self.get_component_rich_style("name-list--highlight") if chosen else base
        self._strips[key] = strip = strip.crop_extend(0, width, style)
        return strip

    # -- keys and mouse ---------------------------------------------------------------
    def action_cursor(self, step: int) -> None:
        start = self._highlighted if self._highlighted is not None else -step
        self._highlight(start + step)

    def action_page(self, direction: int) -> None:
        rows = max(1, self.scrollable_content_region.height - 1)
        self.action_cursor(direction * rows)

    def action_first(self) -> None:
        self._highlight(0)

    def action_last(self) -> None:
        self._highlight(len(self._entries) - 1)

    def action_select(self) -> None:
        entry = self.highlighted_entry
        if entry is not None:
            self.post_message(self.Selected(self, entry))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        index = offset.y + self.scroll_offset.y
        if 0 <= index < len(self._entries):
            self._highlight(index)
            self.action_select()
