"""Listing 1,000 organisations and their 10,000 runs, beside a bare folder walk."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from bench.harness import Figure, time_call
from jamtui.core.run import ItemAnswer, Run
from jamtui.storage import Store
from jamtui.storage.run_file import render_run


def populate(root: Path, organisations: int = 1000, runs: int = 10) -> Store:
    """Organisations through the Store API; run files written by the same renderer."""
    store = Store(root)
    for index in range(organisations):
        org = store.create_organisation(f"Kommun {index:04d}")
        folder = root / "organisations" / org.slug / "runs"
        for year in range(runs):
            run = Run(
                id=f"{2016 + year}-11-01-skr-sjalvskattning",
                checklist_id="skr-sjalvskattning",
                checklist_version="2019.1",
                organisation=org.slug,
                date=f"{2016 + year}-11-01",
                answers={
                    f"moment.m{n}": ItemAnswer(value=1 + n % 3, note="Anteckning " * 20)
                    for n in range(10)
                },
            )
            (folder / f"{run.id}.toml").write_text(render_run(run), encoding="utf-8")
    return store


def run(rounds: int, organisations: int = 1000) -> list[Figure]:
    with tempfile.TemporaryDirectory() as tmp:
        store = populate(Path(tmp), organisations)

        def list_all() -> None:
            for org in store.list_organisations():
                store.list_runs(org.slug)

        def walk() -> None:
            for entry in os.scandir(store.orgs_dir):
                if entry.is_dir():
                    list(os.scandir(Path(entry.path) / "runs"))

        cold = time_call(list_all, 1)  # builds the caches: parses every file once
        return [
            Figure(
                name=f"list {organisations} orgs + {organisations * 10} runs",
                unit="ms",
                samples=time_call(list_all, rounds),
                baseline_name="os.scandir walk of the same folders",
                baseline=time_call(walk, rounds),
                extra={"first listing (cold caches)": cold[0]},
            )
        ]
