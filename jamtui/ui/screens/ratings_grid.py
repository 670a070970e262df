"""Everyone's ratings of every rater item on one screen, keyboard only, hidden until revealed."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.coordinate import Coordinate
from textual.events import Key, Resize
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, DataTable, Static, TextArea

from jamtui.core.answer_text import item_numbers, without_number
from jamtui.core.answers import AnswerValue
from jamtui.core.model import NA_VALUE, Checklist, Item
from jamtui.core.navigation import walk
from jamtui.core.ratings_view import spread_line
from jamtui.i18n import t
from jamtui.storage import RunSession
from jamtui.ui.safe_text import line, literal
from jamtui.ui.widgets.keybar import KeyBar
from jamtui.ui.widgets.rating_rows import typed_value
from jamtui.ui.widgets.safe_text_area import SafeTextArea

CLEAR_KEYS = ("-", "delete", "backspace")


def rater_items(session: RunSession, checklist: Checklist) -> list[Item]:
    """The rater items on the run's current path that are rated on a scale."""
    run = session.run
    path = walk(checklist, run.values(), run.with_actions())
    return [i for i in path.visible if i.raters and i.scale is not None]


def scale_keys(items: list[Item]) -> str:
    """``1–3`` or ``1–9, 0 = 10``: what to type for the scales of ``items``."""
    values = sorted({level.value for i in items if i.scale for level in i.scale.levels})
    if not values:
        return ""
    low, high = values[0], min(values[-1], 10)
    text = f"{low}–{min(high, 9)}"
    if high == 10:
        text += ", 0 = 10"
    if any(i.allows_na for i in items):
        text += ", " + t("grid.na_key")
    return text


def value_text(value: AnswerValue | None) -> str:
    if value is None:
        return ""
    return t("grid.na") if value == NA_VALUE else str(value)


class DissentDialog(ModalScreen[str | None]):
    """Write the dissent note (avvikande mening) of one item; several lines are fine."""

    CSS_PATH = "dialogs.tcss"

    DEFAULT_CSS = "DissentDialog #dissent-text { height: 6; }"

    BINDINGS = [
        Binding("escape", "cancel", "dialog.cancel", id="dissent.cancel"),
        Binding("ctrl+s", "save", "dialog.ok", id="dissent.save"),
    ]

    def __init__(self, title: Text, initial: str) -> None:
        super().__init__()
        self.title_text = title
        self.initial = initial

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.title_text)
            yield Static(t("grid.dissent_label"), markup=False)
            yield SafeTextArea(self.initial, id="dissent-text", soft_wrap=True)
            with Horizontal(classes="buttons"):
                yield Button(t("dialog.ok") + " (Ctrl+S)", variant="primary", id="ok")
                yield Button(t("dialog.cancel"), id="cancel")

    def on_mount(self) -> None:
        area = self.query_one("#dissent-text", TextArea)
        self.set_focus(area)
        area.move_cursor(area.document.end)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "ok":
            self.action_save()
        else:
            self.dismiss(None)

    def action_save(self) -> None:
        self.dismiss(self.query_one("#dissent-text", TextArea).text.strip())

    def action_cancel(self) -> None:
        self.dismiss(None)


class RatingsGridScreen(Screen[None]):
    """Participants × rater items; type a value in a cell to rate, the last column agrees."""

    CSS_PATH = "screens.tcss"

    DEFAULT_CSS = """
    RatingsGridScreen #grid { height: auto; max-height: 60%; margin: 0 1; }
    RatingsGridScreen #grid-detail { height: auto; padding: 0 1; margin-top: 1; }
    RatingsGridScreen #grid-spread { height: auto; padding: 0 1; }
    RatingsGridScreen #grid-help { height: auto; padding: 0 1; color: $text-muted; }
    """

    BINDINGS = [
        Binding("escape", "app.pop_screen", "key.back", id="grid.back"),
        Binding("r", "reveal", "grid.reveal", id="grid.reveal"),
        Binding("d", "dissent", "grid.dissent", id="grid.dissent"),
    ]

    def __init__(self, session: RunSession, checklist: Checklist) -> None:
        super().__init__()
        self.session = session
        self.checklist = checklist
        self.items = rater_items(session, checklist)
        active = session.run.active_participants
        self.people = [p.name for p in active]
        self.ids = [p.id for p in active]
        self.numbers = item_numbers(checklist)
        self._width = 0

    @property
    def lang(self) -> str:
        from jamtui.ui.app import JamtuiApp

        return self.app.settings.lang if isinstance(self.app, JamtuiApp) else "sv"

    def compose(self) -> ComposeResult:
        title = Text(t("grid.title"), style="bold")
        title.append(" · ")
        title.append_text(line(self.checklist.title.get(self.lang)))
        title.append(f" · {self.session.run.date}")
        yield Static(title, classes="screen-title", id="grid-title")
        yield DataTable(id="grid", cursor_type="cell", zebra_stripes=True)
        yield Static("", id="grid-detail")
        yield Static("", id="grid-spread")
        yield Static("", id="grid-help")
        yield KeyBar()

    def on_mount(self) -> None:
        table = self.query_one("#grid", DataTable)
        help_text = self.query_one("#grid-help", Static)
        if not self.items or not self.people:
            table.display = False
            help_text.update(t("grid.empty"))
            return
        help_text.update(t("grid.help", None, keys=scale_keys(self.items)))
        self._build_table(self.app.size.width)
        self.set_focus(table)
        table.cursor_coordinate = Coordinate(0, 1)
        self._show_current()

    def on_resize(self, event: Resize) -> None:
        if self.items and self.people and abs(event.size.width - self._width) >= 4:
            table = self.query_one("#grid", DataTable)
            where = table.cursor_coordinate
            self._build_table(event.size.width)
            table.cursor_coordinate = where

    # -- the table --------------------------------------------------------------------------
    def _labels(self) -> list[Text]:
        """Row labels: the section title when each item has a section of its own, else the text."""
        sections = [i.section_id for i in self.items]
        by_section = len(set(sections)) == len(sections)
        labels = []
        for item in self.items:
            if by_section:
                section = self.checklist.section_of(item)
                words = without_number(section.title.get(self.lang))
            else:
                words = without_number(item.text.get(self.lang))
            labels.append(Text(f"{self.numbers[item.id]} ") + line(words))
        return labels

    def _build_table(self, width: int) -> None:
        """Columns sized to the terminal: names shortened before anything is scrolled away."""
        self._width = width
        table = self.query_one("#grid", DataTable)
        table.clear(columns=True)
        agreed = t("grid.agreed")
        agreed_width = max(len(agreed), 4)
        count = len(self.people)
        # each column has one cell of padding either side; 2 for the margin, 2 for a scrollbar
        room = width - 4 - (count + 2) * 2 - agreed_width
        longest = max(len(p) for p in self.people)
        person_width = max(4, min(14, longest, (room - 24) // count))
        label_width = max(16, min(60, room - person_width * count))
        table.add_column(t("grid.item"), width=label_width, key="item")
        for index, name in enumerate(self.people):
            table.add_column(line(_shorten(name, person_width)), width=person_width, key=str(index))
        table.add_column(Text(agreed, style="bold"), width=agreed_width, key="agreed")
        labels = self._labels()
        for row, item in enumerate(self.items):
            label = labels[row]
            label.truncate(label_width, overflow="ellipsis")
            table.add_row(label, *self._cells(item), key=item.id)

    def _shown(self, item: Item) -> bool:
        return not self.session.run.ratings_hidden(item.id)

    def _cells(self, item: Item) -> list[Text]:
        answer = self.session.answer(item.id)
        show = self._shown(item)
        cells = []
        for pid in self.ids:
            value = answer.ratings.get(pid)
            if value is None:
                cells.append(Text("·", style="dim", justify="center"))
            elif show:
                cells.append(Text(value_text(value), justify="center"))
            else:
                cells.append(Text("✓", style="bold", justify="center"))
        cells.append(Text(value_text(answer.value), style="bold", justify="center"))
        return cells

    def _refresh_row(self, row: int) -> None:
        table = self.query_one("#grid", DataTable)
        for column, cell in enumerate(self._cells(self.items[row]), start=1):
            table.update_cell_at(Coordinate(row, column), cell)

    def current_item(self) -> Item | None:
        if not self.items or not self.people:
            return None
        row = self.query_one("#grid", DataTable).cursor_row
        return self.items[max(0, min(row, len(self.items) - 1))]

    def _show_current(self) -> None:
        """The current item in full, its spread (or how many have rated) and its dissent."""
        item = self.current_item()
        detail = self.query_one("#grid-detail", Static)
        spread = self.query_one("#grid-spread", Static)
        if item is None:
            detail.update("")
            spread.update("")
            return
        answer = self.session.answer(item.id)
        text = Text(f"{self.numbers[item.id]} ", style="bold")
        text.append_text(literal(item.text.get(self.lang), style="bold"))
        detail.update(text)
        if self._shown(item):
            words = Text(f"{t('grid.spread')}: ", style="bold")
            named = self.session.run.named_ratings(answer.ratings)
            words.append_text(line(spread_line(item, named, self.people, self.lang)))
        else:
            rated = sum(1 for pid in self.ids if pid in answer.ratings)
            words = Text(t("grid.hidden", None, rated=rated, total=len(self.people)))
        words.append(f"\n{t('grid.agreed_long')}: ", style="bold")
        words.append(value_text(answer.value) or "–")
        if answer.dissent:
            words.append(f" · {t('grid.dissent')}: ", style="bold")
            words.append_text(line(answer.dissent.replace("\n", " ")))
        spread.update(words)

    @on(DataTable.CellHighlighted, "#grid")
    def _moved(self) -> None:
        self._show_current()

    @on(DataTable.CellSelected, "#grid")
    def _open_item(self) -> None:
        """Enter: back to the run screen, at the current item (for notes and the text)."""
        from jamtui.ui.screens.run import RunScreen

        item = self.current_item()
        below = self.app.screen_stack[-2] if len(self.app.screen_stack) > 1 else None
        if item is not None and isinstance(below, RunScreen):
            below.current = item.id
        self.app.pop_screen()

    # -- actions ----------------------------------------------------------------------------
    def action_reveal(self) -> None:
        """Show the current item's ratings to everyone (kept in the file as ``revealed``)."""
        item = self.current_item()
        if item is None:
            return
        revealed = not self.session.answer(item.id).revealed
        if self._save(lambda: self.session.set_revealed(item.id, revealed)):
            self._refresh_row(self.items.index(item))
            self._show_current()

    def action_dissent(self) -> None:
        item = self.current_item()
        if item is None:
            return
        title = Text(f"{self.numbers[item.id]} ", style="bold")
        title.append_text(literal(item.text.get(self.lang), style="bold"))

        def written(text: str | None) -> None:
            if text is None:
                return
            if self._save(lambda: self.session.set_dissent(item.id, text)):
                self._show_current()

        self.app.push_screen(DissentDialog(title, self.session.answer(item.id).dissent), written)

    def _save(self, change: object) -> bool:
        from jamtui.ui.saving import save_change

        return bool(save_change(self, change))  # type: ignore[arg-type]

    def on_key(self, event: Key) -> None:
        if not self.items or not self.people:
            return
        typed = event.character or ""
        clear = event.key in CLEAR_KEYS
        if not clear and not (len(typed) == 1 and (typed.isdigit() or typed == "n")):
            return
        event.stop()
        event.prevent_default()
        table = self.query_one("#grid", DataTable)
        row, column = table.cursor_row, table.cursor_column
        if column == 0:
            self.notify(t("grid.pick_cell"), markup=False)
            return
        item = self.items[row]
        value = None if clear else typed_value(item, typed)
        if value is None and not clear:
            self.notify(t("grid.bad_key", None, keys=scale_keys([item])), severity="warning")
            return
        if column <= len(self.people):
            pid = self.ids[column - 1]
            saved = self._save(lambda: self.session.set_rating(item.id, pid, value))
        else:
            saved = self._save(lambda: self.session.set_value(item.id, value))
        if not saved:
            return
        self._refresh_row(row)
        if clear:
            self._show_current()
        elif row + 1 < len(self.items):
            table.cursor_coordinate = Coordinate(row + 1, column)
        elif column + 1 < len(table.columns):
            table.cursor_coordinate = Coordinate(0, column + 1)
        else:
            self._show_current()


def _shorten(name: str, width: int) -> str:
    """``Fatima Khalil`` → ``Fatima K`` → ``Fatima``: first name first, then cut."""
    if len(name) <= width:
        return name
    parts = name.split()
    if len(parts) > 1 and len(parts[0]) + 2 <= width:
        return f"{parts[0]} {parts[-1][0]}"
    return name[: width - 1] + "…"
