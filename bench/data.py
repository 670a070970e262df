"""Bench data sets, made once with bench/generate.py, cached in the user cache dir by version.

python -m bench.data [--sizes 100,1000,10000] [--big-runs 100000]

A data set of N organisations × 10 runs: a template of 1,000 organisations is written through
the storage API by ``bench.generate.generate`` (durability switched off while generating: a
bench data set needs no fsync), then smaller sets are hard-linked subsets of it and larger ones
copies whose organisations get new names, slugs and ``organisation`` fields. The one-organisation
set with 100,000 runs is 1,000 generated runs copied under new ids. Caches (``.index.json``,
``.cache/``) are never copied: the bench makes them warm or removes them itself.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import platformdirs

from bench import generate as generator

ROOT = Path(
    os.environ.get("JAMTUI_BENCH_DATA")
    or platformdirs.user_cache_dir("jamtui-bench", appauthor=False)
)
"""Shared by every checkout on the machine (``JAMTUI_BENCH_DATA`` to put it elsewhere)."""
TEMPLATE = 1000
"""Organisations actually generated; larger sets copy them under new names."""
RUNS = 10
BIG_TEMPLATE = 1000
"""Runs actually generated for the one-organisation scale-edge set."""
LAYOUT = 1
"""This module's own version: bump it when the way data sets are assembled changes."""


def version_key() -> str:
    """The cache folder's name: the generator's ``VERSION`` (1 when it has none) and ours."""
    return f"gen{getattr(generator, 'VERSION', 1)}-layout{LAYOUT}"


def data_root(root: Path | None = None) -> Path:
    return (root or ROOT) / version_key()


@contextlib.contextmanager
def no_fsync() -> Iterator[None]:
    """Skip fsync while generating (the data is synced once at the end)."""
    real = os.fsync
    os.fsync = lambda fd: None
    try:
        yield
    finally:
        os.fsync = real
        os.sync()


def _done(folder: Path) -> bool:
    return (folder.parent / f"{folder.name}.complete").exists()


def _mark(folder: Path) -> None:
    os.sync()
    (folder.parent / f"{folder.name}.complete").write_text("ok", encoding="utf-8")


def _fresh(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
    folder.parent.mkdir(parents=True, exist_ok=True)


def template(root: Path | None = None) -> Path:
    folder = data_root(root) / f"template-{TEMPLATE}"
    if not _done(folder):
        _fresh(folder)
        print(f"generating {TEMPLATE} organisations × {RUNS} runs in {folder} …", flush=True)
        with no_fsync():
            generator.generate(folder, TEMPLATE, RUNS)
        _mark(folder)
    return folder


def _org_folders(data: Path) -> list[Path]:
    """Organisation folders ordered by the number the generator puts at the end of names."""
    found = [p for p in (data / "organisations").iterdir() if p.is_dir()]
    return sorted(found, key=lambda p: (int(p.name.rsplit("-", 1)[-1]), p.name))


def _ignore_caches(folder: str, names: list[str]) -> list[str]:
    return [n for n in names if n.startswith(".")]


def organisations(count: int, root: Path | None = None) -> Path:
    """A data set of ``count`` organisations × 10 runs (made once, then reused)."""
    folder = data_root(root) / f"{count}-orgs"
    if _done(folder):
        return folder
    source = template(root)
    _fresh(folder)
    print(f"assembling {count} organisations in {folder} …", flush=True)
    orgs = folder / "organisations"
    orgs.mkdir(parents=True)
    originals = _org_folders(source)
    for number in range(count):
        original = originals[number % len(originals)]
        if number < len(originals):
            shutil.copytree(
                original, orgs / original.name, ignore=_ignore_caches, copy_function=os.link
            )
        else:
            _clone_org(original, orgs, number)
    _mark(folder)
    return folder


def _clone_org(original: Path, orgs: Path, number: int) -> None:
    from jamtui.storage.slugs import slugify

    text = (original / "organisation.toml").read_text(encoding="utf-8")
    name = re.search(r'^name = "(.*) \d+"$', text, re.MULTILINE)
    assert name is not None, original
    new_name = f"{name.group(1)} {number:05d}"
    slug = slugify(new_name)
    target = orgs / slug
    (target / "runs").mkdir(parents=True)
    (target / "organisation.toml").write_text(
        text.replace(name.group(0), f'name = "{new_name}"', 1), encoding="utf-8"
    )
    line = f'organisation = "{original.name}"'
    for run in (original / "runs").glob("*.toml"):
        body = run.read_text(encoding="utf-8").replace(line, f'organisation = "{slug}"', 1)
        (target / "runs" / run.name).write_text(body, encoding="utf-8")


def one_organisation(runs: int = BIG_TEMPLATE, root: Path | None = None) -> Path:
    """A data set of one organisation with ``runs`` runs, all generated."""
    folder = data_root(root) / f"one-org-template-{runs}"
    if not _done(folder):
        _fresh(folder)
        print(f"generating one organisation × {runs} runs in {folder} …", flush=True)
        with no_fsync():
            generator.generate(folder, 1, runs)
        _mark(folder)
    return folder


def big_organisation(runs: int = 100_000, root: Path | None = None) -> Path:
    """A data set of one organisation with ``runs`` runs (1,000 generated, then copied)."""
    folder = data_root(root) / f"one-org-{runs}-runs"
    if _done(folder):
        return folder
    seed = one_organisation(BIG_TEMPLATE, root)
    _fresh(folder)
    print(f"assembling one organisation × {runs} runs in {folder} …", flush=True)
    (original,) = _org_folders(seed)
    target = folder / "organisations" / original.name
    (target / "runs").mkdir(parents=True)
    shutil.copy2(original / "organisation.toml", target / "organisation.toml")
    sources = sorted((original / "runs").glob("*.toml"))
    for number in range(runs):
        run = sources[number % len(sources)]
        copy = number // len(sources)
        if copy == 0:
            os.link(run, target / "runs" / run.name)
            continue
        new_id = f"{run.stem}-x{copy}"
        body = run.read_text(encoding="utf-8").replace(f'id = "{run.stem}"', f'id = "{new_id}"', 1)
        (target / "runs" / f"{new_id}.toml").write_text(body, encoding="utf-8")
    _mark(folder)
    return folder


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--big-runs", type=int, default=100_000)
    parser.add_argument("--root", type=Path, default=ROOT)
    args = parser.parse_args()
    for size in (int(s) for s in args.sizes.split(",") if s):
        print(organisations(size, args.root))
    if args.big_runs:
        print(big_organisation(args.big_runs, args.root))
    return 0


if __name__ == "__main__":
    sys.exit(main())
