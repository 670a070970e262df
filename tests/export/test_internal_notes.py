"""Internal notes reach only the working copy: never a client report, in any format.

Every answer of two runs carries a hostile internal note with a marker; the client report in
every format is searched byte by byte (also inside the .docx zip and in every decompressed PDF
stream) and as extracted text, and the working copy must hold the note.
"""

from __future__ import annotations

import dataclasses
import io
import zipfile
from pathlib import Path

import pytest

from jamtui.cli import main
from jamtui.export.docx import DocxExporter
from jamtui.export.markdown import MarkdownExporter
from jamtui.export.pdf import PdfExporter
from jamtui.export.service import render
from jamtui.report.context import ExportContext, ReportOptions
from jamtui.storage import Store
from tests.export.conftest import STAMP, bundled, fill
from tests.export.test_hostile_report import hostile_contexts

MARKER = "HEMLIGT7f3a"
SECRET = f'{MARKER} chefen <b>Örjan</b> är *oduglig* | # rubrik\n[länk](x) `kod` #set $x$ "citat"'
EXPORTERS = [MarkdownExporter(), DocxExporter(), PdfExporter()]


def every_byte(document: str | bytes) -> bytes:
    """The document and everything packed inside it, unpacked, as one byte string."""
    data = document.encode("utf-8") if isinstance(document, str) else document
    parts = [data]
    if data.startswith(b"PK"):
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts.extend(archive.read(name) for name in archive.namelist())
    if data.startswith(b"%PDF"):
        import pikepdf
        import pypdf

        pdf = pikepdf.open(io.BytesIO(data))
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Stream):
                parts.append(obj.read_bytes())
            elif isinstance(obj, pikepdf.Dictionary | pikepdf.Array | pikepdf.String):
                parts.append(repr(obj).encode("utf-8", "replace"))
        reader = pypdf.PdfReader(io.BytesIO(data))
        parts.extend(page.extract_text().encode("utf-8") for page in reader.pages)
    return b"\n".join(parts)


def found(marker: str, blob: bytes) -> bool:
    return any(marker.encode(enc) in blob for enc in ("utf-8", "utf-16-be", "utf-16-le"))


@pytest.fixture(scope="module")
def contexts(tmp_path_factory: pytest.TempPathFactory) -> list[ExportContext]:
    built, _, _ = hostile_contexts(tmp_path_factory.mktemp("internt"), internal_note=SECRET)
    return built


@pytest.mark.parametrize("exporter", EXPORTERS, ids=lambda e: e.name)
def test_client_reports_never_hold_an_internal_note(
    contexts: list[ExportContext], exporter: object
) -> None:
    for context in contexts:
        assert any(a.internal_note for a in context.run.answers.values())
        document, name = render(context, exporter)  # type: ignore[arg-type]
        blob = every_byte(document)
        assert not found(MARKER, blob), f"{exporter.name}: internal note leaked"  # type: ignore[attr-defined]
        assert not found("Intern anteckning", blob) and not found("INTERNT", blob)
        assert "internt" not in name


@pytest.mark.parametrize("exporter", EXPORTERS, ids=lambda e: e.name)
def test_the_working_copy_holds_them_marked(
    contexts: list[ExportContext], exporter: object
) -> None:
    context = dataclasses.replace(contexts[0], options=ReportOptions(internal=True))
    document, name = render(context, exporter)  # type: ignore[arg-type]
    blob = every_byte(document)
    assert found(MARKER, blob) and found("Intern anteckning", blob)
    assert found("INTERNT – lämnas inte ut", blob)
    assert name.endswith("-internt" + exporter.suffix)  # type: ignore[attr-defined]


def test_internal_note_from_the_cli_reaches_only_the_working_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    monkeypatch.setenv("JAMTUI_HOME", str(data))
    store = Store(data, now=lambda: STAMP)
    org = store.create_organisation("Malmö stad")
    checklist = bundled("larande-uppfoljning")
    run_id = fill(store, org.slug, checklist, "2026-11-20", seed=0, finalize=False)
    item = checklist.items[0].id
    assert main(["answer", "malmo-stad", run_id, item, "--internal-note", SECRET]) == 0
    assert store.load_run(org.slug, run_id).answers[item].internal_note == SECRET
    assert main(["export", "malmo-stad", "-o", "-"]) == 0
    assert MARKER not in capsys.readouterr().out
    assert main(["export", "malmo-stad", "--internal", "-o", "-"]) == 0
    working = capsys.readouterr().out
    assert MARKER in working and "**Intern anteckning (INTERNT – lämnas inte ut):**" in working
    assert "<b>Örjan</b>" not in working and "\\<b>Örjan\\</b>" in working
