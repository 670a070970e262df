"""A single choice (yes/no, a scale's levels, choices, N/A) as one widget, drawn line by line."""

from __future__ import annotations

from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.geometry import Region, Size
from textual.message import Message
from textual.strip import Strip

from jamtui.ui.widgets.drawn_lines import DrawnLines
from jamtui.ui.widgets.scrolling import scroll_into_view

BUTTON = ("▐", "▌")
"""The sides of each option's button; inside it ``●`` when chosen, blank when not."""


class ChoiceList(DrawnLines, can_focus=True):
    """Options one under another, at most one chosen, drawn by this one widget.

    It looks and answers keys like a radio set, without a widget per option (moving to
    another item, or the keyboard arriving, restyles and redraws one widget instead of a
    dozen). Up/Left and Down/Right move the highlight (wrapping), Space and Enter choose
    the highlighted option, the characters in ``shortcuts`` choose directly (the editor
    gives an option's number, on a scale its level with 0 for 10, n for N/A); a click
    chooses the option under it. The chosen option shows
    ``●`` (readable without colour); ``text`` gives the lines as plain text.
    While ``read_only`` the keys that would choose are left to the screen (which says why).
    """

    DEFAULT_CSS = """
    ChoiceList {
        border: tall $border-blurred;
        background: $surface;
        padding: 0 1;
        height: auto;
        width: 1fr;
        pointer: pointer;
    }
    ChoiceList:focus { border: tall $border; background-tint: $foreground 5%; }
    ChoiceList > .choice-list--button { color: $panel-darken-2; background: $panel; }
    ChoiceList > .choice-list--chosen { color: $text-success; background: $panel; }
    ChoiceList > .choice-list--cursor { background: $block-cursor-blurred-background; }
    ChoiceList:focus > .choice-list--cursor {
        color: $block-cursor-foreground;
        background: $block-cursor-background;
        text-style: $block-cursor-text-style;
    }
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "choice-list--button",
        "choice-list--chosen",
        "choice-list--cursor",
    }

    MOVES: ClassVar[dict[str, int]] = {"up": -1, "left": -1, "down": 1, "right": 1}
    CHOOSE: ClassVar[frozenset[str]] = frozenset({"space", "enter"})

    class Changed(Message):
        """The user chose option ``index``."""

        def __init__(self, choice_list: ChoiceList, index: int) -> None:
            super().__init__()
            self.choice_list = choice_list
            self.index = index

        @property
        def control(self) -> ChoiceList:
            return self.choice_list

    def __init__(
        self,
        labels: list[Text],
        chosen: int | None = None,
        *,
        shortcuts: dict[str, int] | None = None,
        id: str | None = None,
        disabled: bool = False,
    ) -> None:
        super().__init__(id=id, disabled=disabled)
        self.labels: list[Text] = []
        self.chosen: int | None = None
        self.highlighted = 0
        self.read_only = False
        self.shortcuts: dict[str, int] = {}
        """Characters that choose an option directly (its number, a scale level, n for N/A)."""
        self._lines: list[tuple[int, Text]] = []
        """(option index, label line) of each drawn line at ``_laid_out_for`` width."""
        self._first_line: list[int] = []
        self.load(labels, chosen, shortcuts)

    # -- state ----------------------------------------------------------------------------------
    def load(
        self, labels: list[Text], chosen: int | None, shortcuts: dict[str, int] | None = None
    ) -> None:
        """Show ``labels`` with ``chosen`` chosen (None: none) and highlighted (else the first).

        Redraws only when something shown changed, and asks for a layout only when the
        number of lines may have.
        """
        highlighted = chosen if chosen is not None else 0
        self.shortcuts = dict(shortcuts or {})
        if [label.plain for label in labels] != [label.plain for label in self.labels]:
            self.labels = [label.copy() for label in labels]
            self.chosen, self.highlighted = chosen, highlighted
            self._laid_out_for = -1
            self._strips.clear()
            if self.is_mounted:
                self.refresh(layout=True)
            return
        if (chosen, highlighted) != (self.chosen, self.highlighted):
            self.chosen, self.highlighted = chosen, highlighted
            self._changed()

    def select(self, index: int) -> None:
        """Choose option ``index`` as the user would (posts ``Changed`` when it is new)."""
        if not 0 <= index < len(self.labels):
            return
        self.highlighted = index
        if index != self.chosen:
            self.chosen = index
            self.post_message(self.Changed(self, index))
        self._changed()
        self._bring_into_view(index)

    # -- keys and mouse -------------------------------------------------------------------------
    def on_key(self, event: events.Key) -> None:
        """Keys as they arrive (not bindings), so a key typed after another acts after it."""
        if not self.labels:
            return
        if event.key in self.MOVES:
            event.stop()
            event.prevent_default()
            self.highlighted = (self.highlighted + self.MOVES[event.key]) % len(self.labels)
            self._changed()
            self._bring_into_view(self.highlighted)
            return
        if self.read_only:
            return  # the screen shows why nothing changes
        index = self.highlighted if event.key in self.CHOOSE else None
        if index is None and event.character is not None:
            index = self.shortcuts.get(event.character)
        if index is not None:
            event.stop()
            event.prevent_default()
            self.select(index)

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        self._lay_out(self.content_size.width)
        if 0 <= offset.y < len(self._lines):
            self.select(self._lines[offset.y][0])

    def _bring_into_view(self, index: int) -> None:
        """Bring option ``index`` into view in the scrolling pane around this widget."""
        if not self._first_line or index >= len(self._first_line):
            return
        top = self._first_line[index]
        end = self._first_line[index + 1] if index + 1 < len(self._first_line) else len(self._lines)
        scroll_into_view(self, Region(0, top, max(1, self.size.width), end - top))

    # -- drawing --------------------------------------------------------------------------------
    def _layout(self, width: int) -> None:
        """Wrap each label to the room after its button; a long label takes several lines."""
        room = max(1, width - 5)  # "▐●▌ " before the label, a space after it
        lines: list[tuple[int, Text]] = []
        first: list[int] = []
        for index, label in enumerate(self.labels):
            first.append(len(lines))
            wrapped = label.wrap(self.app.console, room) if label.plain else [Text()]
            lines.extend((index, part) for part in wrapped)
        self._lines, self._first_line = lines, first

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        self._laid_out_for = -1
        self._lay_out(width)
        return len(self._lines)

    def _draw_line(self, y: int, width: int) -> Strip:
        if y >= len(self._lines):
            return Strip.blank(width)
        index, part = self._lines[y]
        segments: list[Segment] = []
        if self._first_line[index] == y:
            chosen = index == self.chosen
            button = self.get_component_rich_style(
                "choice-list--chosen" if chosen else "choice-list--button"
            )
            side = Style(color=button.bgcolor, bgcolor=self.rich_style.bgcolor)
            segments += [
                Segment(BUTTON[0], side),
                Segment("●" if chosen else " ", button),
                Segment(BUTTON[1], side),
            ]
        else:
            segments.append(Segment("   "))
        label = Text(" ")
        label.append_text(part)
        label.append(" ")
        if index == self.highlighted:
            label.stylize(self.get_component_rich_style("choice-list--cursor"))
        segments.extend(label.render(self.app.console))
        return Strip(segments).crop_extend(0, width, None)

    @property
    def text(self) -> str:
        """What the widget shows, as plain text line by line (screen readers, tests)."""
        width = self.content_size.width or 80
        self._lay_out(width)
        return "\n".join(self._draw_line(y, width).text.rstrip() for y in range(len(self._lines)))

    def on_focus(self) -> None:
        self._changed()

    def on_blur(self) -> None:
        self._changed()
