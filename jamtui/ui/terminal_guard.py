"""The last line of defence in the TUI: no text segment can carry a control to the terminal.

Widgets show untrusted text through ``safe_text`` and ``SafeTextArea``; this guard makes
sure that whatever a widget (ours, Textual's, a toast, the palette) puts into a line of
the screen, its *text* never holds ESC, C0/C1 controls, bidi or zero-width characters.
Textual's own style sequences are added around the text afterwards and are untouched.
Rich counts every such character as zero cells wide, so removing them keeps the layout.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from rich.console import Console
from textual.strip import Strip

from jamtui.core.sanitize import UNSAFE_CLASS

_UNSAFE = re.compile(f"[{UNSAFE_CLASS}\t\n\r]")
_installed: Callable[[Strip, Console], str] | None = None


def clean_segment_text(text: str) -> str:
    """``text`` without any character a terminal would act on."""
    if _UNSAFE.search(text) is None:
        return text
    return _UNSAFE.sub("", text)


def install() -> None:
    """Filter the text of every strip Textual renders (idempotent)."""
    global _installed
    if _installed is not None:
        return
    original: Callable[[Strip, Console], str] = Strip.render

    def render(self: Strip, console: Console) -> str:
        if self._render_cache is None:
            segments = self._segments
            # One search over the line's text: a line is some ten segments, and every line
            # of every frame passes here (per segment was a tenth of the first frame's CPU).
            if _UNSAFE.search("".join([segment.text for segment in segments])) is not None:
                from rich.segment import Segment

                self._segments = [
                    Segment(clean_segment_text(seg.text), seg.style, seg.control)
                    for seg in segments
                ]
        return original(self, console)

    Strip.render = render  # type: ignore[method-assign]
    _installed = original
