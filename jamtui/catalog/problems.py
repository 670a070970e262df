"""A problem found in a checklist file or plugin, and how it reads as one line."""

from __future__ import annotations

from dataclasses import dataclass

from jamtui.i18n import t


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a checklist definition."""

    origin: str
    message: str
    line: int | None = None
    column: int | None = None
    path: str = ""
    item_id: str = ""

    def format(self, lang: str | None = None) -> str:
        """``file:line:col: path (item "id"): message`` — one readable line."""
        where = self.origin
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        parts = [where]
        context = self.path
        if self.item_id:
            label = t("problem.item", lang, id=self.item_id)
            context = f"{context} ({label})" if context else label
        if context:
            parts.append(context)
        parts.append(_single_line(self.message))
        return ": ".join(parts)


def _single_line(text: str) -> str:
    return " ".join(text.split())
