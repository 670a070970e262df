"""Write a realistic data set through the storage API: organisations, runs, notes, ratings.

python bench/generate.py DIR [--organisations 1000] [--runs 10] [--seed 1]
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--organisations", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    generate(args.folder, args.organisations, args.runs, args.seed)
    print(f"{args.organisations} organisations × {args.runs} runs written to {args.folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
