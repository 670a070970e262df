"""The Word report, opened as Word would: styles, header rows, language, page numbers, text."""

from __future__ import annotations

import dataclasses
import io
import os
import zipfile
from pathlib import Path

import pytest

docx = pytest.importorskip("docx", reason="python-docx is not installed")

from jamtui.core.sanitize import strip_controls  # noqa: E402
from jamtui.export.docx import DocxExporter, TemplateError, docx_bytes  # noqa: E402
from jamtui.report.build import build_report  # noqa: E402
from jamtui.report.context import ReportOptions  # noqa: E402
from jamtui.report.model import Heading, Report, Section  # noqa: E402
from jamtui.storage import Store  # noqa: E402
from tests.export.conftest import finished_context  # noqa: E402
from tests.export.test_hostile_report import HOSTILE, NAMES, ORG, hostile_contexts  # noqa: E402

GOLDEN = Path(__file__).parent / "golden"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TYPST_AND_XML = [
    '#set text(fill: red) $x^2$ #import "a.typ": * @ref <lbl> // kommentar /* block */',
    '"citat" \\" ] [ } { #{1 + 1} #"sträng"',
    "<w:p><w:r><w:t>inskjuten</w:t></w:r></w:p> ]]> <![CDATA[x]]> &lt;",
]


def open_docx(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def structure(document: docx.document.Document) -> list[str]:
    """The document as a person reading it in Word's outline would describe it."""
    lines: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        if child.tag == f"{W}p":
            paragraph = docx.text.paragraph.Paragraph(child, document)
            if paragraph.text.strip():
                lines.append(f"{paragraph.style.name}: {paragraph.text}")
        elif child.tag == f"{W}tbl":
            table = docx.table.Table(child, document)
            header = table.rows[0]._tr.trPr
            repeat = header is not None and header.find(f"{W}tblHeader") is not None
            lines.append(f"Table ({'header row' if repeat else 'no header row'}):")
            for row in table.rows:
                lines.append("  | " + " | ".join(c.text for c in row.cells) + " |")
    return lines


def test_larande_uppfoljning_matches_its_golden_structure(report_store: Store) -> None:
    context = finished_context(report_store, "larande-uppfoljning", with_previous=True)
    text = "\n".join(structure(open_docx(docx_bytes(build_report(context))))) + "\n"
    golden = GOLDEN / "larande-uppfoljning.docx.txt"
    if os.environ.get("JAMTUI_UPDATE_GOLDEN") == "1":
        golden.write_text(text, encoding="utf-8", newline="\n")
    assert text == golden.read_text(encoding="utf-8"), (
        f"regenerate with JAMTUI_UPDATE_GOLDEN=1 if intended: {golden}"
    )


def test_word_styles_header_rows_language_and_page_numbers(report_store: Store) -> None:
    context = finished_context(report_store, "skr-sjalvskattning", with_previous=True)
    data = DocxExporter().render(build_report(context))
    document = open_docx(data)
    styles = [p.style.name for p in document.paragraphs if p.text.strip()]
    assert styles[0] == "Heading 1"
    assert {"Heading 1", "Heading 2", "Heading 3", "List Bullet"} <= set(styles)
    assert document.paragraphs[0].text.endswith("– Malmö stad")
    # The participants are a real list, one paragraph each.
    listed = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert listed == ["Åsa Lind (jämställdhetsstrateg)", "Nils Berg (controller)"]
    # Every data table repeats its header row; the title block is label–value pairs.
    tables = document.tables
    assert len(tables) > 5
    for table in tables[1:]:
        assert table.rows[0]._tr.trPr.find(f"{W}tblHeader") is not None
    facts = {row.cells[0].text: row.cells[1].text for row in tables[0].rows}
    assert facts["Organisation"] == "Malmö stad"
    assert facts["Processledare"] == "Karin Ek"
    assert facts["Källa"].startswith("Sveriges Kommuner och Regioner")
    assert "Anpassning" in facts
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        styles_xml = archive.read("word/styles.xml").decode()
        footers = [archive.read(n).decode() for n in archive.namelist() if "footer" in n]
    assert '<w:lang w:val="sv-SE" w:eastAsia="sv-SE" w:bidi="sv-SE"/>' in styles_xml
    assert "en-US" not in styles_xml
    assert any('w:instr="PAGE"' in footer for footer in footers)
    assert document.core_properties.language == "sv-SE"
    assert document.core_properties.title.startswith("SKR:s självskattning")


def test_english_report_says_en_gb(report_store: Store) -> None:
    context = dataclasses.replace(finished_context(report_store, "mums"), lang="en")
    document = open_docx(docx_bytes(build_report(context)))
    assert document.core_properties.language == "en-GB"
    assert any(p.text == "Summary" for p in document.paragraphs)


def test_hostile_text_is_literal_in_word(tmp_path: Path) -> None:
    contexts, _, _ = hostile_contexts(tmp_path, [*HOSTILE, *TYPST_AND_XML])
    for context in contexts:
        data = docx_bytes(build_report(context))
        document = open_docx(data)
        seen = "\n".join(structure(document))
        # Exactly the report's own headings: nothing typed became a heading or a list item.
        headings = [p for p in document.paragraphs if p.style.name.startswith("Heading")]
        expected = 1 + 2 + len(context.checklist.sections) + len(context.checklist.items)
        assert len(headings) == expected
        people = [p for p in document.paragraphs if p.style.name == "List Bullet"]
        assert len(people) == len(context.run.participants)
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            xml = archive.read("word/document.xml").decode()
        assert "<w:t>inskjuten</w:t>" not in xml and "<script>" not in xml
        squeezed = " ".join(seen.split())
        for hostile in [*HOSTILE[:-1], *TYPST_AND_XML, ORG]:
            for line in strip_controls(hostile).expandtabs(4).split("\n"):
                if line.strip():
                    assert " ".join(line.split()) in squeezed, line
    names = " ".join(" ".join(structure(open_docx(docx_bytes(build_report(contexts[0]))))).split())
    for name in NAMES:
        assert " ".join(strip_controls(name).split()) in names


def test_a_reference_template_brings_its_styles(report_store: Store, tmp_path: Path) -> None:
    template = docx.Document()
    template.styles["Heading 1"].font.name = "Konsultbyrån Sans"
    template.sections[0].header.paragraphs[0].text = "Konsultbyrån AB"
    template.add_paragraph("Exempeltext i mallen som inte ska med")
    path = tmp_path / "mall.docx"
    template.save(str(path))
    context = finished_context(report_store, "mums")
    document = open_docx(DocxExporter(template=path).render(build_report(context)))
    assert document.styles["Heading 1"].font.name == "Konsultbyrån Sans"
    assert document.sections[0].header.paragraphs[0].text == "Konsultbyrån AB"
    assert not any("Exempeltext" in p.text for p in document.paragraphs)
    assert document.paragraphs[0].style.name == "Heading 1"


def test_a_template_that_is_no_word_file_is_one_clear_line(tmp_path: Path) -> None:
    bad = tmp_path / "mall.docx"
    bad.write_text("inte en zip", encoding="utf-8")
    report = Report(title="x", lang="sv", sections=(Section("header", (Heading(1, "x"),)),))
    with pytest.raises(TemplateError) as caught:
        DocxExporter(template=bad).render(report)
    assert "mall.docx" in str(caught.value) and "\n" not in str(caught.value)


def test_working_copy_is_marked_on_every_page_and_heading(report_store: Store) -> None:
    context = finished_context(report_store, "mums")
    internal = dataclasses.replace(context, options=ReportOptions(internal=True))
    document = open_docx(docx_bytes(build_report(internal)))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings and all(h.endswith("(INTERNT – lämnas inte ut)") for h in headings)
    assert all(
        "INTERNT – lämnas inte ut" in s.header.paragraphs[-1].text for s in document.sections
    )
    client = open_docx(docx_bytes(build_report(context)))
    assert not any("INTERNT" in p.text for p in client.paragraphs)
