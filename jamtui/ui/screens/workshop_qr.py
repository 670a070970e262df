"""The join screen: a QR code of the participants' address, the address and the token."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from jamtui.i18n import t
from jamtui.ui.safe_text import line
from jamtui.workshop.qr import qr_lines


class JoinScreen(ModalScreen[None]):
    """Shown on the projector while people join; Esc returns to the run."""

    DEFAULT_CSS = """
    JoinScreen { align: center middle; }
    JoinScreen > VerticalScroll { width: auto; max-width: 100%; height: auto; max-height: 100%;
                                  background: $panel; padding: 0 1; }
    JoinScreen #qr { width: auto; color: white; background: black; }
    """
    BINDINGS = [Binding("escape,f7", "dismiss", "key.back", id="workshop.qr_back")]

    def __init__(self, join_url: str, projector_url: str, token: str) -> None:
        super().__init__()
        self.join_url = join_url
        self.projector_url = projector_url
        self.token = token

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(line(t("workshop.qr_title"), style="bold"))
            yield Static("\n".join(qr_lines(self.join_url)), id="qr")
            yield Static(line(self.join_url), id="join-url")
            yield Static(line(t("workshop.token", None, token=self.token)))
            yield Static(line(t("workshop.projector", None, url=self.projector_url)))
            yield Static(line(t("workshop.qr_help")))

    def action_dismiss(self, result: None = None) -> None:  # type: ignore[override]
        self.dismiss(None)
