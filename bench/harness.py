"""Measure a figure several rounds, beside its baseline, and judge it against a budget."""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@dataclass
class Figure:
    """One measured quantity: samples, and optionally its baseline's samples."""

    name: str
    unit: str
    samples: list[float]
    baseline_name: str = ""
    baseline: list[float] = field(default_factory=list)
    budget_ratio: float | None = None
    """The figure's median must be at most this multiple of the baseline's median."""
    budget_abs: float | None = None
    """The figure's median (or ``budget_stat``) must be at most this, in ``unit``."""
    budget_stat: str = "median"
    extra: dict[str, float] = field(default_factory=dict)

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def ratio(self) -> float | None:
        if not self.baseline:
            return None
        base = statistics.median(self.baseline)
        return self.median / base if base else None

    def stat(self, name: str) -> float:
        if name == "median":
            return self.median
        if name in self.extra:
            return self.extra[name]
        raise KeyError(name)

    @property
    def ok(self) -> bool:
        if self.budget_ratio is not None and (self.ratio is None or self.ratio > self.budget_ratio):
            return False
        return not (self.budget_abs is not None and self.stat(self.budget_stat) > self.budget_abs)

    def budget_text(self) -> str:
        parts = []
        if self.budget_ratio is not None:
            parts.append(f"≤ {self.budget_ratio:g}× baseline")
        if self.budget_abs is not None:
            parts.append(f"{self.budget_stat} ≤ {self.budget_abs:g} {self.unit}")
        return ", ".join(parts) or "—"


def spread(samples: Sequence[float]) -> str:
    return f"{min(samples):.4g}–{max(samples):.4g}"


def percentile(samples: Sequence[float], p: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index]


def time_call(func: Callable[[], object], rounds: int) -> list[float]:
    """Wall time of ``func`` in milliseconds, ``rounds`` times."""
    samples = []
    for _ in range(rounds):
        started = time.perf_counter()
        func()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def time_process(
    argv: Sequence[str], rounds: int, env: dict[str, str] | None = None
) -> tuple[list[float], list[float]]:
    """Wall time (ms) and peak RSS (MiB) of a child process, ``rounds`` times."""
    times: list[float] = []
    peaks: list[float] = []
    environ = {**os.environ, **(env or {})}
    for _ in range(rounds):
        started = time.perf_counter()
        pid = subprocess.Popen(
            list(argv),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            stdin=subprocess.DEVNULL,
            env=environ,
            cwd=ROOT,
        ).pid
        _, status, usage = os.wait4(pid, 0)
        times.append((time.perf_counter() - started) * 1000)
        if os.waitstatus_to_exitcode(status) != 0:
            raise RuntimeError(f"{' '.join(argv)} exited with {os.waitstatus_to_exitcode(status)}")
        scale = 1 if sys.platform == "darwin" else 1024
        peaks.append(usage.ru_maxrss * scale / (1024 * 1024))
    return times, peaks


def self_peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def time_processes_interleaved(
    baseline: Sequence[str], subject: Sequence[str], rounds: int, env: dict[str, str] | None = None
) -> tuple[tuple[list[float], list[float]], tuple[list[float], list[float]]]:
    """Like ``time_process`` for two commands, alternating them round by round.

    A busy or drifting machine then slows both sides alike, so their ratio stays fair.
    One warm-up run of each fills the disk cache first.
    """
    time_process(baseline, 1, env)
    time_process(subject, 1, env)
    base: tuple[list[float], list[float]] = ([], [])
    subj: tuple[list[float], list[float]] = ([], [])
    for _ in range(rounds):
        for argv, into in ((baseline, base), (subject, subj)):
            times, peaks = time_process(argv, 1, env)
            into[0].extend(times)
            into[1].extend(peaks)
    return base, subj


@dataclass
class Run:
    """One whole-process run: wall and CPU time (ms), peak memory (MiB), exit code."""

    wall_ms: float
    cpu_ms: float
    peak_mib: float
    code: int


def run_process(
    argv: Sequence[str], env: dict[str, str] | None = None, timeout: float | None = None
) -> Run:
    """Run ``argv`` once (output discarded); its wall time and its own rusage.

    After ``timeout`` seconds it is killed (its exit code is then ``-SIGKILL``).
    """
    import signal
    import threading

    started = time.perf_counter()
    pid = subprocess.Popen(
        list(argv),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        env={**os.environ, **(env or {})},
        cwd=ROOT,
        start_new_session=True,
    ).pid
    timer = None
    if timeout is not None:
        timer = threading.Timer(timeout, os.killpg, (pid, signal.SIGKILL))
        timer.start()
    _, status, usage = os.wait4(pid, 0)
    if timer is not None:
        timer.cancel()
    wall = (time.perf_counter() - started) * 1000
    scale = 1 if sys.platform == "darwin" else 1024
    return Run(
        wall,
        (usage.ru_utime + usage.ru_stime) * 1000,
        usage.ru_maxrss * scale / (1024 * 1024),
        os.waitstatus_to_exitcode(status),
    )


def alternate(
    commands: dict[str, Sequence[str]], rounds: int, env: dict[str, str] | None = None
) -> dict[str, list[Run]]:
    """Each command ``rounds`` times, one of each per round in turn, after one warm-up each.

    A command that exits non-zero raises ``RuntimeError`` (its figure would mean nothing).
    """
    runs: dict[str, list[Run]] = {name: [] for name in commands}
    for round_ in range(rounds + 1):
        for name, argv in commands.items():
            run = run_process(argv, env)
            if run.code != 0:
                raise RuntimeError(f"{' '.join(argv)} exited with {run.code}")
            if round_:
                runs[name].append(run)
    return runs
