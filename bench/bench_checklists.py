"""Loading 200 checklist files into the catalog (budget < 200 ms), cold and from the cache."""

from __future__ import annotations

import shutil
import tempfile
import tomllib
from pathlib import Path

from bench.harness import ROOT, Figure, time_call
from jamtui.catalog import load_catalog
from jamtui.plugin.manager import create_host
from jamtui.settings import resolve_settings


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
        folder = Path(tmp) / "checklists"
        folder.mkdir()
        paths = make_files(folder)
        data = Path(tmp) / "data"
        settings = resolve_settings(data_dir=str(data), checklist_dirs=[str(folder)], environ={})

        def load(expect_cache: bool) -> None:
            if not expect_cache:
                shutil.rmtree(data / ".cache", ignore_errors=True)
            catalog = load_catalog(settings, host=create_host(entry_points=[]))
            assert len(catalog.checklists) == 200 and not catalog.problems, catalog.problems[:1]

        def parse_all() -> None:
            for path in paths:
                tomllib.loads(path.read_text(encoding="utf-8"))

        baseline = time_call(parse_all, rounds)
        load(expect_cache=False)
        cold = time_call(lambda: load(expect_cache=False), rounds)
        load(expect_cache=True)
        warm = time_call(lambda: load(expect_cache=True), rounds)
        return [
            Figure(
                name="load 200 checklist files, first time (parse, validate)",
                unit="ms",
                samples=cold,
                baseline_name="stdlib tomllib parse only",
                baseline=baseline,
                budget_abs=200.0,
            ),
            Figure(
                name="load 200 checklist files, unchanged since last start",
                unit="ms",
                samples=warm,
                baseline_name="stdlib tomllib parse only",
                baseline=baseline,
                budget_abs=200.0,
            ),
        ]
