"""Workshop votes under load: 30 participants vote at once; on disk, then seen by the projector.

    python bench/bench_workshop.py [--rounds 20] [--participants 30]

The server runs in its own thread and event loop (as it would beside the facilitator's app);
the phones and the projector's event stream are aiohttp clients on 127.0.0.1 only. A vote's
latency is from sending it to (a) its answer, which comes after the rating is fsynced to the
run file, and (b) the projector's event stream delivering a view that includes it. The
baseline is the same requests answered by a bare aiohttp handler in the same run.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.harness import Figure, percentile

TOKEN = "bench-token-abcdefghijklmnopqrstuvwxyz"
ITEM = "utgangspunkter.bedomning"


def _serve(app: object, ready: threading.Event, holder: dict[str, object]) -> None:
    from aiohttp import web

    loop = asyncio.new_event_loop()
    holder["loop"] = loop

    async def start() -> None:
        runner = web.AppRunner(app, access_log=None)  # type: ignore[arg-type]
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        holder["port"] = runner.addresses[0][1]
        holder["runner"] = runner
        ready.set()

    loop.run_until_complete(start())
    loop.run_forever()


def _start(app: object) -> tuple[int, dict[str, object]]:
    ready = threading.Event()
    holder: dict[str, object] = {}
    threading.Thread(target=_serve, args=(app, ready, holder), daemon=True).start()
    ready.wait(30)
    return int(holder["port"]), holder  # type: ignore[call-overload]


def _stop(holder: dict[str, object]) -> None:
    loop: asyncio.AbstractEventLoop = holder["loop"]  # type: ignore[assignment]
    runner = holder["runner"]
    asyncio.run_coroutine_threadsafe(runner.cleanup(), loop).result(10)  # type: ignore[attr-defined]
    loop.call_soon_threadsafe(loop.stop)


async def _votes(
    port: int, keys: list[str], rounds: int, watch: bool
) -> tuple[list[float], list[float]]:
    import aiohttp

    answered: list[float] = []
    seen: list[float] = []
    events: list[tuple[float, int]] = []
    async with aiohttp.ClientSession() as http:
        stream_task = None
        if watch:
            response = await http.get(f"http://127.0.0.1:{port}/events?token={TOKEN}", timeout=None)

            async def read() -> None:
                async for raw in response.content:
                    text = raw.decode()
                    if text.startswith("data: "):
                        events.append((time.perf_counter(), int(json.loads(text[6:])["version"])))

            stream_task = asyncio.create_task(read())
            while not events:
                await asyncio.sleep(0.001)

        async def one(key: str, value: int) -> tuple[float, float, int]:
            sent = time.perf_counter()
            async with http.post(
                f"http://127.0.0.1:{port}/vote",
                data={"token": TOKEN, "participant": key, "item": ITEM, "value": str(value)},
                headers={"Accept": "application/json"},
            ) as reply:
                body = await reply.json()
                assert reply.status == 200, body
            return sent, time.perf_counter(), int(body.get("version", 0))

        for round_number in range(rounds):
            value = round_number % 10 + 1
            results = await asyncio.gather(*(one(key, value) for key in keys))
            for sent, done, version in results:
                answered.append((done - sent) * 1000)
                if watch:
                    while not any(v >= version for _, v in events):
                        await asyncio.sleep(0.0005)
                    arrival = next(at for at, v in events if v >= version)
                    seen.append(
                        (max(arrival, done) - sent) * 1000
                        if arrival < sent
                        else (arrival - sent) * 1000
                    )
        if stream_task is not None:
            stream_task.cancel()
    return answered, seen


def workshop_votes(rounds: int = 20, participants: int = 30) -> list[Figure]:
    import jamtui_bundled
    from aiohttp import web

    from jamtui.catalog import load_catalog
    from jamtui.core.run import Participant
    from jamtui.plugin.manager import create_host
    from jamtui.settings import resolve_settings
    from jamtui.storage import Store
    from jamtui.workshop.room import WorkshopRoom
    from jamtui.workshop.server import RateLimiter, build_app

    with tempfile.TemporaryDirectory() as folder:
        settings = resolve_settings(data_dir=folder, environ={})
        catalog = load_catalog(
            settings, host=create_host(entry_points=[], extra_plugins=[("bundled", jamtui_bundled)])
        )
        checklist = catalog.get("larande-uppfoljning")
        assert checklist is not None
        store = Store(Path(folder))
        store.create_organisation("Bench kommun")
        names = [f"Deltagare {n}" for n in range(1, participants + 1)]
        run = store.create_run(
            "bench-kommun", checklist, participants=[Participant(n) for n in names]
        )
        session = store.open_run("bench-kommun", run.id, checklist)
        room = WorkshopRoom(checklist)
        room.attach(session)
        room.show(ITEM)
        keys = [person.key for person in room.people()]

        # The 30 simulated phones share one address here; in a room each phone has its own, so
        # the per-address limit is lifted for the measurement.
        port, holder = _start(build_app(room, TOKEN, RateLimiter(rate=10_000, burst=10_000)))
        answered, seen = asyncio.run(_votes(port, keys, rounds, watch=True))
        _stop(holder)
        session.close()
        from jamtui.storage.atomic import write_text_atomic

        text = session.path.read_text(encoding="utf-8")
        durable = []
        for _ in range(rounds * 3):
            started = time.perf_counter()
            write_text_atomic(session.path, text)
            durable.append((time.perf_counter() - started) * 1000)
        on_disk = store.load_run("bench-kommun", run.id).answers[ITEM].ratings
        assert len(on_disk) == participants

    async def bare_vote(request: web.Request) -> web.Response:
        await request.post()
        return web.json_response({"ok": True, "version": 0})

    bare = web.Application()
    bare.router.add_post("/vote", bare_vote)
    port, holder = _start(bare)
    baseline, _ = asyncio.run(_votes(port, keys, rounds, watch=False))
    _stop(holder)

    def figure(name: str, samples: list[float]) -> Figure:
        return Figure(
            name=name,
            unit="ms",
            samples=samples,
            baseline_name="bare aiohttp handler, same requests",
            baseline=baseline,
            budget_abs=200.0,
            budget_stat="p99",
            extra={
                "p99": percentile(samples, 99),
                "p50": percentile(samples, 50),
                "durable_write_p99": percentile(durable, 99),
                "durable_write_p50": percentile(durable, 50),
            },
        )

    return [
        figure(f"workshop vote on disk, {participants} at once", answered),
        figure(f"workshop vote seen by the projector, {participants} at once", seen),
    ]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--participants", type=int, default=30)
    args = parser.parse_args()
    failed = False
    for fig in workshop_votes(args.rounds, args.participants):
        base_p99 = percentile(fig.baseline, 99)
        print(
            f"{fig.name}: p50 {fig.extra['p50']:.1f} ms, p99 {fig.extra['p99']:.1f} ms "
            f"(baseline p50 {percentile(fig.baseline, 50):.1f}, p99 {base_p99:.1f} ms; "
            f"p99 ratio {fig.extra['p99'] / base_p99:.2f}×) budget {fig.budget_text()}: "
            f"{'ok' if fig.ok else 'MISSED'}; one bare durable write of the run file: "
            f"p50 {fig.extra['durable_write_p50']:.1f} ms, "
            f"p99 {fig.extra['durable_write_p99']:.1f} ms"
        )
        failed |= not fig.ok
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
