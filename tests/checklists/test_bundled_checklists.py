"""The six bundled checklists: structure, source wording and branching."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from jamtui.catalog.loader import load_checklist_file
from jamtui.core.model import Checklist, ItemType
from jamtui.core.navigation import ItemState, walk

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT.parent / "shared" / "domain" / "sources" / "004_a716299bd5478c68.txt"


def load(name: str) -> Checklist:
    result = load_checklist_file(ROOT / "checklists" / f"{name}.toml")
    assert result.problems == [], [p.format() for p in result.problems]
    assert result.checklist is not None
    return result.checklist


def shape(checklist: Checklist) -> list[int]:
    return [len(section.items) for section in checklist.sections]


def test_all_six_are_bundled_and_name_their_source() -> None:
    names = sorted(p.stem for p in (ROOT / "checklists").glob("*.toml"))
    assert names == [
        "jamstallda-beslut",
        "jamstalldhetsanalys",
        "larande-uppfoljning",
        "mums",
        "skr-sjalvskattning",
        "trappan",
    ]
    for name in names:
        checklist = load(name)
        assert checklist.id == name
        assert checklist.source is not None
        assert checklist.source.publisher and checklist.source.title and checklist.source.year
        assert checklist.source.adaptation, f"{name} must say what is adapted"


def test_larande_uppfoljning_has_every_section_and_question() -> None:
    checklist = load("larande-uppfoljning")
    assert [s.title.get("sv") for s in checklist.sections] == [
        "1. Utgångspunkter",
        "2. Förväntade effekter av jämställdhetsarbetet (3–5 år)",
        "3. Förväntade resultat (under året)",
        "4. Förmedlande instanser",
        "5. Planerade aktiviteter för jämställda verksamheter",
        "6. Resurser",
        "7. Struktur",
        "8. Process",
        "9. Samlad bedömning",
    ]
    assert shape(checklist) == [4, 8, 8, 6, 7, 8, 10, 15, 2]
    ratings = [item for item in checklist.items if item.type is ItemType.SCALE]
    assert len(ratings) == 9
    assert all(item.raters and item.scored for item in ratings)
    assert [section.items[-2].local_id for section in checklist.sections] == ["bedomning"] * 9
    scale = ratings[0].scale
    assert scale is not None and (scale.minimum, scale.maximum) == (1, 10)
    assert scale.level(1).label.get() == "I mycket liten grad"  # type: ignore[union-attr]
    assert scale.level(10).label.get() == "I mycket hög grad"  # type: ignore[union-attr]
    higher = [
        item
        for item in checklist.items
        if item.text.get().startswith("Vad kan göras för att ni ska få ett högre värde")
    ]
    assert len(higher) == 9 and all(item.action_plan for item in higher)


SOURCE_QUESTIONS = [
    "Finns det några jämställdhetspolitiska mål för verksamheten?",
    "Behöver förra årets förväntade effekter uppdateras?",
    "Vilka har ni inte nått? Varför? Könsskillnader?",
    "Vilka instanser eller aktörer behöver involveras för att resultaten ska omvandlas till effekter?",
    "Har ni upptäckt behov av att omfördela resurser mellan könen?",
    "Hur ser könsfördelningen ut i ledningen?",
    "Drar ni några slutsatser om delaktigheten som rör makt och kön?",
    "Hur många kvinnor/män har deltagit? Har fler kvinnor resp. män deltagit än tidigare?",
]


@pytest.mark.parametrize("question", SOURCE_QUESTIONS)
def test_larande_uppfoljning_uses_the_source_wording(question: str) -> None:
    texts = [item.text.get() for item in load("larande-uppfoljning").items]
    assert question in texts


def test_every_question_of_the_source_frageguide_is_present() -> None:
    if not SOURCE.exists():
        pytest.skip("the shared source text is not beside this checkout")
    text = SOURCE.read_text(encoding="utf-8")
    start = text.index("Frågeguide för lärande uppföljning Del 1")
    end = text.index("Referenser Läs mer")
    guide = text[start:end]
    guide = re.sub(r"\s*\d*\s*Lärande uppföljning för jämställda verksamheter\s*\d*\s*", " ", guide)
    # Each question's last six words (headings run into the text before them in the PDF).
    questions = [" ".join(q.split()[-6:]) for q in guide.split("?") if q.strip()]
    items = _core(" ".join(item.text.get() for item in load("larande-uppfoljning").items))
    missing = [q for q in questions if _core(q) not in items]
    assert len(questions) > 60
    assert missing == []


def _core(text: str) -> str:
    return re.sub(r"\W+", " ", text).lower()


def test_jamstallda_beslut_branching_and_outcomes() -> None:
    checklist = load("jamstallda-beslut")
    assert shape(checklist) == [5]
    assert all(item.type is ItemType.YESNO for item in checklist.items)
    ids = [item.id for item in checklist.items]

    path = walk(checklist, {ids[0]: "nej"})
    assert path.outcome is not None and path.outcome.outcome.id == "ej-aktuell"
    assert [path.states[i] for i in ids[1:]] == [ItemState.ENDED] * 4

    path = walk(checklist, {ids[0]: "ja", ids[1]: "ja", ids[2]: "nej", ids[3]: "ja"})
    assert path.outcome is not None
    assert path.outcome.outcome.id == "aterremiss"
    assert path.outcome.outcome.title.get() == "Återremittera för komplettering"
    assert path.outcome.trigger.id == ids[2]
    assert [path.states[i] for i in ids[3:]] == [ItemState.ENDED] * 2

    path = walk(checklist, dict.fromkeys(ids, "ja"))
    assert path.outcome is not None and path.outcome.outcome.kind == "ok"

    path = walk(checklist, dict.fromkeys(ids[:4], "ja"))
    assert path.outcome is None and len(path.visible) == 5


def test_jamstalldhetsanalys_step_one_no_ends_after_the_justification() -> None:
    checklist = load("jamstalldhetsanalys")
    assert [s.id for s in checklist.sections] == ["steg1", "steg2", "steg3", "steg4", "reflektion"]
    assert shape(checklist) == [2, 4, 3, 3, 2]
    path = walk(checklist, {"steg1.beror": "nej"})
    assert path.outcome is None
    assert path.states["steg1.motivering"] is ItemState.MISSING
    path = walk(checklist, {"steg1.beror": "nej", "steg1.motivering": "Internt ärende om lokaler."})
    assert path.outcome is not None and path.outcome.outcome.id == "ej-aktuell"
    assert path.states["steg2.statistik"] is ItemState.ENDED
    path = walk(checklist, {"steg1.beror": "ja", "steg2.statistik": "nej"})
    assert path.outcome is None
    assert path.states["steg1.motivering"] is ItemState.HIDDEN
    assert path.states["steg2.konsuppdelad"] is ItemState.HIDDEN


def test_mums_has_four_areas_in_order_with_an_action_list_each() -> None:
    checklist = load("mums")
    assert [s.title.get() for s in checklist.sections] == [
        "Mål och annan styrning",
        "Utbildning",
        "Metoder och arbetssätt",
        "Stöd och samordning",
    ]
    assert shape(checklist) == [6, 5, 5, 5]
    for section in checklist.sections:
        assert section.items[-1].type is ItemType.ACTIONS
        assert section.items[-2].type is ItemType.SCALE


def test_trappan_has_eight_steps_with_status_methods_notes_and_next_action() -> None:
    checklist = load("trappan")
    assert len(checklist.sections) == 8
    assert checklist.sections[2].title.get() == "3. Planering och organisering"
    for section in checklist.sections:
        types = [item.type for item in section.items]
        assert types == [ItemType.CHOICE, ItemType.MULTICHOICE, ItemType.TEXT, ItemType.ACTIONS]
        assert [c.label.get() for c in section.items[0].choices] == [
            "Ej påbörjat",
            "Pågår",
            "Klart",
        ]
    step3_methods = [c.label.get() for c in checklist.sections[2].items[1].choices]
    assert "MUMS" in step3_methods
    step4 = [c.value for c in checklist.sections[3].items[1].choices]
    step2 = [c.value for c in checklist.sections[1].items[1].choices]
    assert "granska" in step2 and "granska" in step4


def test_skr_sjalvskattning_ten_moments_on_the_verified_scale() -> None:
    checklist = load("skr-sjalvskattning")
    assert shape(checklist) == [10]
    scale = checklist.scales["niva"]
    assert [(lvl.value, lvl.label.get()) for lvl in scale.levels] == [
        (1, "Inte påbörjat, finns inte"),
        (2, "Behöver utvecklas"),
        (3, "Det finns / vi gör"),
    ]
    assert checklist.scoring is not None
    assert (checklist.scoring.section.value, checklist.scoring.total.value) == ("sum", "sum")
    assert all(item.raters for item in checklist.items)
    assert checklist.intro
