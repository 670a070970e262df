"""The Textual app: wiring of settings, catalog, store and screens (no screen logic here)."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import io
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.app import App
from textual.binding import Binding
from textual.events import DeliveryComplete, DeliveryFailed
from textual.screen import Screen

from jamtui.i18n import set_language, t
from jamtui.plugin.policy import strict_mode
from jamtui.settings import Settings
from jamtui.storage import Organisation, StorageError, Store
from jamtui.ui.checklist_titles import ChecklistHeading, ChecklistTitles
from jamtui.ui.screens.organisations import OrganisationsScreen
from jamtui.ui.terminal_guard import install as install_terminal_guard

# Start-up is measured: the catalog, the command palette and every screen but the first are
# imported when first used.
if TYPE_CHECKING:
    from textual.command import Provider

    from jamtui.catalog import Catalog
    from jamtui.core.model import Checklist
    from jamtui.storage import RunSession
    from jamtui.ui.screens.new_run import RunDetails
    from jamtui.ui.screens.run import RunScreen


def _app_commands() -> type[Provider]:
    from jamtui.ui.commands import AppCommands

    return AppCommands


def _item_commands() -> type[Provider]:
    from jamtui.ui.commands import ItemCommands

    return ItemCommands


CATALOG_DELAY = 0.4
"""Seconds after start-up before the catalog loads in the background."""


class JamtuiApp(App[int]):
    """jamtui in the terminal."""

    CSS_PATH = "app.tcss"
    TITLE = "jamtui"
    COMMANDS = App.COMMANDS | {_app_commands, _item_commands}
    BINDINGS = [
        Binding("f1,question_mark", "show_help", t("key.help"), id="app.help"),
        Binding("f2", "show_problems", t("key.problems"), id="app.problems"),
        Binding("ctrl+q", "quit", t("key.quit"), id="app.quit", priority=True),
    ]

    def __init__(
        self,
        settings: Settings,
        store: Store,
        catalog: Catalog | None,
        today: Callable[[], str],
    ) -> None:
        install_terminal_guard()
        super().__init__()
        self.settings = settings
        self.store = store
        self._catalog = catalog
        self._catalog_lock = threading.Lock()
        self._loader: threading.Thread | None = None
        self._when_ready: Callable[[], object] | None = None
        self.titles = ChecklistTitles(settings.data_dir)
        self._today = today

    def today(self) -> str:
        return self._today()

    @property
    def catalog(self) -> Catalog:
        """Every checklist. The first screen is drawn without it; it loads in a thread."""
        with self._catalog_lock:
            if self._catalog is None:
                from jamtui.catalog import load_catalog

                self._catalog = load_catalog(self.settings)
                self.titles.remember(self._catalog)
            return self._catalog

    def checklist_heading(self, checklist_id: str) -> ChecklistHeading | None:
        """Title and item count of a checklist, from the catalog once it is loaded."""
        if self._catalog is None:
            return self.titles.get(checklist_id, self.settings.lang)
        checklist = self._catalog.get(checklist_id)
        if checklist is None:
            return None
        return ChecklistHeading(checklist.title.get(self.settings.lang), len(checklist.items))

    def get_default_screen(self) -> Screen[Any]:
        return OrganisationsScreen()

    def on_mount(self) -> None:
        if self._catalog is None:
            # The first screen needs no checklists: load them in a thread once it is up and
            # idle (or at once, on the main thread, when something asks for them first).
            self.set_timer(CATALOG_DELAY, self._start_loading_catalog)
        else:
            self.call_after_refresh(self._catalog_ready)

    def _start_loading_catalog(self) -> None:
        if self._catalog is None:
            if self._loader is None:
                # A daemon thread, not a worker: quitting never waits for a slow plugin.
                self._loader = threading.Thread(
                    target=self._load_catalog, name="catalog", daemon=True
                )
                self._loader.start()
        else:
            self._catalog_ready()

    def ready_catalog(self, then: Callable[[], object] | None = None) -> Catalog | None:
        """The catalog when loaded; else None after saying it is loading.

        On the event loop this never waits for plugins: a slow plugin cannot freeze the app.
        ``then`` is called once the catalog has loaded (the action the person asked for).
        """
        if self._catalog is not None:
            return self._catalog
        if threading.current_thread() is not threading.main_thread():
            return self.catalog
        self._start_loading_catalog()
        if then is not None:
            self._when_ready = then
        self.notify(t("safety.catalog_loading"), markup=False)
        return None

    def _load_catalog(self) -> None:
        try:
            self.catalog  # noqa: B018 - loads it
        except Exception as error:  # a thread's traceback must never reach the terminal
            self._from_thread(self.notify, str(error), severity="error", markup=False)
            return
        self._from_thread(self._catalog_ready)

    def _from_thread(self, callback: Callable[..., object], *args: Any, **kwargs: Any) -> None:
        # The app may be quitting while checklists were loading (screens half gone): the
        # callback's failure then is of no interest, and a thread's traceback must never
        # reach the terminal.
        with contextlib.suppress(Exception):
            self.call_from_thread(callback, *args, **kwargs)

    def _catalog_ready(self) -> None:
        """Tell the screens the checklists are known, and say if anything failed to load."""
        from jamtui.ui.screens.problems import problem_lines

        for screen in self.screen_stack:
            if isinstance(screen, OrganisationsScreen):
                screen.checklists_loaded()
        count = sum(len(lines) for _, lines in problem_lines(self.catalog))
        if count:
            self.notify(t("problems.notice", None, count=count), severity="warning", timeout=8)
        then, self._when_ready = self._when_ready, None
        if then is not None:
            then()

    # -- navigation used by screens -------------------------------------------------------
    def action_show_help(self) -> None:
        from jamtui.ui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_show_problems(self) -> None:
        from jamtui.ui.screens.problems import ProblemsScreen

        catalog = self.ready_catalog(then=self.action_show_problems)
        if catalog is not None and not isinstance(self.screen, ProblemsScreen):
            self.push_screen(ProblemsScreen(catalog))

    def open_organisation(self, slug: str) -> None:
        from jamtui.ui.screens.organisation import OrganisationScreen

        try:
            organisation = self.store.get_organisation(slug)
        except (StorageError, OSError) as error:
            self.notify(str(error), severity="error", markup=False)
            return
        self.push_screen(OrganisationScreen(organisation))

    def start_run(self, organisation: Organisation, details: RunDetails) -> None:
        checklist = self.catalog.get(details.checklist_id)
        if checklist is None:
            return
        try:
            run = self.store.create_run(
                organisation.slug,
                checklist,
                date=details.date or None,
                unit=details.unit,
                facilitator=details.facilitator,
                participants=details.participants,
            )
        except (StorageError, OSError) as error:
            self.notify(str(error), severity="error", markup=False)
            return
        self.open_run(organisation, run.id)

    def open_run(self, organisation: Organisation, run_id: str) -> None:
        try:
            run = self.store.load_run(organisation.slug, run_id)
        except (StorageError, OSError) as error:
            self.notify(
                t("org.run_unreadable", None, reason=str(error)), severity="error", markup=False
            )
            return
        catalog = self.ready_catalog(then=lambda: self.open_run(organisation, run_id))
        if catalog is None:
            return
        checklist = catalog.get(run.checklist_id)
        if checklist is None:
            self.notify(
                t("org.run_missing_checklist", None, id=run.checklist_id),
                severity="error",
                markup=False,
            )
            return
        try:
            session = self.store.open_run(organisation.slug, run_id, checklist)
            from jamtui.ui.screens.run import RunScreen
        except (StorageError, OSError) as error:
            self.notify(
                t("org.run_unreadable", None, reason=str(error)), severity="error", markup=False
            )
            return
        self.push_screen(RunScreen(session, checklist, organisation.name))

    def edit_run_details(self, session: RunSession, screen: RunScreen) -> None:
        from jamtui.ui.screens.new_run import NewRunDialog, RunDetails

        run = session.run
        existing = RunDetails(
            run.checklist_id, run.unit, run.date, run.facilitator, run.active_participants
        )

        def saved(details: RunDetails | None) -> None:
            if details is None:
                return
            from jamtui.core.participants import keep_ids, removed_with_ratings

            people = keep_ids(run.active_participants, details.participants)

            def save(confirmed: bool | None = True) -> None:
                if not confirmed:
                    return
                screen.persist(
                    lambda: session.update_details(
                        date=details.date,
                        unit=details.unit,
                        facilitator=details.facilitator,
                        participants=people,
                    )
                )
                screen.on_screen_resume()

            leaving = removed_with_ratings(run.active_participants, people, session.rated_ids())
            if not leaving:
                save()
                return
            from jamtui.ui.screens.dialogs import ConfirmDialog

            names = ", ".join(p.name for p in leaving)
            self.push_screen(
                ConfirmDialog(
                    t("participants.remove_rated", None, names=names, count=len(leaving)),
                    t("participants.remove"),
                ),
                save,
            )

        self.push_screen(
            NewRunDialog(self.catalog, self.settings.lang, self.today(), [], existing), saved
        )

    def export_run(self, session: RunSession, checklist: Checklist, organisation: str) -> None:
        from jamtui.export.service import export_session

        try:
            text, filename = export_session(self, session, checklist, organisation)
        except (StorageError, OSError) as error:
            self.notify(str(error), severity="error", markup=False)
            return
        folder = self.settings.data_dir / "rapporter"
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self.notify(str(error), severity="error", markup=False)
            return
        # deliver_text saves into the folder in a terminal and downloads in a browser.
        self.deliver_text(
            io.StringIO(text),
            save_directory=folder,
            save_filename=filename,
            encoding="utf-8",
            mime_type="text/markdown",
        )

    def on_delivery_complete(self, event: DeliveryComplete) -> None:
        where = str(event.path) if event.path else (event.name or "")
        self.notify(t("summary.exported", None, path=where), timeout=10, markup=False)

    def on_delivery_failed(self, event: DeliveryFailed) -> None:
        self.notify(
            t("save.failed", None, reason=str(event.exception)), severity="error", markup=False
        )


def create_app(
    settings: Settings,
    *,
    store: Store | None = None,
    catalog: Catalog | None = None,
    today: Callable[[], str] | None = None,
) -> JamtuiApp:
    """The one factory the CLI and the tests use."""
    set_language(settings.lang)
    return JamtuiApp(
        settings=settings,
        store=store or Store(Path(settings.data_dir)),
        catalog=catalog,
        today=today or (lambda: dt.date.today().isoformat()),
    )


def run_app(settings: Settings, **run_options: Any) -> int:
    """Run until the user quits (``run_options`` go to ``App.run``: the benchmark's probe)."""
    catalog = None
    if strict_mode():
        # Plugin authors asked for problems to be fatal: load before the app takes the screen.
        from jamtui.catalog import load_catalog

        catalog = load_catalog(settings)
    app = create_app(settings, catalog=catalog)
    # Everything imported so far lives as long as the process: keep it out of the cyclic
    # garbage collector's way (full collections while the first screen is drawn cost ~30 ms).
    gc.freeze()
    app.run(**run_options)
    return int(app.return_code or 0)
