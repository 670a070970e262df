"""Team sync in the TUI: the state in the organisations header, and a sync run in a worker."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual.widgets import Static

from jamtui.i18n import t

if TYPE_CHECKING:
    from jamtui.storage.session import RunSession
    from jamtui.sync.engine import SyncStatus
    from jamtui.ui.screens.organisations import OrganisationsScreen


def sync_configured(data_dir: Path) -> bool:
    """Whether the data folder is a synced repository (cheap: no git library is imported)."""
    return (data_dir / ".git" / "HEAD").is_file()


def status_words(status: SyncStatus) -> str:
    """ "i synk", "3 ändringar att skicka" or "konflikter: 2"."""
    if status.conflicts:
        return t("sync.header_conflicts", None, count=len(status.conflicts))
    if status.to_send:
        return t("sync.to_send", None, count=status.to_send)
    return t("sync.in_sync")


def conflict_banner(run_file: Path) -> Text | None:
    """A line for the run screen when a sync left conflicts in this run, else None."""
    from jamtui.storage.sync_marks import conflicted_fields
    from jamtui.ui.safe_text import literal

    fields = conflicted_fields(run_file)
    if not fields:
        return None
    return literal(t("sync.run_banner", None, fields=", ".join(fields)), style="bold")


def show_conflict_banner(banner: Static, session: RunSession) -> None:
    """On the run screen: a sync's conflicts in this run, in the banner (unless read-only)."""
    if session.read_only:
        return
    marked = conflict_banner(session.path)
    if marked is not None:
        banner.update(marked)
        banner.display = True


def show_header(screen: OrganisationsScreen, words: str) -> None:
    """Put the sync state after the screen title."""
    title = Text(t("orgs.title"), style="bold")
    if words:
        title.append("  ·  ")
        title.append(t("sync.header", None, state=words), style="italic")
    try:
        screen.query_one(".screen-title", Static).update(title)
    except Exception:  # the screen was closed meanwhile
        return


def refresh_header(screen: OrganisationsScreen) -> None:
    """Work out the sync state in a thread and show it (nothing when sync is not set up)."""
    data_dir = screen.jamtui.settings.data_dir
    if not sync_configured(data_dir):
        return

    def job() -> None:
        from jamtui.sync.engine import status

        try:
            words = status_words(status(data_dir))
        except Exception as error:  # a broken repository: say so, never crash the screen
            words = t("sync.failed", None, detail=type(error).__name__)
        screen.app.call_from_thread(show_header, screen, words)

    screen.run_worker(job, thread=True, exclusive=True, group="sync-status")


def start_sync(screen: OrganisationsScreen) -> None:
    """Sync in a worker thread; progress in the header, the result as a notification."""
    data_dir = screen.jamtui.settings.data_dir
    if not sync_configured(data_dir):
        screen.notify(t("sync.not_set_up"), severity="warning")
        return

    def progress(step: str) -> None:
        screen.app.call_from_thread(show_header, screen, t(f"sync.progress.{step}"))

    def job() -> None:
        from jamtui.sync.engine import SyncError, sync

        outcome: Any
        try:
            outcome = sync(data_dir, progress)
        except SyncError as error:
            outcome = str(error)
        except Exception as error:  # never lose the app to a sync failure
            outcome = t("sync.failed", None, detail=f"{type(error).__name__}: {error}")
        screen.app.call_from_thread(_finished, screen, outcome)

    show_header(screen, t("sync.progress.start"))
    screen.run_worker(job, thread=True, exclusive=True, group="sync")


def _finished(screen: OrganisationsScreen, outcome: Any) -> None:
    from jamtui.core.sanitize import strip_controls

    if isinstance(outcome, str):
        screen.notify(strip_controls(outcome, keep_newlines=False), severity="error", markup=False)
    else:
        state = (
            t("sync.conflicts", None, count=len(outcome.conflicts))
            if outcome.conflicts
            else t("sync.in_sync")
        )
        line = t("sync.done", None, sent=outcome.sent, received=outcome.received, state=state)
        screen.notify(
            line, severity="warning" if outcome.conflicts else "information", markup=False
        )
        screen.reload()
    refresh_header(screen)
