"""Listing organisations and runs reads caches, not every file."""

from __future__ import annotations

import pytest

from jamtui.core.model import Checklist
from jamtui.storage import Store, org_file, run_file
from jamtui.storage import store as store_module


def test_a_second_listing_parses_no_unchanged_file(
    store: Store, checklist: Checklist, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("Lund", "Ystad", "Örebro"):
        org = store.create_organisation(name)
        for day in ("2025-01-01", "2026-01-01"):
            store.create_run(org.slug, checklist, date=day)
    first = {o.slug: store.list_runs(o.slug) for o in store.list_organisations()}

    def no_parsing(*args: object) -> None:
        raise AssertionError("an unchanged file was parsed")

    monkeypatch.setattr(run_file, "parse_run_text", no_parsing)
    monkeypatch.setattr(org_file, "parse_organisation", no_parsing)
    monkeypatch.setattr(store_module, "summary_fields", no_parsing)
    again = {o.slug: store.list_runs(o.slug) for o in fresh(store).list_organisations()}
    assert again == first
    assert [o.name for o in fresh(store).list_organisations()] == ["Lund", "Ystad", "Örebro"]


def test_a_changed_file_is_parsed_again(store: Store, checklist: Checklist) -> None:
    org = store.create_organisation("Lund")
    run = store.create_run(org.slug, checklist)
    assert store.list_runs(org.slug)[0].answered == 0
    with store.open_run(org.slug, run.id, checklist) as session:
        session.set_value("s.fraga", "ja")
    assert fresh(store).list_runs(org.slug)[0].answered == 1


def fresh(store: Store) -> Store:
    """A new Store on the same folder, as a new process would see it."""
    return Store(store.root)
