"""Small modal dialogs: ask for a line of text, or confirm a destructive action."""

from __future__ import annotations

from typing import TypeVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from jamtui.i18n import t
from jamtui.ui.safe_text import literal

Result = TypeVar("Result")


class FormDialog(ModalScreen[Result | None]):
    """A dialog with fields and OK/Cancel: Enter in a field or "ok" accepts, else cancels."""

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self._accept()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "ok":
            self._accept()
        else:
            self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)

    def _accept(self) -> None:
        """Check the fields; dismiss with the result, or say on the dialog what is wrong."""
        raise NotImplementedError


class TextDialog(FormDialog[str]):
    """Ask for one line of text; dismisses with the text, or None when cancelled."""

    CSS_PATH = "dialogs.tcss"

    BINDINGS = [Binding("escape", "cancel", "dialog.cancel", id="dialog.cancel")]

    def __init__(
        self, title: str, label: str, initial: str = "", name_field: str | None = None
    ) -> None:
        super().__init__()
        self.name_field = name_field
        """When set, the text is a name of this kind and must pass the one name rule."""
        self.title_text = title
        self.label_text = label
        self.initial = initial

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(literal(self.title_text, style="bold"))
            yield Label(literal(self.label_text))
            yield Input(value=self.initial, id="dialog-input")
            yield Label("", id="dialog-error")
            with Horizontal(classes="buttons"):
                yield Button(t("dialog.ok"), variant="primary", id="ok")
                yield Button(t("dialog.cancel"), id="cancel")

    def on_mount(self) -> None:
        self.set_focus(self.query_one("#dialog-input", Input))

    def _accept(self) -> None:
        value = self.query_one("#dialog-input", Input).value.strip()
        if not value:
            self.query_one("#dialog-error", Label).update(t("dialog.empty"))
            return
        if self.name_field is not None:
            from jamtui.storage.errors import InvalidValueError
            from jamtui.storage.names import valid_name

            try:
                value = valid_name(value, self.name_field)
            except InvalidValueError as error:
                self.query_one("#dialog-error", Label).update(literal(str(error)))
                return
        self.dismiss(value)


class ConfirmDialog(ModalScreen[bool]):
    """Ask before doing something that cannot be undone."""

    CSS_PATH = "dialogs.tcss"

    BINDINGS = [Binding("escape", "cancel", "dialog.cancel", id="confirm.cancel")]

    def __init__(self, message: str, confirm_label: str | None = None) -> None:
        super().__init__()
        self.message = message
        self.confirm_label = confirm_label or t("dialog.yes")

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(literal(self.message))
            with Horizontal(classes="buttons"):
                yield Button(self.confirm_label, variant="error", id="yes")
                yield Button(t("dialog.cancel"), variant="primary", id="no")

    def on_mount(self) -> None:
        self.set_focus(self.query_one("#no", Button))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_cancel(self) -> None:
        self.dismiss(False)


class FinalizeDialog(ModalScreen[str | None]):
    """Before finalizing: what is still open, with a way to the first gap.

    Dismisses with ``"finalize"``, ``"jump"`` (go to the first gap) or None (cancelled).
    """

    CSS_PATH = "dialogs.tcss"

    BINDINGS = [Binding("escape", "cancel", "dialog.cancel", id="finalize.cancel")]

    def __init__(self, lines: list[str], has_gap: bool) -> None:
        super().__init__()
        self.lines = lines
        self.has_gap = has_gap

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(literal(t("finalize.title"), style="bold"))
            for text in self.lines:
                yield Static(literal(text), classes="finalize-line")  # wraps: item texts are long
            with Horizontal(classes="buttons"):
                yield Button(
                    t("finalize.anyway" if self.has_gap else "finalize.yes"),
                    variant="error" if self.has_gap else "primary",
                    id="finalize",
                )
                if self.has_gap:
                    yield Button(t("finalize.jump"), variant="primary", id="jump")
                yield Button(t("dialog.cancel"), id="cancel")

    def on_mount(self) -> None:
        self.set_focus(self.query_one("#jump" if self.has_gap else "#finalize", Button))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id if event.button.id in ("finalize", "jump") else None)

    def action_cancel(self) -> None:
        self.dismiss(None)
