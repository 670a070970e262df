"""The run's outline: sections and items, each with a mark that reads without colour."""

from __future__ import annotations

import contextlib

from rich.segment import Segment
from rich.text import Text
from textual.geometry import Region
from textual.reactive import reactive
from textual.strip import Strip
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from jamtui.core.answer_text import item_numbers, without_number
from jamtui.core.model import Checklist, Item
from jamtui.core.navigation import ItemState, Path
from jamtui.i18n import t
from jamtui.ui.safe_text import line
from jamtui.ui.widgets.scrolling import QuietScrollbars

MARKS: dict[ItemState, tuple[str, str]] = {
    ItemState.ANSWERED: ("✓", "mark.answered"),
    ItemState.UNANSWERED: ("○", "mark.unanswered"),
    ItemState.MISSING: ("!", "mark.missing"),
    ItemState.HIDDEN: ("–", "mark.hidden"),
    ItemState.ENDED: ("×", "mark.ended"),
}
RETIRED_MARK = ("↺", "mark.retired")


class Outline(QuietScrollbars, OptionList):
    """Sections as headings, items as options (id = item id); hidden items are disabled.

    Each item's mark (✓ ○ ! – ×) is drawn over the first cell of its line when the line is
    drawn, from ``marks``: a new answer changes one mark and at most one option's disabled
    state, so nothing is rebuilt or re-measured (a 1,000-item checklist stays quick).
    """

    _shown: tuple[object, ...] | None = None

    highlighted: reactive[int | None] = reactive(None, repaint=False)
    """As in ``OptionList``, but a new highlight redraws only the two lines it changes."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.marks: dict[str, str] = {}
        """The mark of each item id, as shown."""
        self._states: dict[str, ItemState] = {}
        self._index: dict[str, int] = {}
        self._item_at: dict[int, str] = {}

    def show(
        self, checklist: Checklist, path: Path, lang: str, retired: list[str], current: str | None
    ) -> None:
        """Rebuild only for another checklist, language or retired list; else update marks."""
        key = (id(checklist), lang, tuple(retired))
        if key != self._shown:
            self._shown = key
            self._rebuild(checklist, path, lang, retired)
        elif path.states != self._states:
            self._update(checklist, path)
        if current is not None:
            with contextlib.suppress(OptionDoesNotExist):
                self.highlighted = self.get_option_index(current)

    def _rebuild(self, checklist: Checklist, path: Path, lang: str, retired: list[str]) -> None:
        numbers = item_numbers(checklist)
        options: list[Option] = []
        self.marks, self._index, self._item_at = {}, {}, {}
        self._states = dict(path.states)
        for index, section in enumerate(checklist.sections, start=1):
            options.append(
                Option(
                    Text(f"{index}. ", style="bold")
                    + line(without_number(section.title.get(lang)), style="bold"),
                    disabled=True,
                )
            )
            for item in section.items:
                mark, disabled = _mark(item, path)
                self.marks[item.id] = mark
                self._index[item.id] = len(options)
                self._item_at[len(options)] = item.id
                # The first cell holds the mark's place; ``render_line`` draws the mark.
                prompt = Text(f"{mark} {numbers[item.id]} ")
                prompt.append_text(line(_short(item.text.get(lang))))
                options.append(Option(prompt, id=item.id, disabled=disabled))
        if retired:
            options.append(Option(Text(t("mark.retired_heading"), style="bold"), disabled=True))
            for item_id in retired:
                options.append(Option(Text(f"{RETIRED_MARK[0]} ") + line(item_id), disabled=True))
        self.set_options(options)

    def _update(self, checklist: Checklist, path: Path) -> None:
        """Change the marks (and disabled states) of the items whose state changed."""
        before, self._states = self._states, dict(path.states)
        lines: list[Region] = []
        width = self.size.width
        for item in checklist.items:
            if before.get(item.id) == self._states.get(item.id) or item.id not in self._index:
                continue
            mark, disabled = _mark(item, path)
            index = self._index[item.id]
            self.marks[item.id] = mark
            prompt = self.options[index].prompt
            if isinstance(prompt, Text):  # the words stay true for whoever reads them
                prompt.plain = mark + prompt.plain[1:]
            if self.options[index].disabled != disabled:
                self._set_option_disabled(index, disabled)  # redraws the whole list
            top = self._index_to_line.get(index, 0) - self.scroll_offset.y
            lines.append(Region(0, top, width, 1))
        if lines:
            self.refresh(*lines)  # only the lines whose mark changed

    def _watch_highlighted(self, old: int | None, new: int | None) -> None:
        """Redraw the lines of the option highlighted before and of the one highlighted now."""
        width = self.size.width
        lines = []
        for index in (old, new):
            if index is None or index not in self._index_to_line:
                continue
            top = self._index_to_line[index] - self.scroll_offset.y
            lines.append(Region(0, top, width, self._heights.get(index, 1)))
        if lines:
            self.refresh(*lines)

    def scroll_to_highlight(self, top: bool = False) -> None:
        """While the keyboard is elsewhere (moving item by item), an item that leaves the view
        is brought to the middle: the outline then scrolls once per half a screen of items,
        not on every move (each scroll redraws the whole outline)."""
        if self.has_focus or top or self.highlighted is None or not self.is_mounted:
            super().scroll_to_highlight(top)
            return
        self._update_lines()
        y = self._index_to_line.get(self.highlighted)
        if y is None:
            return
        region = Region(0, y, self.scrollable_content_region.width, self._heights[self.highlighted])
        visible = Region(
            0, round(self.scroll_y), region.width, self.scrollable_content_region.height
        )
        if not visible.contains_region(region):
            self.scroll_to_region(region, animate=False, center=True, force=True, immediate=True)

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        number = self.scroll_offset.y + y
        lines = self._lines
        if number >= len(lines) or lines[number][1] != 0:
            return strip
        item_id = self._item_at.get(lines[number][0])
        if item_id is None:
            return strip
        left = self.get_component_styles("option-list--option").padding.left
        under = strip.crop(left, left + 1)
        style = next((s.style for s in under), None)
        mark = Strip([Segment(self.marks[item_id], style)], 1)
        return Strip.join([strip.crop(0, left), mark, strip.crop(left + 1, strip.cell_length)])


def _mark(item: Item, path: Path) -> tuple[str, bool]:
    """The outline mark of ``item`` on ``path`` and whether its entry is disabled."""
    state = path.states.get(item.id, ItemState.UNANSWERED)
    mark, _ = MARKS[state]
    if state is ItemState.ANSWERED and not item.takes_answer:
        mark = NOTICE_MARK  # information, not an answer
    return mark, state in (ItemState.HIDDEN, ItemState.ENDED)


NOTICE_MARK = "i"
"""A ``notice`` item in the outline: shown for information, never answered."""


def _short(text: str, limit: int = 60) -> str:
    first = text.strip().splitlines()[0] if text.strip() else ""
    return first if len(first) <= limit else first[: limit - 1] + "…"


def legend() -> Text:
    parts = [f"{mark} {t(key)}" for mark, key in MARKS.values()]
    return Text("  ".join(parts), style="dim")
