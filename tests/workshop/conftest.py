"""A Lärande uppföljning run with four participants, open for editing, and its workshop room."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from jamtui.catalog import Catalog, load_catalog
from jamtui.core.model import Checklist
from jamtui.core.run import Participant
from jamtui.plugin.manager import create_host
from jamtui.settings import Settings, resolve_settings
from jamtui.storage import Store
from jamtui.storage.session import RunSession
from jamtui.workshop.room import WorkshopRoom

PEOPLE = ["Åsa Lind", "Nils Berg", "Fatima Said", "Örjan Ek"]
RATED_ITEM = "utgangspunkter.bedomning"
TOKEN = "test-token-abcdefghijklmnopqrstuvwxyz"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return resolve_settings(data_dir=str(tmp_path / "data"), environ={})


@pytest.fixture
def catalog(settings: Settings) -> Catalog:
    import jamtui_bundled

    return load_catalog(
        settings, host=create_host(entry_points=[], extra_plugins=[("bundled", jamtui_bundled)])
    )


@pytest.fixture
def checklist(catalog: Catalog) -> Checklist:
    found = catalog.get("larande-uppfoljning")
    assert found is not None
    return found


@pytest.fixture
def store(settings: Settings) -> Store:
    return Store(settings.data_dir)


@pytest.fixture
def run_id(store: Store, checklist: Checklist) -> str:
    store.create_organisation("Ljungby kommun", units=["Socialförvaltningen"])
    run = store.create_run(
        "ljungby-kommun",
        checklist,
        date="2026-12-01",
        unit="Socialförvaltningen",
        facilitator="Karin Ek",
        participants=[Participant(name) for name in PEOPLE],
    )
    return run.id


@pytest.fixture
def session(store: Store, checklist: Checklist, run_id: str) -> Iterator[RunSession]:
    opened = store.open_run("ljungby-kommun", run_id, checklist)
    yield opened
    opened.close()


@pytest.fixture
def room(checklist: Checklist, session: RunSession) -> WorkshopRoom:
    made = WorkshopRoom(checklist)
    made.attach(session)
    made.show(RATED_ITEM)
    return made
