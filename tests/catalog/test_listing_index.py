"""`jamtui checklists` from its index prints exactly what loading every checklist prints."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from jamtui.catalog import catalog as catalog_module
from jamtui.catalog import listing
from jamtui.cli import main
from tests.cli.test_catalog_cli import BROKEN, LOOSE
from tests.plugin.test_item_type_plugin import documented
from tests.safety.test_plugins import CHECKLIST, jamtui, make_site

Run = Callable[..., str]


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("JAMTUI_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("JAMTUI_CONFIG_DIR", str(tmp_path / "config"))
    for name in ("JAMTUI_CHECKLISTS", "JAMTUI_LANG", "JAMTUI_STRICT_PLUGINS"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Run:
    def run(*args: str) -> str:
        assert main(list(args)) == 0
        return capsys.readouterr().out

    return run


def index_file(home: Path) -> Path:
    return home / "home" / ".cache" / listing.INDEX_NAME


@pytest.fixture
def no_loading(monkeypatch: pytest.MonkeyPatch) -> Callable[[], None]:
    """Once called, loading the catalog fails the test: the listing must come from the index."""

    def forbid() -> None:
        def load_catalog(*args: object, **kwargs: object) -> None:
            raise AssertionError("the catalog was loaded although the index was fresh")

        monkeypatch.setattr(catalog_module, "load_catalog", load_catalog)

    return forbid


def user_folder(home: Path) -> Path:
    folder = home / "config" / "checklists"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def both_outputs(run: Run, *args: str) -> tuple[str, str]:
    return run("checklists", *args), run("checklists", "--json", *args)


def assert_same_with_and_without_index(
    home: Path, run: Run, forbid: Callable[[], None], *args: str
) -> tuple[str, str]:
    index_file(home).unlink(missing_ok=True)
    loaded = both_outputs(run, *args)  # loads everything, writes the index
    assert index_file(home).is_file()
    forbid()
    assert both_outputs(run, *args) == loaded
    return loaded


def test_bundled_user_and_broken_checklists_list_the_same_from_the_index(
    home: Path, run: Run, no_loading: Callable[[], None]
) -> None:
    folder = user_folder(home)
    (folder / "egen.toml").write_text(LOOSE.format(id="egen"), encoding="utf-8")
    (folder / "trasig.toml").write_text(BROKEN, encoding="utf-8")
    extra = home / "extra"
    extra.mkdir()
    (extra / "extra.toml").write_text(LOOSE.format(id="extra"), encoding="utf-8")
    text, as_json = assert_same_with_and_without_index(
        home, run, no_loading, "--checklists", str(extra), "--checklists", str(home / "saknas")
    )
    data = json.loads(as_json)
    ids = [row["id"] for row in data["checklists"]]
    assert {"mums", "egen", "extra"} <= set(ids)
    assert any("trasig.toml" in problem for problem in data["problems"])
    assert any("saknas" in problem for problem in data["problems"])
    assert "Lös lista egen" in text and "trasig.toml" in text


def test_each_language_has_its_own_listing(
    home: Path, run: Run, no_loading: Callable[[], None]
) -> None:
    (user_folder(home) / "egen.toml").write_text(LOOSE.format(id="egen"), encoding="utf-8")
    swedish = run("checklists")
    english = run("checklists", "--lang", "en")
    no_loading()
    assert run("checklists") == swedish and "Lös lista egen" in swedish
    assert run("checklists", "--lang", "en") == english and "Loose list egen" in english


def test_a_file_edited_in_place_with_the_same_size_and_time_is_listed_as_it_reads_now(
    home: Path, run: Run
) -> None:
    path = user_folder(home) / "egen.toml"
    path.write_text(LOOSE.format(id="egen").replace("Lös lista", "Lista ett"), encoding="utf-8")
    before = path.stat()
    assert "Lista ett egen" in run("checklists")
    path.write_text(LOOSE.format(id="egen").replace("Lös lista", "Lista tre"), encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = path.stat()
    assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    assert "Lista tre egen" in run("checklists")


def test_added_and_removed_files_are_listed_at_once(home: Path, run: Run) -> None:
    folder = user_folder(home)
    (folder / "forsta.toml").write_text(LOOSE.format(id="forsta"), encoding="utf-8")
    assert "forsta" in run("checklists")
    (folder / "andra.toml").write_text(LOOSE.format(id="andra"), encoding="utf-8")
    assert {"forsta", "andra"} <= set(run("checklists").split())
    (folder / "forsta.toml").unlink()
    listed = run("checklists").split()
    assert "andra" in listed and "forsta" not in listed


@pytest.mark.parametrize(
    "spoil",
    [
        pytest.param(lambda path: path.write_text("{not json", encoding="utf-8"), id="corrupt"),
        pytest.param(
            lambda path: path.write_text(
                json.dumps({"version": listing.INDEX_VERSION, "listings": []}), encoding="utf-8"
            ),
            id="wrong-shape",
        ),
        pytest.param(
            lambda path: path.write_bytes(b" " * (listing.INDEX_LIMIT + 1)), id="too-large"
        ),
    ],
)
def test_a_spoilt_index_is_ignored_and_written_again(
    home: Path, run: Run, spoil: Callable[[Path], object]
) -> None:
    (user_folder(home) / "egen.toml").write_text(LOOSE.format(id="egen"), encoding="utf-8")
    expected = run("checklists")
    spoil(index_file(home))
    assert run("checklists") == expected
    assert json.loads(index_file(home).read_text("utf-8"))["version"] == listing.INDEX_VERSION


def test_a_hand_edited_entry_that_is_not_a_listing_is_ignored(home: Path, run: Run) -> None:
    expected = run("checklists")
    data = json.loads(index_file(home).read_text("utf-8"))
    for entry in data["listings"].values():
        entry["rows"][0]["extra"] = "okänt fält"
        entry["rows"][1]["title"] = 7
    index_file(home).write_text(json.dumps(data), encoding="utf-8")
    assert run("checklists") == expected


def test_a_linked_index_is_not_read_and_is_replaced_by_a_file(home: Path, run: Run) -> None:
    expected = run("checklists")
    index = index_file(home)
    planted = json.loads(index.read_text("utf-8"))
    for entry in planted["listings"].values():
        entry["rows"][0]["title"] = "Planterad titel"
    elsewhere = home / "elsewhere.json"
    elsewhere.write_text(json.dumps(planted), encoding="utf-8")
    index.unlink()
    index.symlink_to(elsewhere)
    assert run("checklists") == expected
    assert not index.is_symlink() and index.is_file()
    assert "Planterad titel" in elsewhere.read_text("utf-8")  # the link's target is untouched


def test_the_index_is_tied_to_the_code_that_made_it(home: Path, run: Run) -> None:
    run("checklists")
    data = json.loads(index_file(home).read_text("utf-8"))
    (entry,) = data["listings"].values()
    files = {file for file, _ in entry["code"]}
    assert listing.__file__ in files and catalog_module.__file__ in files
    raw = next(iter(data["listings"].values()))
    assert listing._listing(raw) is not None
    raw["code"] = [[catalog_module.__file__, "0:0"]]  # as if the loader had been edited
    assert listing._listing(raw) is None


PROBE = """
import sys
from jamtui.cli import main
main(sys.argv[1:])
heavy = [name for name in ("jamtui.core.model", "jamtui.catalog.loader") if name in sys.modules]
print("LOADED:" + ",".join(heavy), file=sys.stderr)
"""


def test_a_fresh_index_lists_without_the_model_or_the_validator(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("JAMTUI_")}
    env.update(JAMTUI_HOME=str(tmp_path / "home"), JAMTUI_CONFIG_DIR=str(tmp_path / "config"))

    def loaded() -> str:
        result = subprocess.run(
            [sys.executable, "-c", PROBE, "checklists"],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        return [line for line in result.stderr.splitlines() if line.startswith("LOADED:")][-1]

    assert loaded() == "LOADED:jamtui.core.model,jamtui.catalog.loader"  # made the index
    assert loaded() == "LOADED:"


READS_ITS_TEXT = """
from pathlib import Path

from jamtui.plugin import hookimpl

@hookimpl
def jamtui_register_checklists(register):
    register(Path(__file__).with_name("tillagg.txt").read_text(encoding="utf-8"))
"""


def test_a_plugins_checklists_list_the_same_and_follow_what_it_registers(tmp_path: Path) -> None:
    site = make_site(tmp_path, {"tillagg": READS_ITS_TEXT}, {"tillagg": "tillagg"})
    text = site / "tillagg.txt"
    text.write_text(CHECKLIST.format(id="tillagg", title="Tillägg ett"), encoding="utf-8")
    index = tmp_path / "home" / ".cache" / listing.INDEX_NAME

    def listed() -> str:
        result = jamtui(site, tmp_path, "checklists")
        assert result.returncode == 0, result.stderr
        return result.stdout

    first = listed()
    assert "Tillägg ett  [tillagg]" in first and index.is_file()
    assert listed() == first
    index.unlink()
    assert listed() == first
    # Its code is the same, what it registers is not: listed at once.
    text.write_text(CHECKLIST.format(id="tillagg", title="Tillägg två"), encoding="utf-8")
    assert "Tillägg två  [tillagg]" in listed()
    # An edit of the plugin's code (an editable install) is seen as well.
    module = site / "tillagg.py"
    module.write_text(READS_ITS_TEXT.replace("tillagg.txt", "annan.txt"), encoding="utf-8")
    (site / "annan.txt").write_text(CHECKLIST.format(id="annan", title="Annan"), "utf-8")
    assert "Annan  [tillagg]" in listed()


def test_a_checklist_of_a_plugins_item_type_follows_the_plugin(tmp_path: Path) -> None:
    plugin, checklist = documented()
    site = make_site(tmp_path, {"jamtui_likert5": plugin}, {"likert5": "jamtui_likert5"})
    folder = tmp_path / "listor"
    folder.mkdir()
    (folder / "enkat.toml").write_text(checklist, encoding="utf-8")

    def listed(**extra: str) -> dict[str, Any]:
        env = {"JAMTUI_CHECKLISTS": str(folder), **extra}
        result = jamtui(site, tmp_path, "checklists", "--json", **env)
        assert result.returncode == 0, result.stderr
        data: dict[str, Any] = json.loads(result.stdout)
        return data

    with_type = listed()
    assert "enkat" in [row["id"] for row in with_type["checklists"]]
    assert listed() == with_type
    without = listed(JAMTUI_DISABLE_PLUGINS="likert5")
    assert "enkat" not in [row["id"] for row in without["checklists"]]
    assert any("likert5" in str(problem) for problem in without["problems"])
    assert listed() == with_type
