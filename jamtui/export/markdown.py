"""The built-in Markdown report: a document a consultant can send without editing."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from jamtui import __version__
from jamtui.core.answer_text import (
    answer_words,
    item_numbers,
    section_heading,
    without_own_number,
)
from jamtui.core.answers import ActionRow, AnswerValue, is_answered
from jamtui.core.model import NA_VALUE, Checklist, Item, ItemType
from jamtui.core.navigation import ItemState, Path, walk
from jamtui.export.context import ExportContext
from jamtui.export.markdown_text import escape_block, escape_cell, escape_heading, escape_inline
from jamtui.i18n import t


class MarkdownExporter:
    """Renders an export context as CommonMark with GFM tables, UTF-8, LF line endings."""

    name = "markdown"
    title = "Markdown"
    suffix = ".md"

    def render(self, context: ExportContext) -> str:
        return render_markdown(context)


def render_markdown(context: ExportContext) -> str:
    """The report for ``context``; the same context always gives the same text."""
    doc = _Document(context)
    return doc.render()


class _Document:
    def __init__(self, context: ExportContext) -> None:
        self.c = context
        self.lang = context.lang
        self.checklist = context.checklist
        self.run = context.run
        self.values = self.run.values()
        self.path: Path = walk(self.checklist, self.values, self.run.with_actions())
        self.numbers = item_numbers(self.checklist)
        self.blocks: list[str] = []

    def tr(self, key: str, **values: object) -> str:
        return t(key, self.lang, **values)

    def add(self, block: str) -> None:
        self.blocks.append(block.rstrip("\n"))

    def render(self) -> str:
        self.header()
        self.summary()
        for index, section in enumerate(self.checklist.sections, start=1):
            self.section(index, section.id)
        self.action_plan()
        self.earlier_actions()
        self.retired()
        self.add(f"---\n\n{escape_inline(self.tr('export.generated', version=__version__))}")
        text = "\n\n".join(block for block in self.blocks if block) + "\n"
        return text.replace("\r\n", "\n")

    # -- header -------------------------------------------------------------------------
    def header(self) -> None:
        title = self.checklist.title.get(self.lang)
        self.add(f"# {escape_heading(title)} – {escape_heading(self.c.organisation)}")
        if self.run.status.value != "finalized":
            self.add(self.tr("export.draft"))
        rows: list[tuple[str, str]] = [
            (self.tr("export.organisation"), escape_cell(self.c.organisation))
        ]
        if self.run.unit:
            rows.append((self.tr("export.unit"), escape_cell(self.run.unit)))
        rows.append(
            (
                self.tr("export.checklist"),
                f"{escape_cell(title)} "
                f"({self.tr('export.version', version=escape_cell(self.checklist.version))})",
            )
        )
        source = self.checklist.source
        if source is not None:
            parts = [source.publisher, source.title]
            text = ": ".join(escape_cell(p) for p in parts if p)
            if source.year:
                text += f" ({source.year})"
            if source.url:
                text += f". {escape_cell(source.url)}"
            rows.append((self.tr("export.source"), text))
            if source.adaptation:
                rows.append(
                    (self.tr("export.adaptation"), escape_cell(source.adaptation.get(self.lang)))
                )
        rows.append((self.tr("export.date"), escape_cell(self.run.date)))
        if self.run.facilitator:
            rows.append((self.tr("export.facilitator"), escape_cell(self.run.facilitator)))
        if self.run.active_participants:
            people = [
                f"{p.name} ({p.role})" if p.role else p.name for p in self.run.active_participants
            ]
            rows.append(
                (self.tr("export.participants"), "<br>".join(escape_cell(p) for p in people))
            )
        rows.append((self.tr("export.status"), self.tr(f"export.status.{self.run.status.value}")))
        self.add(_table(["", ""], rows))

    # -- summary ------------------------------------------------------------------------
    def summary(self) -> None:
        self.add(f"## {self.tr('export.summary')}")
        reached = self.path.outcome
        if reached is not None:
            outcome = reached.outcome
            line = (
                f"**{self.tr('export.outcome')}:** {escape_inline(outcome.title.get(self.lang))} "
                f"({self.tr('export.outcome_at', number=self.numbers[reached.trigger.id])})"
            )
            self.add(line)
            if outcome.description:
                self.add(escape_block(outcome.description.get(self.lang)))
        visible = self.path.visible
        answered = [i for i in visible if self.path.states[i.id] is ItemState.ANSWERED]
        na = [i for i in answered if self.values.get(i.id) == NA_VALUE]
        self.add(
            self.tr(
                "export.counts",
                answered=len(answered),
                visible=len(visible),
                na=len(na),
                unanswered=len(visible) - len(answered),
            )
        )
        self.scores()

    def scores(self) -> None:
        from jamtui.export.score_table import change_blocks, score_blocks

        for block in [*score_blocks(self.c, self.path), *change_blocks(self.c)]:
            self.add(block)

    # -- sections and items ---------------------------------------------------------------
    def section(self, index: int, section_id: str) -> None:
        section = self.checklist.sections_by_id[section_id]
        self.add(f"## {escape_heading(section_heading(index, section.title.get(self.lang)))}")
        if section.description:
            self.add(escape_block(section.description.get(self.lang)))
        ended: list[str] = []
        for item in section.items:
            if self.path.states.get(item.id) is ItemState.ENDED:
                ended.append(self.numbers[item.id])
                continue
            self.ended(ended)
            self.item(item)
        self.ended(ended)

    def ended(self, numbers: list[str]) -> None:
        """One line for a run of items that an outcome left unasked, instead of one each."""
        if not numbers:
            return
        key = "export.ended_one" if len(numbers) == 1 else "export.ended_many"
        span = numbers[0] if len(numbers) == 1 else f"{numbers[0]}–{numbers[-1]}"
        self.add(f"*{escape_inline(self.tr(key, numbers=span))}*")
        numbers.clear()

    def item(self, item: Item) -> None:
        number = self.numbers[item.id]
        index = int(number.rsplit(".", 1)[1])
        text = without_own_number(item.text.get(self.lang), index)
        self.add(f"### {number} {escape_heading(text)}")
        state = self.path.states.get(item.id)
        if state is ItemState.HIDDEN:
            self.add(f"*{escape_inline(self.tr('export.hidden', number=self._hidden_by(item)))}*")
            return
        answer = self.run.answers.get(item.id)
        value = self.values.get(item.id)
        if item.raters and answer is not None and answer.ratings:
            self.ratings(item, answer.ratings)
        if item.type is ItemType.TEXT:
            if is_answered(value):
                self.add(escape_block(str(value)))
            else:
                self.add(f"*{self.tr('export.unanswered')}*")
        elif item.type is ItemType.ACTIONS:
            rows = answer.complete_actions() if answer else []
            self.add(
                _actions_table(rows, self.lang) if rows else f"*{self.tr('export.unanswered')}*"
            )
        else:
            label = (
                self.tr("export.agreed")
                if item.raters and answer and answer.ratings
                else self.tr("export.answer")
            )
            words = answer_words(item, value, self.lang)
            shown = escape_inline(words) if words else f"*{self.tr('export.unanswered')}*"
            self.add(f"**{label}:** {shown}")
            if item.raters and answer is not None and answer.dissent.strip():
                self.add(f"**{self.tr('export.dissent')}:**\n{escape_block(answer.dissent)}")
        if answer is not None and answer.note.strip():
            self.add(f"**{self.tr('export.note')}:**\n{escape_block(answer.note)}")

    def ratings(self, item: Item, by_id: Mapping[str, AnswerValue]) -> None:
        ratings = self.run.named_ratings(by_id)
        order = [p.name for p in self.run.participants if p.name in ratings]
        order += sorted(name for name in ratings if name not in order)
        rows = [
            (escape_cell(name), escape_cell(answer_words(item, ratings[name], self.lang)))
            for name in order
        ]
        self.add(f"**{self.tr('export.ratings')}:**")
        self.add(_table([self.tr("export.participants"), self.tr("export.rating")], rows))
        from jamtui.export.score_table import spread_line

        people = [p.name for p in self.run.active_participants]
        self.add(f"**{self.tr('export.spread')}:** {spread_line(item, ratings, people, self.lang)}")

    def _hidden_by(self, item: Item) -> str:
        section = self.checklist.sections_by_id[item.section_id]
        refs: list[str] = []
        for condition in (item.show_if, section.show_if):
            if condition is not None:
                refs.extend(condition.referenced_items())
        numbers = [self.numbers[r] for r in dict.fromkeys(refs) if r in self.numbers]
        return ", ".join(numbers) or "?"

    # -- action plan and appendix -------------------------------------------------------
    def action_plan(self) -> None:
        rows: list[tuple[str, ...]] = []
        for item in self.path.visible:
            answer = self.run.answers.get(item.id)
            if answer is None:
                continue
            number = self.numbers[item.id]
            if item.action_plan and is_answered(answer.value) and isinstance(answer.value, str):
                rows.append((number, escape_cell(answer.value), " ", " "))
            for row in answer.complete_actions():
                if not row.is_empty():
                    rows.append(
                        (number, escape_cell(row.what), escape_cell(row.who), escape_cell(row.due))
                    )
        self.add(f"## {self.tr('export.action_plan')}")
        if not rows:
            self.add(f"*{self.tr('export.no_actions')}*")
            return
        headers = [
            self.tr("export.from_item"),
            self.tr("export.what"),
            self.tr("export.who"),
            self.tr("export.due"),
        ]
        self.add(_table(headers, rows))

    def earlier_actions(self) -> None:
        """Uppföljning av tidigare åtgärder: last run's actions and older open ones, today."""
        if not self.c.earlier_actions:
            return
        self.add(f"## {self.tr('export.earlier_actions')}")
        rows = []
        for action in self.c.earlier_actions:
            status = action.status.label(self.lang)
            if action.is_overdue(self.run.date):
                status += f" ({t('followup.overdue', self.lang)})"
            rows.append(
                (
                    escape_cell(action.what),
                    escape_cell(action.who),
                    escape_cell(action.due),
                    escape_cell(status),
                    escape_cell(action.comment),
                    escape_cell(action.date),
                )
            )
        headers = [
            self.tr("export.what"),
            self.tr("export.who"),
            self.tr("export.due"),
            self.tr("export.status"),
            self.tr("export.comment"),
            self.tr("export.from_run"),
        ]
        self.add(_table(headers, rows))

    def retired(self) -> None:
        if not self.c.retired:
            return
        self.add(f"## {self.tr('export.retired')}")
        self.add(escape_block(self.tr("export.retired_intro", version=self.run.checklist_version)))
        rows = []
        for item_id in sorted(self.c.retired):
            answer = self.c.retired[item_id]
            value = answer.value
            shown = [
                ", ".join(map(str, value))
                if isinstance(value, tuple | list)
                else ("" if value is None or value == NA_VALUE else str(value))
            ]
            if value == NA_VALUE:
                shown = [self.tr("export.na")]
            if answer.ratings:
                named = self.run.named_ratings(answer.ratings)
                people = ", ".join(f"{name}: {value}" for name, value in named.items())
                shown.append(f"{self.tr('export.ratings')}: {people}")
            if answer.dissent.strip():
                shown.append(f"{self.tr('export.dissent')}: {answer.dissent}")
            for row in answer.actions:
                if not row.is_empty():
                    shown.append(" · ".join(part for part in (row.what, row.who, row.due) if part))
            rows.append(
                (
                    escape_cell(item_id),
                    escape_cell("\n".join(part for part in shown if part)),
                    escape_cell(answer.note),
                )
            )
        self.add(
            _table(
                [self.tr("export.from_item"), self.tr("export.answer"), self.tr("export.note")],
                rows,
            )
        )


def _table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    head = "| " + " | ".join(h or " " for h in headers) + " |"
    rule = "| " + " | ".join("---" for _ in headers) + " |"
    body = ["| " + " | ".join(cell or " " for cell in row) + " |" for row in rows]
    return "\n".join([head, rule, *body])


def _actions_table(rows: Sequence[ActionRow], lang: str) -> str:
    headers = [t("export.what", lang), t("export.who", lang), t("export.due", lang)]
    return _table(
        headers, [(escape_cell(r.what), escape_cell(r.who), escape_cell(r.due)) for r in rows]
    )


def checklist_title(checklist: Checklist, lang: str) -> str:
    return checklist.title.get(lang)
