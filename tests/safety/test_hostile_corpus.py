"""The hostile corpus through every entry point: CLI, storage API, checklist loader, files.

Whatever the input, jamtui answers with a result or one line (exit 0, 1 or 2), never a
traceback; nothing raw reaches the output; text is stored exactly; names that are not one
line of plain text are refused; no special file is read, hangs jamtui or is written through.
"""

from __future__ import annotations

import json
import re
import threading
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from jamtui.core.names import name_problem
from jamtui.core.run import Participant
from jamtui.core.sanitize import UNSAFE_CLASS
from jamtui.storage import InvalidValueError, StorageError, Store
from tests.cli.test_hostile_cli import home, run  # noqa: F401 - the fixture is used by name
from tests.safety.corpus import HOSTILE_STRINGS, SPECIAL_FILES
from tests.storage.conftest import make_checklist

pytestmark = pytest.mark.skipif(
    not hasattr(__import__("os"), "mkfifo"), reason="FIFOs and device links are POSIX"
)

RAW = re.compile(f"[{UNSAFE_CLASS}]")
CHECKLIST = make_checklist()


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def assert_clean(*outputs: str) -> None:
    """No escape, control, bidi or invisible character reached the output raw."""
    for output in outputs:
        assert RAW.search(output) is None, repr(output[:200])
        assert "Traceback" not in output


def watchdog(call: Callable[[], Any], seconds: float = 30.0) -> Any:
    """``call()``, failing the test if it does not return (a hang) within ``seconds``."""
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["result"] = call()
        except BaseException as error:  # re-raised in the test's thread
            box["error"] = error

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"hung: {call}"
    if "error" in box:
        raise box["error"]
    return box.get("result")


# -- strings ------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", HOSTILE_STRINGS, ids=range(len(HOSTILE_STRINGS)))
def test_every_cli_entry_point_under_a_hostile_string(
    home: Path,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    text: str,
) -> None:
    refused = bool(name_problem(nfc(text).strip())) or not text.strip()
    code, out, err = run(capsys, "orgs", "add", text)
    assert_clean(out, err)
    assert code == (2 if refused else 0)
    if refused:
        assert err.count("\n") == 1
        assert not (home / "organisations").exists() or not any(
            p for p in (home / "organisations").iterdir() if not p.name.startswith(".")
        )
    assert run(capsys, "orgs", "add", "Lund")[0] == 0
    for option in ("--participant", "--facilitator", "--unit"):
        code, out, err = run(capsys, "runs", "new", "lund", "prov", option, text)
        assert_clean(out, err)
        assert code in (0, 2) and (code == 0 or err.count("\n") == 1)
    code, out, err = run(capsys, "runs", "new", "lund", "prov", "--date", "2026-01-01")
    assert code == 0, err
    code, out, err = run(
        capsys, "answer", "lund", "2026-01-01-prov", "s.fritext", text, "--note", text
    )
    assert_clean(out, err)
    assert code == 0, err
    answer = Store(home).load_run("lund", "2026-01-01-prov").answers["s.fritext"]
    assert answer.note == nfc(text)  # text is stored exactly (NFC), controls and all
    code, out, err = run(
        capsys, "answer", "lund", "2026-01-01-prov", "s.betyg", "2", "--rater", text
    )
    assert_clean(out, err)
    assert code == 2 and err.count("\n") == 1  # no such participant, or not a name
    for command in (
        ["orgs"],
        ["orgs", "--json"],
        ["runs", "lund"],
        ["runs", "lund", "--json"],
        ["doctor"],
        ["export", "lund", "2026-01-01-prov", "-o", "-"],
    ):
        code, out, err = run(capsys, *command)
        assert_clean(out, err)
        assert code == 0, (command, err)
    if "--json" in command:
        json.loads(out)


def test_hostile_names_are_refused_by_the_api_with_nothing_written(tmp_path: Path) -> None:
    store = Store(tmp_path)
    org = store.create_organisation("Lund")
    before = sorted(p.name for p in (tmp_path / "organisations").iterdir())
    for text in HOSTILE_STRINGS:
        clean = nfc(text).strip()
        if not clean or name_problem(clean) is None:
            continue
        for call in (
            lambda text=text: store.create_organisation(text),
            lambda text=text: store.rename_organisation(org.slug, text),
            lambda text=text: store.create_run(org.slug, CHECKLIST, unit=text),
            lambda text=text: store.create_run(org.slug, CHECKLIST, facilitator=text),
            lambda text=text: store.create_run(
                org.slug, CHECKLIST, participants=[Participant(text)]
            ),
            lambda text=text: store.create_run(
                org.slug, CHECKLIST, participants=[Participant("A", text)]
            ),
        ):
            with pytest.raises(InvalidValueError):
                call()
    assert sorted(p.name for p in (tmp_path / "organisations").iterdir()) == before
    assert store.list_runs(org.slug) == []
    assert store.get_organisation(org.slug).name == "Lund"


def test_hostile_text_round_trips_through_every_text_field(tmp_path: Path) -> None:
    store = Store(tmp_path)
    org = store.create_organisation("Lund")
    made = store.create_run(org.slug, CHECKLIST, participants=[Participant("Åsa")])
    with store.open_run(org.slug, made.id, CHECKLIST) as session:
        for text in HOSTILE_STRINGS:
            session.set_note("s.fritext", text)
            session.set_internal_note("s.fraga", text)
            session.set_dissent("s.betyg", text)
            session.set_value("s.fritext", text)
            loaded = store.load_run(org.slug, made.id)
            assert loaded.answers["s.fritext"].note == nfc(text)
            assert loaded.answers["s.fritext"].value == nfc(text)
            assert loaded.answers["s.fraga"].internal_note == nfc(text)
            assert loaded.answers["s.betyg"].dissent == nfc(text)


def _checklist_with(text: str) -> str:
    value = json.dumps(text, ensure_ascii=False)
    return (
        f'format = 1\nid = "fientlig"\nversion = "1"\ntitle = {value}\n'
        f'description = {value}\n[[sections]]\nid = "s"\ntitle = {value}\n'
        f'[[sections.items]]\nid = "a"\ntype = "text"\ntext = {value}\nguidance = {value}\n'
    )


def test_check_and_checklists_under_hostile_checklist_text(
    home: Path,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path / "fientliga"
    folder.mkdir()
    for index, text in enumerate(HOSTILE_STRINGS):
        (folder / f"lista-{index}.toml").write_text(_checklist_with(text), encoding="utf-8")
    code, out, err = run(capsys, "check", str(folder))
    assert_clean(out, err)
    assert code in (0, 1)
    for command in (["checklists"], ["checklists", "--json"], ["plugins"]):
        code, out, err = run(capsys, "--checklists", str(folder), *command)
        assert_clean(out, err)
        assert code == 0


# -- files --------------------------------------------------------------------------------------

PLACES = ["run", "organisation", "orgs-index", "runs-index", "lock", "checklist", "cache"]


def _place(root: Path, place: str) -> Path:
    store = Store(root)
    org = store.create_organisation("Lund")
    made = store.create_run(org.slug, CHECKLIST, date="2026-01-01")
    runs = root / "organisations" / org.slug / "runs"
    store.list_organisations()
    store.list_runs(org.slug)
    target = {
        "run": runs / f"{made.id}.toml",
        "organisation": root / "organisations" / org.slug / "organisation.toml",
        "orgs-index": root / "organisations" / ".index.json",
        "runs-index": runs / ".index.json",
        "lock": runs / f".{made.id}.lock",
        "checklist": root.parent / "listor" / "prov.toml",
        "cache": root / ".cache" / "parsed-checklists.json",
    }[place]
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists() or target.is_symlink():
        target.unlink()
    return target


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("kind", sorted(SPECIAL_FILES))
def test_special_files_are_reported_never_read_or_written_through(
    home: Path,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    place: str,
    kind: str,
) -> None:
    target = _place(home, place)
    SPECIAL_FILES[kind](target)
    outside = home.parent / "utanfor.toml"
    outside_before = outside.read_bytes() if outside.exists() else None
    store = Store(home)
    watchdog(store.list_organisations)
    watchdog(store.problems)
    try:
        watchdog(lambda: store.list_runs("lund"))
        watchdog(lambda: store.load_run("lund", "2026-01-01-prov"))
    except StorageError:
        pass  # reported with its path: the run or organisation file is unreadable
    commands = [
        ["orgs"],
        ["runs", "lund"],
        ["doctor"],
        ["answer", "lund", "latest", "s.fraga", "ja"],
    ]
    if place in ("checklist", "cache", "run"):
        commands += [["checklists"], ["export", "lund", "2026-01-01-prov", "-o", "-"]]
    for command in commands:
        code, out, err = watchdog(lambda command=command: run(capsys, *command))
        assert_clean(out, err)
        assert code in (0, 1, 2), (command, err)
        assert code == 0 or err.count("\n") <= 1 or command == ["doctor"], (command, err)
    if outside_before is not None:
        assert outside.read_bytes() == outside_before  # nothing written through a link
    if place in ("run", "organisation") and kind not in ("utf-8-bom", "crlf-only"):
        problems = watchdog(store.problems)
        assert any(str(target) in p.format() for p in problems), [p.format() for p in problems]
