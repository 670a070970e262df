"""The organisation's action register: filter by unit, status and overdue; set a status."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Checkbox, Select, Static

from jamtui.followup.actions import Action, ActionStatus, filter_actions, sort_register
from jamtui.i18n import t
from jamtui.ui.safe_text import line
from jamtui.ui.screens.dialogs import TextDialog
from jamtui.ui.screens.followup_base import RECORD_ERRORS, FollowupScreen
from jamtui.ui.widgets.keybar import KeyBar

if TYPE_CHECKING:
    pass

ALL = "*"
OPEN = "open"


def status_words(action: Action, today: str) -> Text:
    """The status in words, with "försenad" when an open action is past its date."""
    text = Text(action.status.label())
    if action.is_overdue(today):
        text.append(f", {t('followup.overdue')}", style="bold")
    return text


def origin_words(action: Action) -> str:
    if action.log_id:
        return t("actions.from_log", None, date=action.date)
    return t("actions.from_run", None, date=action.date)


class ActionsScreen(FollowupScreen):
    """Every action of one organisation (runs and log), with filters."""

    TABLE_ID = "actions"

    BINDINGS = [
        Binding("escape", "app.pop_screen", "key.back", id="actions.back"),
        Binding("s", "set_status", "key.set_status", id="actions.status"),
        Binding("c", "comment", "key.comment", id="actions.comment"),
    ]

    def __init__(self, slug: str, name: str, only: frozenset[str] | None = None) -> None:
        """With ``only``, the follow-up at a run: just those actions, every status shown."""
        super().__init__(slug, name)
        self.only = only
        self.actions: list[Action] = []

    def compose(self) -> ComposeResult:
        yield self.title_line("followup.screen_title" if self.only is not None else "actions.title")
        if self.only is not None:
            yield Static(t("followup.screen_hint"), id="followup-hint")
        with Horizontal(id="action-filters"):
            yield Select[str](self._load(), id="filter-unit", allow_blank=False, value=ALL)
            statuses = [(t("actions.all_statuses"), ALL), (t("actions.open"), OPEN)]
            statuses += [(s.label(), s.value) for s in ActionStatus]
            yield Select[str](
                statuses,
                id="filter-status",
                allow_blank=False,
                value=ALL if self.only is not None else OPEN,
            )
            yield Checkbox(t("actions.overdue_only"), id="filter-overdue")
        yield Static("", id="actions-count")
        yield self.new_table()
        yield KeyBar()

    def on_mount(self) -> None:
        self.refill()
        self.set_focus(self.table)

    def _load(self) -> list[tuple[Text | str, str]]:
        """Read the register; returns the unit filter's options."""
        try:
            self.actions = sort_register(self.records.register(self.slug))
            if self.only is not None:
                self.actions = [a for a in self.actions if a.id in self.only]
            units = self.records.units(self.slug).names()
        except RECORD_ERRORS as error:
            self.failed(error)
            self.actions, units = [], []
        options: list[tuple[Text | str, str]] = [(t("actions.all_units"), ALL)]
        options += [(line(u), u) for u in units]
        options.append((t("followup.no_unit"), ""))
        return options

    def reload(self) -> None:
        select = self.query_one("#filter-unit", Select)
        chosen = select.value
        options = self._load()
        with self.prevent(Select.Changed):
            select.set_options(options)
            select.value = chosen if chosen in {value for _, value in options} else ALL
        self.refill()

    def on_resize(self) -> None:
        self.refill()

    @on(Select.Changed)
    @on(Checkbox.Changed)
    def _filters_changed(self) -> None:
        self.refill()

    def shown(self) -> list[Action]:
        unit = self.query_one("#filter-unit", Select).value
        status = self.query_one("#filter-status", Select).value
        overdue = self.query_one("#filter-overdue", Checkbox).value
        return filter_actions(
            self.actions,
            unit=None if unit in (ALL, Select.NULL) else str(unit),
            status=ActionStatus(str(status)) if status not in (ALL, OPEN, Select.NULL) else None,
            open_only=status == OPEN,
            overdue_on=self.jamtui.today() if overdue else None,
        )

    def refill(self) -> None:
        table = self.table
        cursor = table.cursor_row
        table.clear(columns=True)
        shown = self.shown()
        # The action text and the unit share what the fixed columns leave; unit names are
        # whole as soon as the terminal is wide enough to leave the action 20 cells. Below
        # 110 columns the origin column gives way (it is in the detail of the run or entry).
        width = self.app.size.width
        wide = width >= 110
        longest = max([10, *(line(a.unit or t("followup.no_unit")).cell_len for a in shown)])
        columns = [("col.who", 16 if wide else 12), ("col.due", 12), ("col.action_status", 21)]
        if wide:
            columns.append(("col.origin", 20))
        fixed = sum(size for _, size in columns) + (len(columns) + 2) * 2 + 2
        unit_width = min(longest, max(10, width - fixed - 20))
        table.add_column(t("col.action"), width=max(20, width - fixed - unit_width))
        for key, size in columns[:3]:
            table.add_column(t(key), width=size)
        table.add_column(t("col.unit"), width=unit_width)
        if wide:
            table.add_column(t("col.origin"), width=20)
        today = self.jamtui.today()
        for action in shown:
            cells = [
                line(action.what),
                line(action.who),
                Text(action.due or "–"),
                status_words(action, today),
                line(action.unit or t("followup.no_unit")),
            ]
            if wide:
                cells.append(Text(origin_words(action)))
            table.add_row(*cells, key=action.id)
        overdue = sum(1 for a in shown if a.is_overdue(today))
        self.query_one("#actions-count", Static).update(
            t("actions.count", None, shown=len(shown), total=len(self.actions), overdue=overdue)
        )
        if shown and cursor is not None:
            table.move_cursor(row=min(cursor, len(shown) - 1))

    def action_set_status(self) -> None:
        from jamtui.ui.screens.status_dialog import StatusDialog

        action = self.selected(self.shown())
        if action is None:
            return

        def chosen(status: ActionStatus | None) -> None:
            if status is not None:
                self.save(action, status, None)

        self.app.push_screen(StatusDialog(action), chosen)

    def action_comment(self) -> None:
        action = self.selected(self.shown())
        if action is None:
            return

        def typed(text: str | None) -> None:
            if text is not None:
                self.save(action, action.status, text)

        self.app.push_screen(
            TextDialog(t("actions.comment_title"), action.what, action.comment), typed
        )

    def save(self, action: Action, status: ActionStatus, comment: str | None) -> None:
        try:
            self.records.set_status(self.slug, action.id, status, comment)
        except RECORD_ERRORS as error:
            self.failed(error)
            return
        self.notify(t("actions.saved", None, status=status.label()), timeout=3)
        self.reload()
