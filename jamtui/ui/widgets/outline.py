"""The run's outline: sections and items, each with a mark that reads without colour."""

from __future__ import annotations

import contextlib

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from jamtui.core.answer_text import item_numbers, without_number
from jamtui.core.model import Checklist
from jamtui.core.navigation import ItemState, Path
from jamtui.i18n import t
from jamtui.ui.safe_text import line

MARKS: dict[ItemState, tuple[str, str]] = {
    ItemState.ANSWERED: ("✓", "mark.answered"),
    ItemState.UNANSWERED: ("○", "mark.unanswered"),
    ItemState.MISSING: ("!", "mark.missing"),
    ItemState.HIDDEN: ("–", "mark.hidden"),
    ItemState.ENDED: ("×", "mark.ended"),
}
RETIRED_MARK = ("↺", "mark.retired")


class Outline(OptionList):
    """Sections as headings, items as options (id = item id); hidden items are disabled."""

    _shown: tuple[object, ...] | None = None

    def show(
        self, checklist: Checklist, path: Path, lang: str, retired: list[str], current: str | None
    ) -> None:
        """Rebuild the options only when a mark changed; otherwise just move the highlight."""
        key = (id(checklist), lang, tuple(retired), tuple(path.states.items()))
        if key != self._shown:
            self._shown = key
            self._rebuild(checklist, path, lang, retired)
        if current is not None:
            with contextlib.suppress(OptionDoesNotExist):
                self.highlighted = self.get_option_index(current)

    def _rebuild(self, checklist: Checklist, path: Path, lang: str, retired: list[str]) -> None:
        numbers = item_numbers(checklist)
        self.clear_options()
        for index, section in enumerate(checklist.sections, start=1):
            self.add_option(
                Option(
                    Text(f"{index}. ", style="bold")
                    + line(without_number(section.title.get(lang)), style="bold"),
                    disabled=True,
                )
            )
            for item in section.items:
                state = path.states.get(item.id, ItemState.UNANSWERED)
                mark, _ = MARKS[state]
                if state is ItemState.ANSWERED and not item.takes_answer:
                    mark = NOTICE_MARK  # information, not an answer
                prompt = Text(f"{mark} {numbers[item.id]} ")
                prompt.append_text(line(_short(item.text.get(lang))))
                disabled = state in (ItemState.HIDDEN, ItemState.ENDED)
                if disabled:
                    prompt.stylize("dim")
                self.add_option(Option(prompt, id=item.id, disabled=disabled))
        if retired:
            self.add_option(Option(Text(t("mark.retired_heading"), style="bold"), disabled=True))
            for item_id in retired:
                self.add_option(Option(Text(f"{RETIRED_MARK[0]} ") + line(item_id), disabled=True))


NOTICE_MARK = "i"
"""A ``notice`` item in the outline: shown for information, never answered."""


def _short(text: str, limit: int = 60) -> str:
    first = text.strip().splitlines()[0] if text.strip() else ""
    return first if len(first) <= limit else first[: limit - 1] + "…"


def legend() -> Text:
    parts = [f"{mark} {t(key)}" for mark, key in MARKS.values()]
    return Text("  ".join(parts), style="dim")
