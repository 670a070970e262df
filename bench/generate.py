"""Write a realistic data set through the storage API: organisations, runs, notes, ratings.

python bench/generate.py DIR [--organisations 1000] [--runs 10] [--seed 1]
python bench/generate.py DIR --one-organisation-runs 100000   # the scale edge: one org, many runs
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from jamtui.catalog.loader import load_checklist_file
from jamtui.core.answers import ActionRow
from jamtui.core.model import Checklist, ItemType
from jamtui.core.navigation import walk
from jamtui.core.run import Participant
from jamtui.storage import Store

ROOT = Path(__file__).resolve().parents[1]
PLACES = [
    "Malmö",
    "Göteborg",
    "Örebro",
    "Umeå",
    "Luleå",
    "Växjö",
    "Gävle",
    "Åre",
    "Ystad",
    "Kiruna",
]
KINDS = ["stad", "kommun", "region", "kommunförbund"]
UNITS = [
    "Socialförvaltningen",
    "Kulturförvaltningen",
    "Stadsbyggnadsförvaltningen",
    "Utbildningsförvaltningen",
]
PEOPLE = [
    ("Åsa Lind", "jämställdhetsstrateg"),
    ("Nils Berg", "controller"),
    ("Fatima Ali", "enhetschef"),
    ("Örjan Ek", "politiker"),
    ("Karin Sjö", "HR-specialist"),
]
NOTE = (
    "Gruppen diskuterade hur könsuppdelad statistik används i verksamhetsuppföljningen. "
    "Förvaltningen redovisar statistik per kön i årsrapporten, men analysen saknas ofta. "
    "Jämställdhetsombuden har träffats varje månad och tagit fram en plan för utbildning. "
    "Nästa steg är att koppla målen i budgeten till uppföljningen "
    "och att följa upp i ledningsgruppen. "
)


def bundled() -> list[Checklist]:
    found = []
    for path in sorted((ROOT / "checklists").glob("*.toml")):
        checklist = load_checklist_file(path).checklist
        assert checklist is not None, path
        found.append(checklist)
    return found


def answer_run(session: object, checklist: Checklist, rng: random.Random) -> None:
    from jamtui.storage import RunSession

    assert isinstance(session, RunSession)
    with session.batch():
        for _ in checklist.items:
            path = walk(checklist, session.run.values(), session.run.with_actions())
            pending = [i for i in path.visible if session.answer(i.id).is_empty()]
            if not pending or path.outcome is not None:
                break
            item = pending[0]
            if item.raters and item.scale is not None:
                for person in session.run.participants:
                    session.set_rating(item.id, person.name, rng.choice(item.scale.levels).value)
            if item.type is ItemType.YESNO:
                session.set_value(item.id, rng.choice(["ja", "ja", "ja", "nej"]))
            elif item.type is ItemType.SCALE and item.scale is not None:
                session.set_value(item.id, rng.choice(item.scale.levels).value)
            elif item.type is ItemType.CHOICE:
                session.set_value(item.id, rng.choice(item.choices).value)
            elif item.type is ItemType.MULTICHOICE:
                session.set_value(
                    item.id,
                    [c.value for c in item.choices if rng.random() < 0.5]
                    or [item.choices[0].value],
                )
            elif item.type is ItemType.TEXT:
                session.set_value(item.id, NOTE[: rng.randint(80, len(NOTE))])
            elif item.type is ItemType.ACTIONS:
                session.set_actions(
                    item.id, [ActionRow("Ta fram könsuppdelad statistik", "Åsa Lind", "2027-06-30")]
                )
            if rng.random() < 0.4:
                session.set_note(item.id, (NOTE * 2)[: rng.randint(100, 500)])


def generate(folder: Path, organisations: int, runs: int, seed: int = 1) -> Store:
    rng = random.Random(seed)
    store = Store(folder)
    checklists = bundled()
    for index in range(organisations):
        name = f"{rng.choice(PLACES)} {rng.choice(KINDS)} {index:05d}"
        org = store.create_organisation(name, units=rng.sample(UNITS, 2))
        for number in range(runs):
            checklist = checklists[number % len(checklists)]
            people = [Participant(n, r) for n, r in rng.sample(PEOPLE, 3)]
            run = store.create_run(
                org.slug,
                checklist,
                date=f"{2016 + number // 2}-{1 + number % 12:02d}-15",
                facilitator="Karin Ek",
                participants=people,
            )
            with store.open_run(org.slug, run.id, checklist) as session:
                answer_run(session, checklist, rng)
                if number % 3 == 0:
                    session.finalize(by="Karin Ek")
    return store


def many_runs(folder: Path, runs: int, name: str = "Bänk kommun", seed: int = 1) -> str:
    """One organisation with ``runs`` answered runs (the slug); returns its slug.

    One run per bundled checklist is answered through the storage API; the rest are copies
    of those files under new ids and dates (as a sync or a restored backup would bring
    them), so 100,000 runs take seconds instead of hours.
    """
    import datetime as dt

    rng = random.Random(seed)
    store = Store(folder)
    org = store.create_organisation(name, units=UNITS[:2])
    models = []
    for checklist in bundled():
        run = store.create_run(org.slug, checklist, date="2000-01-01", facilitator="Karin Ek")
        with store.open_run(org.slug, run.id, checklist) as session:
            answer_run(session, checklist, rng)
        path = store.run_path(org.slug, run.id)
        models.append((run.id, path.read_text(encoding="utf-8")))
        path.unlink()
    runs_dir = store.run_path(org.slug, "x").parent
    start = dt.date(2000, 1, 1)
    for number in range(runs):
        model_id, text = models[number % len(models)]
        day = (start + dt.timedelta(days=number // len(models))).isoformat()
        run_id = f"{day}-{model_id[11:]}"
        copy = text.replace(f'id = "{model_id}"', f'id = "{run_id}"', 1)
        copy = copy.replace('date = "2000-01-01"', f'date = "{day}"', 1)
        (runs_dir / f"{run_id}.toml").write_text(copy, encoding="utf-8")
    return org.slug


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--organisations", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--one-organisation-runs", type=int, default=0, metavar="RUNS")
    args = parser.parse_args()
    if args.one_organisation_runs:
        slug = many_runs(args.folder, args.one_organisation_runs, seed=args.seed)
        print(f"{slug}: {args.one_organisation_runs} runs written to {args.folder}")
        return 0
    generate(args.folder, args.organisations, args.runs, args.seed)
    print(f"{args.organisations} organisations × {args.runs} runs written to {args.folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
