"""Loading 200 checklist files (budget < 200 ms), beside parsing the same files with tomllib."""

from __future__ import annotations

import tempfile
import tomllib
from pathlib import Path

from bench.harness import ROOT, Figure, time_call
from jamtui.catalog.loader import load_checklist_file


def make_files(folder: Path, count: int = 200) -> list[Path]:
    """``count`` copies of the bundled checklists, each with its own id."""
    root = Path(ROOT)
    sources = sorted((root / "checklists").glob("*.toml")) + sorted(
        (root / "plugins" / "jamtui-exempel").rglob("*.toml")
    )
    sources = [path for path in sources if path.name != "pyproject.toml"]
    paths = []
    for index in range(count):
        source = sources[index % len(sources)]
        text = source.read_text(encoding="utf-8")
        old_id = tomllib.loads(text)["id"]
        text = text.replace(f'id = "{old_id}"', f'id = "{old_id}-{index}"', 1)
        path = folder / f"{index:03d}-{source.name}"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def run(rounds: int) -> list[Figure]:
    with tempfile.TemporaryDirectory() as tmp:
        paths = make_files(Path(tmp))

        def load_all() -> None:
            for path in paths:
                result = load_checklist_file(path)
                assert result.ok, result.problems[:1]

        def parse_all() -> None:
            for path in paths:
                tomllib.loads(path.read_text(encoding="utf-8"))

        load_all()
        return [
            Figure(
                name="load 200 checklist files",
                unit="ms",
                samples=time_call(load_all, rounds),
                baseline_name="tomllib parse only",
                baseline=time_call(parse_all, rounds),
                budget_abs=200.0,
            )
        ]
