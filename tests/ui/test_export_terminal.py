"""Export a finished Lärande uppföljning run as .md, .docx and .pdf through the real jamtui
command in a pseudo-terminal, by keyboard only, at 80x24 and in English at 120x40."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from jamtui.storage import Store
from tests.export.conftest import STAMP, bundled, fill
from tests.terminal import Terminal

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")

NAME = "malmo-stad-larande-uppfoljning-2026-11-20"


def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    store = Store(folder, now=lambda: STAMP)
    org = store.create_organisation("Malmö stad")
    checklist = bundled("larande-uppfoljning")
    fill(store, org.slug, checklist, "2025-11-20", seed=1)
    fill(store, org.slug, checklist, "2026-11-20", seed=0)
    return folder


def export(term: Terminal, downs: int, dialog_title: str) -> None:
    """``e`` on the summary, the format ``downs`` below Markdown, Tab to the folder, Enter."""
    term.press("e")
    term.wait_for(dialog_title)
    term.wait_settled()
    for _ in range(downs):
        term.press("down")
    term.press("enter")  # choose the highlighted format
    term.press("tab")  # to the folder
    term.press("enter")  # export


def test_export_every_format_by_keyboard(tmp_path: Path) -> None:
    folder = data(tmp_path)
    reports = folder / "rapporter"
    with Terminal("--data-dir", str(folder), size=(80, 24)) as term:
        term.wait_for("Malmö stad")
        term.wait_settled(quiet=0.5)
        term.press("enter")
        term.wait_for("Enheter:")  # the organisation's screen
        term.wait_settled(quiet=1.0)  # the run list is focused once it has settled
        term.press("enter")
        term.wait_for("Malmö stad · Lärande uppföljning")  # the run screen
        term.wait_settled(quiet=0.5)
        term.press("f9")
        term.wait_for("e  Exportera")
        term.wait_settled(quiet=0.5)
        for downs, suffix in ((0, ".md"), (1, ".docx"), (2, ".pdf")):
            export(term, downs, "Exportera rapport")
            target = reports / f"{NAME}{suffix}"
            term.wait_until(target.exists, f"{target.name} saved")
            term.wait_for("Rapporten sparades")
            term.wait_gone("Exportera rapport")  # the dialog has closed before the next "e"
        done = term.quit("escape", "ctrl+q")
        assert (done.code, done.traceback) == (0, "")
    assert (reports / f"{NAME}.md").read_text(encoding="utf-8").startswith("# Lärande")
    assert (reports / f"{NAME}.docx").read_bytes().startswith(b"PK")
    assert (reports / f"{NAME}.pdf").read_bytes().startswith(b"%PDF-")


def test_english_dialog_at_120x40(tmp_path: Path) -> None:
    folder = data(tmp_path)
    with Terminal("--data-dir", str(folder), "--lang", "en", size=(120, 40)) as term:
        term.wait_for("Malmö stad")
        term.wait_settled(quiet=0.5)
        term.press("enter")
        term.wait_for("Units:")  # the organisation's screen
        term.wait_settled(quiet=1.0)
        term.press("enter")
        term.wait_for("Malmö stad · Learning follow-up")  # the run screen
        term.wait_settled(quiet=0.5)
        term.press("f9")
        term.wait_for("e  Export")
        term.wait_settled(quiet=0.5)
        term.press("e")
        term.wait_for("Export report")
        term.wait_settled(quiet=0.5)
        screen = term.screen()
        for words in ("Word (.docx)", "PDF (.pdf)", "Leave out unanswered items", "INTERNAL"):
            assert words in screen, term.dump()
        term.press("escape")
        term.wait_gone("Export report")
        done = term.quit("escape", "ctrl+q")
        assert done.code == 0
