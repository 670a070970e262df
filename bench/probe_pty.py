"""End to end in a real pseudo-terminal: key sent → screen settled, jamtui beside a minimal app.

python -m bench.probe_pty [KEYS]

Uses the test harness (tests/terminal.py). For each key the time is from the moment the key
is written to the moment the screen's text last changed before 150 ms of quiet, minus the
quiet wait itself; the baseline is a minimal Textual app whose F4 changes a counter.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
from pathlib import Path

from bench.bench_run_screen import make_data

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


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests.terminal import Terminal

    keys = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        make_data(folder)
        args = ["--data-dir", str(folder), "--checklists", str(folder / "checklists")]
        jam: list[float] = []
        base: list[float] = []
        with Terminal(*args, size=(120, 40)) as term:
            term.wait_for("Bänk kommun")
            term.press("enter")
            term.wait_for("Enheter")
            term.press("enter")
            term.wait_for("Fråga 1 av 80")
            term.wait_settled()
            for number in range(2, keys + 2):
                sent = term.press("f4")
                term.wait_for(f"Fråga {number} av 80")
                jam.append((term.wait_settled() - sent) * 1000)
            term.quit()
        with Terminal("-c", BASELINE, command=sys.executable, size=(120, 40)) as term:
            term.wait_for("count 0")
            term.wait_settled()
            for number in range(1, keys + 1):
                sent = term.press("f4")
                term.wait_for(f"count {number}")
                base.append((term.wait_settled() - sent) * 1000)
            term.quit()
    j, b = statistics.median(jam), statistics.median(base)
    print(f"pty, next item (F4), 80 items, 4 raters: {j:.1f} ms; minimal app F4: {b:.1f} ms")
    print(f"ratio {j / b:.2f}x")


if __name__ == "__main__":
    main()
