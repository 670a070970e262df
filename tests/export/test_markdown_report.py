"""The Markdown report: golden files per bundled checklist, structure, escaping, determinism."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token

from jamtui.core.answer_text import section_heading
from jamtui.export.markdown import render_markdown
from jamtui.storage import Store
from tests.export.conftest import BUNDLED, finished_context

GOLDEN = Path(__file__).parent / "golden"
md = MarkdownIt("commonmark").enable("table")


def flat(tokens: list[Token]) -> Iterator[Token]:
    for token in tokens:
        yield token
        if token.children:
            yield from flat(token.children)


@pytest.mark.parametrize("name", BUNDLED)
def test_report_matches_the_golden_file(report_store: Store, name: str) -> None:
    text = render_markdown(finished_context(report_store, name, with_previous=True))
    golden = GOLDEN / f"{name}.md"
    if os.environ.get("JAMTUI_UPDATE_GOLDEN") == "1":
        golden.write_text(text, encoding="utf-8", newline="\n")
    assert text == golden.read_text(encoding="utf-8"), (
        f"regenerate with JAMTUI_UPDATE_GOLDEN=1 if intended: {golden}"
    )


@pytest.mark.parametrize("name", BUNDLED)
def test_report_structure(report_store: Store, name: str) -> None:
    context = finished_context(report_store, name)
    text = render_markdown(context)
    assert text.endswith("\n") and "\r" not in text
    tokens = md.parse(text)
    headings = [
        tokens[i + 1].content
        for i, t in enumerate(tokens)
        if t.type == "heading_open" and t.tag == "h2"
    ]
    titles = [s.title.get() for s in context.checklist.sections]
    for index, title in enumerate(titles, start=1):
        assert section_heading(index, title) in headings
        assert f"{index}. {index}. " not in text and f"{index}. Steg {index}." not in text
    assert headings[0] == "Sammanfattning" and headings[-1] == "Handlingsplan"
    assert any(t.type == "table_open" for t in tokens)
    assert not any(
        t.type in ("html_block", "html_inline") and "<br>" not in t.content for t in flat(tokens)
    )


def test_same_run_gives_the_same_bytes(report_store: Store) -> None:
    context = finished_context(report_store, "larande-uppfoljning")
    assert render_markdown(context) == render_markdown(context)


def test_draft_is_marked_and_branch_outcome_shown(report_store: Store) -> None:
    from jamtui.export.service import build_context
    from tests.export.conftest import OneCatalog, bundled, fill

    checklist = bundled("jamstallda-beslut")
    org = report_store.create_organisation("Lund")
    run_id = fill(report_store, org.slug, checklist, "2026-11-20", seed=1, finalize=False)
    run = report_store.load_run(org.slug, run_id)
    text = render_markdown(
        build_context(report_store, OneCatalog(checklist), org.slug, run, checklist, "sv")
    )  # type: ignore[arg-type]
    assert "**Utkast.**" in text
    assert "**Utfall:** Återremittera för komplettering (efter svar på fråga 1.2)" in text
    assert (
        "*Frågorna 1.3–1.5 ställdes inte: checklistan avslutades med utfallet i sammanfattningen.*"
        in text
    )
    assert "### 1.3" not in text  # one line for the unasked items, not a heading each


HOSTILE = [
    "# Inte en rubrik",
    "- inte en lista\n> inte ett citat",
    "| a | b |\n|---|---|",
    "<script>alert('x')</script>",
    "*fet* _kursiv_ `kod` ~~struken~~",
    "[länk](javascript:alert(1)) ![bild](x.png)",
    "\x1b[31mröd\x1b[0m\x07 och \x00",
    "1. numrerad\n    indragen kod",
    "---",
]


def test_hostile_notes_and_names_stay_literal(report_store: Store) -> None:
    from jamtui.export.service import build_context
    from tests.export.conftest import OneCatalog, bundled

    checklist = bundled("skr-sjalvskattning")
    org = report_store.create_organisation("<b>Kommun</b> | # [x](y)")
    run = report_store.create_run(
        org.slug, checklist, date="2026-11-20", facilitator="*Karin*", unit="`enhet`"
    )
    with report_store.open_run(org.slug, run.id, checklist) as session:
        for item, note in zip(checklist.items, HOSTILE, strict=False):
            session.set_value(item.id, 2)
            session.set_note(item.id, note)
    loaded = report_store.load_run(org.slug, run.id)
    text = render_markdown(
        build_context(report_store, OneCatalog(checklist), org.slug, loaded, checklist, "sv")
    )  # type: ignore[arg-type]
    assert "\x1b" not in text and "\x00" not in text and "\x07" not in text
    tokens = list(flat(md.parse(text)))
    kinds = {t.type for t in tokens}
    # The report itself uses headings, tables, bold, italics and rules; user text adds nothing.
    forbidden = {
        "html_block",
        "link_open",
        "image",
        "code_inline",
        "code_block",
        "fence",
        "blockquote_open",
        "bullet_list_open",
        "ordered_list_open",
        "s_open",
    }
    assert not kinds & forbidden
    emphasised = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "em_open"]
    assert not [e for e in emphasised if "kursiv" in e or "fet" in e]
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert "Inte en rubrik" not in " ".join(headings)
    rendered_text = " ".join(t.content for t in tokens if t.type == "text")
    for fragment in (
        "# Inte en rubrik",
        "<script>alert('x')</script>",
        "[länk](javascript:alert(1))",
        "<b>Kommun</b> | # [x](y)",
    ):
        assert fragment in rendered_text, fragment
    inline_html = [t.content for t in tokens if t.type == "html_inline"]
    assert set(inline_html) <= {"<br>"}


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is not installed")
def test_report_converts_to_docx_with_pandoc(report_store: Store, tmp_path: Path) -> None:
    source = tmp_path / "rapport.md"
    source.write_text(render_markdown(finished_context(report_store, "mums")), encoding="utf-8")
    result = subprocess.run(
        ["pandoc", str(source), "-o", str(tmp_path / "rapport.docx")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "rapport.docx").stat().st_size > 0
