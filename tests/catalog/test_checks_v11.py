"""`jamtui check` finds outcomes reached over unanswered items, bad bands and one root cause."""

from __future__ import annotations

from pathlib import Path

from jamtui.catalog.loader import load_checklist_text
from jamtui.core.navigation import walk
from tests.catalog.test_problems import HEAD, lines, one_section

ROOT = Path(__file__).resolve().parents[2]

THREE = """
[[sections.items]]
id = "a"
type = "yesno"
text = "A"
[[sections.items]]
id = "b"
type = "yesno"
text = "B"
[[sections.items]]
id = "c"
type = "yesno"
text = "C"
"""


def test_outcome_on_the_last_answer_alone_is_warned_about_with_its_line() -> None:
    text = one_section(THREE) + (
        '\n[[outcomes]]\nid = "ok"\nkind = "ok"\ntitle = "Bra"\n'
        'when = { item = "s.c", equals = "ja" }\n'
    )
    result = load_checklist_text(text, "prov.toml")
    assert result.ok  # a warning blocks nothing
    when_line = text.splitlines().index('when = { item = "s.c", equals = "ja" }') + 1
    assert [w.format() for w in result.warnings] == [
        f"prov.toml:{when_line}:1: "
        'outcomes[0].when: utfallet "ok" kan nås medan tidigare frågor är obesvarade '
        '("s.a", "s.b"); kräv svar på dem i villkoret (t.ex. { item = "s.a", equals = "ja" })'
    ]
    assert result.checklist is not None
    assert walk(result.checklist, {"s.c": "ja"}).outcome is not None  # what the warning means


def test_outcome_that_reads_every_earlier_item_gets_no_warning() -> None:
    text = one_section(THREE) + (
        '\n[[outcomes]]\nid = "ok"\nkind = "ok"\ntitle = "Bra"\nwhen = { all = [\n'
        '  { item = "s.a", equals = "ja" }, { item = "s.b", equals = "ja" },\n'
        '  { item = "s.c", equals = "ja" } ] }\n'
        '\n[[outcomes]]\nid = "nej"\ntitle = "Nej"\n'
        'when = { any = [{ item = "s.a", equals = "nej" }, { all = [\n'
        '  { item = "s.a", equals = "ja" }, { item = "s.b", equals = "nej" } ] }] }\n'
    )
    result = load_checklist_text(text, "prov.toml")
    assert result.ok and result.warnings == []


def test_bundled_checklists_have_no_warnings() -> None:
    from jamtui.catalog.loader import load_checklist_file

    for path in sorted((ROOT / "checklists").glob("*.toml")):
        result = load_checklist_file(path)
        assert result.ok, path
        assert result.warnings == [], [w.format() for w in result.warnings]


SCORED = """
[scoring]
total = "sum"
{bands}

[[sections]]
id = "s"
title = "S"
[[sections.items]]
id = "a"
type = "scale"
scale = "grad"
[[sections.items]]
id = "b"
type = "scale"
scale = "grad"
""".replace('type = "scale"\n', 'type = "scale"\ntext = "X"\n')


def band_lines(*bands: tuple[float, float]) -> list[str]:
    rows = "\n".join(
        f'[[scoring.bands]]\nmin = {low}\nmax = {high}\nlabel = "N{n}"'
        for n, (low, high) in enumerate(bands)
    )
    return lines(HEAD + SCORED.replace("{bands}", rows))


def test_overlapping_bands_are_a_problem_with_a_line() -> None:
    problems = band_lines((1, 2), (2, 4))
    assert len(problems) == 1
    assert (
        "scoring.bands[1]: intervallet 2–4 överlappar ett tidigare intervall (1–2)" in (problems[0])
    )
    assert problems[0].startswith("prov.toml:")
    assert problems[0].split(":")[1].isdigit()


def test_gap_between_bands_is_a_problem() -> None:
    (problem,) = band_lines((1, 2), (3.5, 4))
    assert "mellan intervallen 2 och 3.5 finns ett glapp" in problem


def test_adjacent_whole_number_and_decimal_bands_are_no_gap() -> None:
    text = HEAD + SCORED.replace(
        "{bands}",
        '[[scoring.bands]]\nmin = 1\nmax = 2\nlabel = "A"\n'
        '[[scoring.bands]]\nmin = 3\nmax = 4\nlabel = "B"',
    )
    assert load_checklist_text(text, "prov.toml").ok
    text = HEAD + SCORED.replace(
        "{bands}",
        '[[scoring.bands]]\nmin = 1.0\nmax = 1.9\nlabel = "A"\n'
        '[[scoring.bands]]\nmin = 2.0\nmax = 4.0\nlabel = "B"',
    )
    assert load_checklist_text(text, "prov.toml").ok


def test_band_beyond_the_reachable_maximum_is_a_problem() -> None:
    # two items on a 1–2 scale, summed: 1 … 4
    (problem,) = band_lines((1, 4), (5, 9))
    assert "intervallet 5–9 kan aldrig nås: resultatet ligger mellan 1 och 4" in problem


def test_a_typo_in_type_is_reported_once_with_no_misleading_follow_ons() -> None:
    source = (ROOT / "checklists" / "jamstallda-beslut.toml").read_text(encoding="utf-8")
    broken = source.replace('id = "beror"\ntype = "yesno"', 'id = "beror"\ntype = "yes-no"', 1)
    problems = lines(broken)
    assert not any("okänd fråga" in p for p in problems), problems
    assert len(problems) == 2
    assert 'värdet "yes-no" är inte tillåtet' in problems[0] and 'menade du "yesno"' in problems[0]
    assert "följdproblem som beror på den okända typen visas inte" in problems[1]


def test_note_outcome_shows_a_conclusion_and_the_run_goes_on() -> None:
    text = one_section(THREE) + (
        '\n[[outcomes]]\nid = "obs"\nkind = "note"\ntitle = "Obs"\n'
        'when = { item = "s.a", equals = "nej" }\n'
        '\n[[outcomes]]\nid = "slut"\ntitle = "Slut"\nwhen = { all = [\n'
        '  { item = "s.a", equals = "nej" }, { item = "s.b", equals = "nej" } ] }\n'
    )
    result = load_checklist_text(text, "prov.toml")
    assert result.ok and result.checklist is not None
    path = walk(result.checklist, {"s.a": "nej"})
    assert path.outcome is None
    assert [(n.outcome.id, n.trigger.id) for n in path.notes] == [("obs", "s.a")]
    assert path.is_visible("s.c")
    path = walk(result.checklist, {"s.a": "nej", "s.b": "nej"})
    assert path.outcome is not None and path.outcome.outcome.id == "slut"
    assert [n.outcome.id for n in path.notes] == ["obs"]
    assert walk(result.checklist, {"s.a": "ja"}).notes == ()


def test_info_outcome_ends_the_run_like_stop() -> None:
    text = one_section(THREE) + (
        '\n[[outcomes]]\nid = "inf"\nkind = "info"\ntitle = "Info"\n'
        'when = { item = "s.a", equals = "nej" }\n'
    )
    result = load_checklist_text(text, "prov.toml")
    assert result.checklist is not None
    path = walk(result.checklist, {"s.a": "nej"})
    assert path.outcome is not None and path.outcome.outcome.id == "inf"
    assert not path.is_visible("s.b")
