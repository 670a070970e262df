"""Broken cache files: rebuilt with a notice, reported by doctor, never a crash."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jamtui.catalog.loader import load_checklist_text
from jamtui.cli import main
from jamtui.core.run import answered_count, item_keys
from jamtui.storage import Store
from jamtui.storage.index import INDEX_NAME
from jamtui.ui.checklist_titles import ChecklistHeading
from tests.storage.conftest import CHECKLIST, make_checklist

CORRUPT = {
    "deeply nested": "[" * 200_000,
    "truncated": '{"version": 2, "entries": {',
    "not an object": "[1, 2, 3]",
    "binary": "\udcff",
}


@pytest.mark.parametrize("text", CORRUPT.values(), ids=CORRUPT.keys())
def test_a_corrupt_organisation_index_is_rebuilt_with_a_notice(
    store: Store, text: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    store.create_organisation("Lund")
    store.list_organisations()
    index = store.orgs_dir / INDEX_NAME
    index.write_bytes(text.encode("utf-8", "surrogateescape"))

    fresh = Store(store.root)
    assert [org.name for org in fresh.list_organisations()] == ["Lund"]
    notices = fresh.take_notices()
    assert [n.path for n in notices] == [index]
    assert json.loads(index.read_text(encoding="utf-8"))["entries"]  # rebuilt, readable
    assert Store(store.root).list_organisations() and not fresh.take_notices()


def test_jamtui_orgs_and_doctor_with_a_deeply_nested_index(
    store: Store, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JAMTUI_HOME", str(store.root))
    store.create_organisation("Lund")
    index = store.orgs_dir / INDEX_NAME
    index.write_text("[" * 200_000, encoding="utf-8")

    assert main(["--lang", "en", "doctor"]) == 1
    out, _ = capsys.readouterr()
    assert f"{index}: the cache file cannot be read (nested too deeply)" in out

    assert main(["--lang", "en", "orgs"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("lund")
    assert "has been rebuilt" in err and str(index) in err
    assert main(["doctor"]) == 0


def test_the_run_list_never_counts_more_answers_than_the_checklist_has(store: Store) -> None:
    old = make_checklist("1")
    org = store.create_organisation("Lund")
    run = store.create_run(org.slug, old)
    with store.open_run(org.slug, run.id, old) as session:
        session.set_value("s.fraga", "ja")
        session.set_value("s.fritext", "något")
        session.set_note("s.metoder", "bara en anteckning")
    # A newer version drops two of the answered items' ids but keeps one under a new id.
    text = CHECKLIST.format(version="2", extra="").replace('id = "fritext"', 'id = "beskriv"')
    text = text.replace('id = "fraga"', 'id = "fraga2"\nreplaces = ["s.fraga"]')
    new = load_checklist_text(text, "prov.toml").checklist
    assert new is not None
    summary = Store(store.root).list_runs(org.slug)[0]
    heading = ChecklistHeading("Prov", item_keys(new))
    assert heading.progress(summary.answered_ids) == f"1 / {len(new.items)}"
    assert answered_count(new, store.load_run(org.slug, run.id)) == 1
    assert summary.answered == 2  # what the file holds (the note alone is no answer)


def test_a_corrupt_titles_cache_is_an_empty_one(tmp_path: Path) -> None:
    from jamtui.ui.checklist_titles import CACHE_NAME, ChecklistTitles

    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / CACHE_NAME).write_text("{" * 100_000, encoding="utf-8")
    assert ChecklistTitles(tmp_path).get("prov", "sv") is None
