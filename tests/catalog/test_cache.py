"""The checklist cache: unchanged files come back identical, anything else is validated again."""

from __future__ import annotations

from pathlib import Path

import pytest

from jamtui.catalog import load_catalog, load_checklist_file
from jamtui.catalog.cache import ChecklistCache
from jamtui.plugin.manager import create_host
from jamtui.settings import Settings, resolve_settings

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = sorted((ROOT / "checklists").glob("*.toml"))


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    folder = tmp_path / "mine"
    folder.mkdir()
    return resolve_settings(
        data_dir=str(tmp_path / "data"), checklist_dirs=[str(folder)], environ={}
    )


def folder_of(settings: Settings) -> Path:
    return settings.checklist_dirs[0]


def no_plugins() -> object:
    return create_host(entry_points=[])


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
def test_a_cached_checklist_is_the_same_as_a_freshly_validated_one(
    path: Path, tmp_path: Path
) -> None:
    cache = ChecklistCache(tmp_path / "c.pickle")
    fresh = load_checklist_file(path, cache=cache).checklist
    cache.save()
    again = ChecklistCache(tmp_path / "c.pickle")
    result = load_checklist_file(path, cache=again)
    assert again._used, "the second load came from the cache"
    assert result.ok and result.checklist == fresh


def test_the_catalog_reuses_unchanged_files_and_revalidates_edited_ones(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    mine = folder_of(settings) / "egen.toml"
    mine.write_bytes(BUNDLED[0].read_bytes().replace(b'id = "', b'id = "egen-', 1))
    first = load_catalog(settings, host=no_plugins())  # type: ignore[arg-type]
    assert not first.problems
    assert (settings.data_dir / ".cache" / "checklists.pickle").exists()

    from jamtui.catalog import loader

    validated: list[str] = []
    real = loader.validate
    monkeypatch.setattr(
        loader,
        "validate",
        lambda raw, text, origin: validated.append(origin) or real(raw, text, origin),
    )
    load_catalog(settings, host=no_plugins())  # type: ignore[arg-type]
    assert validated == [], "an unchanged file is not parsed again"

    text = mine.read_text(encoding="utf-8").replace('version = "', 'version = "9', 1)
    mine.write_text(text, encoding="utf-8")
    edited = load_catalog(settings, host=no_plugins())  # type: ignore[arg-type]
    assert validated == [str(mine)]
    checklist = edited.get(edited.checklists[0].id)
    assert checklist is not None and checklist.version.startswith("9")


def test_a_file_with_problems_is_never_cached_and_reports_the_same_every_time(
    settings: Settings,
) -> None:
    broken = folder_of(settings) / "trasig.toml"
    broken.write_text('format = 1\nid = "trasig"\nversion = "1"\ntitel = "X"\n', "utf-8")
    first = [p.format() for p in load_catalog(settings, host=no_plugins()).problems]  # type: ignore[arg-type]
    second = [p.format() for p in load_catalog(settings, host=no_plugins()).problems]  # type: ignore[arg-type]
    assert first and first == second
    assert any("titel" in line and ":4" in line for line in first), first


@pytest.mark.parametrize(
    "junk", [b"", b"not a pickle", b"\x80\x05K\x01.", b"\x80\x05]\x94."], ids=str
)
def test_a_broken_cache_file_is_ignored_and_replaced(settings: Settings, junk: bytes) -> None:
    (folder_of(settings) / "egen.toml").write_bytes(BUNDLED[-1].read_bytes())
    cache_file = settings.data_dir / ".cache" / "checklists.pickle"
    cache_file.parent.mkdir(parents=True)
    cache_file.write_bytes(junk)
    catalog = load_catalog(settings, host=no_plugins())  # type: ignore[arg-type]
    assert not catalog.problems and len(catalog.checklists) == 1
    assert cache_file.read_bytes() != junk


def test_a_cache_entry_that_is_not_a_checklist_is_a_miss(tmp_path: Path) -> None:
    import pickle

    data = BUNDLED[0].read_bytes()
    path = tmp_path / "c.pickle"
    path.write_bytes(pickle.dumps({ChecklistCache.key(data): pickle.dumps("no checklist")}))
    result = load_checklist_file(BUNDLED[0], cache=ChecklistCache(path))
    assert result.ok and result.checklist is not None


def test_an_unwritable_cache_never_stops_loading(settings: Settings) -> None:
    (folder_of(settings) / "egen.toml").write_bytes(BUNDLED[-1].read_bytes())
    settings.data_dir.mkdir(parents=True)
    (settings.data_dir / ".cache").write_text("a file where the folder should be", "utf-8")
    catalog = load_catalog(settings, host=no_plugins())  # type: ignore[arg-type]
    assert len(catalog.checklists) == 1 and not catalog.problems
