"""What the follow-up screens (units, people, actions, activity log) share: the records, the
title, the one table, the row under its cursor, and a change that reports its error."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, ClassVar, TypeVar

from textual.app import ComposeResult
from textual.widgets import DataTable, Static

from jamtui.followup.errors import RuleError
from jamtui.i18n import t
from jamtui.storage import StorageError
from jamtui.ui.safe_text import line
from jamtui.ui.screens.base import AppScreen
from jamtui.ui.widgets.keybar import KeyBar

if TYPE_CHECKING:
    from jamtui.storage.org_records import OrgRecords

Row = TypeVar("Row")

#: What reading or changing an organisation's follow-up files can raise (shown, never fatal).
RECORD_ERRORS = (StorageError, RuleError, OSError)


class FollowupScreen(AppScreen):
    """One organisation's follow-up records in a table (``TABLE_ID``) under a title."""

    CSS_PATH = "followup.tcss"
    TABLE_ID: ClassVar[str]
    TITLE_KEY: ClassVar[str] = ""

    def __init__(self, slug: str, name: str) -> None:
        super().__init__()
        self.slug = slug
        self.org_name = name

    @property
    def records(self) -> OrgRecords:
        from jamtui.storage.org_records import OrgRecords

        return OrgRecords(self.jamtui.store)

    def compose(self) -> ComposeResult:
        """The title, the table and the keys (screens with filters or details add theirs)."""
        yield self.title_line(self.TITLE_KEY)
        yield self.new_table()
        yield KeyBar()

    def on_mount(self) -> None:
        self.reload()
        self.set_focus(self.table)

    def title_line(self, key: str) -> Static:
        """The screen's title line: ``key`` with the organisation's name (one safe line)."""
        return Static(line(t(key, None, org=self.org_name), style="bold"), classes="screen-title")

    def new_table(self) -> DataTable[object]:
        return DataTable(id=self.TABLE_ID, cursor_type="row", zebra_stripes=True)

    @property
    def table(self) -> DataTable[object]:
        return self.query_one(f"#{self.TABLE_ID}", DataTable)

    def reload(self) -> None:
        """Read the records again and refill the table."""
        raise NotImplementedError

    def failed(self, error: Exception) -> None:
        """A record that cannot be read or saved: said in one line, the screen stays."""
        self.notify(str(error), severity="error", markup=False)

    def selected(self, rows: Sequence[Row]) -> Row | None:
        """The row of ``rows`` under the table's cursor (None on an empty table)."""
        row = self.table.cursor_row
        if not rows or row is None or not 0 <= row < len(rows):
            return None
        return rows[row]

    def change(self, save: Callable[[], object]) -> bool:
        """Run ``save`` (a change to the records); on success reload, else say why."""
        try:
            save()
        except RECORD_ERRORS as error:
            self.failed(error)
            return False
        self.reload()
        return True
