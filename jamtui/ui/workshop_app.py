"""The facilitator's app in workshop mode: the run screen, a join bar, a QR code, reveal."""

from __future__ import annotations

import contextlib
from typing import Any

from rich.text import Text
from textual import events, on
from textual.binding import Binding
from textual.widgets import Static

from jamtui.i18n import t
from jamtui.settings import Settings
from jamtui.ui.app import JamtuiApp, create_app
from jamtui.ui.safe_text import line
from jamtui.workshop.options import WorkshopOptions
from jamtui.workshop.room import WorkshopRoom
from jamtui.workshop.run_access import reveal
from jamtui.workshop.server import WorkshopServer

WATCH_INTERVAL = 0.1
"""Seconds between looks at which item the facilitator shows (cheap: compares two ids)."""


class WorkshopBar(Static):
    """One line above the run: where to join, how many have rated, the keys."""

    DEFAULT_CSS = """
    WorkshopBar { dock: top; height: auto; background: $boost; padding: 0 1; }
    """


class WorkshopApp(JamtuiApp):
    """jamtui with a workshop room served beside the run it opens."""

    BINDINGS = [
        *JamtuiApp.BINDINGS,
        Binding("f6", "workshop_reveal", "key.workshop_reveal", id="workshop.reveal"),
        Binding("f7", "workshop_qr", "key.workshop_qr", id="workshop.qr"),
    ]

    def __init__(self, *args: Any, options: WorkshopOptions, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.options = options
        self.room: WorkshopRoom | None = None
        self.server: WorkshopServer | None = None
        self._watched: tuple[int, str | None, int] = (0, None, -1)
        self._agreed: object = None

    @on(events.Mount)
    async def _start_workshop(self) -> None:
        organisation = self.store.get_organisation(self.options.organisation)
        run = self.store.load_run(organisation.slug, self.options.run_id)
        checklist = self.catalog.get(run.checklist_id)
        if checklist is None:
            self.exit(2, message=t("org.run_missing_checklist", None, id=run.checklist_id))
            return
        self.room = WorkshopRoom(
            checklist, lang=self.settings.lang, anonymous=self.options.anonymous
        )
        self.room.on_vote = lambda _item, _key: self._refresh_bar()
        self.server = WorkshopServer(
            self.room, self.options.token, self.options.host, self.options.port
        )
        try:
            await self.server.start()
        except OSError as error:
            self.server = None
            self.exit(
                2,
                message=t(
                    "workshop.port_busy",
                    None,
                    host=self.options.host,
                    port=self.options.port,
                    reason=error.strerror or str(error),
                ),
            )
            return
        self.open_run(organisation, run.id)
        self.set_interval(WATCH_INTERVAL, self._watch)

    @on(events.Unmount)
    async def _stop_workshop(self) -> None:
        if self.server is not None:
            await self.server.stop()

    def join_url(self) -> str:
        assert self.server is not None
        return self.server.url("/", self.options.shown_host)

    def projector_url(self) -> str:
        assert self.server is not None
        return self.server.url("/present", self.options.shown_host)

    # -- following the facilitator ----------------------------------------------------------
    def _run_screen(self) -> Any:
        from jamtui.ui.screens.run import RunScreen

        for screen in reversed(self.screen_stack):
            if isinstance(screen, RunScreen) and screen.session.run.id == self.options.run_id:
                return screen
        return None

    def _watch(self) -> None:
        """Tell the room which item and session the facilitator has open; keep the bar true."""
        room = self.room
        if room is None:
            return
        screen = self._run_screen()
        session = screen.session if screen is not None else None
        if session is not room.session:
            room.attach(session)
        current = getattr(screen, "current", None) if screen is not None else None
        room.show(current)
        if screen is not None and not screen.query(WorkshopBar):
            with contextlib.suppress(Exception):
                screen.mount(WorkshopBar(id="workshop-bar"))
        agreed = session.answer(current).value if session is not None and current else None
        if self._watched[1:] and agreed != self._agreed:
            self._agreed = agreed
            room.touch()  # the agreed value shows on the projector after the reveal
        state = (id(session), current, room.version)
        if state != self._watched:
            self._watched = state
            self._refresh_bar()

    def _refresh_bar(self) -> None:
        room = self.room
        screen = self._run_screen()
        if room is None or screen is None or self.server is None:
            return
        bars = screen.query(WorkshopBar)
        if not bars:
            return
        view = room.public_view()
        assert self.server is not None
        address = self.server.url("", self.options.shown_host).split("?")[0]
        text = Text()
        text.append_text(
            line(t("workshop.bar", None, url=address, rated=view.rated, total=view.total))
        )
        if view.rater_item:
            state = t("workshop.bar_revealed") if view.revealed else t("workshop.bar_hidden")
            text.append(f" ({state})")
            rated = room.rated_keys()
            names = [p.name for p in room.people() if p.key in rated]
            text.append("  ·  ")
            text.append_text(
                line(
                    t(
                        "workshop.who_rated",
                        None,
                        names=", ".join(f"{name} ✓" for name in names) or t("workshop.nobody"),
                    )
                )
            )
        bars.first().update(text)
        refresh = getattr(screen, "refresh_ratings", None)
        if callable(refresh):
            refresh()

    # -- keys -----------------------------------------------------------------------------------
    def action_workshop_reveal(self) -> None:
        room = self.room
        screen = self._run_screen()
        if room is None or screen is None or room.current is None or room.session is None:
            return
        item = room.item()
        if not room.can_vote(item) or room.revealed(room.current):
            return
        try:
            reveal(room.session, room.current)
        except Exception as error:  # a failed save: say so, keep everything
            self.notify(t("save.failed", None, reason=str(error)), severity="error", markup=False)
            return
        room.touch()
        self._refresh_bar()
        self.notify(t("workshop.revealed_notice"), timeout=4)

    def action_workshop_qr(self) -> None:
        from jamtui.ui.screens.workshop_qr import JoinScreen

        if self.server is not None and not isinstance(self.screen, JoinScreen):
            self.push_screen(JoinScreen(self.join_url(), self.projector_url(), self.options.token))


def run_workshop(settings: Settings, options: WorkshopOptions) -> int:
    """Run the facilitator's app with the workshop server until the user quits."""
    app = create_app(settings, app_class=WorkshopApp, options=options)
    app.run()
    return int(app.return_code or 0)
