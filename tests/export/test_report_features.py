"""Checklist format 1.1 and sync features reach every format through the report model."""

from __future__ import annotations

import dataclasses
import io

import pytest

from jamtui.export.markdown import markdown_text
from jamtui.report.build import build_report
from jamtui.report.model import Heading, Paragraph, Table
from jamtui.storage import Store
from tests.export.conftest import finished_context


def _texts(report_bytes: bytes, fmt: str) -> str:
    if fmt == "docx":
        docx = pytest.importorskip("docx", reason="python-docx is not installed")
        document = docx.Document(io.BytesIO(report_bytes))
        cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
        return "\n".join([p.text for p in document.paragraphs] + cells)
    pypdf = pytest.importorskip("pypdf", reason="pypdf is not installed")
    reader = pypdf.PdfReader(io.BytesIO(report_bytes))
    return "\n".join(page.extract_text() for page in reader.pages)


def _render(fmt: str, report: object) -> bytes:
    if fmt == "docx":
        from jamtui.export.docx import DocxExporter

        return DocxExporter().render(report)  # type: ignore[arg-type]
    pytest.importorskip("typst", reason="the typst package is not installed")
    from jamtui.export.pdf import PdfExporter

    return PdfExporter().render(report)  # type: ignore[arg-type]


def test_4r_model_has_intro_groups_and_number_tables(report_store: Store) -> None:
    report = build_report(finished_context(report_store, "4r"))
    blocks = report.blocks()
    texts = [b.text for b in blocks if isinstance(b, Paragraph)]
    assert "Inledning" in texts
    groups = [b for b in blocks if isinstance(b, Heading) and b.level == 4]
    assert [g.text for g in groups][:2] == ["Könsfördelning per nivå", "Vad visar siffrorna?"]
    assert all(g.outline_level == 3 for g in groups)
    table = next(b for b in blocks if isinstance(b, Table) and b.header[1:3] == ("Kvinnor", "Män"))
    assert table.rows[0] == ("Beslutar (nämnd, ledning)", "6", "4", "10", "60\u00a0%")


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_word_and_pdf_show_the_table_answers_and_groups(report_store: Store, fmt: str) -> None:
    report = build_report(finished_context(report_store, "4r"))
    words = _texts(_render(fmt, report), fmt)
    assert "Könsfördelning per nivå" in words and "Inledning" in words
    assert "60\u00a0%" in words and "Andel kvinnor" in words


@pytest.mark.parametrize("fmt", ["markdown", "docx", "pdf"])
def test_every_format_marks_unresolved_sync_conflicts(report_store: Store, fmt: str) -> None:
    context = finished_context(report_store, "larande-uppfoljning")
    marked = dataclasses.replace(context, conflicts=("utgangspunkter.bedomning",))
    report = build_report(marked)
    words = markdown_text(report) if fmt == "markdown" else _texts(_render(fmt, report), fmt)
    assert "Olösta synkkonflikter" in words and "utgangspunkter.bedomning" in words
    clean = build_report(context)
    assert not any("synkkonflikter" in b.text for b in clean.blocks() if isinstance(b, Paragraph))
