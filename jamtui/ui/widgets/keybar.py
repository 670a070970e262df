"""The screen's keys as one or two lines of text (Textual's Footer costs ~100 ms at start-up)."""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.screen import Screen
from textual.widgets import Static

MAX_LINES = 2
GAP = "  "


class KeyBar(Static):
    """Every binding with ``show=True`` that is active on the screen, in order.

    Keys are packed whole onto as many lines as they need, at most two; what does not fit
    on the second line ends in an ellipsis (every key is also in the help screen, F1).
    """

    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        background: $panel;
        color: $text;
    }
    """

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self._show_keys()

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def on_resize(self, event: events.Resize) -> None:
        self._show_keys()

    def _bindings_changed(self, screen: Screen[object]) -> None:
        if self.is_attached and screen is self.screen:
            self._show_keys()

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
            entry.append(f" {binding.description}", style="" if enabled else "dim")
            result.append(entry)
        return result

    def _show_keys(self) -> None:
        width = self.size.width or self.app.size.width
        lines = pack(self.entries(), width)
        if self.styles.height is None or self.styles.height.value != len(lines):
            self.styles.height = len(lines)
        text = Text("\n").join(lines)
        text.no_wrap = True
        text.overflow = "ellipsis"
        # The height is set above, so the new text needs no layout pass.
        self.update(text, layout=False)


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
