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
    assert main(["export", "malmo-stad-kultur", "--format", "pdf"]) == 2
    assert 'formatet "pdf" finns inte (finns: markdown)' in capsys.readouterr().err
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


def test_a_plugin_adds_a_second_format_through_the_hook(home: Path) -> None:
    site = home / "site"
    site.mkdir()
    (site / "textformat.py").write_text(textwrap.dedent(PLUGIN), encoding="utf-8")
    dist = site / "jamtui_textformat-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: jamtui-textformat\nVersion: 1.0\n", encoding="utf-8"
    )
    (dist / "entry_points.txt").write_text("[jamtui]\ntextformat = textformat\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(site), "JAMTUI_HOME": str(home / "data")}
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
