"""Every format 1.1 example in docs/checklist-format.md loads and runs as the docs say."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from jamtui.catalog.loader import load_checklist_text
from jamtui.core.answer_text import answer_words
from jamtui.core.answers import parse_value, value_error
from jamtui.core.model import Checklist
from jamtui.core.navigation import walk
from jamtui.core.rules import evaluate_rules
from jamtui.core.scoring import score_run

DOC = Path(__file__).resolve().parents[2] / "docs" / "checklist-format.md"


def examples() -> dict[str, Checklist]:
    text = DOC.read_text(encoding="utf-8")
    blocks = re.findall(r"```toml\n(format = 1\.1\n.*?)```", text, flags=re.S)
    found = {}
    for block in blocks:
        result = load_checklist_text(block, "checklist-format.md")
        assert result.problems == [] and result.warnings == [], [
            p.format() for p in result.problems
        ]
        assert result.checklist is not None
        found[result.checklist.id] = result.checklist
    return found


def test_there_is_a_tested_example_per_feature() -> None:
    assert sorted(examples()) == ["ex-delar", "ex-regel", "ex-slutsats", "ex-tabell", "ex-tal"]


def test_numbers_dates_and_notices() -> None:
    ex = examples()["ex-tal"]
    hours = ex.item("s.timmar")
    assert hours is not None
    value = parse_value(hours, "12,5")
    assert value == 12.5 and value_error(hours, value) is None
    assert answer_words(hours, value, "sv") == "12,5 timmar"
    assert answer_words(hours, value, "en") == "12.5 hours"
    assert value_error(hours, parse_value(hours, "-3")) == "below_min"
    assert value_error(hours, parse_value(hours, "12,55")) == "too_many_decimals"
    day = ex.item("s.datum")
    assert day is not None and parse_value(day, "1/3 2027") == "2027-03-01"
    with pytest.raises(ValueError):
        parse_value(day, "31/2 2027")
    notice = ex.item("s.om")
    assert notice is not None and not notice.takes_answer
    assert [i.id for i in walk(ex, {}).asked] == ["s.budget", "s.timmar", "s.datum"]


def test_table_sums_shares_and_checks() -> None:
    table = examples()["ex-tabell"].item("r1.fordelning")
    assert table is not None
    text = answer_words(table, {"beslutar": {"kvinnor": 5, "man": 4}}, "sv")
    assert "Beslutar: Kvinnor 5, Män 4, Totalt 9, Andel kvinnor 56\u00a0%" in text
    assert "Alla nivåer: Kvinnor 5, Män 4, Totalt 9" in text
    flagged = answer_words(table, {"beslutar": {"kvinnor": 5, "man": 4, "totalt": 10}}, "sv")
    assert "Totalt för Beslutar: 10 angivet, men summan är 9" in flagged
    assert value_error(table, {"beslutar": {"andel": 50}}) == "table_unknown_cell"
    assert value_error(table, {"okand": {"kvinnor": 1}}) == "table_unknown_cell"


def test_note_outcome_goes_on() -> None:
    ex = examples()["ex-slutsats"]
    path = walk(ex, {"s.konsuppdelad": "nej"})
    assert path.outcome is None and [n.outcome.id for n in path.notes] == ["saknas"]
    assert path.is_visible("s.analyserad")


def test_groups_section_bands_and_an_unscored_judgement() -> None:
    ex = examples()["ex-delar"]
    assert [i.group.get() for i in ex.sections[0].items] == ["A) Om vad", "B) Om hur"]
    result = score_run(ex, {"struktur.mal": 2, "struktur.ledning": 2, "samlad.helhet": 3})
    assert result.sections[0].explain() == "2 av 2 besvarade, summa 4 av 6 · nivå: På god väg"
    assert result.score == 4  # the overall judgement does not count
    assert ex.intro


def test_profile_and_rule() -> None:
    ex = examples()["ex-regel"]
    (rule,) = evaluate_rules(ex, {"moment.m1": 3, "moment.m2": 3, "moment.m3": 2})
    assert rule.explain() == (
        "Redo att vara modell eller mentor: uppfylls (0 av 3 har värdet 1, inget får ha det; "
        "2 av 3 har värdet 3, mer än hälften krävs)"
    )
