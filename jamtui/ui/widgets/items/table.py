"""The table editor: one input per entered cell; totals, shares and sum checks shown below."""

from __future__ import annotations

from collections.abc import Mapping

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Input, Label, Static

from jamtui.core.answer_text import answer_words
from jamtui.core.answers import value_error
from jamtui.core.items.number import parse_number
from jamtui.core.items.table import columns, rows
from jamtui.i18n import t
from jamtui.ui.safe_text import line
from jamtui.ui.widgets.answer_editors import AnswerEditor
from jamtui.ui.widgets.items.typed import shown_value


class TableEditor(AnswerEditor):
    """Rows × entered columns of numbers; computed columns are shown, never typed."""

    DEFAULT_CSS = """
    TableEditor { height: auto; }
    TableEditor Horizontal { height: 1; }
    TableEditor .row-label { width: 30; padding: 0 1 0 0; }
    TableEditor .column-head { width: 13; margin-right: 1; text-style: bold; }
    TableEditor Input.cell {
        width: 13; height: 1; margin-right: 1; border: none; padding: 0 1; background: $boost;
    }
    TableEditor Input.cell:focus { background: $accent 30%; }
    TableEditor #table-result { height: auto; margin-top: 1; }
    TableEditor #table-hint { color: $warning; height: auto; }
    """

    def _cells(self) -> dict[str, dict[str, float | int]]:
        if not isinstance(self.value, Mapping):
            return {}
        return {r: dict(c) for r, c in self.value.items() if isinstance(c, Mapping)}

    def compose(self) -> ComposeResult:
        entered = [c for c in columns(self.item) if c.entered]
        cells = self._cells()
        with Horizontal():
            yield Label("", classes="row-label")
            for column in entered:
                yield Label(line(column.label.get(self.lang)), classes="column-head")
        for row in rows(self.item):
            with Horizontal():
                yield Label(line(row.label.get(self.lang)), classes="row-label")
                for column in entered:
                    number = cells.get(row.id, {}).get(column.id)
                    yield Input(
                        shown_value(self.item, number, self.lang),
                        id=f"cell-{row.id}-{column.id}",
                        classes="cell",
                    )
        yield Static("", id="table-hint")
        yield Static(self._result(), id="table-result")

    def on_mount(self) -> None:
        # The run screen puts the cursor in the first editor before this one has composed
        # its cells; take it once they exist, so typing fills the first cell.
        self.call_after_refresh(self._focus_first)

    def _focus_first(self) -> None:
        cells = list(self.query(Input))  # none if the item moved on meanwhile
        if cells and self.is_mounted and not self.disabled:
            cells[0].focus(scroll_visible=False)

    def _result(self) -> Text:
        words = answer_words(self.item, self.value, self.lang)
        return line(words) if words else Text(t("items.table.empty"), style="dim")

    @on(Input.Changed, ".cell")
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        ident = (event.input.id or "").removeprefix("cell-")
        row_id, _, column_id = ident.partition("-")
        row_ids = [r.id for r in rows(self.item)]
        # Ids may hold "-": find the row whose id prefixes the rest.
        for candidate in sorted(row_ids, key=len, reverse=True):
            if ident.startswith(candidate + "-"):
                row_id, column_id = candidate, ident[len(candidate) + 1 :]
                break
        hint = self.query_one("#table-hint", Static)
        cells = self._cells()
        text = event.value.strip()
        if text:
            try:
                number = parse_number(text)
            except ValueError:
                hint.update(line(t("items.typed.bad", None, reason=t("reason.not_number"))))
                return
            cells.setdefault(row_id, {})[column_id] = number
        else:
            cells.get(row_id, {}).pop(column_id, None)
        value = {r: c for r, c in cells.items() if c}
        reason = value_error(self.item, value) if value else None
        if reason is not None:
            hint.update(line(t("items.typed.bad", None, reason=t(f"reason.{reason}"))))
            return
        hint.update("")
        self.value = value or None
        self.post_message(self.Changed(self.item.id, self.value))
        self.query_one("#table-result", Static).update(self._result())
