"""``jamtui workshop`` (a run, a projector page, phones) and ``jamtui serve`` (app in a browser)."""

from __future__ import annotations

import argparse
import socket
import sys
from typing import Any

from jamtui.cli.common import CommandError, add_command
from jamtui.i18n import t
from jamtui.settings import Settings

DEFAULT_WORKSHOP_PORT = 8765
DEFAULT_SERVE_PORT = 8000
LOOPBACK = "127.0.0.1"


def register(sub: Any) -> None:
    parser = add_command(sub, "workshop", cmd_workshop, t("cli.workshop.help"))
    parser.add_argument("org", metavar="ORG")
    parser.add_argument("run", nargs="?", default="latest", metavar="RUN")
    parser.add_argument(
        "--port", type=int, default=DEFAULT_WORKSHOP_PORT, help=t("cli.workshop.port")
    )
    parser.add_argument("--lan", action="store_true", help=t("cli.workshop.lan"))
    parser.add_argument("--token", metavar="T", help=t("cli.workshop.token"))
    parser.add_argument("--anonymous", action="store_true", help=t("cli.workshop.anonymous"))
    serve = add_command(sub, "serve", cmd_serve, t("cli.serve.help"))
    serve.add_argument("--port", type=int, default=DEFAULT_SERVE_PORT, help=t("cli.serve.port"))


def _port(value: int) -> int:
    if not 0 <= value <= 65535:
        raise CommandError(t("cli.workshop.bad_port", None, port=value))
    return value


def cmd_workshop(args: argparse.Namespace, settings: Settings) -> int:
    from jamtui.storage import StorageError, Store
    from jamtui.workshop.server import new_token, valid_token

    token = args.token if args.token is not None else new_token()
    if not valid_token(token):
        raise CommandError(t("workshop.bad_token", None))
    store = Store(settings.data_dir)
    try:
        slug = store.resolve_slug(args.org)
        run_id = store.resolve_run(slug, args.run)
        store.load_run(slug, run_id)
    except StorageError as error:
        raise CommandError(str(error)) from None
    host = "0.0.0.0" if args.lan else LOOPBACK
    from jamtui.cli.tui_command import run_workshop_tui
    from jamtui.workshop.options import WorkshopOptions

    options = WorkshopOptions(
        organisation=slug,
        run_id=run_id,
        host=host,
        port=_port(args.port),
        token=token,
        anonymous=args.anonymous,
        shown_host=lan_address() if args.lan else None,
    )
    return run_workshop_tui(settings, options)


def lan_address() -> str:
    """This machine's address on the local network, as phones would use it (no traffic sent)."""
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
    except OSError:
        return "0.0.0.0"
    for info in infos:
        address = str(info[4][0])
        if not address.startswith("127."):
            return address
    return "0.0.0.0"


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    from textual_serve.server import Server

    command = " ".join(
        _quote(part)
        for part in (
            sys.executable,
            "-m",
            "jamtui",
            "--data-dir",
            str(settings.data_dir),
            "--lang",
            settings.lang,
            *(word for folder in settings.checklist_dirs for word in ("--checklists", str(folder))),
        )
    )
    server = Server(command, host=LOOPBACK, port=_port(args.port), title="jamtui")
    print(t("cli.serve.started", None, url=f"http://{LOOPBACK}:{args.port}"), flush=True)
    server.serve()
    return 0


def _quote(word: str) -> str:
    import shlex

    return shlex.quote(word)
