"""The screen's keys as one or two lines of text (Textual's Footer costs ~100 ms at start-up)."""

from __future__ import annotations

from rich.text import Text
from textual.geometry import Size
from textual.screen import Screen
from textual.widget import Widget

from jamtui.ui.keys import describe

MAX_LINES = 2
GAP = "  "


class KeyBar(Widget):
    """Every binding with ``show=True`` that is active on the screen, in order.

    Keys are packed whole onto as many lines as they need, at most two; what does not fit
    on the second line ends in an ellipsis (every key is also in the help screen, F1). The
    height is worked out in the layout pass itself, so a second line costs no extra pass.
    """

    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: auto;
        background: $panel;
        color: $text;
    }
    """

    def __init__(self) -> None:
        super().__init__()
        self._drawn: list[Text] = []
        """The lines last drawn: a change of bindings that shows the same keys draws nothing
        (at start-up the bindings change as the focus lands, after the first frame)."""

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        if self.is_attached and screen is self.screen:
            if not self.size.width:
                self.refresh(layout=True)
                return
            lines = self.lines(self.size.width)
            if lines != self._drawn:
                self.refresh(layout=len(lines) != self.size.height)

    def entries(self) -> list[Text]:
        """One text per key: the key, reversed, and what it does (dimmed when disabled)."""
        result: list[Text] = []
        seen: set[str] = set()
        for _node, binding, enabled, _tooltip in self.screen.active_bindings.values():
            if not binding.show or not binding.description or binding.description in seen:
                continue
            seen.add(binding.description)
            key = self.app.get_key_display(binding)
            entry = Text(no_wrap=True)
            entry.append(f" {key} ", style="bold reverse" if enabled else "dim reverse")
            entry.append(f" {describe(binding)}", style="" if enabled else "dim")
            result.append(entry)
        return result

    def lines(self, width: int) -> list[Text]:
        return pack(self.entries(), width)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self.lines(width))

    def render(self) -> Text:
        self._drawn = self.lines(self.size.width)
        text = Text("\n").join(self._drawn)
        text.no_wrap = True
        text.overflow = "ellipsis"
        return text


def pack(entries: list[Text], width: int) -> list[Text]:
    """Whole entries on at most MAX_LINES lines of ``width`` cells; the last may be cut."""
    lines: list[Text] = [Text(no_wrap=True)]
    for entry in entries:
        line = lines[-1]
        needed = entry.cell_len + (len(GAP) if line.cell_len else 0)
        if line.cell_len and line.cell_len + needed > width and len(lines) < MAX_LINES:
            lines.append(Text(no_wrap=True))
            line = lines[-1]
        if line.cell_len:
            line.append(GAP)
        line.append_text(entry)
    for line in lines:
        line.truncate(max(1, width), overflow="ellipsis")
    return lines
