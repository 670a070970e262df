"""``jamtui export``: stdout, default file names, --all, and a second format from a plugin."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from jamtui.cli import main
from jamtui.storage import Store
from tests.export.conftest import STAMP, bundled, fill

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "data"
    monkeypatch.setenv("JAMTUI_HOME", str(data))
    store = Store(data, now=lambda: STAMP)
    org = store.create_organisation("Malmö stad / Kultur")
    fill(store, org.slug, bundled("skr-sjalvskattning"), "2025-11-20", seed=1)
    fill(store, org.slug, bundled("skr-sjalvskattning"), "2026-11-20", seed=0)
    return tmp_path


def test_stdout_default_name_and_all(
    home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["export", "Malmö stad / Kultur", "-o", "-"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# SKR:s självskattning")
    assert "Förändring sedan 2025-11-20" in out
    monkeypatch.chdir(home)
    assert main(["export", "malmo-stad-kultur"]) == 0
    written = capsys.readouterr().out.strip()
    assert written == "malmo-stad-kultur-skr-sjalvskattning-2026-11-20.md"
    assert (home / written).read_text(encoding="utf-8") == out
    assert main(["export", "malmo-stad-kultur", "--all", "-o", str(home / "alla")]) == 0
    assert sorted(p.name for p in (home / "alla").iterdir()) == [
        "malmo-stad-kultur-skr-sjalvskattning-2025-11-20.md",
        "malmo-stad-kultur-skr-sjalvskattning-2026-11-20.md",
    ]


def test_unknown_format_and_organisation(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "malmo-stad-kultur", "--format", "odt"]) == 2
    assert 'formatet "odt" finns inte (finns: markdown, docx, pdf)' in capsys.readouterr().err
    assert main(["export", "Okänd"]) == 2
    assert "ingen organisation" in capsys.readouterr().err


PLUGIN = """
from jamtui.plugin import hookimpl

class Plain:
    name = "text"
    title = "Ren text"
    suffix = ".txt"

    def render(self, context):
        lines = [context.checklist.title.get(), context.organisation, context.run.date]
        for item_id, answer in sorted(context.run.answers.items()):
            lines.append(f"{item_id}: {answer.value}")
        return "\\n".join(lines) + "\\n"

@hookimpl
def jamtui_register_exporters(register):
    register(Plain())
"""


def plugin_env(home: Path, module: str, source: str, entry: str) -> dict[str, str]:
    """Environment in which ``module`` (with ``source``) is an installed jamtui plugin."""
    site = home / "site"
    site.mkdir()
    (site / f"{module}.py").write_text(textwrap.dedent(source), encoding="utf-8")
    dist = site / f"jamtui_{module}-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: jamtui-{module}\nVersion: 1.0\n", encoding="utf-8"
    )
    (dist / "entry_points.txt").write_text(f"[jamtui]\n{entry} = {module}\n", encoding="utf-8")
    return {**os.environ, "PYTHONPATH": str(site), "JAMTUI_HOME": str(home / "data")}


def test_a_plugin_adds_a_second_format_through_the_hook(home: Path) -> None:
    env = plugin_env(home, "textformat", PLUGIN, "textformat")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "jamtui",
            "export",
            "malmo-stad-kultur",
            "--format",
            "text",
            "-o",
            "-",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=home,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[:3] == [
        "SKR:s självskattning – tio moment för jämställdhetsintegrering",
        "Malmö stad / Kultur",
        "2026-11-20",
    ]
    plugins = subprocess.run(
        [sys.executable, "-m", "jamtui", "plugins", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    info = {p["name"]: p for p in json.loads(plugins.stdout)["plugins"]}
    assert info["textformat"]["hooks"] == ["jamtui_register_exporters"]
    assert info["bundled"]["hooks"] == ["jamtui_register_checklists", "jamtui_register_exporters"]


def one_line_error(capsys: pytest.CaptureFixture[str], argv: list[str]) -> str:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    return err


def test_bad_input_gets_one_line_and_exit_2(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert "ingen körning" in one_line_error(capsys, ["export", "malmo-stad-kultur", "nej"])
    missing = home / "finns-inte" / "rapport.md"
    err = one_line_error(capsys, ["export", "malmo-stad-kultur", "-o", str(missing)])
    assert "kan inte skriva" in err and not missing.parent.exists()
    err = one_line_error(
        capsys, ["export", "malmo-stad-kultur", "2026-11-20-skr-sjalvskattning", "--all"]
    )
    assert "--all" in err
    a_file = home / "fil.md"
    a_file.write_text("behåll\n", encoding="utf-8")
    err = one_line_error(capsys, ["export", "malmo-stad-kultur", "--all", "-o", str(a_file)])
    assert "ingen mapp" in err and a_file.read_text(encoding="utf-8") == "behåll\n"


def test_a_named_run_into_a_folder_and_all_into_a_new_folder(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = home / "rapporter"
    folder.mkdir()
    assert (
        main(["export", "malmo-stad-kultur", "2025-11-20-skr-sjalvskattning", "-o", str(folder)])
        == 0
    )
    written = Path(capsys.readouterr().out.strip())
    assert written == folder / "malmo-stad-kultur-skr-sjalvskattning-2025-11-20.md"
    text = written.read_bytes()
    assert b"\r" not in text and text.decode("utf-8").startswith("# SKR:s")
    assert "Förändring sedan" not in text.decode("utf-8")  # the first run has nothing before it
    assert main(["export", "malmo-stad-kultur", "--all", "-o", str(home / "ny" / "mapp")]) == 0
    assert len(list((home / "ny" / "mapp").iterdir())) == 2


def test_all_never_overwrites_a_second_run_on_the_same_day(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = Store(home / "data", now=lambda: STAMP)
    second = fill(store, "malmo-stad-kultur", bundled("skr-sjalvskattning"), "2026-11-20", seed=2)
    assert main(["export", "malmo-stad-kultur", "--all", "-o", str(home / "alla")]) == 0
    names = capsys.readouterr().out.split()
    assert [Path(n).name for n in names] == [
        "malmo-stad-kultur-skr-sjalvskattning-2025-11-20.md",
        "malmo-stad-kultur-skr-sjalvskattning-2026-11-20.md",
        "malmo-stad-kultur-skr-sjalvskattning-2026-11-20-2.md",
    ]
    texts = {(home / "alla" / Path(n).name).read_text(encoding="utf-8") for n in names}
    assert len(texts) == 3
    assert main(["export", "malmo-stad-kultur", second, "-o", "-"]) == 0
    assert capsys.readouterr().out in texts


BROKEN_PLUGIN = """
from jamtui.plugin import hookimpl

class Broken:
    name = "trasig"
    title = "Trasig"
    suffix = ".txt"

    def render(self, context):
        raise ZeroDivisionError("division by zero inside the plugin")

@hookimpl
def jamtui_register_exporters(register):
    register(Broken())
"""


def test_an_exporter_that_crashes_gets_one_line_naming_it(home: Path) -> None:
    env = plugin_env(home, "trasigformat", BROKEN_PLUGIN, "trasig")
    argv = [sys.executable, "-m", "jamtui", "export", "malmo-stad-kultur", "--format", "trasig"]
    result = subprocess.run(
        [*argv, "-o", "-"], capture_output=True, text=True, env=env, cwd=home, timeout=120
    )
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert "trasig" in lines[0] and "ZeroDivisionError" in lines[0]
    assert not list(home.glob("*.txt")), "no half-written report"
