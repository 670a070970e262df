"""Run-screen key presses beside a minimal Textual app's key press, in one process (Pilot).

python -m bench.bench_run_screen [ROUNDS]

Each figure is the median per key over ``ROUNDS`` rounds, jamtui and the baseline alternating
round by round, wall time and CPU time (``time.process_time``: the app and the Pilot share
the process) side by side:

- the next item (F4) in an 80-item run whose rated items have four raters;
- one character typed in a note; one rating set on a four-rater item;
- arriving (F4) at an item rated by 50 participants;
- one fresh answer (Space on an unanswered yes/no item) in a 1,000-item checklist.

The baseline is a minimal app whose key changes what is on screen (a counter in a Static).
Also counts layouts and repaints per next-item key.
"""

from __future__ import annotations

import asyncio
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

KEYS = 40
"""Key presses timed per round."""

SCALE = (
    "[scales.g]\nlevels = ["
    + ", ".join(f'{{ value = {n}, label = "N{n}" }}' for n in range(1, 11))
    + "]\n"
)
HEAD = 'format = 1\nid = "{id}"\nversion = "1"\ntitle = "Bänk"\n'


def checklist_text(identifier: str, sections: int, per_section: int, kind: str) -> str:
    """A checklist of ``sections`` × ``per_section`` items.

    ``kind`` "rated": odd items are a 1–10 scale with raters, even items text; "yesno":
    every item yes/no.
    """
    parts = [HEAD.format(id=identifier), SCALE]
    for s in range(sections):
        parts.append(f'\n[[sections]]\nid = "s{s}"\ntitle = "Avsnitt {s}"\n')
        for q in range(per_section):
            if kind == "yesno":
                body = 'type = "yesno"\n'
            elif q % 2:
                body = 'type = "scale"\nscale = "g"\nraters = true\n'
            else:
                body = 'type = "text"\n'
            parts.append(
                f'[[sections.items]]\nid = "q{q}"\n{body}'
                f'text = "Fråga {s}.{q} om jämställdhet i verksamheten?"\n'
                'guidance = "Vägledning: samla allas bedömningar och kom överens."\n'
            )
    return "".join(parts)


CHECKLIST = checklist_text("bench-run", 8, 10, "rated")
PEOPLE = ["Åsa Lind;strateg", "Bo Ek;chef", "Carina Sennerby;HR", "Dan Öst;politiker"]
MANY = [f"Deltagare {n:02d};roll" for n in range(1, 51)]
"""50 raters on one item (issue 19)."""


def make_data(
    folder: Path,
    text: str = CHECKLIST,
    people: list[str] | None = None,
    checklist_id: str = "bench-run",
) -> None:
    """An organisation and a run of the checklist ``text``, made with the jamtui command."""
    lists = folder / "checklists"
    lists.mkdir()
    (lists / f"{checklist_id}.toml").write_text(text, "utf-8")
    base = [sys.executable, "-m", "jamtui", "--data-dir", str(folder), "--checklists", str(lists)]
    subprocess.run([*base, "orgs", "add", "Bänk kommun"], check=True, capture_output=True)
    chosen = PEOPLE if people is None else people
    flags = [word for person in chosen for word in ("--participant", person)]
    subprocess.run(
        [*base, "runs", "new", "bank-kommun", checklist_id, *flags],
        check=True,
        capture_output=True,
    )


class Counter:
    """Counts layouts and repaints while installed."""

    def __init__(self) -> None:
        self.layouts = 0
        self.repaints = 0

    def install(self, app: Any) -> None:
        from textual.screen import Screen

        original_layout = Screen._refresh_layout
        original_display = type(app)._display

        def layout(screen: Any, *args: Any, **kwargs: Any) -> Any:
            self.layouts += 1
            return original_layout(screen, *args, **kwargs)

        def display(app_: Any, *args: Any, **kwargs: Any) -> Any:
            self.repaints += 1
            return original_display(app_, *args, **kwargs)

        Screen._refresh_layout = layout  # type: ignore[method-assign]
        type(app)._display = display


Sample = tuple[float, float]
"""(wall ms, CPU ms) of one key."""


async def time_keys(
    pilot: Any, keys: list[str], before: list[str] | None = None, count: int = KEYS
) -> list[Sample]:
    """Wall and CPU milliseconds from each key to the app having drawn it (``before`` untimed)."""
    samples = []
    for index in range(count):
        if before:
            await pilot.press(before[index % len(before)])
            await pilot.pause()
        wall, cpu = time.perf_counter(), time.process_time()
        await pilot.press(keys[index % len(keys)])
        await pilot.pause()
        samples.append(((time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000))
    return samples


def median(samples: list[Sample]) -> Sample:
    return statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples)


async def open_run(folder: Path, body: Callable[[Any, Any], Awaitable[dict[str, Any]]]) -> Any:
    """Open the only run in ``folder`` in the app at 120x40 and run ``body(pilot, screen)``."""
    from jamtui.settings import resolve_settings
    from jamtui.ui.app import create_app

    settings = resolve_settings(
        data_dir=str(folder), checklist_dirs=[str(folder / "checklists")], environ={}
    )
    app = create_app(settings)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        for _ in range(200):
            await pilot.pause()
            if app.screen.query("#org-list") and app._catalog is not None:
                break
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("enter")
        for _ in range(200):
            await pilot.pause()
            if type(app.screen).__name__ == "RunScreen" and app.screen.focused is not None:
                break
        return await body(pilot, app.screen)


async def focus_first_rater(pilot: Any, screen: Any) -> list[str]:
    """Focus the first rater of the current item; the keys that set a rating there."""
    old = list(screen.query("RatingsEditor RadioSet"))  # the tree before the grid widget
    if old:
        screen.set_focus(old[0])
        await pilot.pause()
        return ["right", "space"]
    grid = screen.query_one("RatingRows")
    screen.set_focus(grid)
    await pilot.pause()
    return ["3", "4"]


async def four_raters(pilot: Any, screen: Any) -> dict[str, Any]:
    result: dict[str, Any] = {"next": await time_keys(pilot, ["f4"])}
    screen.goto("s0.q1")
    await pilot.pause()
    keys = await focus_first_rater(pilot, screen)
    if keys == ["right", "space"]:
        result["rating"] = await time_keys(pilot, ["space"], before=["right"])
    else:
        result["rating"] = await time_keys(pilot, keys)
    screen.set_focus(screen.query_one("#note"))
    await pilot.pause()
    result["note"] = await time_keys(pilot, ["a"])
    return result


async def count_layouts(pilot: Any, screen: Any) -> dict[str, Any]:
    counter = Counter()
    counter.install(screen.app)
    await pilot.press("f4")
    await pilot.pause()
    counter.layouts = counter.repaints = 0
    await pilot.press("f4")
    await pilot.pause()
    return {"layouts": counter.layouts, "repaints": counter.repaints}


async def many_raters(pilot: Any, screen: Any) -> dict[str, Any]:
    screen.goto("s0.q0")  # a text item; F4 arrives at the 50-rater item, F3 goes back
    await pilot.pause()
    return {"arrive50": await time_keys(pilot, ["f4"], before=["f3"], count=KEYS // 2)}


async def big_checklist(pilot: Any, screen: Any) -> dict[str, Any]:
    # Space answers "ja" on a fresh item; F4 (untimed) moves on to the next fresh one.
    return {"answer1000": await time_keys(pilot, ["space"], before=["f4"], count=KEYS // 2)}


async def baseline_round() -> list[Sample]:
    from textual.app import App, ComposeResult
    from textual.widgets import Static

    class Minimal(App[None]):
        BINDINGS = [("f4,a,space", "count", "Count")]
        count = 0

        def compose(self) -> ComposeResult:
            yield Static("0", id="count")

        def action_count(self) -> None:
            self.count += 1
            self.query_one("#count", Static).update(str(self.count))

    app = Minimal()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        return await time_keys(pilot, ["f4"])


LABELS = (
    ("next", "next item (F4), 80 items, 4 raters"),
    ("note", "one character typed in a note"),
    ("rating", "one rating set, 4 raters"),
    ("arrive50", "arriving at an item with 50 raters (F4)"),
    ("answer1000", "one fresh answer, 1,000-item checklist"),
)


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    with tempfile.TemporaryDirectory() as tmp:
        four, fifty, big = Path(tmp, "four"), Path(tmp, "fifty"), Path(tmp, "big")
        for folder in (four, fifty, big):
            folder.mkdir()
        make_data(four)
        make_data(fifty, checklist_text("bench-50", 2, 4, "rated"), MANY, "bench-50")
        make_data(big, checklist_text("bench-1000", 20, 50, "yesno"), [], "bench-1000")
        counts = asyncio.run(open_run(four, count_layouts))
        figures: dict[str, list[list[Sample]]] = {name: [] for name, _ in LABELS}
        figures["baseline"] = []
        for _ in range(rounds):
            figures["baseline"].append(asyncio.run(baseline_round()))
            for folder, body in ((four, four_raters), (fifty, many_raters), (big, big_checklist)):
                for name, samples in asyncio.run(open_run(folder, body)).items():
                    figures[name].append(samples)
    base_wall, base_cpu = median([s for r in figures["baseline"] for s in r])
    print(
        f"baseline key press (minimal app, visible change): "
        f"{base_wall:.1f} ms wall, {base_cpu:.1f} ms CPU"
    )
    for name, label in LABELS:
        rounds_medians = [median(r) for r in figures[name]]
        wall, cpu = median([s for r in figures[name] for s in r])
        spread = ", ".join(f"{w:.0f}" for w, _ in rounds_medians)
        p99 = statistics.quantiles([s[0] for r in figures[name] for s in r], n=100)[98]
        print(
            f"{label}: {wall:.1f} ms wall = {wall / base_wall:.2f}x, "
            f"{cpu:.1f} ms CPU = {cpu / base_cpu:.2f}x (round medians {spread}; p99 {p99:.0f})"
        )
    print(f"per next-item key: {counts['layouts']:.0f} layouts, {counts['repaints']:.0f} repaints")


if __name__ == "__main__":
    main()
