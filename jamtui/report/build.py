"""Build the report model from a checklist, a run, the previous run and the report options."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from jamtui import __version__
from jamtui.core.answer_text import answer_words, item_numbers, section_heading, without_own_number
from jamtui.core.answers import AnswerValue, is_answered
from jamtui.core.model import NA_VALUE, Item, ItemType
from jamtui.core.navigation import ItemState, Path, walk
from jamtui.core.ratings_view import hidden_line, spread_line
from jamtui.core.run import ItemAnswer
from jamtui.i18n import t
from jamtui.report.context import ExportContext
from jamtui.report.model import (
    Block,
    BulletList,
    Facts,
    Heading,
    LabelledText,
    Paragraph,
    Report,
    Rule,
    Section,
    Span,
    Table,
)
from jamtui.report.scores import change_blocks, score_blocks


def build_report(context: ExportContext) -> Report:
    """The report for ``context`` (options in ``context.options``); same context, same report."""
    return _Builder(context).build()


def internal_note(answer: ItemAnswer | None) -> str:
    """The consultant's internal note of ``answer`` (empty when there is none)."""
    return answer.internal_note if answer is not None else ""


class _Builder:
    def __init__(self, context: ExportContext) -> None:
        self.c = context
        self.options = context.options
        self.lang = context.lang
        self.checklist = context.checklist
        self.run = context.run
        self.previous = context.previous if self.options.compare else None
        self.values = self.run.values()
        self.path: Path = walk(self.checklist, self.values, self.run.with_actions())
        self.numbers = item_numbers(self.checklist)
        self.blocks: list[Block] = []
        self.words: dict[str, str] = {}

    def tr(self, key: str, **values: object) -> str:
        if values:
            return t(key, self.lang, **values)
        found = self.words.get(key)
        if found is None:
            found = self.words[key] = t(key, self.lang)
        return found

    def heading(self, level: int, text: str, outline: int = 0) -> Heading:
        return Heading(level, text, internal=self.options.internal, outline=outline)

    def para(self, text: str, *, strong: bool = False, emphasis: bool = False) -> Paragraph:
        return Paragraph((Span(text, strong=strong, emphasis=emphasis),))

    def take(self, key: str) -> Section:
        if self.options.internal:  # every heading of a working copy says so
            self.blocks = [
                dataclasses.replace(b, internal=True) if isinstance(b, Heading) else b
                for b in self.blocks
            ]
        section = Section(key, tuple(self.blocks))
        self.blocks = []
        return section

    def build(self) -> Report:
        sections = [self.header(), self.summary()]
        for index, section in enumerate(self.checklist.sections, start=1):
            sections.append(self.section(index, section.id))
        sections.append(self.action_plan())
        earlier = self.earlier_actions()
        if earlier is not None:
            sections.append(earlier)
        retired = self.retired()
        if retired is not None:
            sections.append(retired)
        self.blocks = [
            Rule(),
            Paragraph((Span(self.tr("export.generated", version=__version__)),), "footer"),
        ]
        sections.append(self.take("footer"))
        title = self.checklist.title.get(self.lang)
        return Report(
            title=f"{title} – {self.c.organisation}",
            lang=self.lang,
            sections=tuple(sections),
            internal=self.options.internal,
            internal_mark=self.tr("report.internal_mark") if self.options.internal else "",
            organisation=self.c.organisation,
            checklist_id=self.checklist.id,
            date=self.run.date,
            meta={
                "author": self.run.facilitator,
                "subject": self.tr("report.subject", checklist=title),
                "generator": f"jamtui {__version__}",
            },
        )

    # -- header -------------------------------------------------------------------------
    def header(self) -> Section:
        title = self.checklist.title.get(self.lang)
        self.blocks.append(self.heading(1, f"{title} – {self.c.organisation}"))
        if self.options.internal:
            notice = (
                Span(self.tr("report.internal_mark") + ".", strong=True),
                Span(" " + self.tr("report.internal_notice")),
            )
            self.blocks.append(Paragraph(notice, "notice"))
        if self.run.status.value != "finalized":
            draft = (
                Span(self.tr("report.draft_label"), strong=True),
                Span(" " + self.tr("report.draft_text")),
            )
            self.blocks.append(Paragraph(draft, "notice"))
        if self.c.conflicts:  # a team sync left these fields with two answers
            fields = ", ".join(self.c.conflicts)
            self.blocks.append(
                Paragraph((Span(self.tr("export.conflicts", fields=fields)),), "notice")
            )
        rows: list[tuple[str, str]] = [(self.tr("export.organisation"), self.c.organisation)]
        if self.run.unit:
            rows.append((self.tr("export.unit"), self.run.unit))
        version = self.tr("export.version", version=self.checklist.version)
        rows.append((self.tr("export.checklist"), f"{title} ({version})"))
        source = self.checklist.source
        if source is not None:
            text = ": ".join(p for p in (source.publisher, source.title) if p)
            if source.year:
                text += f" ({source.year})"
            if source.url:
                text += f". {source.url}"
            rows.append((self.tr("export.source"), text))
            if source.adaptation:
                rows.append((self.tr("export.adaptation"), source.adaptation.get(self.lang)))
        rows.append((self.tr("export.date"), self.run.date))
        if self.run.facilitator:
            rows.append((self.tr("export.facilitator"), self.run.facilitator))
        rows.append((self.tr("export.status"), self.tr(f"export.status.{self.run.status.value}")))
        self.blocks.append(Facts(tuple(rows)))
        people = self.run.active_participants
        if people:
            self.blocks.append(self.para(self.tr("export.participants") + ":", strong=True))
            self.blocks.append(
                BulletList(
                    tuple((Span(f"{p.name} ({p.role})" if p.role else p.name),) for p in people)
                )
            )
        if self.checklist.intro:
            self.blocks.append(self.para(self.tr("export.intro"), strong=True))
            self.blocks.append(self.para(self.checklist.intro.get(self.lang)))
        return self.take("header")

    # -- summary ------------------------------------------------------------------------
    def summary(self) -> Section:
        self.blocks.append(self.heading(2, self.tr("export.summary")))
        reached = self.path.outcome
        if reached is not None:
            outcome = reached.outcome
            at = self.tr("export.outcome_at", number=self.numbers[reached.trigger.id])
            self.blocks.append(
                Paragraph(
                    (
                        Span(f"{self.tr('export.outcome')}:", strong=True),
                        Span(f" {outcome.title.get(self.lang)} ({at})"),
                    )
                )
            )
            if outcome.description:
                self.blocks.append(self.para(outcome.description.get(self.lang)))
        for note in self.path.notes:  # conclusions that do not end the run
            at = self.tr("export.outcome_at", number=self.numbers[note.trigger.id])
            self.blocks.append(
                Paragraph(
                    (
                        Span(f"{self.tr('export.note_outcome')}:", strong=True),
                        Span(f" {note.outcome.title.get(self.lang)} ({at})"),
                    )
                )
            )
            if note.outcome.description:
                self.blocks.append(self.para(note.outcome.description.get(self.lang)))
        visible = self.path.asked
        answered = [i for i in visible if self.path.states[i.id] is ItemState.ANSWERED]
        na = [i for i in answered if self.values.get(i.id) == NA_VALUE]
        unanswered = len(visible) - len(answered)
        self.blocks.append(
            self.para(
                self.tr(
                    "export.counts",
                    answered=len(answered),
                    visible=len(visible),
                    na=len(na),
                    unanswered=unanswered,
                )
            )
        )
        if self.options.skip_unanswered and unanswered:
            self.blocks.append(
                self.para(self.tr("report.skipped", count=unanswered), emphasis=True)
            )
        self.step_overview()
        self.blocks.extend(score_blocks(self.c, self.previous))
        self.blocks.extend(change_blocks(self.c, self.previous))
        return self.take("summary")

    def step_overview(self) -> None:
        """A process model (Trappan): each step's status in one table.

        A step is a section that is always shown and opens with a ``status`` choice; sections
        shown only when chosen (CEMR's articles) are no steps of a process.
        """
        steps = [
            (index, section, section.items[0])
            for index, section in enumerate(self.checklist.sections, start=1)
            if section.items
            and section.show_if is None
            and section.items[0].local_id == "status"
            and section.items[0].type is ItemType.CHOICE
        ]
        if len(steps) < 2:
            return
        rows: list[tuple[str, ...]] = []
        for index, section, item in steps:
            words = answer_words(item, self.values.get(item.id), self.lang)
            if self.path.states.get(item.id) in (ItemState.HIDDEN, ItemState.ENDED):
                words = ""
            rows.append((section_heading(index, section.title.get(self.lang)), words or "–"))
        title = self.tr("report.step_overview")
        self.blocks.append(self.para(title, strong=True))
        header = (self.tr("report.step"), self.tr("export.status"))
        self.blocks.append(Table(header, tuple(rows), caption=title))

    # -- sections and items ---------------------------------------------------------------
    def section(self, index: int, section_id: str) -> Section:
        section = self.checklist.sections_by_id[section_id]
        self.blocks.append(self.heading(2, section_heading(index, section.title.get(self.lang))))
        if section.description:
            self.blocks.append(self.para(section.description.get(self.lang)))
        ended: list[str] = []
        group = ""
        for item in section.items:
            state = self.path.states.get(item.id)
            if state is ItemState.ENDED:
                ended.append(self.numbers[item.id])
                continue
            self.ended(ended)
            skipped = (
                self.options.skip_unanswered
                and item.takes_answer
                and state is not ItemState.ANSWERED
            )
            if skipped:
                continue
            heading = item.group.get(self.lang)
            if heading and heading != group:  # a group of items: a sub-heading once
                self.blocks.append(self.heading(4, heading, outline=3))
            group = heading
            self.item(item, grouped=bool(heading))
        self.ended(ended)
        return self.take(f"section:{section_id}")

    def ended(self, numbers: list[str]) -> None:
        """One line for a run of items that an outcome left unasked, instead of one each."""
        if not numbers:
            return
        key = "export.ended_one" if len(numbers) == 1 else "export.ended_many"
        span = numbers[0] if len(numbers) == 1 else f"{numbers[0]}–{numbers[-1]}"
        self.blocks.append(self.para(self.tr(key, numbers=span), emphasis=True))
        numbers.clear()

    def unanswered(self) -> Paragraph:
        return self.para(self.tr("export.unanswered"), emphasis=True)

    def item(self, item: Item, grouped: bool = False) -> None:
        number = self.numbers[item.id]
        index = int(number.rsplit(".", 1)[1])
        text = without_own_number(item.text.get(self.lang), index)
        self.blocks.append(self.heading(3, f"{number} {text}", outline=4 if grouped else 0))
        state = self.path.states.get(item.id)
        if state is ItemState.HIDDEN:
            numbers, waiting = self._hidden_by(item)
            key = "export.hidden_waiting" if waiting else "export.hidden"
            self.blocks.append(self.para(self.tr(key, number=numbers), emphasis=True))
            return
        answer = self.run.answers.get(item.id)
        value = self.values.get(item.id)
        if not item.takes_answer:  # a notice: its text is the content
            if item.guidance:
                self.blocks.append(self.para(item.guidance.get(self.lang)))
            return
        if item.raters and answer is not None and answer.ratings:
            self.ratings(item, answer.ratings)
        if item.type is ItemType.TABLE and value != NA_VALUE:
            self.number_table(item, value, f"{number} {text}")
        elif item.type is ItemType.TEXT:
            self.blocks.append(self.para(str(value)) if is_answered(value) else self.unanswered())
        elif item.type is ItemType.ACTIONS:
            rows = answer.complete_actions() if answer else []
            if rows:
                header = (self.tr("export.what"), self.tr("export.who"), self.tr("export.due"))
                body = tuple((r.what, r.who, r.due) for r in rows)
                self.blocks.append(Table(header, body, caption=f"{number} {text}"))
            else:
                self.blocks.append(self.unanswered())
        else:
            label = (
                self.tr("export.agreed")
                if item.raters and answer and answer.ratings
                else self.tr("export.answer")
            )
            words = answer_words(item, value, self.lang)
            shown = Span(words) if words else Span(self.tr("export.unanswered"), emphasis=True)
            self.blocks.append(Paragraph((Span(f"{label}:", strong=True), Span(" "), shown)))
            if item.raters and answer is not None and answer.dissent.strip():
                self.blocks.append(LabelledText(f"{self.tr('export.dissent')}:", answer.dissent))
        if answer is not None and answer.note.strip():
            self.blocks.append(LabelledText(f"{self.tr('export.note')}:", answer.note))
        secret = internal_note(answer)
        if self.options.internal and secret.strip():
            label = f"{self.tr('report.internal_note')} ({self.tr('report.internal_mark')}):"
            self.blocks.append(LabelledText(label, secret, internal=True))

    def ratings(self, item: Item, by_id: Mapping[str, AnswerValue]) -> None:
        if self.run.ratings_hidden(item.id):  # not everyone has rated and nobody revealed
            rated, total = self.run.rated_count(item.id)
            shown = Span(hidden_line(rated, total, self.lang), emphasis=True)
            heading = Span(f"{self.tr('export.ratings')}:", strong=True)
            self.blocks.append(Paragraph((heading, Span(" "), shown)))
            return
        ratings = self.run.named_ratings(by_id)
        order = [p.name for p in self.run.participants if p.name in ratings]
        order += sorted(name for name in ratings if name not in order)
        rows = tuple((name, answer_words(item, ratings[name], self.lang)) for name in order)
        label = self.tr("export.ratings")
        self.blocks.append(self.para(f"{label}:", strong=True))
        header = (self.tr("export.participants"), self.tr("export.rating"))
        self.blocks.append(Table(header, rows, caption=label))
        people = [p.name for p in self.run.active_participants]
        spread = spread_line(item, ratings, people, self.lang)
        self.blocks.append(
            Paragraph((Span(f"{self.tr('export.spread')}:", strong=True), Span(f" {spread}")))
        )

    def number_table(self, item: Item, value: AnswerValue | None, caption: str) -> None:
        """A table answer: entered cells, sums and shares; each failed sum check below it."""
        from jamtui.core.items.table import table_view

        view = table_view(item, value, self.lang)
        if view is None or not any(c.text for _, cells in view.rows for c in cells):
            self.blocks.append(self.unanswered())
            return
        header = ("", *view.headers)
        rows = tuple((label, *(c.text for c in cells)) for label, cells in view.rows)
        self.blocks.append(Table(header, rows, caption=caption))
        for problem in view.problems:
            label = Span(f"{self.tr('export.sum_check')}:", strong=True)
            self.blocks.append(Paragraph((label, Span(f" {problem}"))))

    def _hidden_by(self, item: Item) -> tuple[str, bool]:
        """The numbers of the items that hide ``item``, and whether one is still unanswered.

        An item hidden only because an earlier item has no answer yet is not "ej aktuellt":
        the report says it waits for that answer instead.
        """
        section = self.checklist.sections_by_id[item.section_id]
        refs: list[str] = []
        for condition in (item.show_if, section.show_if):
            if condition is not None:
                refs.extend(condition.referenced_items())
        known = [r for r in dict.fromkeys(refs) if r in self.numbers]
        waiting = [r for r in known if not is_answered(self.values.get(r))]
        shown = waiting or known
        return ", ".join(self.numbers[r] for r in shown) or "?", bool(waiting)

    # -- action plan and appendix -------------------------------------------------------
    def action_plan(self) -> Section:
        rows: list[tuple[str, ...]] = []
        for item in self.path.visible:
            answer = self.run.answers.get(item.id)
            if answer is None:
                continue
            number = self.numbers[item.id]
            if item.action_plan and is_answered(answer.value) and isinstance(answer.value, str):
                rows.append((number, answer.value, "", ""))
            for row in answer.complete_actions():
                rows.append((number, row.what, row.who, row.due))
        title = self.tr("export.action_plan")
        self.blocks.append(self.heading(2, title))
        if not rows:
            self.blocks.append(self.para(self.tr("export.no_actions"), emphasis=True))
        else:
            header = (
                self.tr("export.from_item"),
                self.tr("export.what"),
                self.tr("export.who"),
                self.tr("export.due"),
            )
            self.blocks.append(Table(header, tuple(rows), caption=title))
        return self.take("actions")

    def earlier_actions(self) -> Section | None:
        """Uppföljning av tidigare åtgärder: last run's actions and older open ones, today."""
        if not self.c.earlier_actions:
            return None
        title = self.tr("export.earlier_actions")
        self.blocks.append(self.heading(2, title))
        rows: list[tuple[str, ...]] = []
        # Hundreds of rows in the later reports of a long series: the words are looked up once.
        words: dict[tuple[str, bool], str] = {}
        today = self.run.date
        for action in self.c.earlier_actions:
            overdue = bool(action.due) and action.due < today
            shown = words.get((action.status, overdue))
            if shown is None:
                shown = self.tr(f"followup.status.{action.status}")
                if overdue and action.status in ("ej-paborjad", "pagar"):
                    shown += f" ({self.tr('followup.overdue')})"
                words[(action.status, overdue)] = shown
            rows.append(
                (action.what, action.who, action.due, shown, action.comment, action.run_date)
            )
        header = (
            self.tr("export.what"),
            self.tr("export.who"),
            self.tr("export.due"),
            self.tr("export.status"),
            self.tr("export.comment"),
            self.tr("export.from_run"),
        )
        self.blocks.append(Table(header, tuple(rows), caption=title))
        return self.take("earlier-actions")

    def retired(self) -> Section | None:
        if not self.c.retired:
            return None
        title = self.tr("export.retired")
        self.blocks.append(self.heading(2, title))
        self.blocks.append(
            self.para(self.tr("export.retired_intro", version=self.run.checklist_version))
        )
        rows: list[tuple[str, ...]] = []
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
            if answer.ratings and self.run.ratings_hidden(item_id):
                rated, total = self.run.rated_count(item_id)
                shown.append(f"{self.tr('export.ratings')}: {hidden_line(rated, total, self.lang)}")
            elif answer.ratings:
                named = self.run.named_ratings(answer.ratings)
                people = ", ".join(f"{name}: {value}" for name, value in named.items())
                shown.append(f"{self.tr('export.ratings')}: {people}")
            if answer.dissent.strip():
                shown.append(f"{self.tr('export.dissent')}: {answer.dissent}")
            for row in answer.actions:
                if not row.is_empty():
                    shown.append(" · ".join(part for part in (row.what, row.who, row.due) if part))
            rows.append((item_id, "\n".join(part for part in shown if part), answer.note))
        header = (self.tr("export.from_item"), self.tr("export.answer"), self.tr("export.note"))
        self.blocks.append(Table(header, tuple(rows), caption=title))
        return self.take("retired")
