"""The first screen: organisations in Swedish order, a filter, and the highlighted one's runs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, overload

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from jamtui.core.collation import swedish_sort_key
from jamtui.core.sanitize import strip_controls
from jamtui.i18n import t
from jamtui.storage import OrganisationSummary, StorageError
from jamtui.ui.screens.base import AppScreen
from jamtui.ui.widgets.filter_line import FilterLine
from jamtui.ui.widgets.keybar import KeyBar
from jamtui.ui.widgets.name_list import Entry, NameList
from jamtui.ui.widgets.runs_pane import RunsPane

if TYPE_CHECKING:
    from jamtui.storage import RunSummary

CHECK_DELAY = 0.5
"""Seconds after the list is drawn before its files are checked in the background."""


class Entries(Sequence[Entry]):
    """The name list's rows, made from organisations only when drawn (10,000 cost nothing)."""

    def __init__(self, organisations: Sequence[OrganisationSummary]) -> None:
        self.organisations = organisations

    def __len__(self) -> int:
        return len(self.organisations)

    @overload
    def __getitem__(self, index: int) -> Entry: ...
    @overload
    def __getitem__(self, index: slice) -> list[Entry]: ...
    def __getitem__(self, index: int | slice) -> Entry | list[Entry]:
        if isinstance(index, slice):
            return [_entry(org) for org in self.organisations[index]]
        return _entry(self.organisations[index])


def _entry(org: OrganisationSummary) -> Entry:
    if org.problem:
        return Entry(org.name, org.slug, t("orgs.unreadable"), "bold")
    if org.archived:
        return Entry(org.name, org.slug, t("orgs.archived_mark"))
    return Entry(org.name, org.slug)


def _position(organisations: Sequence[OrganisationSummary], slug: str | None) -> int | None:
    if slug is None:
        return None
    index_of = getattr(organisations, "index_of", None)
    if index_of is not None:
        found: int | None = index_of(slug)
        return found
    return next((n for n, org in enumerate(organisations) if org.slug == slug), None)


TYPING_OFF = frozenset(
    {"new", "rename", "archive", "toggle_archived", "delete", "focus_filter", "sync", "conflicts"}
)
"""Actions whose keys are text while the filter has focus."""


class OrganisationsScreen(AppScreen):
    """Pick, create, rename, archive or delete an organisation."""

    AUTO_FOCUS = "#org-list"
    """Focused as the screen is first shown (a ``focus()`` in ``on_mount`` comes later: the
    filter, the first focusable widget, took the focus in between, and the first frames
    were drawn again for each move)."""

    BINDINGS = [
        Binding("n", "new", "key.new_org", id="orgs.new"),
        Binding("r", "rename", "key.rename", id="orgs.rename"),
        Binding("a", "archive", "key.archive", id="orgs.archive"),
        Binding("v", "toggle_archived", "key.show_archived", id="orgs.show_archived"),
        Binding("delete", "delete", "key.delete", id="orgs.delete"),
        Binding("slash", "focus_filter", "key.filter", id="orgs.filter"),
        Binding("s", "sync", "key.sync", id="orgs.sync"),
        Binding("k", "conflicts", "key.conflicts", id="orgs.conflicts"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.show_archived = False
        self.organisations: Sequence[OrganisationSummary] = []
        self._shown: Sequence[OrganisationSummary] = []
        self._away = False
        self._runs_shown: str | None = None
        self._pane: tuple[str, list[tuple[str, ...]]] | None = None
        self._checking = False

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # While the filter has focus these keys are text: shown dimmed, and not run.
        if action in TYPING_OFF and isinstance(self.focused, FilterLine):
            return None
        return True

    def compose(self) -> ComposeResult:
        # One flat grid (see app.tcss): nested containers cost a render pass each at start-up.
        yield Static(Text(t("orgs.title"), style="bold"), classes="screen-title")
        yield FilterLine(t("orgs.filter"), id="filter")
        yield NameList(id="org-list")
        yield RunsPane(id="org-runs")
        yield KeyBar()

    def on_mount(self) -> None:
        self.reload()
        self.set_timer(CHECK_DELAY, self._check_files)
        from jamtui.ui.sync_ui import refresh_header

        refresh_header(self)

    def action_sync(self) -> None:
        from jamtui.ui.sync_ui import start_sync

        start_sync(self)

    def action_conflicts(self) -> None:
        from jamtui.ui.screens.conflicts import ConflictsScreen

        self.app.push_screen(ConflictsScreen())

    def reload(self, select: str | None = None) -> None:
        """Re-read the organisation list from its index (no file is looked at; the files are
        checked afterwards, off the event loop)."""
        try:
            self.organisations = self.jamtui.store.organisation_rows(
                include_archived=self.show_archived, check_files=False
            )
        except (StorageError, OSError) as error:
            self.notify(str(error), severity="error", markup=False)
            self.organisations = []
        self._take_notices(self.jamtui.store.take_notices())
        self._fill(select)

    def _take_notices(self, notices: Sequence[object]) -> None:
        for notice in notices:
            self.notify(strip_controls(notice.format()), severity="warning")  # type: ignore[attr-defined]

    def _check_files(self) -> None:
        """Compare every organisation file with the index; show what changed, if anything."""
        if self._checking:
            return
        self._checking = True
        from jamtui.storage import Store
        from jamtui.ui.background import in_background

        root, archived, shown = self.jamtui.store.root, self.show_archived, self.organisations
        listed = self.jamtui.store.org_index_rows

        def check() -> tuple[Sequence[OrganisationSummary], list[object]] | None:
            store = Store(root)
            try:
                if listed is not None and not store.organisations_changed(listed):
                    return None  # what is shown is what the files say
                rows = store.organisation_rows(include_archived=archived, check_files=True)
            except (StorageError, OSError):
                return None  # the list stays as shown; the next check tries again
            return rows, list(store.take_notices())

        def checked(result: tuple[Sequence[OrganisationSummary], list[object]] | None) -> None:
            self._checking = False
            if result is None:
                return
            rows, notices = result
            self._take_notices(notices)
            same = getattr(rows, "rows", None) == getattr(shown, "rows", None)
            if self.organisations is shown and archived == self.show_archived and not same:
                self.organisations = rows
                self._fill()

        in_background(self.app, check, checked)

    def _visible(self) -> Sequence[OrganisationSummary]:
        needle = swedish_sort_key(self.query_one("#filter", FilterLine).value.strip())[1]
        if not needle:
            return self.organisations
        return [org for org in self.organisations if needle in swedish_sort_key(org.name)[1]]

    def _fill(self, select: str | None = None) -> None:
        names = self.query_one("#org-list", NameList)
        previous = select or self.current_slug()
        self._shown = visible = self._visible()
        names.empty_text = t("orgs.empty") if not self.organisations else t("orgs.none_match")
        names.set_entries(Entries(visible), _position(visible, previous) or 0)
        self._show_runs()

    def current_slug(self) -> str | None:
        entry = self.query_one("#org-list", NameList).highlighted_entry
        return entry.id if entry else None

    def _current(self) -> OrganisationSummary | None:
        index = self.query_one("#org-list", NameList).highlighted
        return None if index is None or index >= len(self._shown) else self._shown[index]

    def _show_runs(self, *, again: bool = True) -> None:
        """Show the highlighted organisation's runs (``again=False``: unless already shown)."""
        pane = self.query_one("#org-runs", RunsPane)
        slug = self.current_slug()
        if not again and slug == self._runs_shown:
            return
        self._runs_shown = slug
        if slug is None:
            self._pane = None
            pane.show(None)
            return
        runs: Sequence[RunSummary]
        try:
            runs = self.jamtui.store.run_rows(slug, check_files=False)
        except (StorageError, OSError):
            runs = []
        # Only the rows that can be on screen are built (an organisation may have 100,000).
        rows = max(pane.size.height, self.app.size.height)
        from jamtui.ui.widgets.runs_table import run_cells

        cells = [run_cells(run, self.jamtui) for run in runs[:rows]]
        drawn = (slug, [tuple(map(str, row)) for row in cells])
        if drawn == self._pane:
            return  # e.g. the catalog loaded and said what the title cache said: no repaint
        self._pane = drawn
        # Checklist, date, status and progress (the unit is on the organisation's screen).
        pane.show([(title, date, status, progress) for title, date, _, status, progress in cells])
        self.jamtui.catalog_if_wanted()  # a checklist the titles cache does not name

    def checklists_loaded(self) -> None:
        """The catalog is known now: checklist titles in the runs pane may have changed."""
        self._show_runs()

    @on(FilterLine.Changed, "#filter")
    def _filter_changed(self) -> None:
        self._fill()

    @on(FilterLine.Submitted, "#filter")
    def _filter_submitted(self) -> None:
        self.query_one("#org-list", NameList).focus()

    @on(NameList.Highlighted, "#org-list")
    def _highlighted(self) -> None:
        self._show_runs(again=False)

    @on(NameList.Selected, "#org-list")
    def _selected(self, event: NameList.Selected) -> None:
        from jamtui.ui.messages import OpenOrganisation

        self.post_message(OpenOrganisation(event.entry.id))

    def on_screen_suspend(self) -> None:
        self._away = True

    def on_screen_resume(self) -> None:
        # Coming back from another screen: names or runs may have changed. (The first
        # resume, right after mounting, has nothing new to show.)
        if self._away:
            self._away = False
            self.reload()
            self._check_files()
            from jamtui.ui.sync_ui import refresh_header

            refresh_header(self)

    def action_focus_filter(self) -> None:
        self.query_one("#filter", FilterLine).focus()

    def action_new(self) -> None:
        from jamtui.ui.screens.dialogs import TextDialog

        def created(name: str | None) -> None:
            if not name:
                return
            try:
                org = self.jamtui.store.create_organisation(name)
            except (StorageError, OSError) as error:
                self.notify(str(error), severity="error", markup=False)
                return
            self.query_one("#filter", FilterLine).value = ""
            self.reload(select=org.slug)
            self.notify(t("orgs.created", None, name=org.name), markup=False)

        self.app.push_screen(
            TextDialog(t("orgs.new_title"), t("orgs.name_label"), name_field="organisation"),
            created,
        )

    def action_rename(self) -> None:
        org = self._current()
        if org is None:
            return
        from jamtui.ui.screens.dialogs import TextDialog

        def renamed(name: str | None) -> None:
            if not name:
                return
            try:
                self.jamtui.store.rename_organisation(org.slug, name)
            except (StorageError, OSError) as error:
                self.notify(str(error), severity="error", markup=False)
                return
            self.reload(select=org.slug)

        self.app.push_screen(
            TextDialog(
                t("orgs.rename_title"), t("orgs.name_label"), org.name, name_field="organisation"
            ),
            renamed,
        )

    def action_archive(self) -> None:
        org = self._current()
        if org is None:
            return
        try:
            self.jamtui.store.archive_organisation(org.slug, archived=not org.archived)
        except (StorageError, OSError) as error:
            self.notify(str(error), severity="error", markup=False)
            return
        key = "orgs.unarchived" if org.archived else "orgs.archived"
        self.notify(t(key, None, name=org.name), markup=False)
        self.reload()

    def action_toggle_archived(self) -> None:
        self.show_archived = not self.show_archived
        self.reload()

    def action_delete(self) -> None:
        org = self._current()
        if org is None:
            return
        try:
            count = len(self.jamtui.store.run_rows(org.slug))
        except (StorageError, OSError):
            count = 0

        def confirmed(yes: bool | None) -> None:
            if not yes:
                return
            try:
                self.jamtui.store.delete_organisation(org.slug)
            except (StorageError, OSError) as error:
                self.notify(str(error), severity="error", markup=False)
                return
            self.notify(t("orgs.deleted", None, name=org.name), markup=False)
            self.reload()

        from jamtui.ui.screens.dialogs import ConfirmDialog

        message = t("orgs.delete_confirm", None, name=org.name, count=count)
        self.app.push_screen(ConfirmDialog(message), confirmed)
