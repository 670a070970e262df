"""Show text from users and files literally: no markup, no escapes, no control characters."""

from __future__ import annotations

from rich.text import Text

from jamtui.core.sanitize import strip_controls


def literal(text: str, style: str = "", single_line: bool = False) -> Text:
    """A Rich Text that renders ``text`` exactly (``[bold]`` stays ``[bold]``)."""
    return Text(strip_controls(text, keep_newlines=not single_line), style=style)


def line(text: str, style: str = "") -> Text:
    return literal(text, style=style, single_line=True)
