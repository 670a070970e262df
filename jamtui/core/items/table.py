"""The ``table`` type: rows × columns of numbers, with computed sums and shares.

For 4R's representation: rows are bodies or groups, columns ``kvinnor`` and ``män`` are
entered, ``totalt`` is their sum and ``andel kvinnor`` the share of the total. A sum column
marked ``entered = true`` is typed in and checked against the sum of its parts.
The answer is ``{row id: {column id: number}}`` holding the entered cells only.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from jamtui.core.items.base import BuildContext, ItemKind, Key
from jamtui.core.items.number import decimals_of, is_number, parse_number
from jamtui.core.numbers import format_number, format_percent
from jamtui.core.text import EMPTY_TEXT, Text, text_of

if TYPE_CHECKING:
    from jamtui.core.model import Item

ID = r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"
KEYS = (
    Key("rows", "array:table_row", "table: the rows, in order."),
    Key("columns", "array:table_column", "table: the columns, in order."),
    Key("total_row", "text", "table: add a computed row with this label summing every row."),
)
TABLES = {
    "table_row": (
        Key("id", "str", "Identifier of the row.", required=True, pattern=ID),
        Key("label", "text", "What the row is called.", required=True),
    ),
    "table_column": (
        Key("id", "str", "Identifier of the column.", required=True, pattern=ID),
        Key("label", "text", "What the column is called.", required=True),
        Key("sum", "strlist", "A computed column: the sum of these columns."),
        Key("entered", "bool", "A sum column that is typed in and checked against the sum."),
        Key("share", "str", "A computed column: this column's share (in %) of `of`."),
        Key("of", "str", "The column a `share` is taken of."),
        Key("decimals", "int", "Decimals allowed in an entered column; default 0."),
    ),
}


@dataclass(frozen=True)
class Column:
    """One column: entered, a sum (computed, or entered and checked) or a share."""

    id: str
    label: Text
    sum: tuple[str, ...] = ()
    entered: bool = True
    share: str = ""
    of: str = ""
    decimals: int = 0

    @property
    def is_share(self) -> bool:
        return bool(self.share)


@dataclass(frozen=True)
class Row:
    id: str
    label: Text


@dataclass(frozen=True)
class Cell:
    """A shown cell: its number (or None), its text, and a sum check that failed."""

    value: float | None
    text: str
    mismatch: float | None = None
    """The computed sum when an entered sum differs from it."""


@dataclass(frozen=True)
class TableView:
    """What a table answer shows: headers, labelled rows of cells, failed sum checks."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, tuple[Cell, ...]], ...]
    problems: tuple[str, ...]


_WORDS = {
    "sv": {"mismatch": "{column} för {row}: {entered} angivet, men summan är {computed}"},
    "en": {"mismatch": "{column} for {row}: {entered} entered, but the sum is {computed}"},
}


def columns(item: Item) -> tuple[Column, ...]:
    found = item.options.get("columns", ())
    return found if isinstance(found, tuple) else ()


def rows(item: Item) -> tuple[Row, ...]:
    found = item.options.get("rows", ())
    return found if isinstance(found, tuple) else ()


def _dicts(value: object) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


class TableKind(ItemKind):
    name = "table"
    keys = KEYS
    tables = TABLES
    na_capable = True

    def build(self, raw: Mapping[str, Any], ctx: BuildContext) -> dict[str, Any]:
        built_rows = [
            Row(str(r.get("id", "")), text_of(r.get("label"))) for r in _dicts(raw.get("rows"))
        ]
        if not built_rows:
            ctx.report("", ctx.tr("problem.table_no_rows"))
        built: list[Column] = []
        for index, entry in enumerate(_dicts(raw.get("columns"))):
            parts = entry.get("sum", [])
            parts = tuple(p for p in parts if isinstance(p, str)) if isinstance(parts, list) else ()
            decimals = entry.get("decimals", 0)
            built.append(
                Column(
                    id=str(entry.get("id", "")),
                    label=text_of(entry.get("label")),
                    sum=parts,
                    entered=bool(entry.get("entered", not parts and "share" not in entry)),
                    share=str(entry.get("share", "")),
                    of=str(entry.get("of", "")),
                    decimals=decimals
                    if isinstance(decimals, int) and not isinstance(decimals, bool)
                    else 0,
                )
            )
            _check_column(built[-1], built, f"columns[{index}]", ctx)
        ids = [c.id for c in built]
        for index, column in enumerate(built):
            for ref in (*column.sum, *([column.share, column.of] if column.share else ())):
                if ref not in ids:
                    ctx.report(
                        f"columns[{index}]",
                        ctx.tr("problem.table_unknown_column", id=ref) + ctx.suggest(ref, ids),
                    )
        for kind, found in (("row", [r.id for r in built_rows]), ("column", ids)):
            duplicates = sorted({i for i in found if found.count(i) > 1})
            for duplicate in duplicates:
                ctx.report(f"{kind}s", ctx.tr("problem.table_duplicate", id=duplicate))
        if not any(c.entered and not c.sum for c in built):
            ctx.report("", ctx.tr("problem.table_no_input"))
        total = text_of(raw.get("total_row")) if "total_row" in raw else EMPTY_TEXT
        return {"rows": tuple(built_rows), "columns": tuple(built), "total_row": total}

    def value_error(self, item: Item, value: object) -> str | None:
        if not isinstance(value, Mapping):
            return "not_table"
        inputs = {c.id: c for c in columns(item) if c.entered}
        row_ids = {r.id for r in rows(item)}
        for row_id, cells in value.items():
            if row_id not in row_ids or not isinstance(cells, Mapping):
                return "table_unknown_cell"
            for column_id, number in cells.items():
                column = inputs.get(column_id)
                if column is None:
                    return "table_unknown_cell"
                if not is_number(number) or number < 0:
                    return "not_number"
                if decimals_of(float(number)) > column.decimals:
                    return "not_whole" if column.decimals == 0 else "too_many_decimals"
        return None

    def parse(self, item: Item, text: str) -> object:
        """``"ks.kvinnor=5; ks.man=4"``: cells as ROW.COLUMN=NUMBER, separated by ``;``."""
        value: dict[str, dict[str, float | int]] = {}
        for part in (p.strip() for p in text.split(";")):
            if not part:
                continue
            where, equals, number = part.partition("=")
            row_id, dot, column_id = where.strip().partition(".")
            if not equals or not dot:
                raise ValueError(text)
            value.setdefault(row_id, {})[column_id] = parse_number(number)
        return value

    def is_answered(self, item: Item, value: object, has_rows: bool = False) -> bool:
        if isinstance(value, str):
            return value.strip() != ""  # "na"
        return isinstance(value, Mapping) and any(
            isinstance(cells, Mapping) and cells for cells in value.values()
        )

    def report_text(self, item: Item, value: object, lang: str) -> str:
        """One line per row, ``Kommunstyrelsen: Kvinnor 5, Män 4, …``, then any failed check."""
        view = table_view(item, value, lang)
        if view is None:
            return ""
        lines = []
        for label, cells in view.rows:
            shown = [f"{h} {c.text}" for h, c in zip(view.headers, cells, strict=True) if c.text]
            if shown:
                lines.append(f"{label}: {', '.join(shown)}")
        return "\n".join([*lines, *view.problems])


def _check_column(column: Column, before: list[Column], path: str, ctx: BuildContext) -> None:
    if column.sum and column.share:
        ctx.report(path, ctx.tr("problem.table_sum_and_share"))
    if column.share and not column.of:
        ctx.report(path, ctx.tr("problem.table_share_of"))


def _number(value: object) -> float | None:
    return float(value) if is_number(value) else None  # type: ignore[arg-type]


def table_view(item: Item, value: object, lang: str) -> TableView | None:
    """The table as shown: entered cells, computed sums and shares, failed sum checks."""
    if not isinstance(value, Mapping):
        return None
    cols = columns(item)
    words = _WORDS.get(lang, _WORDS["sv"])
    problems: list[str] = []
    body: list[tuple[str, tuple[Cell, ...]]] = []
    sums: dict[str, float] = {}
    counted: dict[str, bool] = {}

    def compute(row_label: str, entered: Mapping[str, object]) -> tuple[Cell, ...]:
        numbers: dict[str, float | None] = {}
        cells: dict[str, Cell] = {}
        for column in (c for c in cols if not c.is_share):
            typed = _number(entered.get(column.id))
            if column.sum:
                parts = [numbers.get(p) for p in column.sum]
                if all(p is not None for p in parts):
                    computed = sum(p for p in parts if p is not None)
                else:
                    computed = None
                mismatch = None
                if (
                    column.entered
                    and typed is not None
                    and computed is not None
                    and abs(typed - computed) > 1e-9
                ):
                    mismatch = computed
                    problems.append(
                        words["mismatch"].format(
                            column=column.label.get(lang),
                            row=row_label,
                            entered=format_number(typed, 6, lang),
                            computed=format_number(computed, 6, lang),
                        )
                    )
                shown = typed if column.entered and typed is not None else computed
            else:
                shown, mismatch = typed, None
            numbers[column.id] = shown
            text = "" if shown is None else format_number(shown, max(column.decimals, 6), lang)
            cells[column.id] = Cell(shown, text, mismatch)
        for column in (c for c in cols if c.is_share):
            part, whole = numbers.get(column.share), numbers.get(column.of)
            if part is None or whole is None or whole <= 0:
                cells[column.id] = Cell(None, "")
            else:
                share = 100 * part / whole
                cells[column.id] = Cell(share, format_percent(share, lang))
        return tuple(cells[c.id] for c in cols)

    for row in rows(item):
        entered = value.get(row.id)
        entered = entered if isinstance(entered, Mapping) else {}
        label = row.label.get(lang)
        cells = compute(label, entered)
        body.append((label, cells))
        for column in cols:
            if column.entered and not column.sum:
                number = _number(entered.get(column.id))
                if number is not None:
                    sums[column.id] = sums.get(column.id, 0.0) + number
                    counted[column.id] = True
    total = item.options.get("total_row")
    if isinstance(total, Text) and total:
        totals = {cid: sums[cid] for cid in counted}
        before = len(problems)
        body.append((total.get(lang), compute(total.get(lang), totals)))
        del problems[before:]  # an entered sum has no total of its own to check
    headers = tuple(c.label.get(lang) for c in cols)
    return TableView(headers, tuple(body), tuple(problems))


KIND = TableKind()
