"""A widget's own style worked out once per style change, for widgets that draw their lines."""

from __future__ import annotations

from rich.style import Style
from textual.widget import Widget


class OwnStyle(Widget):
    """``base_style`` is ``rich_style`` (which walks every ancestor each time it is read),
    kept until the widget's styles change: a theme, a focus or a class."""

    _base: Style | None = None

    def notify_style_update(self) -> None:
        self._base = None
        super().notify_style_update()

    @property
    def base_style(self) -> Style:
        if self._base is None:
            self._base = self.rich_style
        return self._base
