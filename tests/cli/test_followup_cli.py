"""units, people, actions, action, log, delete, trash and demo from the shell."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_hostile_cli import home, run, snapshot

__all__ = ["home"]


@pytest.fixture
def lund(home: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    run(capsys, "orgs", "add", "Lund", "--unit", "Tekniska kontoret", "--unit", "Kultur")
    return home


def test_units_rename_merge_remove_and_runs_follow(
    lund: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(
        capsys, "runs", "new", "lund", "prov", "--unit", "Tekniska kontoret", "--date", "2026-01-01"
    )
    run(capsys, "runs", "new", "lund", "prov", "--unit", "Kultur", "--date", "2026-02-01")
    before = (lund / "organisations/lund/runs/2026-01-01-prov.toml").read_bytes()
    assert run(capsys, "units", "lund", "rename", "Tekniska kontoret", "Teknik")[0] == 0
    code, out, _ = run(capsys, "units", "lund", "--json")
    units = json.loads(out)["units"]
    assert [(u["name"], u["runs"]) for u in units] == [("Teknik", 1), ("Kultur", 1)]
    assert units[0]["aliases"] == ["Tekniska kontoret"]
    # The run file is not rewritten: it follows by the unit's earlier name.
    assert (lund / "organisations/lund/runs/2026-01-01-prov.toml").read_bytes() == before
    assert run(capsys, "units", "lund", "merge", "Kultur", "Teknik")[0] == 0
    out = run(capsys, "units", "lund")[1]
    assert "Teknik\t2 körningar" in out and "Kultur" not in out
    code, out, _ = run(capsys, "units", "lund", "remove", "Teknik")
    assert code == 0 and "utan enhet" in out
    assert "utan enhet\t2 körningar" in run(capsys, "units", "lund")[1]
    text = (lund / "organisations/lund/units.toml").read_text(encoding="utf-8")
    assert 'merged_into = "u-' in text and "removed = true" in text
    # organisation.toml keeps the active names for anything that reads only it.
    assert "units = []" in (lund / "organisations/lund/organisation.toml").read_text("utf-8")


def test_a_new_unit_for_a_run_needs_new_unit(
    lund: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(lund)
    code, _, err = run(capsys, "runs", "new", "lund", "prov", "--unit", "Kulturförvaltningen")
    assert code == 2 and "--new-unit" in err and snapshot(lund) == before
    code, out, _ = run(
        capsys, "runs", "new", "lund", "prov", "--unit", "Kulturförvaltningen", "--new-unit"
    )
    assert code == 0 and out.endswith("-prov\n")
    assert "Kulturförvaltningen" in run(capsys, "units", "lund")[1]


def test_people_list_add_edit_remove(lund: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "people", "lund", "add", "Åsa Lönn", "--role", "strateg", "--unit", "kultur"
    )
    person = out.strip()
    assert code == 0 and person.startswith("pe-")
    assert run(capsys, "people", "lund", "edit", "åsa lönn", "--email", "asa@example.se")[0] == 0
    listed = json.loads(run(capsys, "people", "lund", "--json")[1])["people"]
    assert listed == [
        {
            "id": person,
            "name": "Åsa Lönn",
            "role": "strateg",
            "unit": listed[0]["unit"],
            "unit_name": "Kultur",
            "email": "asa@example.se",
            "phone": "",
        }
    ]
    code, _, err = run(capsys, "people", "lund", "add", "Åsa Lönn")
    assert code == 2 and "finns redan" in err
    code, _, err = run(capsys, "people", "lund", "add", "Nils", "--unit", "Okänd")
    assert code == 2 and 'ingen enhet "Okänd"' in err
    assert run(capsys, "people", "lund", "remove", person)[0] == 0
    assert "Åsa" not in (lund / "organisations/lund/people.toml").read_text(encoding="utf-8")


def test_action_add_set_and_the_register(lund: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "runs", "new", "lund", "prov", "--date", "2026-01-01")
    code, out, _ = run(
        capsys,
        "action", "add", "lund", "latest", "s.plan",
        "--what", "Boka utbildning", "--who", "Åsa", "--due", "1/3 2026",
    )  # fmt: skip
    action_id = out.strip().splitlines()[-1]
    assert code == 0 and action_id.startswith("a-")
    run_text = (lund / "organisations/lund/runs/2026-01-01-prov.toml").read_text("utf-8")
    assert f'id = "{action_id}"' in run_text and 'due = "2026-03-01"' in run_text
    register = json.loads(run(capsys, "actions", "lund", "--json")[1])["actions"]
    assert [(a["id"], a["status"], a["overdue"]) for a in register] == [
        (action_id, "ej-paborjad", True)
    ]
    code, out, _ = run(
        capsys, "action", "set", "lund", action_id, "--status", "pågår", "--comment", "Bokad"
    )
    assert (code, out) == (0, f"{action_id}\tpågår\n")
    assert run(capsys, "action", "set", "lund", action_id, "--status", "klar")[0] == 0
    assert run(capsys, "actions", "lund", "--open")[1] == "Inga åtgärder.\n"
    followups = (lund / "organisations/lund/actions.toml").read_text("utf-8")
    assert 'status = "klar"' in followups and 'comment = "Bokad"' in followups
    before = snapshot(lund)
    for args, message in (
        (["action", "set", "lund", action_id, "--status", "kanske"], "okänd status"),
        (["action", "set", "lund", "a-00000000", "--status", "klar"], "ingen åtgärd"),
        (["action", "add", "lund", "latest", "s.fraga", "--what", "x"], "tar inga åtgärdsrader"),
        (["action", "add", "lund", "latest", "s.plan", "--what", "x", "--due", "snart"], "datum"),
    ):
        code, out, err = run(capsys, *args)
        assert (code, out) == (2, "") and message in err and err.count("\n") == 1
    assert snapshot(lund) == before


def test_a_finalized_run_is_not_rewritten_by_a_status_change(
    lund: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from jamtui.storage import Store

    run(capsys, "runs", "new", "lund", "prov", "--date", "2026-01-01")
    action_id = run(capsys, "action", "add", "lund", "latest", "s.plan", "--what", "Gör")[1]
    store = Store(lund)
    with store.open_run("lund", "latest") as session:
        session.finalize(by="Karin")
    path = lund / "organisations/lund/runs/2026-01-01-prov.toml"
    before = path.read_bytes()
    assert run(capsys, "action", "set", "lund", action_id.strip(), "--status", "klar")[0] == 0
    assert path.read_bytes() == before
    assert json.loads(run(capsys, "actions", "lund", "--json")[1])["actions"][0]["status"] == "klar"


def test_deleted_runs_wait_in_the_papperskorg_until_emptied(
    lund: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "runs", "new", "lund", "prov", "--date", "2026-01-01")
    original = (lund / "organisations/lund/runs/2026-01-01-prov.toml").read_bytes()
    code, out, _ = run(capsys, "delete", "lund", "2026-01-01-prov")
    assert code == 0 and "jamtui trash lund --restore 2026-01-01-prov" in out
    assert run(capsys, "runs", "lund")[1] == ""
    assert "2026-01-01-prov\tprov\t2026-01-01" in run(capsys, "trash", "lund")[1]
    assert run(capsys, "trash", "lund", "--restore", "2026-01-01-prov")[1] == "2026-01-01-prov\n"
    assert (lund / "organisations/lund/runs/2026-01-01-prov.toml").read_bytes() == original
    run(capsys, "delete", "lund", "latest")
    assert run(capsys, "trash", "lund", "--empty")[1] == "1 körningar raderade för gott.\n"
    assert run(capsys, "trash", "lund")[1] == "Papperskorgen är tom.\n"


def test_a_run_open_in_a_window_is_not_deleted(
    lund: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from jamtui.storage import Store

    run(capsys, "runs", "new", "lund", "prov", "--date", "2026-01-01")
    with Store(lund).open_run("lund", "latest"):
        code, _, err = run(capsys, "delete", "lund", "latest")
    assert code == 2 and "öppen i ett annat fönster" in err
    assert (lund / "organisations/lund/runs/2026-01-01-prov.toml").exists()


def test_log_add_list_and_the_monthly_report(
    lund: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "people", "lund", "add", "Ewa Sigfridsson", "--role", "strateg")
    code, out, _ = run(
        capsys,
        "log", "lund", "add", "--date", "3/11 2026", "--kind", "möte", "--unit", "Kultur",
        "--who", "ewa sigfridsson", "--who", "Roland Eiman",
        "--text", "Möte med strategen om jämställdhetsarbetet.",
        "--decision", "Nästa möte i januari.",
        "--forward", "Kick-on för strateger;Caroline;13/11 2026",
    )  # fmt: skip
    assert code == 0 and out.startswith("lg-")
    run(capsys, "log", "lund", "add", "--date", "2026-11-01", "--kind", "strategträff",
        "--text", "Strategträff.", "--plan", "Samtliga möten är genomförda.")  # fmt: skip
    run(capsys, "log", "lund", "add", "--date", "2026-11-30", "--kind", "övrigt",
        "--text", "Fler portföljer har beställts.")  # fmt: skip
    run(capsys, "log", "lund", "add", "--date", "2026-12-02", "--kind", "möte", "--text", "Dec.")
    listed = json.loads(run(capsys, "log", "lund", "list", "--month", "2026-11", "--json")[1])
    assert [e["date"] for e in listed["entries"]] == ["2026-11-01", "2026-11-03", "2026-11-30"]
    assert listed["entries"][1]["who"] == ["Ewa Sigfridsson", "Roland Eiman"]
    assert listed["entries"][1]["others"] == ["Roland Eiman"]
    code, report, _ = run(capsys, "log", "lund", "report", "--month", "2026-11")
    assert code == 0
    assert report == (
        "# Lund: November 2026\n"
        "\n## Aktiviteter\n"
        "\n1 november: Strategträff.\n"
        "\n3 november: Möte med strategen om jämställdhetsarbetet.\n"
        "\nMedverkande: Ewa Sigfridsson, Roland Eiman.\n"
        "\nBeslut: Nästa möte i januari.\n"
        "\n## Övrigt\n"
        "\nFler portföljer har beställts.\n"
        "\n## Utifrån aktivitetsplanen\n\n"
        "- Samtliga möten är genomförda.\n"
        "\n## Flyttas framåt\n\n"
        "- Kick-on för strateger (ansvarig: Caroline; klart senast: 2026-11-13)\n"
    )
    target = lund / "november.md"
    assert run(capsys, "log", "lund", "report", "--month", "2026-11", "-o", str(target))[0] == 0
    assert target.read_text(encoding="utf-8") == report
    # The forward item is an action of the register.
    register = json.loads(run(capsys, "actions", "lund", "--json")[1])["actions"]
    assert [(a["what"], a["unit"]) for a in register] == [("Kick-on för strateger", "Kultur")]
    before = snapshot(lund)
    for args, message in (
        (["log", "lund", "add", "--date", "x", "--kind", "möte", "--text", "t"], "inget datum"),
        (["log", "lund", "add", "--date", "2026-11-01", "--kind", "fika", "--text", "t"], "slag"),
        (["log", "lund", "add", "--date", "2026-11-01", "--kind", "möte", "--text", " "], "text"),
        (["log", "lund", "report", "--month", "2026-13"], "ingen månad"),
    ):
        code, out, err = run(capsys, *args)
        assert (code, out) == (2, "") and message in err
    assert snapshot(lund) == before


def test_english_report(lund: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "log", "lund", "add", "--date", "2026-11-03", "--kind", "meeting", "--text", "Hi")
    report = run(capsys, "--lang", "en", "log", "lund", "report", "--month", "2026-11")[1]
    assert report.startswith("# Lund: November 2026\n\n## Activities\n\n3 November: Hi\n")


def test_demo_is_ljungby_with_a_living_november(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "demo")
    assert code == 0 and "ljungby-kommun" in out
    units = [
        u["name"] for u in json.loads(run(capsys, "units", "ljungby-kommun", "--json")[1])["units"]
    ]
    assert "Socialförvaltningen" in units and "Barn- och utbildningsnämnden" in units
    people = json.loads(run(capsys, "people", "ljungby-kommun", "--json")[1])["people"]
    assert {"Ewa Sigfridsson", "Åsa Lönn"} <= {p["name"] for p in people}
    runs = json.loads(run(capsys, "runs", "ljungby-kommun", "--json")[1])["runs"]
    social = [r["date"] for r in runs if r["unit"] == "Socialförvaltningen"]
    assert social == ["2025-11-12", "2024-11-13"]  # two years of Lärande uppföljning
    report = run(capsys, "log", "ljungby-kommun", "report", "--month", "2026-11")[1]
    days = [line.split(":")[0] for line in report.splitlines() if line[:1].isdigit()]
    assert days[:3] == ["1 november", "2 november", "3 november"] and days[-1] == "30 november"
    for heading in (
        "## Aktiviteter",
        "## Övrigt",
        "## Utifrån aktivitetsplanen",
        "## Flyttas framåt",
    ):
        assert heading in report
    assert "(sedan oktober)" in report  # October's open items still move forward
    code, _, err = run(capsys, "demo")
    assert code == 2 and "finns redan" in err


def test_a_broken_follow_up_file_is_reported_with_its_line_and_left_alone(
    lund: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "people", "lund", "add", "Åsa Lönn")
    path = lund / "organisations/lund/people.toml"
    broken = path.read_text(encoding="utf-8").replace('id = "pe-', 'id = "x-')
    path.write_text(broken, encoding="utf-8")
    code, _, err = run(capsys, "people", "lund", "add", "Nils")
    assert code == 2 and "people.toml:4:" in err and "fel form" in err
    assert path.read_text(encoding="utf-8") == broken
    code, out, _ = run(capsys, "doctor")
    assert code == 1 and "people.toml:4:" in out


def test_hostile_text_never_reaches_the_terminal_or_the_report_raw(
    lund: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    evil = "Röd\x1b[31m *fet* [länk](x) # rubrik"
    run(capsys, "people", "lund", "add", "Nils\x1b]0;titel\x07")
    run(capsys, "log", "lund", "add", "--date", "2026-11-03", "--kind", "möte", "--text", evil,
        "--who", "Nils\x1b]0;titel\x07", "--forward", evil)  # fmt: skip
    for args in (["people", "lund"], ["log", "lund", "list"], ["actions", "lund"]):
        out = run(capsys, *args)[1]
        assert "\x1b" not in out and "\x07" not in out
    report = run(capsys, "log", "lund", "report", "--month", "2026-11")[1]
    assert "\x1b" not in report and "\\*fet\\*" in report and "\\[länk" in report
