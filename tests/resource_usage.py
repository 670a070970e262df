"""A pytest plugin that records each test's CPU time, with its children's, to a JSON-lines file.

Enable it with ``-p tests.resource_usage`` and name the folder in ``JAMTUI_TEST_RUSAGE``; every
worker writes its own file there. CPU time (user + system, the worker's and its waited-for
children's) is robust to a loaded machine where wall time is not; ``python -m tests.resource_usage FOLDER`` sums it by file.
"""

from __future__ import annotations

import json
import os
import resource
import time
from collections.abc import Generator
from pathlib import Path

import pytest

FOLDER_VARIABLE = "JAMTUI_TEST_RUSAGE"
_out: Path | None = None


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _sample() -> tuple[float, float, float]:
    return time.perf_counter(), _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)


def _write(record: dict[str, object]) -> None:
    if _out is not None:
        with _out.open("a", encoding="utf-8") as out:
            out.write(json.dumps(record) + "\n")


def pytest_configure(config: pytest.Config) -> None:
    global _out
    folder = os.environ.get(FOLDER_VARIABLE)
    if not folder:
        return
    Path(folder).mkdir(parents=True, exist_ok=True)
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    _out = Path(folder, f"{worker}-{os.getpid()}.jsonl")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item) -> Generator[None, None, None]:
    wall, own, children = _sample()
    yield
    wall2, own2, children2 = _sample()
    _write(
        {
            "test": item.nodeid,
            "wall": wall2 - wall,
            "cpu": own2 - own,
            "children": children2 - children,
        }
    )


def pytest_unconfigure(config: pytest.Config) -> None:
    global _out
    if _out is None:
        return
    _write(
        {
            "process": os.getpid(),
            "cpu": _cpu(resource.RUSAGE_SELF),
            "children": _cpu(resource.RUSAGE_CHILDREN),
        }
    )
    _out = None


def summarise(folder: Path) -> dict[str, float]:
    """Per test file: the CPU seconds (worker and children) its tests took, largest first."""
    per_file: dict[str, float] = {}
    for path in folder.glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if "test" in record:
                name = str(record["test"]).split("::")[0]
                per_file[name] = per_file.get(name, 0.0) + record["cpu"] + record["children"]
    return dict(sorted(per_file.items(), key=lambda pair: -pair[1]))


if __name__ == "__main__":
    import sys

    totals = summarise(Path(sys.argv[1]))
    for name, seconds in totals.items():
        print(f"{seconds:8.1f}  {name}")
    print(f"{sum(totals.values()):8.1f}  total")
