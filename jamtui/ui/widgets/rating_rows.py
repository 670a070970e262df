"""Every participant's rating of one item as one widget: a line of scale values per rater."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.geometry import Region, Size
from textual.message import Message
from textual.strip import Strip

from jamtui.core.answers import AnswerValue
from jamtui.core.model import NA_VALUE, Item
from jamtui.core.ratings import kept_hidden
from jamtui.core.run import Participant
from jamtui.i18n import t
from jamtui.ui.safe_text import line
from jamtui.ui.widgets.drawn_lines import DrawnLines
from jamtui.ui.widgets.scrolling import scroll_into_view

NAME_WIDTH = 20
"""Most cells a rater's name takes before the values (longer names end in "…")."""


def typed_value(item: Item, key: str) -> AnswerValue | None:
    """The rating a key stands for on ``item``'s scale: 1–9, 0 for 10, n for N/A."""
    if key == "n" and item.allows_na:
        return NA_VALUE
    if item.scale is None or len(key) != 1 or not key.isdigit():
        return None
    value = 10 if key == "0" else int(key)
    return value if item.scale.level(value) is not None else None


def _cell_label(label: Text, value: AnswerValue) -> Text:
    """What a value's cell shows: the number of a scale level, "e.a." for N/A, else the label."""
    if isinstance(value, int):
        return Text(str(value))
    if value == NA_VALUE:
        return Text(t("grid.na"))
    return label


@dataclass(frozen=True)
class Cell:
    """One value's place on a rater's line(s): which line of the row, from which column."""

    line: int
    x: int
    width: int


class RatingRows(DrawnLines, can_focus=True):
    """Rater rows × values, drawn line by line by this one widget (no widget per value).

    Up/Down choose the rater, Left/Right and the digit keys set that rater's value, Space
    and Enter set the value under the cursor (or clear it when it is already set), Delete
    clears; a click on a value sets it. The last line names the current rater and value.
    While ``hidden`` no value is drawn anywhere: each name carries ✓ (rated) or · (not yet),
    and the last line says only whether the current rater has rated.
    """

    DEFAULT_CSS = """
    RatingRows { height: auto; width: 1fr; }
    RatingRows > .rating-rows--cursor { text-style: reverse; }
    RatingRows:focus > .rating-rows--cursor { background: $block-cursor-background;
        color: $block-cursor-foreground; text-style: $block-cursor-text-style; }
    RatingRows > .rating-rows--current { text-style: bold; }
    RatingRows > .rating-rows--status { color: $text-muted; }
    RatingRows:focus > .rating-rows--status { color: $text; text-style: bold; }
    """

    COMPONENT_CLASSES = {
        "rating-rows--cursor",
        "rating-rows--current",
        "rating-rows--status",
    }

    KEYS: ClassVar[dict[str, tuple[str, int]]] = {
        "up": ("rater", -1),
        "down": ("rater", 1),
        "left": ("step", -1),
        "right": ("step", 1),
        "space": ("choose", 0),
        "enter": ("choose", 0),
        "delete": ("clear", 0),
        "backspace": ("clear", 0),
    }
    """Keys handled as they arrive (not as bindings: a binding acts only after the key has
    bubbled up to the app, so a digit typed right after Down would reach the old rater)."""

    class Set(Message):
        """The user set (``value``) or cleared (None) the rating of participant ``pid``."""

        def __init__(self, rows: RatingRows, pid: str, value: AnswerValue | None) -> None:
            super().__init__()
            self.rows = rows
            self.pid = pid
            self.value = value

        @property
        def control(self) -> RatingRows:
            return self.rows

    def __init__(
        self,
        item: Item,
        participants: list[Participant],
        options: list[tuple[Text, AnswerValue]],
        ratings: dict[str, AnswerValue],
        revealed: bool,
        *,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self.item = item
        self.participants = participants
        self.options = options
        self.ratings = dict(ratings)
        self.revealed = revealed
        """The ratings may be seen before everyone has rated (revealed, or the run final)."""
        self.hidden = self._kept_hidden()
        self.row = 0
        """The current rater (index into ``participants``)."""
        self.column: dict[int, int] = {}
        """The value cursor of each rater row that has one (index into ``options``)."""
        self._labels = [_cell_label(label, value) for label, value in options]
        self._name_width = min(
            NAME_WIDTH, max((line(p.name).cell_len for p in participants), default=0)
        )
        self._cells: list[Cell] = []
        self._row_height = 1

    # -- state ----------------------------------------------------------------------------------
    def load(self, item: Item, ratings: dict[str, AnswerValue], revealed: bool) -> None:
        """Show another item (same raters and values) or the same item's ratings anew."""
        if item.id != self.item.id:
            self.item = item
            self.row = 0
            self.column = {}
        self.ratings = dict(ratings)
        self.revealed = revealed
        self._rehide()
        self._changed()

    def _kept_hidden(self) -> bool:
        return kept_hidden([p.id for p in self.participants], self.ratings, self.revealed)

    def _rehide(self) -> None:
        """Hide or show the values as the ratings now stand (decided here, at once: the first
        rating of an item is never drawn openly while its save goes round the screen)."""
        hidden = self._kept_hidden()
        if hidden != self.hidden:  # the ✓/· marks widen the name column
            self.hidden = hidden
            self._laid_out_for = -1
            self.refresh(layout=True)

    def _value_index(self, value: object) -> int | None:
        for index, (_, option) in enumerate(self.options):
            if option == value:
                return index
        return None

    def cursor_column(self, row: int) -> int:
        """Where the value cursor of ``row`` is: as left, else at the rater's value, else 0."""
        if row in self.column:
            return self.column[row]
        if not self.hidden and self.participants:
            index = self._value_index(self.ratings.get(self.participants[row].id))
            if index is not None:
                return index
        return 0

    def _set(self, row: int, value: AnswerValue | None) -> None:
        person = self.participants[row]
        index = self._value_index(value)
        if index is not None:
            self.column[row] = index
        if self.ratings.get(person.id) == value:
            self._changed()
            return
        if value is None:
            self.ratings.pop(person.id, None)
        else:
            self.ratings[person.id] = value
        self._rehide()
        self._changed()
        self.post_message(self.Set(self, person.id, value))

    # -- keys and mouse -------------------------------------------------------------------------
    def action_rater(self, step: int) -> None:
        if not self.participants:
            return
        row = max(0, min(len(self.participants) - 1, self.row + step))
        if row != self.row:
            self.row = row
            self._changed()
            self._scroll_to_row(row)

    def action_step(self, step: int) -> None:
        """Left/Right: the rater's value one level lower or higher (unrated: the cursor's)."""
        if not self.participants or not self.options:
            return
        person = self.participants[self.row]
        current = self._value_index(self.ratings.get(person.id))
        if current is None:
            index = self.cursor_column(self.row)
        else:
            index = max(0, min(len(self.options) - 1, current + step))
        self._set(self.row, self.options[index][1])

    def action_choose(self) -> None:
        """Space/Enter: set the value under the cursor, or clear it when it is the rating."""
        if not self.participants or not self.options:
            return
        index = self.cursor_column(self.row)
        value = self.options[index][1]
        person = self.participants[self.row]
        self._set(self.row, None if self.ratings.get(person.id) == value else value)

    def action_clear(self) -> None:
        if self.participants:
            self._set(self.row, None)

    def on_key(self, event: events.Key) -> None:
        """The keys above; a digit (0 = 10) or n (N/A) sets the current rater's value."""
        if not self.participants:
            return
        if event.key in self.KEYS:
            event.stop()
            event.prevent_default()
            name, step = self.KEYS[event.key]
            if name == "rater":
                self.action_rater(step)
            elif name == "step":
                self.action_step(step)
            elif name == "choose":
                self.action_choose()
            else:
                self.action_clear()
            return
        if event.character is None:
            return
        value = typed_value(self.item, event.character)
        if value is None and self.item.scale is None and event.character.isdigit():
            number = int(event.character)  # yes/no and choices: the option's number
            if 1 <= number <= len(self.options):
                value = self.options[number - 1][1]
        if value is not None:
            event.stop()
            event.prevent_default()
            self._set(self.row, value)

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or not self.participants:
            return
        self._lay_out(self.content_size.width)
        row, sub = divmod(offset.y, self._row_height)
        if row >= len(self.participants):
            return
        self.row = row
        for index, cell in enumerate(self._cells):
            if cell.line == sub and cell.x <= offset.x < cell.x + cell.width:
                self._set(row, self.options[index][1])
                return
        self._changed()

    def _scroll_to_row(self, row: int) -> None:
        """Bring ``row`` into view in the scrolling pane around this widget."""
        top = row * self._row_height
        scroll_into_view(self, Region(0, top, max(1, self.size.width), self._row_height + 1))

    # -- drawing --------------------------------------------------------------------------------
    def _layout(self, width: int) -> None:
        """Place the value cells after the name; cells that do not fit go to a next line."""
        start = 2 + (2 if self.hidden else 0) + self._name_width + 1
        start = start if width - start >= 12 else 4
        cells: list[Cell] = []
        x, row_line = start, 0 if start > 4 else 1
        for label in self._labels:
            cell_width = 2 + label.cell_len
            if x > start and x + cell_width > width:
                x, row_line = start, row_line + 1
            cells.append(Cell(row_line, x, cell_width))
            x += cell_width + 1
        self._cells = cells
        self._row_height = (cells[-1].line + 1) if cells else 1

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        self._laid_out_for = -1  # the hidden marks may have changed the name column
        self._lay_out(width)
        return len(self.participants) * self._row_height + 1

    def _draw_line(self, y: int, width: int) -> Strip:
        rows = len(self.participants)
        if y >= rows * self._row_height:
            return self._status(width) if y == rows * self._row_height else Strip.blank(width)
        row, sub = divmod(y, self._row_height)
        person = self.participants[row]
        current = row == self.row
        segments: list[Segment] = []
        if sub == 0:
            name = Text("▸ " if current and self.has_focus else "  ")
            if self.hidden:
                name.append("✓ " if person.id in self.ratings else "· ", style="bold")
            shown = line(person.name)
            if shown.cell_len > self._name_width:
                shown.truncate(self._name_width - 1)
                shown.append("…")
            if current:
                shown.stylize(self.get_component_rich_style("rating-rows--current"))
            name.append_text(shown)
            segments.extend(name.render(self.app.console))
        chosen = None if self.hidden else self._value_index(self.ratings.get(person.id))
        cursor = self.cursor_column(row) if current and not self.hidden else None
        cursor_style = self.get_component_rich_style("rating-rows--cursor")
        used = sum(s.cell_length for s in segments)
        for index, cell in enumerate(self._cells):
            if cell.line != sub:
                continue
            if cell.x > used:
                segments.append(Segment(" " * (cell.x - used)))
            mark = "●" if index == chosen else "○"
            style = cursor_style if index == cursor else Style()
            if self.hidden:
                mark = "·"
            segments.append(Segment(f"{mark} ", style))
            segments.extend(
                Segment(s.text, style + s.style if s.style else style)
                for s in self._labels[index].render(self.app.console)
            )
            used = cell.x + cell.width
        return Strip(segments).crop_extend(0, width, None)

    def _status(self, width: int) -> Strip:
        """The current rater's name and value in words (only whether rated while hidden)."""
        if not self.participants:
            return Strip.blank(width)
        person = self.participants[self.row]
        value = self.ratings.get(person.id)
        text = line(person.name)
        text.append(": ")
        if self.hidden:
            text.append(t("rows.rated_hidden" if value is not None else "rows.not_rated"))
        elif value is None:
            text.append(t("rows.not_rated"))
        else:
            index = self._value_index(value)
            label = self.options[index][0] if index is not None else Text(str(value))
            text.append_text(label if label.plain else Text(str(value)))  # "7 – Bra", "e.a."
        keys = t("rows.keys")
        if text.cell_len + 2 + len(keys) <= width:  # the keys only when they fit whole
            text.append("  ")
            text.append(keys, style="dim")
        text.stylize(self.get_component_rich_style("rating-rows--status"))
        return Strip(list(text.render(self.app.console))).crop_extend(0, width, None)

    @property
    def text(self) -> str:
        """What the widget shows, as plain text line by line (screen readers, tests)."""
        width = self.content_size.width or 120
        self._lay_out(width)
        height = len(self.participants) * self._row_height + 1
        return "\n".join(self._draw_line(y, width).text.rstrip() for y in range(height))

    def on_focus(self) -> None:
        self._changed()

    def on_blur(self) -> None:
        self._changed()
