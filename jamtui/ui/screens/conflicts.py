"""The conflicts a sync left: both values side by side; keep mine, keep theirs, or write new."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from jamtui.i18n import t
from jamtui.ui.safe_text import line
from jamtui.ui.widgets.keybar import KeyBar

if TYPE_CHECKING:
    from jamtui.sync.resolve import WaitingConflict


def _me() -> str:
    """The local git user's name (conflict values name who wrote them)."""
    from dulwich.config import StackedConfig

    try:
        return StackedConfig.default().get((b"user",), b"name").decode("utf-8", "replace")
    except KeyError:
        import getpass

        return getpass.getuser()


def _short(path: str) -> str:
    """organisations/<slug>/runs/<id>.toml → "<slug> · <id>"."""
    parts = path.split("/")
    if len(parts) >= 3 and parts[0] == "organisations":
        rest = "/".join(parts[2:]).removeprefix("runs/").removesuffix(".toml")
        return f"{parts[1]} · {rest}"
    return path


class ConflictsScreen(Screen[None]):
    """Every waiting conflict; the highlighted one shown with both values."""

    CSS_PATH = "screens.tcss"

    BINDINGS = [
        Binding("m", "keep('mine')", "key.keep_mine", id="conflicts.mine"),
        Binding("d", "keep('theirs')", "key.keep_theirs", id="conflicts.theirs"),
        Binding("s", "write_new", "key.write_new", id="conflicts.new"),
        Binding("escape", "app.pop_screen", "key.back", id="conflicts.back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.items: list[WaitingConflict] = []
        self.me = _me()

    def compose(self) -> ComposeResult:
        yield Static(Text(t("conflicts.title"), style="bold"), classes="screen-title")
        yield OptionList(id="conflict-list")
        yield Static("", id="conflict-detail")
        yield KeyBar()

    def on_mount(self) -> None:
        self.reload()
        self.set_focus(self.query_one("#conflict-list", OptionList))

    @property
    def data_dir(self):  # type: ignore[no-untyped-def]
        from jamtui.ui.app import JamtuiApp

        assert isinstance(self.app, JamtuiApp)
        return self.app.settings.data_dir

    def reload(self) -> None:
        from jamtui.sync.resolve import waiting_conflicts

        self.items = waiting_conflicts(self.data_dir)
        options = self.query_one("#conflict-list", OptionList)
        options.clear_options()
        for item in self.items:
            where = ".".join(item.conflict.path) if item.conflict else t("conflicts.whole_file")
            label = line(f"{_short(item.path)}  ·  {where}")
            options.add_option(Option(label))
        if self.items:
            options.highlighted = 0
        self._show()

    def _sides(self, item: WaitingConflict) -> tuple[str, str]:
        """Which stored value is mine and which is theirs: "a"/"b"."""
        conflict = item.conflict
        if conflict is not None and conflict.b_by == self.me and conflict.a_by != self.me:
            return "b", "a"
        return "a", "b"

    def current(self) -> WaitingConflict | None:
        index = self.query_one("#conflict-list", OptionList).highlighted
        if index is None or not (0 <= index < len(self.items)):
            return None
        return self.items[index]

    @on(OptionList.OptionHighlighted)
    def _highlighted(self) -> None:
        self._show()

    def _show(self) -> None:
        from jamtui.sync.resolve import show_value

        detail = self.query_one("#conflict-detail", Static)
        item = self.current()
        if item is None:
            detail.update(t("conflicts.none"))
            return
        if item.conflict is None:
            detail.update(
                Text("\n").join(
                    [
                        line(t("conflicts.file_mine", None, path=item.path)),
                        line(t("conflicts.file_theirs", None, path=item.side_path)),
                    ]
                )
            )
            return
        mine, theirs = self._sides(item)
        c = item.conflict
        values = {"a": (c.a, c.a_by), "b": (c.b, c.b_by)}
        rows = [line(f"{item.path}: {'.'.join(c.path)}", style="dim")]
        for label, side in ((t("conflicts.mine"), mine), (t("conflicts.theirs"), theirs)):
            value, who = values[side]
            heading = f"{label}" + (f" ({who})" if who else "") + ":"
            rows.append(line(heading, style="bold"))
            rows.append(line(show_value(value)))
        detail.update(Text("\n").join(rows))

    def _resolve(self, choice: str, text: str = "") -> None:
        from jamtui.sync.resolve import LockedRun, resolve_conflict

        item = self.current()
        if item is None:
            return
        try:
            resolve_conflict(self.data_dir, item, choice, text)
        except LockedRun:
            self.notify(t("sync.locked_run"), severity="error")
            return
        except OSError as error:
            self.notify(str(error), severity="error", markup=False)
            return
        self.notify(t("sync.resolved"))
        self.reload()

    def action_keep(self, which: str) -> None:
        item = self.current()
        if item is None:
            return
        if item.conflict is None:
            self._resolve("a" if which == "mine" else "b")
            return
        mine, theirs = self._sides(item)
        self._resolve(mine if which == "mine" else theirs)

    def action_write_new(self) -> None:
        from jamtui.sync.resolve import show_value
        from jamtui.ui.screens.dialogs import TextDialog

        item = self.current()
        if item is None or item.conflict is None:
            return
        mine, _ = self._sides(item)
        initial = show_value(item.conflict.a if mine == "a" else item.conflict.b)

        def written(text: str | None) -> None:
            if text is not None:
                self._resolve("new", text)

        self.app.push_screen(
            TextDialog(t("conflicts.new_title"), t("conflicts.new_label"), initial), written
        )
