"""``jamtui export --format docx|pdf`` and the report options, from the command line."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from jamtui.cli import main
from jamtui.storage import Store
from tests.export.conftest import STAMP, bundled, fill

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import sys
from jamtui.cli import main
code = main(sys.argv[1:])
engines = sorted(
    name for name in ("textual", "docx", "typst", "lxml")
    if name in sys.modules
)
print("ENGINES:" + ",".join(engines), file=sys.stderr)
sys.exit(code)
"""


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "data"
    monkeypatch.setenv("JAMTUI_HOME", str(data))
    store = Store(data, now=lambda: STAMP)
    org = store.create_organisation("Malmö stad")
    checklist = bundled("larande-uppfoljning")
    fill(store, org.slug, checklist, "2025-11-20", seed=1)
    fill(store, org.slug, checklist, "2026-11-20", seed=0)
    return tmp_path


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [("markdown", ""), ("docx", "docx,lxml"), ("pdf", "typst")],
)
def test_export_imports_only_the_engine_of_the_format(home: Path, fmt: str, expected: str) -> None:
    target = home / f"rapport.{fmt}"
    result = subprocess.run(
        [sys.executable, "-c", PROBE, "export", "malmo-stad", "--format", fmt, "-o", str(target)],
        capture_output=True,
        text=True,
        env={**os.environ, "JAMTUI_HOME": str(home / "data")},
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    marker = [line for line in result.stderr.splitlines() if line.startswith("ENGINES:")]
    assert marker == [f"ENGINES:{expected}"]
    assert target.stat().st_size > 1000


def test_docx_and_pdf_files_from_the_cli(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import docx

    out = home / "ut"
    out.mkdir()
    assert main(["export", "malmo-stad", "--format", "docx", "-o", str(out)]) == 0
    assert main(["export", "malmo-stad", "--format", "pdf", "-o", str(out)]) == 0
    assert main(["export", "malmo-stad", "--format", "pdf", "--internal", "-o", str(out)]) == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "malmo-stad-larande-uppfoljning-2026-11-20-internt.pdf",
        "malmo-stad-larande-uppfoljning-2026-11-20.docx",
        "malmo-stad-larande-uppfoljning-2026-11-20.pdf",
    ]
    document = docx.Document(str(out / names[1]))
    assert document.paragraphs[0].style.name == "Heading 1"
    assert (out / names[2]).read_bytes().startswith(b"%PDF-")
    capsys.readouterr()


def test_report_options_as_flags(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "malmo-stad", "-o", "-"]) == 0
    full = capsys.readouterr().out
    assert "Förändring sedan 2025-11-20" in full
    assert main(["export", "malmo-stad", "--no-compare", "-o", "-"]) == 0
    alone = capsys.readouterr().out
    assert "Förändring sedan" not in alone
    assert main(["export", "malmo-stad", "--internal", "-o", "-"]) == 0
    internal = capsys.readouterr().out
    assert internal.startswith(
        "# Lärande uppföljning för jämställda verksamheter – Malmö stad (INTERNT"
    )
    assert all(
        line.endswith("(INTERNT – lämnas inte ut)")
        for line in internal.splitlines()
        if line.startswith("#")
    )


def test_skip_unanswered_leaves_the_items_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    monkeypatch.setenv("JAMTUI_HOME", str(data))
    store = Store(data, now=lambda: STAMP)
    org = store.create_organisation("Lund")
    checklist = bundled("larande-uppfoljning")
    run = store.create_run(org.slug, checklist, date="2026-11-20")
    first = checklist.items[0]
    with store.open_run(org.slug, run.id, checklist) as session:
        session.set_value(first.id, "ja")
    assert main(["export", "lund", "--skip-unanswered", "-o", "-"]) == 0
    text = capsys.readouterr().out
    assert "### 1.1 " in text and "### 1.2 " not in text
    assert "Obesvarade frågor är utelämnade" in text
    assert main(["export", "lund", "-o", "-"]) == 0
    assert "### 1.2 " in capsys.readouterr().out


def test_template_errors_are_one_line(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "malmo-stad", "--template", "x.docx"]) == 2
    assert "--template gäller bara --format docx" in capsys.readouterr().err
    assert main(["export", "malmo-stad", "--format", "docx", "--template", "saknas.docx"]) == 2
    assert "mallen finns inte" in capsys.readouterr().err
    bad = home / "trasig.docx"
    bad.write_bytes(b"PK\x03\x04 inte en zip")
    code = main(["export", "malmo-stad", "--format", "docx", "--template", str(bad), "-o", "-"])
    err = capsys.readouterr().err
    assert code == 2 and "trasig.docx" in err and len(err.strip().splitlines()) == 1


def test_binary_report_to_stdout(home: Path, capfdbinary: pytest.CaptureFixture[bytes]) -> None:
    import pypdf

    assert main(["export", "malmo-stad", "--format", "pdf", "-o", "-"]) == 0
    data = capfdbinary.readouterr().out
    assert data.startswith(b"%PDF-")
    assert len(pypdf.PdfReader(io.BytesIO(data)).pages) > 3
