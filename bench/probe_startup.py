"""Start an app in a real pseudo-terminal and time it until its screen has settled.

python bench/probe_startup.py jamtui DATA_DIR [READY_TEXT]   # the installed jamtui command
python bench/probe_startup.py baseline                       # a one-widget Textual app

"Settled" is what a user sees as started: ``ready`` text is on the screen (seen through pyte,
as in tests/terminal.py) and the app has written nothing more for ``quiet`` seconds (100 ms).
The time is from just before exec to the last byte written before that quiet spell (the quiet
wait itself is not counted). CPU is the child's own user+system time when it settled (from
/proc, else its rusage at exit); peak memory its ``ru_maxrss``. The app is then quit with
Ctrl+Q, as a user does, so whatever it writes on the way out (caches) is written.
"""

from __future__ import annotations

import codecs
import fcntl
import os
import resource
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyte

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.terminal import key_bytes

JAMTUI = Path(sys.executable).with_name("jamtui")
"""The venv's console script: the command a user runs."""

QUIET = 0.1
"""Seconds without output after which the screen counts as settled."""
SIZE = (120, 40)

BASELINE = """
from textual.app import App, ComposeResult
from textual.widgets import Static

class Minimal(App[None]):
    BINDINGS = [("f4", "count", "Count")]
    count = 0

    def compose(self) -> ComposeResult:
        yield Static("Hej", id="count")

    def action_count(self) -> None:
        self.count += 1
        self.query_one("#count", Static).update(f"count {self.count}")

Minimal().run()
"""
"""The baseline: one Static; F4 changes what it shows (a key bound to a visible change)."""


@dataclass
class Settle:
    """Decides when a screen has settled, from when output arrived; times are seconds."""

    quiet: float = QUIET
    ready_at: float | None = None
    last_output: float | None = None

    def output(self, at: float, ready: bool) -> None:
        """Output arrived at ``at``; ``ready`` says whether the awaited text is now shown."""
        self.last_output = at
        if ready and self.ready_at is None:
            self.ready_at = at

    def settled_at(self, now: float) -> float | None:
        """When the screen settled (its last output), once ready and quiet since; else None."""
        if self.ready_at is None or self.last_output is None:
            return None
        return self.last_output if now - self.last_output >= self.quiet else None

    def wait(self, now: float) -> float:
        """Seconds to wait for more output before the quiet spell could be complete."""
        if self.last_output is None:
            return self.quiet
        return max(0.0, self.quiet - (now - self.last_output))


@dataclass
class Sample:
    """One start: wall and CPU time to settled (ms), peak memory (MiB)."""

    wall_ms: float
    cpu_ms: float
    peak_mib: float
    extra: dict[str, float] = field(default_factory=dict)


def child_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment tests/terminal.py gives an app: an xterm, UTF-8, no Textual/jamtui vars.

    ``PYTHONDONTWRITEBYTECODE`` is dropped: an installed jamtui has its bytecode (pip compiles
    it), so the warm-up start writes it, as bench/bench_commands.py does. With it set (as in
    this project's shells) every measured start compiled jamtui's ~60 modules from source:
    ~70 ms of CPU no user pays twice, which the baseline, a ``-c`` script on Textual's own
    compiled modules, never paid (issue-19w, docs/performance.md)."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("TEXTUAL", "JAMTUI_")) and k != "PYTHONDONTWRITEBYTECODE"
    }
    env.update({"TERM": "xterm-256color", "COLORTERM": "truecolor", "LANG": "C.UTF-8"})
    for name in ("COLUMNS", "LINES", "NO_COLOR"):
        env.pop(name, None)
    env.update(extra or {})
    return env


def high_water_mib(pid: int) -> float | None:
    """Peak resident memory of a running process (Linux ``VmHWM``), or None."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def cpu_seconds(pid: int) -> float | None:
    """User+system CPU of a running process (Linux /proc), or None."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    ticks = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / ticks


class PtyApp:
    """One process in a pseudo-terminal, its output fed to pyte by this thread."""

    def __init__(
        self,
        argv: Sequence[str],
        env: Mapping[str, str] | None = None,
        size: tuple[int, int] = SIZE,
    ) -> None:
        columns, rows = size
        self.screen = pyte.Screen(columns, rows)
        self._stream = pyte.Stream(self.screen)
        self._decoder = codecs.getincrementaldecoder("utf-8")("replace")
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        self.started = time.monotonic()
        try:
            self.process = subprocess.Popen(
                list(argv),
                stdin=slave,
                stdout=slave,
                stderr=slave,
                env=child_env(env),
                start_new_session=True,
                close_fds=True,
            )
        finally:
            os.close(slave)
        self.master = master
        self.ended = False
        self.peak_mib: float | None = None
        """``VmHWM`` as last read before the process ended (None: not readable here)."""

    def text(self) -> str:
        return "\n".join(self.screen.display)

    def read(self, timeout: float) -> float | None:
        """Feed what arrives within ``timeout`` seconds to the screen; when it arrived."""
        if self.ended:
            time.sleep(timeout)
            return None
        ready, _, _ = select.select([self.master], [], [], timeout)
        if not ready:
            return None
        at = time.monotonic()
        try:
            chunk = os.read(self.master, 65536)
        except OSError:
            chunk = b""
        if not chunk:
            self.ended = True
            return None
        self._stream.feed(self._decoder.decode(chunk))
        return at

    def settle(self, ready: str, timeout: float, quiet: float = QUIET) -> float:
        """Wait until ``ready`` is shown and output has stopped; the last output's time."""
        watch = Settle(quiet)
        deadline = time.monotonic() + timeout
        while True:
            now = time.monotonic()
            done = watch.settled_at(now)
            if done is not None:
                return done
            if now > deadline or (self.ended and watch.ready_at is None):
                raise TimeoutError(
                    f"{ready!r} not shown and settled within {timeout} s:\n{self.text()}"
                )
            at = self.read(watch.wait(now) or quiet)
            if at is not None:
                watch.output(at, ready in self.text())

    def linger(self, seconds: float) -> float | None:
        """Read for ``seconds`` more; when the last output in that time came (None: none)."""
        last = None
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            at = self.read(left)
            if at is not None:
                last = at
        return last

    def press(self, key: str) -> float:
        sent = time.monotonic()
        os.write(self.master, key_bytes(key))
        return sent

    def finish(self, timeout: float = 30) -> resource.struct_rusage:
        """Quit with Ctrl+Q (killed after ``timeout`` s); the child's rusage."""
        self.press("ctrl+q")
        deadline = time.monotonic() + timeout
        pid = self.process.pid
        while time.monotonic() < deadline:
            self.peak_mib = high_water_mib(pid) or self.peak_mib  # (a zombie has none)
            done, status, usage = os.wait4(pid, os.WNOHANG)  # poll() would reap it first
            if done:
                break
            self.read(0.01)
        else:
            os.killpg(pid, signal.SIGKILL)
            _, status, usage = os.wait4(pid, 0)
        self.process.returncode = os.waitstatus_to_exitcode(status)
        return usage

    def close(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
        if self.master >= 0:
            os.close(self.master)
            self.master = -1


def _peak_mib(usage: resource.struct_rusage) -> float:
    scale = 1 if sys.platform == "darwin" else 1024
    return float(usage.ru_maxrss * scale / (1024 * 1024))


def start(
    argv: Sequence[str],
    ready: str,
    env: Mapping[str, str] | None = None,
    timeout: float = 120,
    then: Sequence[tuple[str, str]] = (),
    linger: float = 0.0,
) -> Sample:
    """Start ``argv`` in a terminal; time it until ``ready`` is shown and the screen settled.

    ``linger`` seconds more are watched for late output (a repaint after the quiet spell):
    ``extra["last_ms"]`` is when the last of it came (the settled time when none did).
    ``then`` lists (key, text) steps after start-up: each key is pressed and timed until its
    text is shown and the screen settled again (``extra["key:<key>"]``, ms).
    """
    app = PtyApp(argv, env)
    try:
        settled = app.settle(ready, timeout)
        cpu = cpu_seconds(app.process.pid)
        extra: dict[str, float] = {}
        if linger:
            late = app.linger(linger)
            extra["last_ms"] = ((late or settled) - app.started) * 1000
        for key, text in then:
            sent = app.press(key)
            extra[f"key:{key}"] = (app.settle(text, timeout) - sent) * 1000
        usage = app.finish()
    finally:
        app.close()
    if cpu is None:
        cpu = usage.ru_utime + usage.ru_stime
    peak = app.peak_mib if app.peak_mib is not None else _peak_mib(usage)
    return Sample((settled - app.started) * 1000, cpu * 1000, peak, extra)


def baseline_argv() -> list[str]:
    return [sys.executable, "-c", BASELINE]


def jamtui_argv(data_dir: Path | str) -> list[str]:
    return [os.fspath(JAMTUI), "--data-dir", os.fspath(data_dir)]


def main() -> int:
    if sys.argv[1:2] == ["jamtui"]:
        ready = sys.argv[3] if len(sys.argv) > 3 else "Organisationer"
        sample = start(jamtui_argv(sys.argv[2]), ready)
    else:
        sample = start(baseline_argv(), "Hej")
    print(f"settled {sample.wall_ms:.0f} ms, CPU {sample.cpu_ms:.0f} ms, {sample.peak_mib:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
