"""Every outcome of the bundled branching checklists, on every path, and no outcome too early."""

from __future__ import annotations

import pytest

from jamtui.core.answers import AnswerValue
from jamtui.core.model import NA_VALUE
from jamtui.core.navigation import ItemState, walk
from jamtui.core.scoring import score_run
from tests.core.test_bundled_paths import bundled

BESLUT = ["beror", "statistik", "konsekvenser", "atgarder", "analys"]


def beslut(*answers: str | None) -> dict[str, AnswerValue | None]:
    return {f"beslut.{key}": value for key, value in zip(BESLUT, answers, strict=False)}


@pytest.mark.parametrize(
    ("answers", "outcome", "trigger"),
    [
        (("nej",), "ej-aktuell", "beror"),
        (("ja", "nej"), "aterremiss", "statistik"),
        (("ja", "ja", "nej"), "aterremiss", "konsekvenser"),
        (("ja", "ja", "ja", "nej"), "aterremiss", "atgarder"),
        (("ja", "ja", "ja", "ja", "nej"), "aterremiss", "analys"),
        (("ja", "ja", "ja", "ja", "ja"), "jamstallt", "analys"),
    ],
)
def test_jamstallda_beslut_every_path(answers: tuple[str, ...], outcome: str, trigger: str) -> None:
    path = walk(bundled("jamstallda-beslut"), beslut(*answers))
    assert path.outcome is not None
    assert (path.outcome.outcome.id, path.outcome.trigger.local_id) == (outcome, trigger)
    later = BESLUT[BESLUT.index(trigger) + 1 :]
    assert all(path.states[f"beslut.{key}"] is ItemState.ENDED for key in later)


@pytest.mark.parametrize(
    "answers",
    [
        (None, None, None, None, "ja"),  # statement 5 alone was a "sound decision basis"
        ("ja", None, None, None, "ja"),
        ("ja", "ja", "ja", None, "ja"),
        (None, None, None, None, "nej"),
        (None, "ja", "ja", "ja", "nej"),
    ],
)
def test_jamstallda_beslut_reaches_no_outcome_over_unanswered_statements(
    answers: tuple[str | None, ...],
) -> None:
    path = walk(bundled("jamstallda-beslut"), beslut(*answers))
    assert path.outcome is None


def test_jamstalldhetsanalys_step_1_no_ends_only_once_motivated() -> None:
    analys = bundled("jamstalldhetsanalys")
    path = walk(analys, {"steg1.beror": "nej"})
    assert path.outcome is None
    assert path.states["steg1.motivering"] is ItemState.MISSING  # required, not yet written
    path = walk(analys, {"steg1.beror": "nej", "steg1.motivering": "Rör bara lokaler."})
    assert path.outcome is not None and path.outcome.outcome.id == "ej-aktuell"
    assert path.states["steg2.statistik"] is ItemState.ENDED
    path = walk(analys, {"steg1.beror": "ja"})
    assert path.outcome is None and path.states["steg1.motivering"] is ItemState.HIDDEN
    assert path.states["steg4.hansyn"] is ItemState.UNANSWERED


def test_skr_sjalvskattning_takes_no_na_and_sums_out_of_30() -> None:
    skr = bundled("skr-sjalvskattning")
    assert all(not item.allows_na for item in skr.items)
    values: dict[str, AnswerValue | None] = {item.id: 2 for item in skr.items}
    values[skr.items[0].id] = NA_VALUE  # an old file's N/A is not a score and not counted
    result = score_run(skr, values)
    assert result.explain().startswith("Totalt: 9 av 10 besvarade, summa 18 av 27")
    values[skr.items[0].id] = 3
    assert score_run(skr, values).maximum == 30


def test_larande_uppfoljning_overall_judgement_is_not_averaged_in() -> None:
    lu = bundled("larande-uppfoljning")
    overall = lu.item("samlad.bedomning")
    assert overall is not None and overall.raters and not overall.scored
    values: dict[str, AnswerValue | None] = {i.id: 6 for i in lu.items if i.scored}
    values["samlad.bedomning"] = 10
    result = score_run(lu, values)
    assert result.score == 6  # the 8 parts' mean; §9 stands apart
    assert lu.source is not None
    adaptation = lu.source.adaptation.get()
    assert "delad i tre frågor" in adaptation and "räknas \ninte" not in adaptation
    assert "Samlad bedömning" in adaptation
