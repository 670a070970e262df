"""The real ``jamtui workshop`` command in a terminal: phones vote over HTTP, F6 reveals, Ctrl+Q ends it all."""

from __future__ import annotations

import json
import socket
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from jamtui.storage import Store
from tests.terminal import Terminal
from tests.workshop.conftest import PEOPLE, RATED_ITEM, TOKEN


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as reply:
            return reply.status, reply.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def vote(port: int, name: str, value: int) -> int:
    body = urllib.parse.urlencode(
        {"token": TOKEN, "participant": name, "item": RATED_ITEM, "value": str(value)}
    ).encode()
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/vote", data=body, headers={"Accept": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=10) as reply:
        return reply.status


def state(port: int) -> dict[str, object]:
    status, text = get(f"http://127.0.0.1:{port}/state?token={TOKEN}")
    assert status == 200, text
    return dict(json.loads(text))


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_votes_reach_the_facilitator_and_f6_reveals_them(
    settings: object, store: Store, run_id: str, size: tuple[int, int]
) -> None:
    data = Path(store.root)
    port = free_port()
    args = (
        "--data-dir",
        str(data),
        "workshop",
        "ljungby-kommun",
        run_id,
        "--port",
        str(port),
        "--token",
        TOKEN,
    )
    with Terminal(*args, size=size) as term:
        term.wait_for("Workshop")
        term.wait_until(
            lambda: state(port)["item_id"] != "", "the projector to show the first item"
        )
        term.press("f4", "f4")
        term.wait_until(
            lambda: state(port)["item_id"] == RATED_ITEM, "the rated item on the projector"
        )
        for value, name in enumerate(PEOPLE, start=4):
            assert vote(port, name, value) == 200
        term.wait_for("4 av 4 har bedömt")
        assert state(port)["bars"] == []
        assert get(f"http://127.0.0.1:{port}/state?token=wrong")[0] == 403
        term.press("f6")
        term.wait_until(lambda: state(port)["revealed"] is True, "the reveal on the projector")
        assert state(port)["median"] == "5,5"
        done = term.quit()
    assert done.code == 0, done.output
    assert not done.traceback
    run = store.load_run("ljungby-kommun", run_id)
    by_name = {p.name: p.id for p in run.participants}
    assert run.answers[RATED_ITEM].ratings == {by_name[n]: v for v, n in enumerate(PEOPLE, start=4)}
    assert run.answers[RATED_ITEM].revealed
    # The server stopped with the workshop.
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0


def test_a_token_too_short_is_refused_in_one_line(store: Store, run_id: str) -> None:
    import subprocess
    import sys

    jamtui = Path(sys.executable).with_name("jamtui")
    done = subprocess.run(
        [
            str(jamtui),
            "--data-dir",
            str(store.root),
            "workshop",
            "ljungby-kommun",
            run_id,
            "--token",
            "abc",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "--token" in done.stderr
