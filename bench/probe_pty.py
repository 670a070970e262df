"""End to end in a real pseudo-terminal: key sent → screen settled, jamtui beside a minimal app.

python -m bench.probe_pty [KEYS]

Uses the test harness (tests/terminal.py). For each key the time is from the moment the key
is written to the moment the screen's text last changed before 150 ms of quiet (the quiet
wait itself is not counted), and the CPU time the app's process spent meanwhile (all its
threads, from /proc/PID/task/*/schedstat, so Linux only). The baseline is a minimal Textual
app whose F4 changes a counter on screen. Figures: the next item (F4) in the 80-item run
with four raters, and arriving (F4) at an item with 50 raters.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench.bench_run_screen import MANY, checklist_text, make_data

BASELINE = """
from textual.app import App
from textual.widgets import Static

class Minimal(App):
    BINDINGS = [("f4", "count", "Count")]
    count = 0

    def compose(self):
        yield Static("count 0", id="count")

    def action_count(self):
        self.count += 1
        self.query_one("#count", Static).update(f"count {self.count}")

Minimal().run()
"""


def cpu_ms(pid: int) -> float:
    """CPU time all threads of process ``pid`` have run so far, in milliseconds (schedstat)."""
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            total += int((task / "schedstat").read_text().split()[0])
        except (OSError, ValueError, IndexError):  # a thread that just ended
            continue
    return total / 1e6


def timed(term: Any, key: str, shows: str) -> tuple[float, float]:
    """(wall ms key → settled, CPU ms of the app meanwhile) for one key."""
    before = cpu_ms(term.process.pid)
    sent = term.press(key)
    term.wait_for(shows)
    settled = term.wait_settled()
    return (settled - sent) * 1000, cpu_ms(term.process.pid) - before


def open_first_run(term: Any, first: str) -> None:
    term.wait_for("Bänk kommun")
    term.press("enter")
    term.wait_for("Enheter")
    term.press("enter")
    term.wait_for(first)
    term.wait_settled()


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests.terminal import Terminal

    keys = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    jam: list[tuple[float, float]] = []
    fifty: list[tuple[float, float]] = []
    base: list[tuple[float, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        four, many = Path(tmp, "four"), Path(tmp, "fifty")
        four.mkdir()
        many.mkdir()
        make_data(four)
        make_data(many, checklist_text("bench-50", 2, 4, "rated"), MANY, "bench-50")
        args = ["--data-dir", str(four), "--checklists", str(four / "checklists")]
        with Terminal(*args, size=(120, 40)) as term:
            open_first_run(term, "Fråga 1 av 80")
            for number in range(2, keys + 2):
                jam.append(timed(term, "f4", f"Fråga {number} av 80"))
            term.quit()
        args = ["--data-dir", str(many), "--checklists", str(many / "checklists")]
        with Terminal(*args, size=(120, 40)) as term:
            open_first_run(term, "Fråga 1 av 8")
            for _ in range(keys // 2 + 1):  # F4 onto the 50-rater item, F3 back (untimed)
                fifty.append(timed(term, "f4", "Fråga 2 av 8"))
                timed(term, "f3", "Fråga 1 av 8")
            term.quit()
        with Terminal("-c", BASELINE, command=sys.executable, size=(120, 40)) as term:
            term.wait_for("count 0")
            term.wait_settled()
            for number in range(1, keys + 1):
                base.append(timed(term, "f4", f"count {number}"))
            term.quit()
    b_wall = statistics.median(s[0] for s in base)
    b_cpu = statistics.median(s[1] for s in base)
    print(f"pty, minimal app F4: {b_wall:.1f} ms wall, {b_cpu:.1f} ms CPU")
    for label, samples in (
        ("next item (F4), 80 items, 4 raters", jam),
        ("arriving at an item with 50 raters (F4)", fifty),
    ):
        wall = statistics.median(s[0] for s in samples)
        cpu = statistics.median(s[1] for s in samples)
        ratio = f"{cpu / b_cpu:.2f}x" if b_cpu else "n/a"
        print(
            f"pty, {label}: {wall:.1f} ms wall = {wall / b_wall:.2f}x, "
            f"{cpu:.1f} ms CPU = {ratio} (min {min(s[0] for s in samples):.0f}, "
            f"max {max(s[0] for s in samples):.0f})"
        )


if __name__ == "__main__":
    main()
