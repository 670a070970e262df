"""The checklist cache: unchanged files skip the parser, anything else is parsed again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jamtui.catalog import load_catalog, load_checklist_file, loader
from jamtui.catalog.cache import ChecklistCache
from jamtui.plugin.manager import PluginHost, create_host
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


def no_plugins() -> PluginHost:
    return create_host(entry_points=[])


def cache_file(settings: Settings) -> Path:
    return settings.data_dir / ".cache" / "parsed-checklists.json"


@pytest.fixture(autouse=True)
def each_load_a_new_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """What the disk cache does between runs: no checklist validated earlier in this process."""
    from jamtui.catalog import validated

    monkeypatch.setattr(validated, "recall", lambda content_key, origin: None)


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts calls of the TOML parser."""
    calls: list[int] = []
    real = loader.parse_toml

    def counting(text: str) -> dict[str, object]:
        calls.append(1)
        return real(text)

    monkeypatch.setattr(loader, "parse_toml", counting)
    return calls


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
def test_a_cached_checklist_is_the_same_as_a_freshly_parsed_one(
    path: Path, tmp_path: Path, parsed: list[int]
) -> None:
    cache = ChecklistCache(tmp_path / "c.json")
    fresh = load_checklist_file(path, cache=cache).checklist
    cache.save()
    assert len(parsed) == 1
    result = load_checklist_file(path, cache=ChecklistCache(tmp_path / "c.json"))
    assert len(parsed) == 1, "the second load skipped the parser"
    assert result.ok and result.checklist == fresh


def test_the_catalog_reuses_unchanged_files_and_parses_edited_ones(
    settings: Settings, parsed: list[int]
) -> None:
    mine = folder_of(settings) / "egen.toml"
    mine.write_bytes(BUNDLED[0].read_bytes().replace(b'id = "', b'id = "egen-', 1))
    first = load_catalog(settings, host=no_plugins())
    assert not first.problems and cache_file(settings).exists()
    assert len(parsed) == 1
    load_catalog(settings, host=no_plugins())
    assert len(parsed) == 1, "an unchanged file is not parsed again"

    text = mine.read_text(encoding="utf-8").replace('version = "', 'version = "9', 1)
    mine.write_text(text, encoding="utf-8")
    edited = load_catalog(settings, host=no_plugins())
    assert len(parsed) == 2
    assert edited.checklists[0].version.startswith("9")


def test_a_file_with_problems_is_never_cached_and_reports_the_same_every_time(
    settings: Settings,
) -> None:
    broken = folder_of(settings) / "trasig.toml"
    broken.write_text('format = 1\nid = "trasig"\nversion = "1"\ntitel = "X"\n', "utf-8")
    first = [p.format() for p in load_catalog(settings, host=no_plugins()).problems]
    second = [p.format() for p in load_catalog(settings, host=no_plugins()).problems]
    assert first and first == second
    assert any("titel" in line and ":4" in line for line in first), first
    assert not cache_file(settings).exists()


@pytest.mark.parametrize(
    "junk",
    [
        b"",
        b"\xff\xfe",
        b"[1, 2]",
        b'{"version": 99, "files": {}}',
        b'{"version": 1, "files": 5}',
        b"[" * 100000,
    ],
    ids=["empty", "not-utf8", "list", "other-version", "files-not-a-table", "deep"],
)
def test_a_broken_cache_file_is_ignored_and_replaced(settings: Settings, junk: bytes) -> None:
    (folder_of(settings) / "egen.toml").write_bytes(BUNDLED[-1].read_bytes())
    cache_file(settings).parent.mkdir(parents=True)
    cache_file(settings).write_bytes(junk)
    catalog = load_catalog(settings, host=no_plugins())
    assert not catalog.problems and len(catalog.checklists) == 1
    assert json.loads(cache_file(settings).read_text("utf-8"))["version"] == 1


def test_a_cache_entry_that_no_longer_validates_falls_back_to_the_file(
    tmp_path: Path, parsed: list[int]
) -> None:
    data = BUNDLED[0].read_bytes()
    path = tmp_path / "c.json"
    for entry in ("not a table", {"id": "x"}):
        files = {ChecklistCache.key(data): entry}
        path.write_text(json.dumps({"version": 1, "files": files}), "utf-8")
        result = load_checklist_file(BUNDLED[0], cache=ChecklistCache(path))
        assert result.ok and result.checklist is not None
    assert len(parsed) == 2


def test_an_unwritable_cache_never_stops_loading(settings: Settings) -> None:
    (folder_of(settings) / "egen.toml").write_bytes(BUNDLED[-1].read_bytes())
    settings.data_dir.mkdir(parents=True)
    (settings.data_dir / ".cache").write_text("a file where the folder should be", "utf-8")
    catalog = load_catalog(settings, host=no_plugins())
    assert len(catalog.checklists) == 1 and not catalog.problems


def test_parsed_toml_with_dates_is_left_out_and_the_rest_is_kept(settings: Settings) -> None:
    """TOML dates have no JSON form: such a file is parsed every time, the others are cached."""
    import datetime

    cache = ChecklistCache(cache_file(settings))
    cache.put(b"with a date", {"id": "x", "when": datetime.date(2026, 11, 22)})
    cache.put(b"plain", {"id": "y"})
    cache.save()
    again = ChecklistCache(cache_file(settings))
    assert again.get(b"plain") == {"id": "y"}
    assert again.get(b"with a date") is None
