"""A TextArea that shows control characters visibly while keeping the stored text exact."""

from __future__ import annotations

from textual import events
from textual.widgets import TextArea
from textual.widgets.text_area import (
    Document,
    DocumentNavigator,
    EditResult,
    Location,
    WrappedDocument,
)

from jamtui.core.sanitize import show_controls


def _display(text: str) -> str:
    return show_controls(text)


class SafeDocument(Document):
    """A plain document whose lines are displayed with visible controls.

    The stored text is split on ``\\n`` only, and every other character is shown as exactly
    one character, so rows and columns of the displayed lines are rows and columns of the
    stored text. Every edit is applied to both.
    """

    def __init__(self, text: str) -> None:
        self._raw_lines = text.split("\n")
        super().__init__("\n".join(_display(line) for line in self._raw_lines))
        assert len(self._lines) == len(self._raw_lines)

    @property
    def raw_text(self) -> str:
        """The text exactly as stored (controls included)."""
        return "\n".join(self._raw_lines)

    def replace_range(self, start: Location, end: Location, text: str) -> EditResult:
        top, bottom = sorted((start, end))
        raw = self._raw_lines
        top_row = min(top[0], len(raw) - 1)
        bottom_row = min(bottom[0], len(raw) - 1)
        top_col = top[1] if top[0] < len(raw) else len(raw[top_row])
        bottom_col = bottom[1] if bottom[0] < len(raw) else len(raw[bottom_row])
        if top_row == bottom_row:
            replaced = raw[top_row][top_col:bottom_col]
        else:
            replaced = "\n".join(
                [
                    raw[top_row][top_col:],
                    *raw[top_row + 1 : bottom_row],
                    raw[bottom_row][:bottom_col],
                ]
            )
        new_lines = (raw[top_row][:top_col] + text + raw[bottom_row][bottom_col:]).split("\n")
        raw[top_row : bottom_row + 1] = new_lines
        result = super().replace_range(start, end, _display(text))
        # Undo puts ``replaced_text`` back through this method: give it the stored form.
        return EditResult(result.end_location, replaced)


class SafeTextArea(TextArea):
    """Use instead of TextArea everywhere: ``text`` is the exact text, display is neutralised."""

    def _set_document(self, text: str, language: str | None) -> None:
        # Textual's plain-text branch of ``_set_document``, with the safe document.
        self._highlight_query = None
        self.document = SafeDocument(text)
        self.wrapped_document = WrappedDocument(self.document, tab_width=self.indent_width)
        self.navigator = DocumentNavigator(self.wrapped_document)
        self._build_highlight_map()
        self.move_cursor((0, 0))
        self._rewrap_and_refresh_virtual_size()

    def _watch_language(self, language: str | None) -> None:
        # Textual rebuilds the document from its displayed text here: rebuild from the stored.
        self._set_document(self.text, language)

    async def _on_paste(self, event: events.Paste) -> None:
        # Terminals send pasted line breaks as CR: they are newlines in a note.
        event.text = event.text.replace("\r\n", "\n").replace("\r", "\n")
        await super()._on_paste(event)

    @property
    def text(self) -> str:
        """The entire text, exactly as stored or typed (controls included)."""
        document = self.document
        if isinstance(document, SafeDocument):
            return document.raw_text
        return document.text

    @text.setter
    def text(self, value: str) -> None:
        self.load_text(value)
