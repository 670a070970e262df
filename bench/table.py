"""The goals table: each figure beside its goal, met or missed, before and after."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any


def ratio(value: float | None, base: float | None) -> float | None:
    """``value / base``; None when either is missing or the base is zero."""
    if value is None or not base:
        return None
    return value / base


def median(samples: Sequence[float]) -> float:
    """The median (``statistics.StatisticsError`` when there are no samples)."""
    return statistics.median(samples)


def spread(samples: Sequence[float]) -> str:
    """``min–max`` of the samples, or "" when there are none."""
    return f"{min(samples):.0f}–{max(samples):.0f}" if samples else ""


@dataclass
class Row:
    """One figure: its value (a ratio when ``goal_ratio`` is set, else in ``unit``)."""

    name: str
    value: float | None = None
    unit: str = "×"
    goal: float | None = None
    """The value must be at most this (same unit), or None when there is no goal."""
    detail: str = ""
    """How it was measured: medians, spreads, CPU, the baseline (shown beside the value)."""
    failed: str = ""
    """Why the figure could not be measured ("" when it was)."""

    @property
    def met(self) -> bool | None:
        if self.value is None or self.goal is None:
            return None
        return self.value <= self.goal

    def verdict(self) -> str:
        if self.failed:
            return "not measured"
        met = self.met
        return "—" if met is None else ("met" if met else "**missed**")

    def shown(self) -> str:
        if self.failed:
            return f"not measured: {self.failed}"
        if self.value is None:
            return "—"
        return format_value(self.value, self.unit)

    def goal_text(self) -> str:
        return "—" if self.goal is None else f"≤ {format_value(self.goal, self.unit)}"


def format_value(value: float, unit: str) -> str:
    if unit == "×":
        return f"{value:.2f}×"
    if unit == "ms" and value >= 1000:
        return f"{value / 1000:.2f} s"
    if unit == "ms":
        return f"{value:.3g} ms" if value < 10 else f"{value:.0f} ms"
    return f"{value:.3g} {unit}"


@dataclass
class Table:
    """All rows of one bench run, with when and how loaded the machine was."""

    rows: list[Row] = field(default_factory=list)
    when: str = ""
    load: str = ""
    commit: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "when": self.when,
            "load": self.load,
            "commit": self.commit,
            "rows": [asdict(r) for r in self.rows],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Table:
        rows = [Row(**r) for r in data.get("rows", [])]
        return cls(
            rows, str(data.get("when", "")), str(data.get("load", "")), data.get("commit", "")
        )


def markdown(now: Table, before: Table | None = None) -> str:
    """The table in Markdown: a before column when ``before`` is given; the verdict is now's."""
    head = f"{now.when}, {now.commit}, load {now.load}" if now.rows else "to fill: `make bench`"
    cells = ["figure", "goal"]
    if before is not None:
        cells.append(f"before ({before.when}, {before.commit}, load {before.load})")
        cells.append(f"after ({head})")
    else:
        cells.append(f"measured ({head})")
    cells += ["how measured", "verdict"]
    lines = ["| " + " | ".join(cells) + " |", "|" + "---|" * len(cells)]
    current = {row.name: row for row in now.rows}
    earlier = {row.name: row for row in before.rows} if before is not None else {}
    names = list(current) + [name for name in earlier if name not in current]
    for name in names:
        new, old = current.get(name), earlier.get(name)
        shown = new or old
        assert shown is not None
        cells = [name, shown.goal_text()]
        if before is not None:
            cells.append(old.shown() if old else "—")
        cells.append(new.shown() if new else "—")
        cells.append(new.detail if new else (old.detail if old else ""))
        cells.append(new.verdict() if new else "—")
        lines.append("| " + " | ".join(cell.replace("|", "/") for cell in cells) + " |")
    return "\n".join(lines) + "\n"
