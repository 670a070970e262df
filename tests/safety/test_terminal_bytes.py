"""No escape sequence, C1 control or bidi override from stored text reaches the terminal.

Asserted on the bytes the real ``jamtui`` command writes to a pseudo-terminal.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from jamtui.catalog import load_catalog
from jamtui.core.run import Participant
from jamtui.plugin.manager import create_host
from jamtui.settings import resolve_settings
from jamtui.storage import Store
from tests.safety import payloads
from tests.terminal import Terminal

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")


def _hostile_run(data: Path) -> Path:
    """An organisation with one SKR run whose note, answer and participant names are hostile.

    The names are written into the file by hand, as a synced or edited file would hold them
    (jamtui itself refuses such names).
    """
    import jamtui_bundled

    settings = resolve_settings(data_dir=str(data), environ={})
    catalog = load_catalog(
        settings, host=create_host(entry_points=[], extra_plugins=[("bundled", jamtui_bundled)])
    )
    checklist = catalog.get("skr-sjalvskattning")
    assert checklist is not None
    store = Store(data)
    org = store.create_organisation("Kommun")
    run = store.create_run(
        org.slug, checklist, participants=[Participant("Anna", ""), Participant("Bo", "")]
    )
    with store.open_run(org.slug, run.id, checklist) as session:
        session.set_note("moment.m1-beslut", "Not: " + payloads.ALL + "\nslut")
        session.set_dissent("moment.m1-beslut", "Avvikande: " + payloads.ALL)
    path = data / "organisations" / org.slug / "runs" / f"{run.id}.toml"
    text = path.read_text(encoding="utf-8")
    hostile = json.dumps("Anna " + payloads.OSC2 + payloads.C1 + payloads.BIDI)
    path.write_text(text.replace('"Anna"', hostile, 1), encoding="utf-8")
    return path


def test_the_run_screen_writes_no_escape_from_a_stored_note_or_name(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _hostile_run(data)
    with Terminal("--data-dir", str(data), size=(120, 40)) as term:
        term.wait_for("Kommun")
        term.press("enter")
        term.wait_for("Enheter:")  # the organisation's screen
        term.wait_settled()
        term.press("enter")
        term.wait_for("Fråga 1 av 10")
        # The note is shown, its controls as visible pictures: ESC as ␛, BEL as ␇.
        term.wait_for("␛]52;c;SGFja2Vk")
        term.wait_for("Anna")
        assert "PWNED-TITLE␇" in term.screen()  # the dissent, controls shown
        assert "Anna C1TITLE" not in term.screen()  # the name, controls and payload removed
        raw = term.raw
        done = term.quit()
    assert payloads.leaks(raw) == []
    assert (done.code, done.traceback) == (0, "")


def _hostile_checklist_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "checklists"
    folder.mkdir()
    hostile_name = folder / "lista\x1b]2;FILNAMN\x07.toml"
    hostile_name.write_text(
        'format = 1\nid = "evil"\nversion = "1"\n'
        f"title = {json.dumps('Titel ' + payloads.ALL)}\n"
        f"description = {json.dumps(payloads.CSI)}\n",
        encoding="utf-8",
    )
    (folder / "trasig.toml").write_text(
        f'format = 1\nid = {json.dumps("x" + payloads.OSC52)}\nversion = "1"\n'
        f"title = {json.dumps(payloads.OSC8)}\n[[sections]]\nid = 1\n",
        encoding="utf-8",
    )
    return folder


@pytest.mark.parametrize(
    "command",
    [
        ("check", "{folder}"),
        ("check", "{folder}/lista\x1b]2;FILNAMN\x07.toml", "{folder}/saknas\x1b[2J.toml"),
        ("--checklists", "{folder}", "checklists"),
        ("--checklists", "{folder}", "checklists", "--json"),
        ("--checklists", "{folder}", "plugins"),
    ],
)
def test_cli_commands_print_no_escape_from_checklists_or_file_names(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    folder = _hostile_checklist_folder(tmp_path)
    args = [word.format(folder=folder) for word in command]
    with Terminal("--data-dir", str(tmp_path / "data"), *args) as term:
        done = term.wait_exit()
        raw = term.raw
    assert payloads.leaks(raw) == []
    assert b"\x1b]2;FILNAMN" not in raw
    assert "Traceback" not in done.output
