"""The accessible PDF: tagged (PDF/UA-1), sv-SE, headings, table headers, figure alt text."""

from __future__ import annotations

import dataclasses
import io
import os
import shutil
import subprocess
import zlib
from pathlib import Path

import pytest

pikepdf = pytest.importorskip("pikepdf", reason="pikepdf is not installed")
pypdf = pytest.importorskip("pypdf", reason="pypdf is not installed")
pytest.importorskip("typst", reason="the typst package is not installed")

from jamtui.core.sanitize import strip_controls  # noqa: E402
from jamtui.export.pdf import PdfExporter, content, lit, pdf_bytes, typst_source  # noqa: E402
from jamtui.report.build import build_report  # noqa: E402
from jamtui.report.context import ReportOptions  # noqa: E402
from jamtui.storage import Store  # noqa: E402
from tests.export.conftest import finished_context  # noqa: E402
from tests.export.test_docx_report import TYPST_AND_XML  # noqa: E402
from tests.export.test_hostile_report import HOSTILE, ORG, hostile_contexts  # noqa: E402

GOLDEN = Path(__file__).parent / "golden"


def tags(pdf: pikepdf.Pdf) -> list[tuple[str, str]]:
    """(tag, alt or "") of every structure element, in document order."""
    found: list[tuple[str, str]] = []

    def walk(node: pikepdf.Object) -> None:
        if isinstance(node, pikepdf.Dictionary):
            if "/S" in node:
                found.append((str(node.S), str(node.get("/Alt", ""))))
            kids = node.get("/K")
            if isinstance(kids, pikepdf.Array):
                for kid in kids:
                    walk(kid)
            elif isinstance(kids, pikepdf.Dictionary):
                walk(kids)

    walk(pdf.Root.StructTreeRoot)
    return found


def outline(pdf: pikepdf.Pdf) -> list[str]:
    lines: list[str] = []
    with pdf.open_outline() as tree:

        def walk(items: list[pikepdf.OutlineItem], depth: int) -> None:
            for item in items:
                lines.append("  " * depth + item.title)
                walk(item.children, depth + 1)

        walk(tree.root, 0)
    return lines


def page_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_strings_enter_typst_as_literals() -> None:
    assert lit('a"b\\c') == '"a\\"b\\\\c"'
    assert content("rad ett\nrad två") == '#"rad ett"#linebreak()#"rad två"'
    assert lit("\x1b[31mröd\x00") == '"röd"'
    assert lit("🎉 ok") == '"[U+1F389] ok"'


def test_larande_uppfoljning_is_tagged_swedish_pdf_ua(report_store: Store) -> None:
    context = finished_context(report_store, "larande-uppfoljning", with_previous=True)
    data = PdfExporter().render(build_report(context))
    pdf = pikepdf.open(io.BytesIO(data))
    assert str(pdf.Root.Lang) == "sv-SE"
    assert bool(pdf.Root.MarkInfo.Marked) is True
    assert "/StructTreeRoot" in pdf.Root
    assert bool(pdf.Root.ViewerPreferences.DisplayDocTitle) is True
    with pdf.open_metadata() as meta:
        assert meta.get("pdfuaid:part") == "1"
        assert meta.get("dc:title", "").startswith("Lärande uppföljning")
    found = tags(pdf)
    kinds = [tag for tag, _ in found]
    assert kinds.count("/H1") == 1
    assert kinds.count("/H2") == 2 + len(context.checklist.sections)  # summary, plan
    assert kinds.count("/H3") >= len(context.checklist.items)
    assert kinds.count("/Table") == kinds.count("/THead") > 5
    assert "/TH" in kinds and "/TD" in kinds and "/L" in kinds and "/LI" in kinds
    figures = [alt for tag, alt in found if tag == "/Figure"]
    assert figures == [
        "Stapeldiagram, poäng per avsnitt (högst 10): 1. Utgångspunkter har 3 av 10; "
        "2. Förväntade effekter av jämställdhetsarbetet (3–5 år) har 1 av 10; "
        "3. Förväntade resultat (under året) har 9 av 10; 4. Förmedlande instanser har 5 av 10; "
        "5. Planerade aktiviteter för jämställda verksamheter har 2 av 10; "
        "6. Resurser har 10 av 10; 7. Struktur har 10 av 10; 8. Process har 5 av 10; "
        "9. Samlad bedömning har 7 av 10."
    ]
    golden = GOLDEN / "larande-uppfoljning.pdf.txt"
    text = "\n".join(["# outline", *outline(pdf), "# tags", *sorted(set(kinds))]) + "\n"
    if os.environ.get("JAMTUI_UPDATE_GOLDEN") == "1":
        golden.write_text(text, encoding="utf-8", newline="\n")
    assert text == golden.read_text(encoding="utf-8"), (
        f"regenerate with JAMTUI_UPDATE_GOLDEN=1 if intended: {golden}"
    )
    words = page_text(data)
    assert "Åsa Lind (jämställdhetsstrateg)" in words and "Sida 1" in words


def test_pdfua_checker_finds_nothing(report_store: Store, tmp_path: Path) -> None:
    pdfua = pytest.importorskip("pdfua", reason="pdfua is not installed")
    context = finished_context(report_store, "skr-sjalvskattning", with_previous=True)
    path = tmp_path / "rapport.pdf"
    path.write_bytes(pdf_bytes(build_report(context)))
    report = pdfua.validate(str(path))
    assert [f for f in report.findings] == []


def test_hostile_text_stays_literal_in_pdf(tmp_path: Path) -> None:
    contexts, _, _ = hostile_contexts(tmp_path, [*HOSTILE[:-1], *TYPST_AND_XML])
    clean = build_report(finished_context(Store(tmp_path / "clean"), "mums"))
    for context in contexts:
        report = build_report(context)
        data = pdf_bytes(report)
        pdf = pikepdf.open(io.BytesIO(data))
        kinds = [tag for tag, _ in tags(pdf)]
        assert kinds.count("/H1") == 1
        assert kinds.count("/H2") == 2 + len(context.checklist.sections)
        assert typst_source(report).count("\n#set ") == typst_source(clean).count("\n#set ")
        words = "".join(page_text(data).split())  # lines wrap anywhere in table cells
        for hostile in [*TYPST_AND_XML, ORG]:
            for line in strip_controls(hostile).expandtabs(4).split("\n"):
                if line.strip():
                    assert "".join(line.split()) in words, line


def test_working_copy_is_marked_on_every_page(report_store: Store) -> None:
    context = finished_context(report_store, "mums")
    internal = dataclasses.replace(context, options=ReportOptions(internal=True))
    data = pdf_bytes(build_report(internal))
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert len(reader.pages) > 1
    for page in reader.pages:
        assert "INTERNT – lämnas inte ut" in page.extract_text()
    client = pdf_bytes(build_report(context))
    assert "INTERNT" not in page_text(client)


def stream_bytes(data: bytes) -> bytes:
    """Every stream of a PDF, decompressed, plus the file itself (for byte searches)."""
    pdf = pikepdf.open(io.BytesIO(data))
    parts = [data]
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Stream):
            try:
                parts.append(obj.read_bytes())
            except pikepdf.PdfError:
                parts.append(zlib.decompress(obj.read_raw_bytes()))
    return b"\n".join(parts)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is missing")
def test_pages_render_to_images(report_store: Store, tmp_path: Path) -> None:
    context = finished_context(report_store, "trappan", with_previous=True)
    path = tmp_path / "rapport.pdf"
    path.write_bytes(pdf_bytes(build_report(context)))
    subprocess.run(
        ["pdftoppm", "-r", "30", "-png", "-f", "1", "-l", "2", str(path), str(tmp_path / "sida")],
        check=True,
        timeout=60,
    )
    pages = sorted(tmp_path.glob("sida-*.png"))
    assert len(pages) == 2 and all(p.stat().st_size > 2000 for p in pages)
