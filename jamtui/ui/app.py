"""The Textual app: wiring of settings, catalog, store and screens (no screen logic here)."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import gc
import io
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, TypeVar

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.events import DeliveryComplete, DeliveryFailed
from textual.screen import Screen

from jamtui.i18n import set_language, t
from jamtui.plugin.policy import strict_mode
from jamtui.settings import Settings
from jamtui.storage import Organisation, StorageError, Store
from jamtui.ui.checklist_titles import ChecklistHeading, ChecklistTitles
from jamtui.ui.key_order import KeyOrderApp
from jamtui.ui.screens.organisations import OrganisationsScreen
from jamtui.ui.terminal_guard import install as install_terminal_guard

# Start-up is measured: the catalog, the command palette and every screen but the first are
# imported when first used.
if TYPE_CHECKING:
    from textual.command import Provider

    from jamtui.catalog import Catalog
    from jamtui.core.model import Checklist
    from jamtui.core.run import Run
    from jamtui.plugin.registry import Exporter
    from jamtui.storage import RunSession
    from jamtui.ui.messages import ExportRun, OpenOrganisation, OpenRun, StartRun
    from jamtui.ui.screens.export_dialog import ExportChoice
    from jamtui.ui.screens.new_run import RunDetails


def _item_commands() -> type[Provider]:
    from jamtui.ui.commands import ItemCommands

    return ItemCommands


CATALOG_DELAY = 0.4
"""Seconds after it is first wanted before the catalog loads in the background."""


class JamtuiApp(KeyOrderApp):
    """jamtui in the terminal."""

    CSS_PATH = "app.tcss"
    TITLE = "jamtui"
    COMMANDS = App.COMMANDS | {_item_commands}
    BINDINGS = [
        Binding("f1,question_mark", "show_help", "key.help", id="app.help"),
        Binding("f2", "show_problems", "key.problems", id="app.problems"),
        Binding("ctrl+q", "quit", "key.quit", id="app.quit", priority=True),
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
        self._settings_notices: list[str] = []
        self.settings = settings
        self.store = store
        self._catalog = catalog
        self._catalog_lock = threading.Lock()
        self._loader: threading.Thread | None = None
        self._catalog_soon = False
        self._titles_missed = False
        self._when_ready: Callable[[], object] | None = None
        self.titles = ChecklistTitles(settings.data_dir)
        self._today = today
        self._apply_user_settings()

    def _apply_user_settings(self) -> None:
        """Theme and keymap from the settings file; what cannot be used is said, not fatal."""
        theme = self.settings.setting("theme")
        if theme is not None:
            if theme in self.available_themes:
                self.theme = theme
            else:
                self._settings_notices.append(t("settings.unknown_theme", None, theme=theme))
        keymap = self.settings.keymap
        if keymap:
            self.set_keymap(keymap)

    def report_folder(self) -> Path:
        """Where exported reports go: the settings file's ``report_folder``, else rapporter/."""
        chosen = self.settings.setting("report_folder")
        return Path(chosen).expanduser() if chosen else self.settings.data_dir / "rapporter"

    def default_facilitator(self) -> str:
        return self.settings.setting("facilitator") or ""

    def _remember_theme(self, theme: object) -> None:
        """Write the theme the user picked to the settings file (comments kept)."""
        name = getattr(theme, "name", None)
        if not isinstance(name, str) or name == self.settings.setting("theme"):
            return
        from jamtui.user_settings import write_setting

        try:
            write_setting(self.settings.settings_file, "theme", name)
        except OSError as error:
            self.notify(str(error), severity="error", markup=False)

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
            heading = self.titles.get(checklist_id, self.settings.lang)
            self._titles_missed = self._titles_missed or heading is None
            return heading
        checklist = self._catalog.get(checklist_id)
        if checklist is None:
            return None
        from jamtui.core.run import item_keys

        return ChecklistHeading(checklist.title.get(self.settings.lang), item_keys(checklist))

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """jamtui's own commands first, in the user's language (see ui/commands.py)."""
        from jamtui.ui.commands import jamtui_commands

        return jamtui_commands(self, screen)

    def get_default_screen(self) -> Screen[Any]:
        return OrganisationsScreen()

    def on_mount(self) -> None:
        from jamtui.core.sanitize import strip_controls

        if self.settings.user is not None:
            for problem in self.settings.user.problems:
                self._settings_notices.append(problem.format())
        for notice in self._settings_notices:
            self.notify(strip_controls(notice), severity="warning", markup=False, timeout=10)
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        if self._catalog is not None:
            self.call_after_refresh(self._catalog_ready)
        else:
            self.catalog_if_wanted()

    def catalog_if_wanted(self) -> None:
        """Load the checklists soon, in a thread, if a screen named one the titles cache
        does not know (the first screen needs none: titles come from the cache)."""
        if self._titles_missed:
            self.load_catalog_soon()

    def load_catalog_soon(self) -> None:
        """Load the checklists in a thread once the screen has been idle a moment.

        They are wanted from an organisation's screen on (runs, new runs); the first screen
        does without them, and so does a start that is only a look at the list (the
        catalog is 4 MiB and 55 ms of CPU; see docs/decisions.md).
        """
        if self._catalog is None and not self._catalog_soon:
            self._catalog_soon = True
            self.set_timer(CATALOG_DELAY, self._start_loading_catalog)

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

    # -- quitting ---------------------------------------------------------------------------
    QUIT_ROUNDS = 200
    """At most this many turns of the app's queue are given to keys still on their way."""

    async def action_quit(self) -> None:
        """Ctrl+Q: quit once every key typed before it has arrived and is saved.

        A key goes from the app to the focused widget and bubbles back up as messages; Ctrl+Q
        (a priority binding) overtakes them. So quitting waits, turn by turn of the app's
        queue (yielding to the widgets' tasks), until no widget of the screen has a message
        left, then saves and exits.
        """
        self._quit_rounds = 0
        await self._quit_when_settled()

    async def _quit_when_settled(self) -> None:
        await asyncio.sleep(0)  # the widgets' own tasks take their turn
        busy = self.message_queue_size > 0 or any(
            node.message_queue_size for node in self.screen.walk_children(with_self=True)
        )
        if busy and self._quit_rounds < self.QUIT_ROUNDS:
            self._quit_rounds += 1
            self.call_later(self._quit_when_settled)
            return
        for screen in reversed(self.screen_stack):
            close = getattr(screen, "close_run", None)
            if callable(close):
                close()
        self.exit()

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

    # -- what screens ask for (messages up) ---------------------------------------------------
    def on_open_organisation(self, message: OpenOrganisation) -> None:
        self.open_organisation(message.slug)

    def on_open_run(self, message: OpenRun) -> None:
        self.open_run(message.organisation, message.run_id)

    def on_start_run(self, message: StartRun) -> None:
        self.start_run(message.organisation, message.details)

    def on_export_run(self, message: ExportRun) -> None:
        self.export_run(message.session, message.checklist, message.organisation)

    def open_organisation(self, slug: str) -> None:
        from jamtui.ui.screens.organisation import OrganisationScreen

        try:
            organisation = self.store.get_organisation(slug)
        except (StorageError, OSError) as error:
            self.notify(str(error), severity="error", markup=False)
            return
        self.push_screen(OrganisationScreen(organisation))
        self.load_catalog_soon()

    def previous_run(self, slug: str, checklist_id: str, unit: str) -> Run | None:
        """The latest run of the checklist for the unit (offered to pre-fill a new run)."""
        from jamtui.storage.org_records import previous_run_for

        try:
            return previous_run_for(self.store, slug, checklist_id, unit)
        except (StorageError, OSError, ValueError):
            return None

    def start_run(self, organisation: Organisation, details: RunDetails) -> None:
        from jamtui.storage.org_records import OrgRecords, remember_people, unit_for_run

        checklist = self.catalog.get(details.checklist_id)
        if checklist is None:
            return
        records = OrgRecords(self.store)
        try:
            # The same rule as `jamtui runs new`: a unit outside the list only when chosen
            # as a new unit; participants who are not yet among the people are added.
            unit = unit_for_run(records, organisation.slug, details.unit, details.new_unit)
            participants = remember_people(records, organisation.slug, details.participants)
            run = self.store.create_run(
                organisation.slug,
                checklist,
                date=details.date or None,
                unit=unit,
                facilitator=details.facilitator,
                participants=participants,
            )
        except (StorageError, OSError, ValueError) as error:
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

    def export_run(self, session: RunSession, checklist: Checklist, organisation: str) -> None:
        """Ask how to export (the export dialog), then render and save the report."""
        from jamtui.export.registry import load_exporters
        from jamtui.export.service import previous_run
        from jamtui.ui.screens.export_dialog import ExportDialog

        found = getattr(self, "_exporters", None)
        if found is None:
            host = self.catalog.host
            exporters = load_exporters(host) if host is not None else None
            found = {}
            for name in exporters.names() if exporters is not None else []:
                exporter = exporters.get(name) if exporters is not None else None
                if exporter is not None:
                    found[name] = exporter
            if not found:
                from jamtui.export.markdown import MarkdownExporter

                found = {"markdown": MarkdownExporter()}
            self._exporters: dict[str, Exporter] = found
        formats = [
            (name, f"{getattr(e, 'title', name)} ({getattr(e, 'suffix', '')})")
            for name, e in found.items()
        ]
        try:
            earlier = previous_run(self.store, self.catalog, session.run.organisation, session.run)
        except (StorageError, OSError):
            earlier = None

        def chosen(choice: ExportChoice | None) -> None:
            if choice is None:
                return
            self._last_export = (choice.format, choice.folder)
            self._remember_export_folder(choice.folder)
            self._export(session, checklist, organisation, choice, found.get(choice.format))

        last_format, folder = self._last_export_choice()
        self.push_screen(
            ExportDialog(formats, folder, chosen=last_format, has_previous=earlier is not None),
            chosen,
        )

    def _export_state_file(self) -> Path:
        return self.settings.data_dir / ".cache" / "export.json"

    def _last_export_choice(self) -> tuple[str, Path]:
        """The format and folder of the last export (in this session, else as remembered)."""
        last = getattr(self, "_last_export", None)
        if last is not None:
            return last  # type: ignore[no-any-return]
        from jamtui.fileio.json_cache import read_json_table

        table = read_json_table(self._export_state_file(), 1, "export")
        folder = table.get("folder")
        default = self.report_folder()
        where = Path(folder) if isinstance(folder, str) and folder else default
        return str(table.get("format") or "markdown"), where

    def _remember_export_folder(self, folder: Path) -> None:
        from jamtui.fileio.json_cache import write_json_table

        last = getattr(self, "_last_export", ("markdown", folder))
        table = {"folder": str(folder), "format": last[0]}
        write_json_table(self._export_state_file(), 1, "export", table)

    def _export(
        self,
        session: RunSession,
        checklist: Checklist,
        organisation: str,
        choice: ExportChoice,
        exporter: Exporter | None,
    ) -> None:
        from jamtui.export.docx import DocxExporter
        from jamtui.export.service import ExporterFailed, export_session

        template = self.settings.setting("report_template")
        if template and isinstance(exporter, DocxExporter):
            exporter = DocxExporter(template=Path(template).expanduser())
        try:
            document, filename = export_session(
                self.store,
                self.catalog,
                session,
                checklist,
                self.settings.lang,
                choice.options,
                exporter,
            )
        except (StorageError, OSError, ExporterFailed) as error:
            self.notify(str(error).splitlines()[0], severity="error", markup=False)
            return
        folder = choice.folder
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self.notify(str(error), severity="error", markup=False)
            return
        # deliver_* saves into the folder in a terminal and downloads in a browser.
        if isinstance(document, bytes) and not self.is_web:
            # Textual 8.2.8's terminal driver opens the target in text mode (and with an
            # encoding) for every delivery, so binary reports are written here.
            self._save_binary(folder / filename, document)
        elif isinstance(document, bytes):
            self.deliver_binary(
                _Bytes(document),
                save_directory=folder,
                save_filename=filename,
                mime_type=_MIME.get(Path(filename).suffix, "application/octet-stream"),
                name=filename,
            )
        else:
            self.deliver_text(
                io.StringIO(document),
                save_directory=folder,
                save_filename=filename,
                encoding="utf-8",
                mime_type="text/markdown",
                name=filename,
            )

    def _save_binary(self, path: Path, data: bytes) -> None:
        """Write a .docx or .pdf report in a thread; say where, or why not, when done."""
        from jamtui.storage.atomic import write_atomic

        def save() -> None:
            try:
                write_atomic(path, data)
            except OSError as error:
                self.call_from_thread(self.post_message, DeliveryFailed("", error))
                return
            self.call_from_thread(self.post_message, DeliveryComplete("", path))

        threading.Thread(target=save, name="save-report").start()

    def on_delivery_complete(self, event: DeliveryComplete) -> None:
        if event.path:
            message = t("summary.exported", None, path=str(event.path))
        else:  # in a browser (jamtui serve) the report is a download: name the file
            message = t("summary.downloaded", None, name=event.name or "")
        self.notify(message, timeout=10, markup=False)

    def on_delivery_failed(self, event: DeliveryFailed) -> None:
        self.notify(
            t("save.failed", None, reason=str(event.exception)), severity="error", markup=False
        )


class _Bytes(io.BytesIO, BinaryIO):
    """Bytes that Textual's terminal driver recognises as binary (it checks ``typing.BinaryIO``
    and would otherwise open the target in text mode and fail)."""


_MIME = {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".pdf": "application/pdf",
}


AppT = TypeVar("AppT", bound=JamtuiApp)


def create_app(
    settings: Settings,
    *,
    store: Store | None = None,
    catalog: Catalog | None = None,
    today: Callable[[], str] | None = None,
    app_class: type[AppT] = JamtuiApp,  # type: ignore[assignment]
    **extra: Any,
) -> AppT:
    """The one factory the CLI and the tests use (``app_class``: workshop mode's app)."""
    set_language(settings.lang)
    return app_class(
        settings=settings,
        store=store or Store(Path(settings.data_dir)),
        catalog=catalog,
        today=today or (lambda: dt.date.today().isoformat()),
        **extra,
    )


def run_app(settings: Settings, **run_options: Any) -> int:
    """Run until the user quits (``run_options`` go to ``App.run``: the benchmark's probe)."""
    catalog = None
    if strict_mode():
        # Plugin authors asked for problems to be fatal: load before the app takes the screen.
        from jamtui.catalog import load_catalog

        catalog = load_catalog(settings)
    app: JamtuiApp = create_app(settings, catalog=catalog)
    # Everything imported so far lives as long as the process: keep it out of the cyclic
    # garbage collector's way (full collections while the first screen is drawn cost ~30 ms).
    gc.freeze()
    app.run(**run_options)
    return int(app.return_code or 0)
