"""The activity log of one organisation, month by month, and its monthly report."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Static

from jamtui.followup.dates import month_title
from jamtui.followup.log import LogEntry
from jamtui.followup.register import unit_name_of_id
from jamtui.i18n import t
from jamtui.ui.safe_text import line, literal
from jamtui.ui.screens.followup_base import RECORD_ERRORS, FollowupScreen
from jamtui.ui.widgets.keybar import KeyBar

if TYPE_CHECKING:
    from jamtui.ui.screens.log_entry import EntryInput


def shift_month(month: str, step: int) -> str:
    year, number = (int(part) for part in month.split("-"))
    index = year * 12 + number - 1 + step
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


class ActivityScreen(FollowupScreen):
    """Entries of one month; add, edit and remove them; write the month's report."""

    TABLE_ID = "log"

    BINDINGS = [
        Binding("escape", "app.pop_screen", "key.back", id="log.back"),
        Binding("n", "add", "key.add_activity", id="log.add"),
        Binding("e", "edit", "key.edit", id="log.edit"),
        Binding("delete", "remove", "key.remove", id="log.remove"),
        Binding("comma", "month(-1)", "key.previous_month", id="log.previous_month"),
        Binding("full_stop", "month(1)", "key.next_month", id="log.next_month"),
        Binding("r", "report", "key.month_report", id="log.report"),
    ]

    def __init__(self, slug: str, name: str, month: str | None = None) -> None:
        super().__init__(slug, name)
        self.month = month or ""
        self.entries: list[LogEntry] = []

    def compose(self) -> ComposeResult:
        yield self.title_line("log.title")
        yield Static("", id="log-month")
        yield self.new_table()
        yield Static("", id="log-detail")
        yield KeyBar()

    def on_mount(self) -> None:
        if not self.month:
            self.month = self.jamtui.today()[:7]
        self.reload()
        self.set_focus(self.table)

    def reload(self) -> None:
        try:
            log = self.records.log(self.slug)
            units = self.records.units(self.slug)
            self.people = self.records.people(self.slug)
        except RECORD_ERRORS as error:
            self.failed(error)
            return
        self.entries = log.in_month(self.month)
        lang = self.jamtui.settings.lang
        self.query_one("#log-month", Static).update(
            Text(
                t("log.month", None, month=month_title(self.month, lang), count=len(self.entries)),
                style="bold",
            )
        )
        table = self.table
        table.clear(columns=True)
        for key, width in (
            ("col.date", 10),
            ("col.kind", 13),
            ("col.unit", None),
            ("col.activity", None),
        ):
            table.add_column(t(key), width=width)
        for entry in self.entries:
            table.add_row(
                Text(entry.date),
                Text(entry.kind.label()),
                line(unit_name_of_id(units, entry.unit)),
                line(entry.text[:120]),
                key=entry.id,
            )
        if not self.entries:
            table.add_row(Text(""), Text(""), Text(""), Text(t("log.empty"), style="italic"))
        self.show_detail()

    @on(DataTable.RowHighlighted, "#log")
    def show_detail(self) -> None:
        entry = self.selected(self.entries)
        detail = self.query_one("#log-detail", Static)
        if entry is None:
            detail.update("")
            return
        text = literal(entry.text)
        names = [p.name for pid in entry.people if (p := self.people.get(pid)) is not None]
        names += entry.others
        if names:
            text.append(f"\n{t('month.people')}: ", style="bold")
            text.append_text(line(", ".join(names)))
        for decision in entry.decisions:
            text.append(f"\n{t('month.decision')}: ", style="bold")
            text.append_text(literal(decision))
        if entry.plan:
            text.append(f"\n{t('month.plan')}: ", style="bold")
            text.append_text(literal(entry.plan))
        for item in entry.forward:
            text.append(f"\n{t('month.forward')}: ", style="bold")
            text.append_text(line(item.what))
            if item.who or item.due:
                text.append_text(line(f" ({', '.join(p for p in (item.who, item.due) if p)})"))
        detail.update(text)

    def action_month(self, step: int) -> None:
        self.month = shift_month(self.month, step)
        self.reload()

    def _dialog(self, entry: LogEntry | None) -> None:
        from jamtui.ui.screens.log_entry import LogEntryDialog

        try:
            units = self.records.units(self.slug)
            people = self.records.people(self.slug)
        except RECORD_ERRORS as error:
            self.failed(error)
            return
        default_day = self.jamtui.today()
        if not default_day.startswith(self.month):
            default_day = f"{self.month}-01"

        def save(result: EntryInput | None) -> None:
            if result is not None:
                self.save(result, entry.id if entry else "")

        self.app.push_screen(LogEntryDialog(units, people, default_day, entry), save)

    def action_add(self) -> None:
        self._dialog(None)

    def action_edit(self) -> None:
        entry = self.selected(self.entries)
        if entry is not None:
            self._dialog(entry)

    def save(self, result: EntryInput, entry_id: str) -> None:
        from jamtui.storage.org_records import add_log_entry

        try:
            entry = add_log_entry(
                self.records,
                self.slug,
                date=result.date,
                kind=result.kind,
                text=result.text,
                unit=result.unit,
                who=result.who,
                decisions=result.decisions,
                plan=result.plan,
                forward=result.forward,
                entry_id=entry_id,
            )
        except RECORD_ERRORS as error:
            self.failed(error)
            return
        self.month = entry.date[:7]
        self.notify(t("log.saved"), timeout=3)
        self.reload()

    def action_remove(self) -> None:
        from jamtui.ui.screens.dialogs import ConfirmDialog

        entry = self.selected(self.entries)
        if entry is None:
            return

        def confirmed(yes: bool | None) -> None:
            if not yes:
                return
            self.change(
                lambda: self.records.change_log(self.slug, lambda log: log.remove(entry.id))
            )

        self.app.push_screen(
            ConfirmDialog(t("log.remove_confirm", None, date=entry.date), t("key.remove")),
            confirmed,
        )

    def action_report(self) -> None:
        from jamtui.export.filenames import report_filename
        from jamtui.export.monthly_markdown import month_markdown

        try:
            text = month_markdown(self.records, self.slug, self.month, self.jamtui.settings.lang)
        except RECORD_ERRORS as error:
            self.failed(error)
            return
        folder = self.jamtui.settings.data_dir / "rapporter"
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self.failed(error)
            return
        filename = report_filename(self.org_name, "manadsrapport", self.month, ".md")
        self.app.deliver_text(
            io.StringIO(text),
            save_directory=folder,
            save_filename=filename,
            encoding="utf-8",
            mime_type="text/markdown",
        )
