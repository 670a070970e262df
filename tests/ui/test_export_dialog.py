"""Exporting from the app: the export dialog (format, folder, options) and the files it saves."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Button, Checkbox, Input, RadioButton

from jamtui.storage import Store
from jamtui.ui.app import JamtuiApp
from jamtui.ui.screens.export_dialog import ExportDialog
from jamtui.ui.screens.summary import SummaryScreen
from tests.export.conftest import STAMP, bundled, fill
from tests.ui.conftest import screen_text, wait_for, wait_for_screen


async def open_summary(pilot: Pilot[int]) -> None:
    await pilot.pause()
    await pilot.press("enter")  # the organisation
    await pilot.pause()
    await pilot.press("enter")  # its latest run
    await pilot.pause()
    await pilot.press("f9")
    await wait_for_screen(pilot, SummaryScreen)


async def export_as(
    pilot: Pilot[int], fmt: str, folder: Path | None = None, internal: bool = False
) -> ExportDialog:
    await pilot.press("e")
    dialog: ExportDialog = await wait_for_screen(pilot, ExportDialog)
    dialog.query_one(f"#format-{fmt}", RadioButton).value = True
    if folder is not None:
        dialog.query_one("#export-folder", Input).value = str(folder)
    dialog.query_one("#export-internal", Checkbox).value = internal
    await pilot.pause()
    dialog.query_one("#ok", Button).press()
    await wait_for_screen(pilot, SummaryScreen)
    return dialog


def finished_larande(store: Store) -> None:
    org = store.create_organisation("Malmö stad")
    checklist = bundled("larande-uppfoljning")
    fill(store, org.slug, checklist, "2025-11-20", seed=1)
    run_id = fill(store, org.slug, checklist, "2026-11-20", seed=0, finalize=False)
    with store.open_run(org.slug, run_id, checklist) as session:
        session.set_internal_note(checklist.items[0].id, "HEMLIGT: chefen vill inte")
        session.finalize(by="Karin Ek")


async def test_a_finished_run_exports_as_markdown_word_and_pdf(
    make_app: Callable[..., JamtuiApp], settings: object, tmp_path: Path
) -> None:
    import docx
    import pypdf

    store = Store(settings.data_dir, now=lambda: STAMP)  # type: ignore[attr-defined]
    finished_larande(store)
    folder = tmp_path / "leverans"
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_summary(pilot)
        await pilot.press("e")
        dialog = await wait_for_screen(pilot, ExportDialog)
        text = screen_text(app)
        for words in ("Markdown", "Word", "PDF", "Utelämna obesvarade frågor"):
            assert words in text
        assert "Jämför med förra körningen" in text and "INTERNT – lämnas inte ut" in text
        default = Path(settings.data_dir) / "rapporter"  # type: ignore[attr-defined]
        assert dialog.query_one("#export-folder", Input).value == str(default)
        await pilot.press("escape")
        await wait_for_screen(pilot, SummaryScreen)
        for fmt in ("markdown", "docx", "pdf"):
            await export_as(pilot, fmt, folder)
            suffix = {"markdown": ".md"}.get(fmt, f".{fmt}")
            target = folder / f"malmo-stad-larande-uppfoljning-2026-11-20{suffix}"
            await wait_for(
                pilot, target.exists, f"{target} {[str(n.message) for n in app._notifications]}"
            )
        await export_as(pilot, "pdf", internal=True)  # the folder is remembered
        working = folder / "malmo-stad-larande-uppfoljning-2026-11-20-internt.pdf"
        # The file is in place a moment before the notice says so: wait for the notice.
        saved = f"Rapporten sparades i {working}"
        await wait_for(
            pilot, lambda: saved in " ".join(str(n.message) for n in app._notifications), saved
        )
        assert working.exists()
    report = (folder / "malmo-stad-larande-uppfoljning-2026-11-20.md").read_text(encoding="utf-8")
    assert report.startswith("# Lärande uppföljning för jämställda verksamheter – Malmö stad")
    assert "HEMLIGT" not in report
    document = docx.Document(str(folder / "malmo-stad-larande-uppfoljning-2026-11-20.docx"))
    assert document.paragraphs[0].style.name == "Heading 1"
    assert [p.text for p in document.paragraphs if p.style.name == "List Bullet"] == [
        "Åsa Lind (jämställdhetsstrateg)",
        "Nils Berg (controller)",
    ]
    client = (folder / "malmo-stad-larande-uppfoljning-2026-11-20.pdf").read_bytes()
    reader = pypdf.PdfReader(io.BytesIO(client))
    assert reader.trailer["/Root"]["/Lang"] == "sv-SE"
    assert "HEMLIGT" not in "".join(page.extract_text() for page in reader.pages)
    inside = pypdf.PdfReader(io.BytesIO(working.read_bytes()))
    assert "HEMLIGT: chefen vill inte" in "".join(p.extract_text() for p in inside.pages)

    # a new session remembers the folder and the format
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_summary(pilot)
        await pilot.press("e")
        dialog = await wait_for_screen(pilot, ExportDialog)
        assert dialog.query_one("#export-folder", Input).value == str(folder)
        assert dialog.query_one("#format-pdf", RadioButton).value is True
        assert not dialog.query_one("#export-internal", Checkbox).value


async def test_english_dialog_and_a_folder_that_is_a_file(
    make_app: Callable[..., JamtuiApp], settings: object, tmp_path: Path
) -> None:
    store = Store(settings.data_dir, now=lambda: STAMP)  # type: ignore[attr-defined]
    finished_larande(store)
    blocker = tmp_path / "fil.txt"
    blocker.write_text("x", encoding="utf-8")
    app = make_app(lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_summary(pilot)
        await pilot.press("e")
        dialog = await wait_for_screen(pilot, ExportDialog)
        text = screen_text(app)
        assert "Export report" in text and "Leave out unanswered items" in text
        dialog.query_one("#export-folder", Input).value = str(blocker)
        dialog.query_one("#ok", Button).press()
        await wait_for(pilot, lambda: "is not a folder" in screen_text(app), "the error")
        assert isinstance(app.screen, ExportDialog)
