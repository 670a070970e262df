"""A run's summary: what is answered and missing, the outcome, per-section progress; finalize."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from jamtui.core.answer_text import item_numbers, without_number
from jamtui.core.dates import format_timestamp
from jamtui.core.model import NA_VALUE, Checklist, Item
from jamtui.core.navigation import ItemState, walk
from jamtui.core.run import RunStatus
from jamtui.i18n import t
from jamtui.storage import InvalidValueError, ReadOnlyError, RunSession, StorageError
from jamtui.ui.safe_text import line, literal
from jamtui.ui.screens.dialogs import FinalizeDialog, TextDialog
from jamtui.ui.widgets.bars import text_bar
from jamtui.ui.widgets.keybar import KeyBar

if TYPE_CHECKING:
    from jamtui.ui.app import JamtuiApp


def hanging(words: str, indent: int, width: int) -> Text:
    """``words`` wrapped to fit after an ``indent``-wide prefix, later lines indented under it."""
    import textwrap

    room = max(20, width - indent)
    text = Text()
    for number, part in enumerate(textwrap.wrap(words, room) or [""]):
        if number:
            text.append("\n" + " " * indent)
        text.append_text(line(part))
    return text


class SummaryScreen(Screen[None]):
    """Where the group checks what is left and finalizes the run."""

    CSS_PATH = "screens.tcss"

    BINDINGS = [
        Binding("escape", "app.pop_screen", t("key.back"), id="summary.back"),
        Binding("f", "finalize", t("key.finalize"), id="summary.finalize"),
        Binding("o", "reopen", t("key.reopen"), id="summary.reopen"),
        Binding("e", "export", t("key.export"), id="summary.export"),
        Binding("j", "compare", t("key.compare"), id="summary.compare"),
    ]

    def __init__(self, session: RunSession, checklist: Checklist, organisation: str) -> None:
        super().__init__()
        self.session = session
        self.checklist = checklist
        self.organisation = organisation

    @property
    def jamtui(self) -> JamtuiApp:
        from jamtui.ui.app import JamtuiApp

        assert isinstance(self.app, JamtuiApp)
        return self.app

    def compose(self) -> ComposeResult:
        yield Static(Text(t("summary.title"), style="bold"), classes="screen-title")
        with VerticalScroll(id="summary"):
            yield Static("", id="summary-body")
        yield KeyBar()

    def on_mount(self) -> None:
        self.render_summary()

    def on_resize(self) -> None:
        self.render_summary()

    def render_summary(self) -> None:
        self.query_one("#summary-body", Static).update(self.summary_text())

    def summary_text(self) -> Text:
        lang = self.jamtui.settings.lang
        run = self.session.run
        values = run.values()
        path = walk(self.checklist, values, run.with_actions())
        numbers = item_numbers(self.checklist)
        text = line(self.organisation, style="bold")
        text.append(" · ")
        text.append_text(line(self.checklist.title.get(lang)))
        text.append(f" · {run.date}\n")
        text.append(t("summary.status", None, status=t(f"status.{run.status.value}")) + "\n")
        for change in run.history:
            text.append_text(
                line(
                    t(
                        "summary.history",
                        None,
                        status=t(f"status.{change.status.value}"),
                        at=format_timestamp(change.at, lang),
                        by=change.by or "–",
                    )
                )
            )
            if change.reason:
                text.append(": ")
                text.append_text(line(change.reason))
            text.append("\n")
        if self.session.read_only:
            text.append_text(
                literal(
                    t("readonly.banner", None, reason=self.session.read_only_reason) + "\n",
                    style="bold",
                )
            )
        if path.outcome is not None:
            outcome = path.outcome.outcome
            text.append(f"\n{t('run.outcome')}: ", style="bold")
            text.append_text(line(outcome.title.get(lang), style="bold"))
            text.append(f" ({numbers[path.outcome.trigger.id]})\n")
        visible = path.visible
        answered = [i for i in visible if path.states[i.id] is ItemState.ANSWERED]
        na = [i for i in answered if values.get(i.id) == NA_VALUE]
        text.append(
            "\n"
            + t(
                "summary.counts",
                None,
                answered=len(answered),
                visible=len(visible),
                na=len(na),
                unanswered=len(visible) - len(answered),
            )
            + "\n"
        )
        text.append(f"\n{t('summary.sections')}\n", style="bold")
        for index, section in enumerate(self.checklist.sections, start=1):
            shown = [i for i in section.items if path.is_visible(i.id)]
            done = [i for i in shown if path.states[i.id] is ItemState.ANSWERED]
            bar = text_bar(len(done), len(shown) or 1, 20)
            head = f"{index:>2}. {bar} {len(done):>2}/{len(shown):<2} "
            text.append(head)
            title = without_number(section.title.get(lang))
            text.append_text(hanging(title, len(head), self.app.size.width - 4))
            text.append("\n")
        self.append_scores(text, lang)
        self.append_ratings(text, lang, [i for i in visible if i.raters], numbers)
        missing = path.missing_required
        text.append(f"\n{t('summary.missing')}\n", style="bold")
        if not missing:
            text.append(t("summary.none_missing") + "\n")
        for item in missing:
            text.append(f"  ! {numbers[item.id]} ")
            text.append_text(line(item.text.get(lang)))
            text.append("\n")
        unanswered = [i for i in visible if path.states[i.id] is ItemState.UNANSWERED]
        if unanswered:
            text.append(f"\n{t('summary.unanswered')}\n", style="bold")
            for item in unanswered[:30]:
                text.append(f"  ○ {numbers[item.id]} ")
                text.append_text(line(item.text.get(lang)[:70]))
                text.append("\n")
        if self.session.retired:
            text.append("\n")
            text.append_text(
                line(t("summary.retired", None, items=", ".join(sorted(self.session.retired))))
            )
        return text

    def append_ratings(
        self, text: Text, lang: str, items: list[Item], numbers: dict[str, str]
    ) -> None:
        """Each rated item's spread, or "dolt till alla bedömt" while its ratings are hidden."""
        from jamtui.core.ratings_view import hidden_line, spread_line

        run = self.session.run
        rated = [i for i in items if run.answers.get(i.id) and run.answers[i.id].ratings]
        if not rated:
            return
        text.append(f"\n{t('ratings.heading')}\n", style="bold")
        people = [p.name for p in run.active_participants]
        for item in rated:
            text.append(f"  {numbers[item.id]} ")
            if run.ratings_hidden(item.id):
                done, total = run.rated_count(item.id)
                text.append(hidden_line(done, total, lang), style="italic")
            else:
                named = run.named_ratings(run.answers[item.id].ratings)
                text.append_text(line(spread_line(item, named, people, lang)))
            text.append("\n")

    def append_scores(self, text: Text, lang: str) -> None:
        """Per-section scores with text bars, the total and its band (when the checklist scores)."""
        from jamtui.export.service import previous_run
        from jamtui.ui.widgets.score_view import score_lines

        try:
            previous = previous_run(
                self.jamtui.store,
                self.jamtui.catalog,
                self.session.run.organisation,
                self.session.run,
            )
        except (StorageError, OSError):
            previous = None
        lines = score_lines(self.checklist, self.session.run, lang, previous)
        if lines:
            text.append(f"\n{t('summary.scores')}\n", style="bold")
            for entry in lines:
                text.append_text(entry)
                text.append("\n")

    def _act(self, action: str) -> bool:
        try:
            if action == "finalize":
                self.session.finalize(by=self.session.run.facilitator)
            return True
        except (InvalidValueError, ReadOnlyError) as error:
            self.notify(str(error), severity="warning", markup=False)
        except (StorageError, OSError) as error:
            self.notify(t("save.failed", None, reason=str(error)), severity="error", markup=False)
        return False

    def action_finalize(self) -> None:
        """Say what is still open (counts, the first gap) before finalizing."""
        if self.session.run.status is RunStatus.FINALIZED:
            self.notify(t("summary.finalized"))
            return
        lines, gap = self.finalize_report()

        def chosen(choice: str | None) -> None:
            if choice == "finalize" and self._act("finalize"):
                self.notify(t("summary.finalized"))
                self.render_summary()
            elif choice == "jump" and gap is not None:
                self.show_in_run(gap)

        self.app.push_screen(FinalizeDialog(lines, gap is not None), chosen)

    def finalize_report(self) -> tuple[list[str], str | None]:
        """The dialog's lines, and the first gap: a required item, an unanswered one, or one
        whose ratings are still hidden."""
        run = self.session.run
        path = walk(self.checklist, run.values(), run.with_actions())
        numbers = item_numbers(self.checklist)
        visible = path.visible
        unanswered = [i for i in visible if path.states[i.id] is ItemState.UNANSWERED]
        hidden = [i for i in visible if i.raters and run.ratings_hidden(i.id)]
        answered = len(visible) - len(unanswered)
        lines = [
            t(
                "finalize.answered",
                None,
                answered=answered,
                visible=len(visible),
                unanswered=len(unanswered),
            )
        ]
        if path.missing_required:
            lines.append(t("finalize.required", None, count=len(path.missing_required)))
        if hidden:
            lines.append(t("finalize.hidden", None, count=len(hidden)))
        gaps = [*path.missing_required, *unanswered, *hidden]
        if not gaps:
            lines.append(t("finalize.complete"))
            return lines, None
        first = gaps[0]
        lang = self.jamtui.settings.lang
        lines.append(
            t("finalize.first_gap", None, item=f"{numbers[first.id]} {first.text.get(lang)}")
        )
        return lines, first.id

    def show_in_run(self, item_id: str) -> None:
        """Back to the run screen, at ``item_id``."""
        from jamtui.ui.screens.run import RunScreen

        below = self.app.screen_stack[-2] if len(self.app.screen_stack) > 1 else None
        if isinstance(below, RunScreen):
            below.current = item_id
        self.app.pop_screen()

    def action_reopen(self) -> None:
        if self.session.run.status is not RunStatus.FINALIZED:
            return

        def reason_given(reason: str | None) -> None:
            if not reason:
                return
            try:
                self.session.reopen(by=self.session.run.facilitator, reason=reason)
            except (InvalidValueError, ReadOnlyError, StorageError, OSError) as error:
                self.notify(str(error), severity="error", markup=False)
                return
            self.notify(t("summary.reopened"))
            self.render_summary()

        self.app.push_screen(
            TextDialog(t("summary.reopen_title"), t("summary.reopen_label")), reason_given
        )

    def action_compare(self) -> None:
        from jamtui.ui.screens.compare import CompareScreen

        run = self.session.run
        self.app.push_screen(CompareScreen(run.organisation, self.organisation, run.id))

    def action_export(self) -> None:
        self.jamtui.export_run(self.session, self.checklist, self.organisation)
