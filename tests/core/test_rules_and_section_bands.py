"""SKR:s mentor criterion as a count rule, and bands per section (format 1.1)."""

from __future__ import annotations

import pytest

from jamtui.catalog.loader import load_checklist_text
from jamtui.core.answers import AnswerValue
from jamtui.core.rules import evaluate_rules
from jamtui.core.scoring import score_run
from tests.catalog.test_problems import HEAD, lines
from tests.core.test_bundled_paths import bundled


def skr_values(*levels: int | None) -> dict[str, AnswerValue | None]:
    skr = bundled("skr-sjalvskattning")
    return {item.id: level for item, level in zip(skr.items, levels, strict=True)}


@pytest.mark.parametrize(
    ("levels", "met", "words"),
    [
        ((3,) * 6 + (2,) * 4, True, "uppfylls (0 av 10 har värdet 1"),
        ((3,) * 9 + (1,), False, "uppfylls inte (1 av 10 har värdet 1"),
        ((3,) * 5 + (2,) * 5, False, "5 av 10 har värdet 3, mer än hälften krävs"),
        ((3,) * 6 + (None,) * 4, None, "kan ännu inte avgöras, 4 obesvarade"),
        ((1,) + (None,) * 9, False, "uppfylls inte"),
    ],
)
def test_skr_mentor_criterion_is_computed_and_explained(
    levels: tuple[int | None, ...], met: bool | None, words: str
) -> None:
    (result,) = evaluate_rules(bundled("skr-sjalvskattning"), skr_values(*levels))
    assert result.met is met
    assert result.explain().startswith("Redo att vara modell eller mentor: ")
    assert words in result.explain()


SECTIONED = (
    HEAD
    + """
[scoring]
section = "sum"
total = "sum"

[[sections]]
id = "s"
title = "S"
[[sections.bands]]
min = 2
max = 3
label = "Början"
[[sections.bands]]
min = 4
max = 4
label = "Klart"
[[sections.items]]
id = "a"
type = "scale"
scale = "grad"
text = "A"
[[sections.items]]
id = "b"
type = "scale"
scale = "grad"
text = "B"
"""
)


def test_a_section_band_names_the_level_of_that_section() -> None:
    result = load_checklist_text(SECTIONED, "prov.toml")
    assert result.ok and result.checklist is not None
    score = score_run(result.checklist, {"s.a": 2, "s.b": 2})
    (section,) = score.sections
    assert section.band is not None and section.band.label.get() == "Klart"
    assert section.explain() == "2 av 2 besvarade, summa 4 av 4 · nivå: Klart"


def test_section_bands_are_checked_like_the_total() -> None:
    problems = lines(SECTIONED.replace("min = 4\nmax = 4", "min = 5\nmax = 6"))
    assert any("sections[0].bands[1]" in p and "kan aldrig nås" in p for p in problems)
    assert any("glapp" in p for p in problems)


def test_a_rule_on_a_level_no_scale_has_is_a_problem() -> None:
    text = SECTIONED + (
        '\n[[scoring.rules]]\nid = "r"\ntitle = "R"\ncounts = [{ value = 7, at_most = 0 }]\n'
    )
    (problem,) = lines(text)
    assert "värdet 7 finns inte på skalorna som räknas" in problem
