"""A whole report built from hostile text: every field stays literal, no element is created.

Organisation, unit, facilitator, participant names and roles, rater names, notes, dissent,
text answers and action rows are filled with Markdown, HTML, Rich markup, terminal escapes,
CR, NUL, emoji and very long text; the report is parsed with markdown-it-py (CommonMark +
GFM tables and strikethrough) and must hold exactly the report's own structure.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token

from jamtui.core.answers import ActionRow
from jamtui.core.model import ItemType
from jamtui.core.run import ItemAnswer, Participant
from jamtui.core.sanitize import strip_controls
from jamtui.export.markdown import render_markdown
from jamtui.export.service import build_context
from jamtui.report.context import ExportContext
from jamtui.storage import Store
from tests.export.conftest import STAMP, OneCatalog, bundled

md = MarkdownIt("commonmark").enable("table").enable("strikethrough")

HOSTILE = [
    "# Rubrik\n## två",
    "- lista\n* lista\n+ lista\n1. numrerad\n2) numrerad",
    "> citat\n>> djupare",
    "| a | b |\n|---|---|\n| c | d |",
    "<script>alert('x')</script>",
    "<div>\nblock\n</div>",
    "*fet* _kursiv_ **mer** __mer__ ~~struken~~ ~enkel~",
    "`kod` ``dubbel``\n```\nstaket\n```\n~~~",
    "[länk](javascript:alert(1)) ![bild](x.png) <https://example.com> [ref]\n[ref]: /url",
    "[bold]Rich[/bold] [link=https://x]y[/link] [/]",
    "\x1b[31mröd\x1b[0m\x07 och \x00NUL \x1b]8;;https://x\x07osc\x1b]8;;\x07 \x9b2J",
    "rad ett\r\nrad två\rrad tre",
    "&amp; &#35; &copy; Åsa & Örjan <!-- kommentar --> <?php ?>",
    "    indraget kodblock\n\tmed tabb",
    "---\n***\n___\n- - -",
    "Text\n===",
    "🎉 emoji 👩‍👩‍👧 ✓ \u202eomvänd",
    "\\ bakstreck \\* \\",
    "ord_med_understreck snake_case a<b a < b",
    "lång " * 1500,
]
NAMES = ["Kim | *K*", "<b>Lo</b>", "[Bo](x)", "`Mo` #1", "- Jo\x00"]
ORG = "<b>Kommun</b> | # [x](y) *stad* `k`\x1b[2J"


def inline_text(token: Token) -> str:
    """The text a reader sees in one inline token: breaks and <br> as newlines."""
    parts = []
    for child in token.children or []:
        if child.type == "text":
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak") or (
            child.type == "html_inline" and child.content == "<br>"
        ):
            parts.append("\n")
    return "".join(parts)


def flat(tokens: list[Token]) -> Iterator[Token]:
    for token in tokens:
        yield token
        if token.children:
            yield from flat(token.children)


def squeeze(text: str) -> str:
    lines = [" ".join(line.split()) for line in text.replace("\u00a0", " ").split("\n")]
    return "\n".join(line for line in lines if line)


def make_report(tmp_path: Path) -> tuple[str, int, int]:
    contexts, sections, items = hostile_contexts(tmp_path)
    return "\n".join(render_markdown(c) for c in contexts), sections, items


def hostile_contexts(
    tmp_path: Path, corpus_texts: list[str] = HOSTILE, internal_note: str = ""
) -> tuple[list[ExportContext], int, int]:
    """Two runs (Lärande uppföljning with raters, Trappan with action rows) full of
    ``corpus_texts``; every answer also gets ``internal_note`` when one is given."""
    store = Store(tmp_path / "data", now=lambda: STAMP)
    checklist = bundled("larande-uppfoljning")
    org = store.create_organisation(ORG)
    people = [Participant(name, role) for name, role in zip(NAMES, HOSTILE, strict=False)]
    run = store.create_run(
        org.slug,
        checklist,
        date="2026-11-20",
        facilitator=HOSTILE[6],
        unit=HOSTILE[4],
        participants=people,
    )
    corpus = iter(corpus_texts * 10)
    with store.open_run(org.slug, run.id, checklist) as session:
        for item in checklist.items:
            if item.raters:
                for k, person in enumerate(people):
                    session.set_rating(item.id, person.name, 1 + k)
                session.set_value(item.id, 3)
                session.set_dissent(item.id, next(corpus))
            elif item.type is ItemType.TEXT:
                session.set_value(item.id, next(corpus))
            session.set_note(item.id, next(corpus))
    trappan = bundled("trappan")
    other = store.create_run(org.slug, trappan, date="2026-11-21")
    if internal_note:
        for run_id, chosen in ((run.id, checklist), (other.id, trappan)):
            with store.open_run(org.slug, run_id, chosen) as session:
                for item in chosen.items:
                    session.set_internal_note(item.id, internal_note)
    contexts = []
    for run_id, chosen in ((run.id, checklist), (other.id, trappan)):
        loaded = store.load_run(org.slug, run_id)
        for item in chosen.items:
            if item.type is ItemType.ACTIONS:  # as a hand-edited file can hold them (any "due")
                rows = [ActionRow(next(corpus), next(corpus), next(corpus)) for _ in range(2)]
                loaded.answers.setdefault(item.id, ItemAnswer()).actions = rows
        context = build_context(store, OneCatalog(chosen), org.slug, loaded, chosen, "sv")  # type: ignore[arg-type]
        contexts.append(context)
    return (
        contexts,
        len(checklist.sections) + len(trappan.sections),
        len(checklist.items) + len(trappan.items),
    )


FORBIDDEN = {
    "html_block",
    "link_open",
    "image",
    "code_inline",
    "code_block",
    "fence",
    "blockquote_open",
    "ordered_list_open",
    "s_open",
    "lheading",
}


def test_hostile_text_everywhere_stays_literal(tmp_path: Path) -> None:
    text, sections, items = make_report(tmp_path)
    for bad in ("\x00", "\x1b", "\x07", "\x9b", "\r", "\u202e"):
        assert bad not in text
    tokens = md.parse(text)
    kinds = {t.type for t in flat(tokens)}
    assert not kinds & FORBIDDEN, kinds & FORBIDDEN
    assert {t.content for t in flat(tokens) if t.type == "html_inline"} <= {"<br>"}
    # Exactly the report's own headings and rules: two titles, two summaries, two plans.
    levels = [t.tag for t in tokens if t.type == "heading_open"]
    assert levels.count("h1") == 2
    assert levels.count("h2") == 2 * 2 + sections
    assert levels.count("h3") == items
    assert sum(t.type == "hr" for t in tokens) == 2
    # The only list is the first run's participant list (never ``<br>`` in a cell); the
    # second run has no participants.
    assert sum(t.type == "bullet_list_open" for t in tokens) == 1
    # Bold and italics are the report's labels and messages, never user text.
    inline = [t for t in tokens if t.type == "inline"]
    for token in inline:
        children = token.children or []
        for i, child in enumerate(children):
            if child.type in ("strong_open", "em_open"):
                inner = children[i + 1].content if i + 1 < len(children) else ""
                for word in ("fet", "kursiv", "mer", "Rubrik", "Kommun", "K*"):
                    assert word not in inner, inner
    # Every line of every hostile text is somewhere in the report, literally.
    seen = "\n\n".join(squeeze(inline_text(t)) for t in inline)
    for hostile in [*HOSTILE, *NAMES, ORG]:
        for line in strip_controls(hostile).expandtabs(4).split("\n"):
            if line.strip():
                assert squeeze(line) in seen, line
    # Multi-line notes keep their line breaks, in paragraphs and in table cells.
    assert "rad ett\nrad två\nrad tre" in seen
    cells = [inline_text(t) for t in inline if t.level == 4]
    assert any(squeeze(c) == "rad ett\nrad två\nrad tre" for c in cells)
    assert any(squeeze(c) == "Kim | *K*" for c in cells)  # a name with a pipe stays one cell


def test_the_same_run_gives_the_same_bytes_every_time(tmp_path: Path) -> None:
    first, _, _ = make_report(tmp_path / "a")
    second, _, _ = make_report(tmp_path / "b")
    assert first == second
    assert first.encode("utf-8").decode("utf-8") == first and "\r" not in first
