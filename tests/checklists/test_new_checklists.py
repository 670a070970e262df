"""4R, CEMR per article and SKR 2024: they load, name their sources and run on every path."""

from __future__ import annotations

from pathlib import Path

from jamtui.catalog.loader import load_checklist_file
from jamtui.core.answer_text import answer_words
from jamtui.core.model import Checklist, ItemType
from jamtui.core.navigation import ItemState, walk
from jamtui.core.scoring import level_profile, score_run

ROOT = Path(__file__).resolve().parents[2]


def load(name: str) -> Checklist:
    result = load_checklist_file(ROOT / "checklists" / f"{name}.toml")
    assert result.problems == [] and result.warnings == []
    assert result.checklist is not None
    return result.checklist


def test_4r_representation_table_computes_totals_and_shares() -> None:
    four = load("4r")
    table = four.item("r1.fordelning")
    assert table is not None and table.type is ItemType.TABLE
    value = {"beslutar": {"kvinnor": 5, "man": 4}, "malgrupp": {"kvinnor": 120, "man": 80}}
    text = answer_words(table, value, "sv")
    assert text.splitlines() == [
        "Beslutar (nämnd, ledning): Kvinnor 5, Män 4, Totalt 9, Andel kvinnor 56\u00a0%",
        "Målgrupp (brukare, invånare): Kvinnor 120, Män 80, Totalt 200, Andel kvinnor 60\u00a0%",
    ]
    assert answer_words(table, value, "en").splitlines()[0] == (
        "Decides (board, management): Women 5, Men 4, Total 9, Share of women 56%"
    )
    assert walk(four, {"r1.fordelning": value}).states["r1.fordelning"] is ItemState.ANSWERED
    resources = four.item("r2.fordelning")
    assert resources is not None
    assert "Andel till kvinnor 60" in answer_words(
        resources, {"pengar": {"kvinnor": 1.5, "man": 1.0}}, "sv"
    )
    assert four.source is not None and "SOU 2007:15" in four.source.title


def test_cemr_shows_only_the_articles_the_board_committed_to() -> None:
    cemr = load("cemr-uppfoljning")
    chosen = cemr.item("atagande.artiklar")
    assert chosen is not None and len(chosen.choices) == 13
    path = walk(cemr, {"atagande.artiklar": ("a2", "a22")})
    shown = {item.section_id for item in path.visible}
    assert shown == {"atagande", "a2", "a22"}
    assert path.states["a9.status"] is ItemState.HIDDEN
    assert walk(cemr, {}).states["a1.status"] is ItemState.HIDDEN
    assert cemr.source is not None and cemr.source.year == 2006
    adaptation = cemr.source.adaptation.get()
    assert "13 artiklar" in adaptation and "har inte" in adaptation  # what is left out, and why


def test_skr_2024_two_levels_on_1_to_4_never_mixed_with_2019() -> None:
    top = load("skr-sjalvskattning-2024-overgripande")
    board = load("skr-sjalvskattning-2024-namnd")
    old = load("skr-sjalvskattning")
    assert len({top.id, board.id, old.id}) == 3  # separate checklists: never compared
    for checklist in (top, board):
        assert checklist.version == "2024.1"
        scale = checklist.items[0].scale
        assert scale is not None and (scale.minimum, scale.maximum) == (1, 4) and not scale.na
        assert all(not level.label for level in scale.levels)  # unverified labels not guessed
        values = {item.id: 4 for item in checklist.items}
        result = score_run(checklist, values)
        assert (result.score, result.maximum) == (28, 28)
        assert level_profile(checklist, values) == {1: 0, 2: 0, 3: 0, 4: 7}
        assert checklist.source is not None and checklist.source.year == 2024
        assert "moment 8, 9 och 10" in checklist.source.adaptation.get()
