"""Choose an action's status: ej påbörjad, pågår, klar, struken."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from jamtui.followup.actions import Action, ActionStatus
from jamtui.i18n import t
from jamtui.ui.safe_text import line


class StatusDialog(ModalScreen[ActionStatus | None]):
    """A list of the four statuses, the current one highlighted."""

    CSS_PATH = "dialogs.tcss"

    BINDINGS = [Binding("escape", "cancel", "dialog.cancel", id="status.cancel")]

    def __init__(self, action: Action) -> None:
        super().__init__()
        self.action_row = action

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(t("actions.status_title"))
            yield Label(line(self.action_row.what, style="bold"))
            yield OptionList(
                *(Option(status.label(), id=status.value) for status in ActionStatus),
                id="statuses",
            )

    def on_mount(self) -> None:
        options = self.query_one("#statuses", OptionList)
        options.highlighted = list(ActionStatus).index(self.action_row.status)
        self.set_focus(options)

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(ActionStatus(str(event.option.id)))

    def action_cancel(self) -> None:
        self.dismiss(None)
