"""A one-line search field: type to filter, Backspace, Ctrl+U to clear, Enter to go back."""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.widget import Widget

from jamtui.core.sanitize import strip_controls


class FilterLine(Widget, can_focus=True):
    """Text typed at the end of a line, nothing more: the organisation list's filter.

    Textual's ``Input`` (cursor movement, selection, validation, suggestions, a blink timer)
    costs about 30 ms at start-up; a filter needs none of it.
    """

    DEFAULT_CSS = """
    FilterLine {
        height: 1;
        margin: 0 1;
        padding: 0 1;
        background: $boost;
    }
    FilterLine:focus {
        background: $primary 30%;
    }
    """
    BINDINGS = [
        Binding("backspace", "delete_last", show=False),
        Binding("ctrl+u", "clear", show=False),
        Binding("enter", "submit", show=False),
        Binding("escape", "clear_and_leave", show=False),
        # Keys an input field would use must not reach the screen (Delete deletes there).
        Binding("delete,left,right,home,end", "nothing", show=False),
    ]

    class Changed(Message):
        """The text changed."""

        def __init__(self, filter_line: FilterLine, value: str) -> None:
            super().__init__()
            self.filter_line = filter_line
            self.value = value

        @property
        def control(self) -> FilterLine:
            return self.filter_line

    class Submitted(Message):
        """Enter or Escape: the user is done typing."""

        def __init__(self, filter_line: FilterLine) -> None:
            super().__init__()
            self.filter_line = filter_line

        @property
        def control(self) -> FilterLine:
            return self.filter_line

    def __init__(self, placeholder: str = "", *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.placeholder = placeholder
        self._value = ""

    @property
    def value(self) -> str:
        return self._value

    @value.setter
    def value(self, text: str) -> None:
        # One line of visible text: control characters and line breaks never get in.
        flat = text.replace("\n", " ").replace("\r", " ").replace("\t", " ")
        clean = strip_controls(flat)
        if clean != self._value:
            self._value = clean
            self.refresh()
            self.post_message(self.Changed(self, clean))

    def render(self) -> Text:
        if not self._value:
            text = Text(self.placeholder, style="italic", no_wrap=True, overflow="ellipsis")
            if self.has_focus:
                text = Text("▏", no_wrap=True) + text
            return text
        shown = Text(self._value, no_wrap=True, overflow="ellipsis")
        if self.has_focus:
            shown.append("▏")
        width = self.content_region.width
        if width and shown.cell_len > width:
            # Keep the end in view, where the typing happens.
            shown = Text("…" + shown.plain[-(width - 1) :], no_wrap=True)
        return shown

    def on_key(self, event: events.Key) -> None:
        # Every printable key is text here, even those the screen binds (n, r, a, /).
        if event.is_printable and event.character:
            event.stop()
            event.prevent_default()
            self.value = self._value + event.character

    def on_paste(self, event: events.Paste) -> None:
        event.stop()
        lines = [line for line in event.text.splitlines() if line.strip()]
        self.value = self._value + (lines[0] if lines else "")

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    def action_nothing(self) -> None:
        """Swallow a key (the text is edited at its end only)."""

    def action_delete_last(self) -> None:
        self.value = self._value[:-1]

    def action_clear(self) -> None:
        self.value = ""

    def action_submit(self) -> None:
        self.post_message(self.Submitted(self))

    def action_clear_and_leave(self) -> None:
        self.value = ""
        self.post_message(self.Submitted(self))
