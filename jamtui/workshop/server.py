"""The workshop's local web server: the projector page, the participants' page and their votes."""

from __future__ import annotations

import contextlib
import hmac
import json
import re
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
from aiohttp import web

from jamtui.i18n import t
from jamtui.storage.errors import StorageError
from jamtui.workshop.room import Person, VoteRefused, WorkshopRoom

MAX_BODY = 4096
"""Bytes a request body may have; larger ones get 413."""
TOKEN_PATTERN = re.compile(r"[A-Za-z0-9_-]{22,128}")
"""A token of at least 22 URL-safe characters: 22 × 6 bits ≥ 128 bits."""
SSE_PER_CLIENT = 8
"""Open event streams one address may hold."""
KEEPALIVE = 15.0

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def new_token() -> str:
    """A fresh random token of 128 bits or more (URL-safe)."""
    return secrets.token_urlsafe(24)


def valid_token(token: str) -> bool:
    return TOKEN_PATTERN.fullmatch(token) is not None


@dataclass
class RateLimiter:
    """A token bucket per client address: ``rate`` requests a second, bursts of ``burst``."""

    rate: float = 20.0
    burst: float = 80.0
    clock: Callable[[], float] = time.monotonic
    _buckets: dict[str, tuple[float, float]] = field(default_factory=dict)

    def allow(self, client: str) -> bool:
        now = self.clock()
        tokens, then = self._buckets.get(client, (self.burst, now))
        tokens = min(self.burst, tokens + (now - then) * self.rate)
        if tokens < 1:
            self._buckets[client] = (tokens, now)
            return False
        self._buckets[client] = (tokens - 1, now)
        if len(self._buckets) > 10_000:  # never grows without bound
            self._buckets.clear()
        return True


_templates = jinja2.Environment(
    loader=jinja2.FileSystemLoader(Path(__file__).with_name("templates")),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
)

ROOM_KEY: web.AppKey[WorkshopRoom] = web.AppKey("room", WorkshopRoom)
TOKEN_KEY: web.AppKey[str] = web.AppKey("token", str)
LIMITER_KEY: web.AppKey[RateLimiter] = web.AppKey("limiter", RateLimiter)
STREAMS_KEY: web.AppKey[dict[str, int]] = web.AppKey("streams", dict)
CLOSING_KEY: web.AppKey[list[bool]] = web.AppKey("closing", list)

_HEADERS = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
}


def build_app(
    room: WorkshopRoom, token: str, limiter: RateLimiter | None = None
) -> web.Application:
    """The aiohttp application serving one workshop room behind ``token``."""
    app = web.Application(client_max_size=MAX_BODY, middlewares=[_guard])
    app[ROOM_KEY] = room
    app[TOKEN_KEY] = token
    app[LIMITER_KEY] = limiter or RateLimiter()
    app[STREAMS_KEY] = {}
    app[CLOSING_KEY] = []
    app.on_shutdown.append(_closing)
    app.router.add_get("/", _participant_page)
    app.router.add_post("/vote", _vote)
    app.router.add_get("/present", _projector_page)
    app.router.add_get("/state", _state)
    app.router.add_get("/events", _events)
    return app


async def _closing(app: web.Application) -> None:
    """The server stops: end the event streams (they would hold the shutdown up)."""
    app[CLOSING_KEY].append(True)
    app[ROOM_KEY].touch()


@web.middleware
async def _guard(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Rate limit, then the token on every path; wrong or missing token: 403 and nothing else."""
    app = request.app
    client = request.remote or "?"
    if not app[LIMITER_KEY].allow(client):
        return _plain(429, t("vote.too_many", app[ROOM_KEY].lang))
    if request.content_length is not None and request.content_length > MAX_BODY:
        return _plain(413, "413")
    given = request.query.get("token", "")
    if request.method == "POST" and not given:
        try:
            form = await request.post()
        except web.HTTPRequestEntityTooLarge:
            return _plain(413, "413")
        except ValueError:
            return _plain(400, "400")
        value = form.get("token", "")
        given = value if isinstance(value, str) else ""
    if not hmac.compare_digest(given.encode(), app[TOKEN_KEY].encode()):
        return _plain(403, "403 Forbidden")
    try:
        response = await handler(request)
    except web.HTTPException as error:
        if error.status in (404, 405):
            return _plain(error.status, str(error.status))
        raise
    for name, value in _HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def _plain(status: int, text: str) -> web.Response:
    response = web.Response(status=status, text=text, content_type="text/plain")
    response.headers.update(_HEADERS)
    return response


def _render(
    request: web.Request, template: str, status: int = 200, **values: object
) -> web.Response:
    room = request.app[ROOM_KEY]
    lang = room.lang

    def translate(key: str, **kwargs: object) -> str:
        return t(key, lang, **kwargs)

    html = _templates.get_template(template).render(
        lang=lang,
        title=t("workshop.page_title", lang),
        token=request.app[TOKEN_KEY],
        t=translate,
        **values,
    )
    return web.Response(status=status, text=html, content_type="text/html", charset="utf-8")


async def _participant_page(request: web.Request) -> web.StreamResponse:
    room = request.app[ROOM_KEY]
    if room.anonymous and request.query.get("join") == "anonym":
        person = room.join_anonymous()
        if person is None:
            return _render(request, "choose.html", 409, people=[], anonymous=True)
        raise web.HTTPSeeOther(_page_url(request, person))
    person = (
        room.person(request.query.get("participant", ""))
        if "participant" in request.query
        else None
    )
    if person is None:
        people = [] if room.anonymous else room.people()
        return _render(request, "choose.html", people=people, anonymous=room.anonymous)
    return _vote_page(
        request, room, person, message=request.query.get("saved") and t("workshop.saved", room.lang)
    )


def _vote_page(
    request: web.Request,
    room: WorkshopRoom,
    person: Person,
    message: str | None = None,
    status: int = 200,
) -> web.Response:
    view = room.public_view()
    mine = room.rating_of(person)
    labels = dict(room.choices())
    return _render(
        request,
        "vote.html",
        status,
        person=person,
        view=view,
        open=room.voting_open(),
        choices=room.choices(),
        mine=labels.get(str(mine), str(mine)) if mine is not None else None,
        mine_value=str(mine) if mine is not None else None,
        message=message or "",
        state_key=f"{view.item_id}|{'true' if view.revealed else 'false'}",
    )


def _page_url(request: web.Request, person: Person, saved: bool = False) -> str:
    query = {"token": request.app[TOKEN_KEY], "participant": person.key}
    if saved:
        query["saved"] = "1"
    return str(request.rel_url.with_path("/").with_query(query))


async def _vote(request: web.Request) -> web.StreamResponse:
    room = request.app[ROOM_KEY]
    form = await request.post()
    fields = {name: form.get(name, "") for name in ("participant", "item", "value")}
    if not all(isinstance(value, str) for value in fields.values()):
        return _plain(400, "400")
    wants_json = "application/json" in request.headers.get("Accept", "")
    try:
        person = await room.vote(
            str(fields["participant"]), str(fields["item"]), str(fields["value"])
        )
    except (VoteRefused, StorageError, OSError) as error:
        reason = error.reason if isinstance(error, VoteRefused) else "vote.save_failed"
        message = t(reason, room.lang)
        status = {"vote.not_current": 409, "vote.revealed": 409, "vote.paused": 409}.get(
            reason, 400
        )
        if reason == "vote.save_failed":
            status = 503
        if wants_json:
            return web.json_response(
                {"ok": False, "reason": reason, "message": message}, status=status
            )
        who = room.person(str(fields["participant"]))
        if who is None:
            people = [] if room.anonymous else room.people()
            return _render(request, "choose.html", status, people=people, anonymous=room.anonymous)
        return _vote_page(request, room, who, message=message, status=status)
    if wants_json:
        return web.json_response({"ok": True, "participant": person.key, "version": room.version})
    raise web.HTTPSeeOther(_page_url(request, person, saved=True))


async def _projector_page(request: web.Request) -> web.StreamResponse:
    room = request.app[ROOM_KEY]
    view = room.public_view()
    max_count = max((bar.count for bar in view.bars), default=0) or 1
    words = "; ".join(
        t("workshop.bar_words", room.lang, count=bar.count, label=bar.label) for bar in view.bars
    )
    return _render(request, "present.html", view=view, max_count=max_count, bar_words=words)


async def _state(request: web.Request) -> web.StreamResponse:
    return web.json_response(request.app[ROOM_KEY].public_view().as_json())


async def _events(request: web.Request) -> web.StreamResponse:
    """Server-sent events: the projector's view each time it changes."""
    app = request.app
    room = app[ROOM_KEY]
    client = request.remote or "?"
    streams = app[STREAMS_KEY]
    if streams.get(client, 0) >= SSE_PER_CLIENT:
        return _plain(429, t("vote.too_many", room.lang))
    streams[client] = streams.get(client, 0) + 1
    response = web.StreamResponse(headers={"Content-Type": "text/event-stream", **_HEADERS})
    try:
        await response.prepare(request)
        seen = -1
        while not app[CLOSING_KEY]:
            if room.version == seen:
                await room.wait_for_change(seen, KEEPALIVE)
            if app[CLOSING_KEY]:
                break
            if room.version == seen:
                await response.write(b": keep-alive\n\n")
                continue
            seen = room.version
            data = json.dumps(room.public_view().as_json(), ensure_ascii=False)
            await response.write(f"data: {data}\n\n".encode())
    except (ConnectionResetError, ConnectionError):
        pass
    finally:
        streams[client] -= 1
        if not streams[client]:
            del streams[client]
    return response


class WorkshopServer:
    """Runs :func:`build_app` on the current event loop until :meth:`stop`."""

    def __init__(self, room: WorkshopRoom, token: str, host: str, port: int) -> None:
        self.room = room
        self.token = token
        self.host = host
        self.port = port
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        """Start listening (raises OSError when the port cannot be had)."""
        runner = web.AppRunner(
            build_app(self.room, self.token), access_log=None, shutdown_timeout=0.5
        )
        await runner.setup()
        site = web.TCPSite(runner, self.host, self.port)
        try:
            await site.start()
        except OSError:
            await runner.cleanup()
            raise
        self._runner = runner
        if self.port == 0:
            for address in runner.addresses:
                self.port = int(address[1])
                break

    async def stop(self) -> None:
        runner, self._runner = self._runner, None
        if runner is not None:
            self.room.touch()
            with contextlib.suppress(Exception):
                await runner.cleanup()

    def url(self, path: str = "/", host: str | None = None) -> str:
        shown = host or self.host
        if ":" in shown:
            shown = f"[{shown}]"
        return f"http://{shown}:{self.port}{path}?token={self.token}"
