"""The six bundled checklists: structure, source wording and branching."""

from __future__ import annotations

import itertools
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


def test_all_are_bundled_and_name_their_source() -> None:
    names = sorted(p.stem for p in (ROOT / "checklists").glob("*.toml"))
    assert names == [
        "4r",
        "cemr-uppfoljning",
        "jamstallda-beslut",
        "jamstalldhetsanalys",
        "larande-uppfoljning",
        "mums",
        "skr-sjalvskattning",
        "skr-sjalvskattning-2024-namnd",
        "skr-sjalvskattning-2024-overgripande",
        "trappan",
    ]
    for name in names:
        checklist = load(name)
        assert checklist.id == name
        assert checklist.source is not None
        assert checklist.source.publisher and checklist.source.title and checklist.source.year
        assert checklist.source.url.startswith("http")
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
    assert all(item.raters for item in ratings)
    # the overall judgement (9) stands apart: the other eight are averaged
    assert [item.scored for item in ratings] == [True] * 8 + [False]
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


GUIDE = Path(__file__).with_name("data") / "frageguide.txt"
HEADINGS = [
    "1. Utgångspunkter",
    "2. Förväntade effekter av jämställdhetsarbetet",
    "3. Förväntade resultat",
    "4. Förmedlande instanser",
    "5. Planerade aktiviteter",
    "6. Resurser",
    "7. Struktur",
    "8. Process",
    "9. Samlad bedömning",
]


def _core(text: str) -> str:
    return " ".join(re.sub(r"\W+", " ", text).lower().split())


def _guide() -> str:
    text = "".join(
        line for line in GUIDE.read_text(encoding="utf-8").splitlines(True) if line[:1] != "#"
    )
    # Page footers of the PDF ("14 Lärande uppföljning för jämställda verksamheter") go.
    return re.sub(r"\s*\d*\s*Lärande uppföljning för jämställda verksamheter\s*\d*\s*", " ", text)


def _source_sections() -> list[list[str]]:
    """Per section of the frågeguide, every question in order (its last six words).

    A question is the text before each "?"; headings and help text run into the question
    after them in the PDF, so only the last six words are compared. The question about
    taking care of learning "- På individnivå - På gruppnivå - På organisationsnivå" has
    no question mark in the source and is added where it stands.
    """
    guide = _guide()
    guide = guide[: guide.index("BILAGA 2")]
    starts = [guide.index(heading) for heading in HEADINGS] + [len(guide)]
    sections = []
    for number, (begin, end) in enumerate(itertools.pairwise(starts), start=1):
        part = guide[begin:end]
        questions = [" ".join(q.split()[-6:]) for q in part.split("?")[:-1]]
        if number == 8:
            levels = ["på individnivå", "på gruppnivå", "på organisationsnivå"]
            at = next(i for i, q in enumerate(questions) if "utveckla för att lärandet" in q)
            questions[at:at] = levels
        sections.append(questions)
    return sections


def test_vendored_source_matches_the_shared_one() -> None:
    if not SOURCE.exists():
        pytest.skip("the shared domain folder is not beside this checkout")
    shared = " ".join(SOURCE.read_text(encoding="utf-8").split())
    for line in GUIDE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            assert " ".join(line.split()) in shared


def test_the_source_guide_is_parsed_into_nine_sections() -> None:
    sections = _source_sections()
    # Questions per section in the source, "Bedömning" and "högre värde nästa år" included.
    assert [len(questions) for questions in sections] == [4, 8, 11, 6, 9, 8, 10, 21, 2]


def test_every_question_of_the_frageguide_is_in_its_section_in_order() -> None:
    checklist = load("larande-uppfoljning")
    for number, (section, questions) in enumerate(
        zip(checklist.sections, _source_sections(), strict=True), start=1
    ):
        texts = [_core(item.text.get()) for item in section.items]
        joined = " | ".join(texts)
        where = 0
        for question in questions:
            found = joined.find(_core(question), where)
            assert found >= 0, f"section {number}: missing or out of order: {question!r}"
            where = found + 1


def test_no_question_is_invented() -> None:
    """Each item's own words come from the same section of the source."""
    checklist = load("larande-uppfoljning")
    guide = _guide()
    starts = [guide.index(heading) for heading in HEADINGS] + [guide.index("BILAGA 2")]
    for section, (begin, end) in zip(checklist.sections, itertools.pairwise(starts), strict=True):
        source = _core(guide[begin:end])
        for item in section.items:
            text = item.text.get()
            # Ratings carry the source's "Bedömning …" heading before a colon.
            for part in re.split(r"[:?–]", text):
                words = _core(part).split()
                if len(words) >= 3:
                    assert " ".join(words[:3]) in source, (item.id, part)


def test_each_section_ends_with_its_rating_and_the_higher_value_question() -> None:
    checklist = load("larande-uppfoljning")
    sections = _source_sections()
    for section, questions in zip(checklist.sections, sections, strict=True):
        rating, higher = section.items[-2], section.items[-1]
        assert rating.type is ItemType.SCALE and rating.raters
        assert _core(questions[-2]) in _core(rating.text.get())
        assert higher.type is ItemType.TEXT and higher.action_plan
        assert _core(questions[-1]) in _core(higher.text.get())


def test_bilaga_2_personal_rating_has_nine_lines_like_the_sections() -> None:
    guide = _guide()
    bilaga = guide[guide.index("BILAGA 2") :]
    lines = re.findall(r"(\d)\. ([^:]+): ", bilaga)
    assert [int(number) for number, _ in lines] == list(range(1, 10))
    ratings = [item for item in load("larande-uppfoljning").items if item.raters]
    assert len(ratings) == len(lines) == 9


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
            "Inte påbörjat",
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


@pytest.mark.parametrize("failing", range(1, 5))
def test_jamstallda_beslut_any_no_on_statements_2_to_5_sends_back_at_that_step(
    failing: int,
) -> None:
    checklist = load("jamstallda-beslut")
    ids = [item.id for item in checklist.items]
    answers = dict.fromkeys(ids[:failing], "ja") | {ids[failing]: "nej"}
    path = walk(checklist, answers)
    assert path.outcome is not None
    assert (path.outcome.outcome.id, path.outcome.trigger.id) == ("aterremiss", ids[failing])
    assert all(path.states[i] is ItemState.ENDED for i in ids[failing + 1 :])
    assert [o.id for o in checklist.outcomes] == ["ej-aktuell", "aterremiss", "jamstallt"]


def test_jamstalldhetsanalys_a_no_in_steps_3_and_4_asks_why() -> None:
    checklist = load("jamstalldhetsanalys")
    base = {"steg1.beror": "ja"}
    for step in ("steg3.konsekvenser", "steg4.hansyn"):
        follow_up = step.split(".")[0] + ".varfor-inte"
        assert walk(checklist, base).states[follow_up] is ItemState.HIDDEN
        path = walk(checklist, base | {step: "nej"})
        assert path.states[follow_up] is ItemState.MISSING
        assert path.outcome is None
    assert [item.type for item in checklist.items if item.id.endswith(".beror")] == [ItemType.YESNO]


def test_trappan_steps_are_the_eight_of_the_source_in_order() -> None:
    checklist = load("trappan")
    assert [s.title.get() for s in checklist.sections] == [
        "1. Grundläggande förståelse för genus och jämställdhetsproblematiken",
        "2. Undersökning av förutsättningarna för förändringsarbetet",
        "3. Planering och organisering",
        "4. Inventering av verksamheten",
        "5. Kartläggning och analys",
        "6. Formulering av mål och åtgärder",
        "7. Genomförande av åtgärder",
        "8. Uppföljning och utvärdering",
    ]
    assert shape(checklist) == [4] * 8
    methods = {s.id: [c.label.get() for c in s.items[1].choices] for s in checklist.sections}
    assert {"JämKAS Bas", "4R", "JämKAS Plus", "Processkartläggning", "JämKART"} <= set(
        methods["steg5"]
    )
    assert "JämUR – Jämställdhet Uppföljning av Resultat" in methods["steg8"]


def test_mums_prompts_follow_the_research_per_area() -> None:
    checklist = load("mums")
    prompts = [
        [item.text.get() for item in section.items if item.type is ItemType.TEXT]
        for section in checklist.sections
    ]
    assert [len(p) for p in prompts] == [4, 3, 3, 3]
    assert "direktiv" in prompts[0][0] and "handlingsplanen" in prompts[0][3]
    assert "kompetens" in prompts[1][0] and "erfarenhetsutbytet" in prompts[3][2]


def test_skr_moments_are_numbered_1_to_10_in_order() -> None:
    checklist = load("skr-sjalvskattning")
    texts = [item.text.get() for item in checklist.items]
    assert [int(text.split(".")[0]) for text in texts] == list(range(1, 11))
    keywords = [
        "beslut",
        "efterfrågar resultat",
        "högsta cheferna",
        "kompetens",
        "styrdokument",
        "statistik",
        "Beslutsunderlag",
        "uppföljningen",
        "förbättringar",
        "systematiseras",
    ]
    assert all(word in text for word, text in zip(keywords, texts, strict=True))
