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

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    _drawn: tuple[int, list[Text]] | None = None
    """The width and lines last drawn: a bindings update that changes nothing draws nothing."""
    _packed: tuple[int, list[Text]] | None = None
    """The lines for a width, until the bindings change: a layout asks for the height and the
    paint for the lines (the first screen is laid out and painted several times at start-up)."""

    def _bindings_changed(self, screen: Screen[object]) -> None:
        if not (self.is_attached and screen is self.screen):
            return
        self._packed = None
        width = self.size.width
        lines = self.lines(width)
        if self._drawn == (width, lines):
            return  # the same keys (every move on the run screen refreshes the bindings)
        self.refresh(layout=(len(lines) if width else 1) != self.size.height)

    def notify_style_update(self) -> None:
        self._packed = None  # a new keymap or theme comes with a style update
        super().notify_style_update()

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
        if self._packed is None or self._packed[0] != width:
            self._packed = (width, pack(self.entries(), width))
        return list(self._packed[1])

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self.lines(width))

    def render(self) -> Text:
        lines = self.lines(self.size.width)
        self._drawn = (self.size.width, lines)
        text = Text("\n").join(lines)
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
