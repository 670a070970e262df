"""Run-screen key presses beside a minimal Textual app's key press, in one process (Pilot).

python -m bench.bench_run_screen [ROUNDS]

Three figures, each the median per key of ``ROUNDS`` rounds, jamtui and the baseline
alternating round by round: the next item (F4) in an 80-item run whose rated items have four
raters, one character typed in a note, and one rating set on a four-rater item. The baseline
is a minimal app whose key changes what is on screen (a counter in a Static). Also counts
layouts and repaints per next-item key.
"""

from __future__ import annotations

import asyncio
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

KEYS = 40
"""Key presses timed per round."""

CHECKLIST = (
    """format = 1
id = "bench-run"
version = "1"
title = "Bänk"
[scales.g]
levels = ["""
    + ", ".join(f'{{ value = {n}, label = "N{n}" }}' for n in range(1, 11))
    + """]
"""
    + "".join(
        f'\n[[sections]]\nid = "s{s}"\ntitle = "Avsnitt {s}"\n'
        + "".join(
            f'[[sections.items]]\nid = "q{q}"\ntype = "{"scale" if q % 2 else "text"}"\n'
            + ('scale = "g"\nraters = true\n' if q % 2 else "")
            + f'text = "Fråga {s}.{q} om jämställdhet i verksamheten?"\n'
            + 'guidance = "Vägledning: samla allas bedömningar och kom överens."\n'
            for q in range(10)
        )
        for s in range(8)
    )
)
PEOPLE = ["Åsa Lind;strateg", "Bo Ek;chef", "Carina Sennerby;HR", "Dan Öst;politiker"]


def make_data(folder: Path) -> None:
    """An organisation and a run of the 80-item checklist, made with the jamtui command."""
    lists = folder / "checklists"
    lists.mkdir()
    (lists / "bench-run.toml").write_text(CHECKLIST, "utf-8")
    base = [sys.executable, "-m", "jamtui", "--data-dir", str(folder), "--checklists", str(lists)]
    subprocess.run([*base, "orgs", "add", "Bänk kommun"], check=True, capture_output=True)
    people = [word for person in PEOPLE for word in ("--participant", person)]
    subprocess.run(
        [*base, "runs", "new", "bank-kommun", "bench-run", *people],
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


async def time_keys(pilot: Any, keys: list[str], before: list[str] | None = None) -> float:
    """Median milliseconds from a key to the app having drawn it (``before`` untimed)."""
    samples = []
    for index, key in enumerate(keys):
        if before:
            await pilot.press(before[index % len(before)])
            await pilot.pause()
        started = time.perf_counter()
        await pilot.press(key)
        await pilot.pause()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


async def jamtui_round(folder: Path, counter: Counter | None = None) -> dict[str, float]:
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
        screen: Any = app.screen
        result: dict[str, float] = {}
        if counter is not None:
            counter.install(app)
            await pilot.press("f4")
            await pilot.pause()
            counter.layouts = counter.repaints = 0
            await pilot.press("f4")
            await pilot.pause()
            return {"layouts": counter.layouts, "repaints": counter.repaints}
        result["next"] = await time_keys(pilot, ["f4"] * KEYS)
        # A rated item (odd items have four raters): focus the first rater's buttons.
        screen.goto("s0.q1")
        await pilot.pause()
        raters = list(screen.query("RatingsEditor RadioSet"))
        assert len(raters) == 4, "four raters"
        screen.set_focus(raters[0])
        await pilot.pause()
        result["rating"] = await time_keys(pilot, ["space"] * KEYS, before=["right"])
        screen.set_focus(screen.query_one("#note"))
        await pilot.pause()
        result["note"] = await time_keys(pilot, ["a"] * KEYS)
    return result


async def baseline_round() -> float:
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
        return await time_keys(pilot, ["f4"] * KEYS)


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        make_data(folder)
        counts = asyncio.run(jamtui_round(folder, Counter()))
        figures: dict[str, list[float]] = {"next": [], "note": [], "rating": [], "baseline": []}
        for _ in range(rounds):
            figures["baseline"].append(asyncio.run(baseline_round()))
            for name, value in asyncio.run(jamtui_round(folder)).items():
                figures[name].append(value)
    base = statistics.median(figures["baseline"])
    print(f"baseline key press (minimal app, visible change): {base:.1f} ms")
    for name, label in (
        ("next", "next item (F4), 80 items, 4 raters"),
        ("note", "one character typed in a note"),
        ("rating", "one rating set, 4 raters"),
    ):
        value = statistics.median(figures[name])
        print(f"{label}: {value:.1f} ms = {value / base:.2f}x")
    print(f"per next-item key: {counts['layouts']:.0f} layouts, {counts['repaints']:.0f} repaints")


if __name__ == "__main__":
    main()
