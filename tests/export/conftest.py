"""Finished runs of every bundled checklist, with fixed times, for report tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from jamtui.catalog.loader import load_checklist_file
from jamtui.core.answers import ActionRow
from jamtui.core.model import NA_VALUE, Checklist, ItemType
from jamtui.core.navigation import walk
from jamtui.core.run import Participant
from jamtui.export.context import ExportContext
from jamtui.export.service import build_context
from jamtui.storage import Store

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = sorted(p.stem for p in (ROOT / "checklists").glob("*.toml"))
STAMP = "2026-11-22T10:00:00+01:00"
PEOPLE = [Participant("Åsa Lind", "jämställdhetsstrateg"), Participant("Nils Berg", "controller")]


def bundled(name: str) -> Checklist:
    checklist = load_checklist_file(ROOT / "checklists" / f"{name}.toml").checklist
    assert checklist is not None
    return checklist


class OneCatalog:
    """The part of a Catalog that build_context needs."""

    def __init__(self, *checklists: Checklist) -> None:
        self.by_id = {c.id: c for c in checklists}

    def get(self, checklist_id: str) -> Checklist | None:
        return self.by_id.get(checklist_id)


def fill(
    store: Store, slug: str, checklist: Checklist, date: str, seed: int, finalize: bool = True
) -> str:
    """A run answered the way a group would: every visible item, some N/A (where allowed),
    notes, ratings with one dissent, action rows."""
    run = store.create_run(slug, checklist, date=date, facilitator="Karin Ek", participants=PEOPLE)
    dissent_given = False
    with store.open_run(slug, run.id, checklist) as session:
        for step in range(len(checklist.items)):
            path = walk(checklist, session.run.values(), session.run.with_actions())
            pending = [i for i in path.asked if session.answer(i.id).is_empty()]
            if not pending or path.outcome is not None:
                break
            item = pending[0]
            n = seed + step
            if item.raters:
                options = [lvl.value for lvl in item.scale.levels] if item.scale else ["ja", "nej"]
                session.set_rating(item.id, "Åsa Lind", options[(n + 1) % len(options)])
                session.set_rating(item.id, "Nils Berg", options[n % len(options)])
            if item.raters and not dissent_given:
                session.set_dissent(
                    item.id, "Nils Berg anser att värdet är för högt:\nmännen saknas i underlaget."
                )
                dissent_given = True
            if item.allows_na and step % 4 == 3 and not item.raters:
                session.set_value(item.id, NA_VALUE)
            elif item.type is ItemType.YESNO:
                session.set_value(item.id, "nej" if (seed and step == 1) else "ja")
            elif item.type is ItemType.SCALE and item.scale is not None:
                levels = [lvl.value for lvl in item.scale.levels]
                session.set_value(item.id, levels[n % len(levels)])
            elif item.type is ItemType.CHOICE:
                session.set_value(item.id, item.choices[n % len(item.choices)].value)
            elif item.type is ItemType.MULTICHOICE:
                session.set_value(item.id, [c.value for c in item.choices[: 1 + n % 2]])
            elif item.type is ItemType.TEXT:
                session.set_value(
                    item.id, f"Svar {step + 1}: gruppen beskriver läget.\nAndra raden."
                )
            elif item.type is ItemType.NUMBER:
                session.set_value(item.id, 1200 + n)
            elif item.type is ItemType.DATE:
                session.set_value(item.id, f"2026-10-{1 + n % 28:02d}")
            elif item.type is ItemType.TABLE:
                rows = [r.id for r in item.options["rows"]]
                session.set_value(
                    item.id,
                    {r: {"kvinnor": 5 + i + n, "man": 4 + 2 * i} for i, r in enumerate(rows)},
                )
            elif item.type is ItemType.ACTIONS:
                session.set_actions(
                    item.id, [ActionRow(f"Åtgärd {step + 1}", "Åsa Lind", "2027-06-30")]
                )
            if step % 3 == 0:
                session.set_note(item.id, f"Anteckning till fråga {step + 1}.")
        if finalize:
            session.finalize(by="Karin Ek")
    return run.id


@pytest.fixture
def report_store(tmp_path: Path) -> Store:
    return Store(tmp_path / "data", now=lambda: STAMP)


def finished_context(store: Store, name: str, with_previous: bool = False) -> ExportContext:
    checklist = bundled(name)
    org = store.create_organisation("Malmö stad")
    if with_previous:
        fill(store, org.slug, checklist, "2025-11-20", seed=1)
    run_id = fill(store, org.slug, checklist, "2026-11-20", seed=0)
    run = store.load_run(org.slug, run_id)
    return build_context(store, OneCatalog(checklist), org.slug, run, checklist, "sv")  # type: ignore[arg-type]
