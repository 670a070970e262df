"""The export dialog: format, folder, unanswered items, comparison, internal working copy."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Checkbox, Input, Label, RadioButton, RadioSet

from jamtui.i18n import t
from jamtui.report.context import ReportOptions
from jamtui.ui.safe_text import literal
from jamtui.ui.screens.dialogs import FormDialog


@dataclass(frozen=True)
class ExportChoice:
    """What the consultant chose: format name, folder, report options."""

    format: str
    folder: Path
    options: ReportOptions


class ExportDialog(FormDialog[ExportChoice]):
    """Ask how to export the run; dismisses with an ExportChoice, or None when cancelled."""

    CSS_PATH = ["dialogs.tcss", "export_dialog.tcss"]

    BINDINGS = [Binding("escape", "cancel", "dialog.cancel", id="export.cancel")]

    def __init__(
        self,
        formats: list[tuple[str, str]],
        folder: Path,
        *,
        chosen: str = "markdown",
        has_previous: bool = True,
    ) -> None:
        super().__init__()
        self.formats = formats
        self.folder = folder
        self.chosen = chosen if any(name == chosen for name, _ in formats) else formats[0][0]
        self.has_previous = has_previous

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide", id="export-dialog"):
            yield Label(literal(t("exportdialog.title"), style="bold"))
            yield Label(literal(t("exportdialog.format")), classes="field")
            with RadioSet(id="export-format"):
                for name, title in self.formats:
                    yield RadioButton(
                        literal(title), value=name == self.chosen, id=f"format-{name}"
                    )
            yield Label(literal(t("exportdialog.folder")), classes="field")
            yield Input(value=str(self.folder), id="export-folder")
            yield Checkbox(t("exportdialog.skip_unanswered"), id="export-skip")
            compare = Checkbox(
                t("exportdialog.compare"), value=self.has_previous, id="export-compare"
            )
            compare.disabled = not self.has_previous
            yield compare
            yield Checkbox(t("exportdialog.internal"), id="export-internal")
            yield Label("", id="export-error")
            with Horizontal(classes="buttons"):
                yield Button(t("exportdialog.export"), variant="primary", id="ok")
                yield Button(t("dialog.cancel"), id="cancel")

    def on_mount(self) -> None:
        self.set_focus(self.query_one("#export-format", RadioSet))

    def selected_format(self) -> str:
        pressed = self.query_one("#export-format", RadioSet).pressed_button
        if pressed is None or pressed.id is None:
            return self.chosen
        return pressed.id.removeprefix("format-")

    def _accept(self) -> None:
        text = self.query_one("#export-folder", Input).value.strip()
        if not text:
            self.query_one("#export-error", Label).update(t("dialog.empty"))
            return
        folder = Path(text).expanduser()
        if folder.exists() and not folder.is_dir():
            self.query_one("#export-error", Label).update(
                literal(t("exportdialog.not_a_folder", None, path=folder))
            )
            return
        options = ReportOptions(
            internal=self.query_one("#export-internal", Checkbox).value,
            skip_unanswered=self.query_one("#export-skip", Checkbox).value,
            compare=self.query_one("#export-compare", Checkbox).value,
        )
        self.dismiss(ExportChoice(self.selected_format(), folder, options))
