"""Compare two runs of the same checklist: per-section bars, total, and what changed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from jamtui.core.answer_text import answer_words, item_numbers, without_number
from jamtui.core.answers import is_answered
from jamtui.core.compare import Comparison, compare_runs, sparkbar
from jamtui.core.model import Checklist
from jamtui.core.numbers import format_delta, format_number
from jamtui.core.run import Run
from jamtui.i18n import t
from jamtui.storage import RunSummary, StorageError
from jamtui.ui.safe_text import line
from jamtui.ui.screens.base import AppScreen
from jamtui.ui.widgets.keybar import KeyBar
from jamtui.ui.widgets.runs_table import status_text

if TYPE_CHECKING:
    pass

BAR = 12
"""Width of each section bar: two bars, two numbers and the change fit in 80 columns."""


def comparable_runs(runs: list[RunSummary], chosen: RunSummary) -> list[RunSummary]:
    """Other readable runs of the same checklist: earlier ones newest first, then later ones.

    Among the earlier runs, those of the same unit come first, so the default (the first)
    is the previous run of the same checklist for the same unit when there is one.
    """
    same = [
        r
        for r in runs
        if r.checklist_id == chosen.checklist_id and r.id != chosen.id and not r.problem
    ]
    newest_first = sorted(same, key=lambda r: (r.date, r.id), reverse=True)
    earlier = [r for r in newest_first if (r.date, r.id) < (chosen.date, chosen.id)]
    earlier.sort(key=lambda r: r.unit != chosen.unit)  # stable: newest first within each
    later = [r for r in reversed(newest_first) if r not in earlier]
    return earlier + later


def run_label(run: RunSummary, catalog_title: str = "") -> str:
    """``2025-11-20 · Kulturförvaltningen · Slutförd · 9 besvarade``."""
    parts = [run.date or "–"]
    if run.unit:
        parts.append(run.unit)
    parts.append(status_text(run))
    parts.append(t("compare.answered", None, count=run.answered))
    if catalog_title:
        parts.insert(0, catalog_title)
    return " · ".join(parts)


def renamed_answers(checklist: Checklist, earlier: Run) -> list[tuple[str, str]]:
    """(old id, new id) for answers in ``earlier`` that a later item takes over by ``replaces``."""
    pairs = []
    for item in checklist.items:
        if is_answered(earlier.values().get(item.id)):
            continue
        for old in item.replaces:
            if is_answered(earlier.values().get(old)):
                pairs.append((old, item.id))
                break
    return pairs


class RunPicker(ModalScreen[str | None]):
    """Choose the run to compare with; the list opens on the current choice."""

    CSS_PATH = "dialogs.tcss"

    BINDINGS = [Binding("escape", "cancel", "dialog.cancel", id="picker.cancel")]

    def __init__(self, runs: list[RunSummary], current: str | None) -> None:
        super().__init__()
        self.runs = runs
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text(t("compare.pick"), style="bold"))
            yield OptionList(
                *(Option(line(run_label(r)), id=r.id) for r in self.runs), id="run-picker"
            )

    def on_mount(self) -> None:
        options = self.query_one("#run-picker", OptionList)
        ids = [r.id for r in self.runs]
        options.highlighted = ids.index(self.current) if self.current in ids else 0
        self.set_focus(options)

    @on(OptionList.OptionSelected, "#run-picker")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)


class CompareScreen(AppScreen):
    """Two runs side by side, in text that reads in any terminal."""

    CSS_PATH = "screens.tcss"

    DEFAULT_CSS = """
    CompareScreen #compare { padding: 0 1; }
    RunPicker #run-picker { height: auto; max-height: 16; }
    """

    BINDINGS = [
        Binding("escape", "app.pop_screen", "key.back", id="compare.back"),
        Binding("v", "pick_run", "compare.other", id="compare.other"),
    ]

    def __init__(
        self, slug: str, organisation: str, run_id: str, other_id: str | None = None
    ) -> None:
        super().__init__()
        self.slug = slug
        self.organisation = organisation
        self.run_id = run_id
        self.other_id = other_id
        self.candidates: list[RunSummary] = []

    def compose(self) -> ComposeResult:
        yield Static(Text(t("compare.title"), style="bold"), classes="screen-title")
        with VerticalScroll(id="compare"):
            yield Static("", id="compare-body")
        yield KeyBar()

    def on_mount(self) -> None:
        self.show()
        self.set_focus(self.query_one("#compare", VerticalScroll))

    def action_pick_run(self) -> None:
        if not self.candidates:
            self.notify(t("compare.none"), markup=False)
            return

        def picked(run_id: str | None) -> None:
            if run_id:
                self.other_id = run_id
                self.show()

        self.app.push_screen(RunPicker(self.candidates, self.other_id), picked)

    def show(self) -> None:
        body = self.query_one("#compare-body", Static)
        store, catalog, lang = self.jamtui.store, self.jamtui.catalog, self.jamtui.settings.lang
        try:
            from jamtui.followup.register import unit_label
            from jamtui.storage.org_records import OrgRecords

            units = OrgRecords(store).units(self.slug)
            # Units as they are called today (renames and merges followed), so the default
            # is the previous run of the same checklist for the same unit.
            runs = [
                r._replace(unit=unit_label(units, r.unit) if r.unit else "")
                for r in store.list_runs(self.slug)
            ]
            chosen = next((r for r in runs if r.id == self.run_id), None)
            if chosen is None:
                body.update(line(self.run_id))
                return
            self.candidates = comparable_runs(runs, chosen)
            if not self.candidates:
                body.update(t("compare.none"))
                return
            ids = [r.id for r in self.candidates]
            if self.other_id not in ids:
                self.other_id = ids[0]
            assert self.other_id is not None
            earlier = store.load_run(self.slug, self.other_id)
            later = store.load_run(self.slug, self.run_id)
        except (StorageError, OSError) as error:
            body.update(line(str(error)))
            return
        if (earlier.date, earlier.id) > (later.date, later.id):
            earlier, later = later, earlier
        checklist = catalog.get(later.checklist_id)
        if checklist is None:
            body.update(t("org.run_missing_checklist", None, id=later.checklist_id))
            return
        # The catalog holds the installed version only: both runs are read with it, answers
        # under ids it no longer has come out as retired and `replaces` carries renamed ones.
        comparison = compare_runs(
            checklist,
            earlier.values(),
            checklist,
            later.values(),
            earlier_actions=earlier.with_actions(),
            later_actions=later.with_actions(),
        )
        text = render_comparison(comparison, checklist, earlier, later, self.organisation, lang)
        this_unit = next((r.unit for r in runs if r.id == self.run_id), "")
        other_unit = next((r.unit for r in runs if r.id == self.other_id), "")
        if this_unit != other_unit:
            warning = Text(
                t(
                    "compare.cross_unit",
                    None,
                    this=this_unit or t("followup.no_unit"),
                    other=other_unit or t("followup.no_unit"),
                ),
                style="bold reverse",
            )
            warning.append("\n")
            text = warning + text
        body.update(text)


def _run_line(run: Run, role: str) -> Text:
    text = Text(f"{t(role)}: ", style="bold")
    parts = [run.date]
    if run.unit:
        parts.append(run.unit)
    parts.append(t(f"status.{run.status.value}"))
    if run.checklist_version:
        parts.append(t("compare.version", None, version=run.checklist_version))
    text.append_text(line(" · ".join(parts)))
    return text


def render_comparison(
    comparison: Comparison,
    checklist: Checklist,
    earlier: Run,
    later: Run,
    organisation: str,
    lang: str,
) -> Text:
    """The comparison as text: the runs, section bars, total, changed and renamed/retired items."""
    text = line(organisation, style="bold")
    text.append(" · ")
    text.append_text(line(checklist.title.get(lang)))
    text.append(f"\n{earlier.date} → {later.date}\n")
    text.append_text(_run_line(earlier, "compare.earlier"))
    text.append("\n")
    text.append_text(_run_line(later, "compare.later"))
    text.append("\n")
    versions = {earlier.checklist_version, later.checklist_version} - {""}
    if len(versions) > 1 or (versions and checklist.version not in versions):
        text.append(t("compare.version_note", None, version=checklist.version) + "\n")
    if checklist.has_scoring:
        _append_scores(text, comparison, checklist, lang)
    numbers = item_numbers(checklist)
    changed = comparison.changed
    text.append(f"\n{t('compare.changed')} ({len(changed)})\n", style="bold")
    if not changed:
        text.append(t("compare.nothing_changed") + "\n")
    for change in changed:
        item = checklist.item(change.item_id)
        if item is None:
            continue
        before_words = answer_words(item, change.earlier, lang) or "–"
        after_words = answer_words(item, change.later, lang) or "–"
        text.append(f"  {numbers.get(item.id, '')} ", style="bold")
        text.append_text(line(_cut(item.text.get(lang), 70)))
        text.append("\n     ")
        text.append_text(line(f"{_cut(before_words, 30)} → {_cut(after_words, 30)}"))
        if change.delta is not None:
            text.append(f" ({format_delta(change.delta, lang=lang)})", style="bold")
        text.append("\n")
    renamed = renamed_answers(checklist, earlier)
    groups: list[tuple[str, list[str]]] = [
        ("compare.added", [c.item_id for c in comparison.added]),
        ("compare.removed", [c.item_id for c in comparison.removed]),
        (
            "compare.renamed",
            [f"{old} → {new} ({numbers.get(new, '')})" for old, new in renamed]
            + [f"{c.earlier_id} → {c.item_id}" for c in comparison.renamed],
        ),
        (
            "compare.retired",
            [
                f"{c.item_id}: {_cut(str(c.earlier if c.earlier is not None else c.later), 50)}"
                for c in comparison.retired
            ],
        ),
    ]
    for key, entries in groups:
        if not entries:
            continue
        text.append(f"\n{t(key)}\n", style="bold")
        for entry in entries:
            text.append("  ")
            text.append_text(line(entry))
            text.append("\n")
    return text


def _append_scores(text: Text, comparison: Comparison, checklist: Checklist, lang: str) -> None:
    text.append(f"\n{t('compare.sections')}\n", style="bold")
    numbers = {s.id: index for index, s in enumerate(checklist.sections, start=1)}
    for section in comparison.sections:
        before, after = section.earlier_score, section.later_score
        counted = [s for s in (section.earlier, section.later) if s is not None]
        if not any(s.scored_items for s in counted):
            continue
        reference = checklist.sections_by_id.get(section.section_id)
        title = without_number(reference.title.get(lang)) if reference else section.section_id
        maximum = max((s.maximum or 0) for s in counted) or 1.0
        number = numbers.get(section.section_id, 0)
        text.append(f"{number:>2}. ")
        text.append_text(line(_cut(title, 70)))
        text.append("\n    ")
        text.append(f"{sparkbar(before, maximum, BAR)} {_num(before, lang):>5} → ")
        text.append(f"{sparkbar(after, maximum, BAR)} {_num(after, lang):>5}")
        if section.delta is not None:
            text.append(f"  {format_delta(section.delta, lang=lang)}", style="bold")
        text.append("\n")
    total_before = comparison.earlier_total.score
    total_after = comparison.later_total.score
    text.append(
        f"\n{t('compare.total')}: {_num(total_before, lang)} → {_num(total_after, lang)}",
        style="bold",
    )
    if comparison.total_delta is not None:
        text.append(f" ({format_delta(comparison.total_delta, lang=lang)})", style="bold")
    bands = [s.band for s in (comparison.earlier_total, comparison.later_total)]
    if any(bands):
        words = [b.label.get(lang) if b else "–" for b in bands]
        text.append(f"\n{t('compare.band')}: ")
        text.append_text(line(f"{words[0]} → {words[1]}"))
    text.append("\n")


def _cut(words: str, width: int) -> str:
    words = words.replace("\n", " ")
    return words if len(words) <= width else words[: width - 1] + "…"


def _num(value: float | None, lang: str) -> str:
    return "–" if value is None else format_number(value, lang=lang)
