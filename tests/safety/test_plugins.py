"""Plugins cannot hold jamtui hostage: time limits, the bundled plugin first, strict is strict."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.terminal import Terminal

CHECKLIST = """format = 1
id = "{id}"
version = "1"
title = "{title}"
[[sections]]
id = "s"
title = "S"
[[sections.items]]
id = "a"
type = "text"
text = "A"
"""

HANGS_IN_HOOK = """
import threading
from jamtui.plugin import hookimpl

@hookimpl
def jamtui_register_checklists(register):
    threading.Event().wait()  # never returns
"""

HANGS_ON_IMPORT = "import threading\nthreading.Event().wait()\n"

GOOD = f"""
from jamtui.plugin import hookimpl

@hookimpl
def jamtui_register_checklists(register):
    register({CHECKLIST.format(id="bra-lista", title="Bra lista")!r})
"""

# A third-party module named like the docs' own example, providing a checklist whose id the
# bundled plugin already has.
IMPOSTOR = f"""
from jamtui.plugin import hookimpl

@hookimpl
def jamtui_register_checklists(register):
    register({CHECKLIST.format(id="mums", title="Falsk MUMS")!r})
"""

INTERRUPTED = "raise KeyboardInterrupt\n"

BAD_EXPORTER = """
from jamtui.plugin import hookimpl

class Escaper:
    name = "rymmare"
    title = "Rymmare"
    suffix = "/../../../rymt.md"

    def render(self, context):
        return "rymt"

@hookimpl
def jamtui_register_exporters(register):
    register(Escaper())
"""


def make_site(tmp_path: Path, modules: dict[str, str], points: dict[str, str]) -> Path:
    site = tmp_path / "site"
    site.mkdir()
    for name, source in modules.items():
        (site / f"{name}.py").write_text(textwrap.dedent(source), encoding="utf-8")
    dist = site / "jamtui_hostile-0.1.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: jamtui-hostile\nVersion: 0.1\n", encoding="utf-8"
    )
    lines = "\n".join(f"{name} = {module}" for name, module in points.items())
    (dist / "entry_points.txt").write_text(f"[jamtui]\n{lines}\n", encoding="utf-8")
    return site


def environ(site: Path, tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("JAMTUI_") and k != "PYTHONPATH"}
    env.update(PYTHONPATH=str(site), JAMTUI_HOME=str(tmp_path / "home"), **extra)
    return env


def jamtui(
    site: Path, tmp_path: Path, *args: str, **extra: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "jamtui", *args],
        capture_output=True,
        text=True,
        env=environ(site, tmp_path, **extra),
        timeout=120,
    )


@pytest.mark.parametrize(
    ("module", "what"), [(HANGS_IN_HOOK, "jamtui_register_checklists"), (HANGS_ON_IMPORT, "")]
)
def test_a_hanging_plugin_is_named_and_skipped(tmp_path: Path, module: str, what: str) -> None:
    site = make_site(tmp_path, {"seg": module, "bra": GOOD}, {"seg": "seg", "bra": "bra"})
    result = jamtui(site, tmp_path, "checklists", "--json", JAMTUI_PLUGIN_TIMEOUT="0.5")
    assert result.returncode == 0, result.stderr
    ids = {row["id"] for row in json.loads(result.stdout)["checklists"]}
    assert "bra-lista" in ids and "mums" in ids  # everything else still loads
    notice = [line for line in result.stderr.splitlines() if line.startswith("jamtui: seg:")]
    assert len(notice) == 1 and "0.5 s" in notice[0] and what in notice[0]


def test_the_bundled_plugin_loads_first_whatever_others_are_called(tmp_path: Path) -> None:
    site = make_site(tmp_path, {"jamtui_aaa": IMPOSTOR}, {"aaa": "jamtui_aaa"})
    result = jamtui(site, tmp_path, "checklists", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    mums = next(row for row in data["checklists"] if row["id"] == "mums")
    assert mums["provider"] == "bundled" and mums["title"] != "Falsk MUMS"
    plugins = {
        p["name"]: p
        for p in json.loads(jamtui(site, tmp_path, "plugins", "--json").stdout)["plugins"]
    }
    assert plugins["bundled"]["problems"] == []  # the duplicate is blamed on the newcomer
    assert 'checklistan "mums" finns redan' in plugins["aaa"]["problems"][0]


def test_strict_mode_is_fatal_for_a_duplicate_checklist_id(tmp_path: Path) -> None:
    site = make_site(tmp_path, {"jamtui_aaa": IMPOSTOR}, {"aaa": "jamtui_aaa"})
    result = jamtui(site, tmp_path, "checklists", JAMTUI_STRICT_PLUGINS="1")
    assert result.returncode == 3
    assert "mums" in result.stderr and "Traceback" not in result.stderr


def test_strict_mode_is_fatal_for_a_hanging_plugin(tmp_path: Path) -> None:
    site = make_site(tmp_path, {"seg": HANGS_IN_HOOK}, {"seg": "seg"})
    result = jamtui(
        site, tmp_path, "checklists", JAMTUI_STRICT_PLUGINS="1", JAMTUI_PLUGIN_TIMEOUT="0.5"
    )
    assert result.returncode == 3 and "seg" in result.stderr


def test_an_interrupt_while_a_plugin_is_imported_is_one_line(tmp_path: Path) -> None:
    site = make_site(tmp_path, {"avbryt": INTERRUPTED}, {"avbryt": "avbryt"})
    result = jamtui(site, tmp_path, "checklists")
    assert result.returncode == 130
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "avbryt" in result.stderr


def test_an_exporter_suffix_with_a_path_is_refused(tmp_path: Path) -> None:
    site = make_site(tmp_path, {"rymmare": BAD_EXPORTER}, {"rymmare": "rymmare"})
    result = jamtui(site, tmp_path, "plugins", "--json")
    plugins = {p["name"]: p for p in json.loads(result.stdout)["plugins"]}
    assert "filändelsen" in plugins["rymmare"]["problems"][0]
    from jamtui.export.filenames import report_filename

    with pytest.raises(ValueError):
        report_filename("Lund", "mums", "2026-01-01", "/../../x.md")
    assert report_filename("Lund", "mums", "2026-01-01", ".tar.gz") == "lund-mums-2026-01-01.tar.gz"


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_a_hanging_plugin_never_freezes_the_tui(tmp_path: Path) -> None:
    from jamtui.storage import Store

    Store(tmp_path / "home").create_organisation("Lund")
    site = make_site(tmp_path, {"seg": HANGS_IN_HOOK}, {"seg": "seg"})
    env = environ(site, tmp_path, JAMTUI_PLUGIN_TIMEOUT="600")
    with Terminal(size=(80, 24), env=env) as term:
        term.wait_for("Lund")
        term.press("enter")
        term.wait_for("Ny körning")
        term.press("n")  # a new run needs the checklists, which are still loading
        term.wait_for("läses fortfarande in")
        term.press("escape")  # the app answers while the plugin still hangs
        done = term.quit()
    assert (done.code, done.traceback) == (0, "")
