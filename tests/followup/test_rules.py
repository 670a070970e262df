"""Units, people, log and register rules as a consultant meets them."""

from __future__ import annotations

import pytest

from jamtui.core.answers import ActionRow
from jamtui.core.run import ItemAnswer, Run, RunStatus
from jamtui.followup.actions import (
    Action,
    ActionStatus,
    FollowUp,
    apply_followups,
    earlier_open,
    followed_up_in,
    parse_status,
)
from jamtui.followup.dates import day_title, parse_date
from jamtui.followup.errors import RuleError
from jamtui.followup.ids import is_id
from jamtui.followup.log import ActivityLog, LogKind, make_entry, parse_kind
from jamtui.followup.people import People
from jamtui.followup.register import actions_of_run, unit_label
from jamtui.followup.units import Units


def test_units_from_an_old_file_get_the_same_ids_on_every_machine() -> None:
    one = Units.from_names(["Socialförvaltningen", "Tekniska kontoret"])
    two = Units.from_names(["Socialförvaltningen", "Tekniska kontoret"])
    assert [u.id for u in one.items] == [u.id for u in two.items]
    assert all(is_id(u.id, "u") for u in one.items)


def test_a_renamed_unit_keeps_its_runs_and_a_merged_one_moves_them() -> None:
    units = Units.from_names(["Tekniska kontoret", "Miljö- och byggkontoret", "Kultur"])
    units.rename("Tekniska kontoret", "Teknik- och fritidsförvaltningen")
    # A run that still says the old name belongs to the renamed unit.
    assert unit_label(units, "Tekniska kontoret") == "Teknik- och fritidsförvaltningen"
    units.merge("Kultur", "Teknik- och fritidsförvaltningen")
    assert unit_label(units, "kultur") == "Teknik- och fritidsförvaltningen"
    assert units.names() == ["Teknik- och fritidsförvaltningen", "Miljö- och byggkontoret"]


def test_a_removed_unit_leaves_its_runs_without_unit_and_unknown_names_stay() -> None:
    units = Units.from_names(["Socialförvaltningen", "Kultur"])
    units.remove("Kultur")
    assert unit_label(units, "Kultur") == ""
    assert units.find("Kultur") is None
    assert unit_label(units, "Något helt annat") == "Något helt annat"


def test_a_new_unit_is_an_explicit_choice_and_names_are_one_line() -> None:
    units = Units.from_names(["Socialförvaltningen"])
    assert units.choose("socialförvaltningen").name == "Socialförvaltningen"
    assert not units.choose("socialförvaltningen").is_new
    assert units.choose("Socialförvaltning").is_new
    with pytest.raises(RuleError, match="redan"):
        units.add(" socialförvaltningen ")
    with pytest.raises(RuleError, match="en rad"):
        units.add("Två\nrader")


def test_people_have_no_field_for_sex_and_removal_forgets_them() -> None:
    people = People()
    person = people.add("Ewa Sigfridsson", role="strateg", email="ewa@example.se")
    assert set(vars(person)) == {"id", "name", "role", "unit", "email", "phone"}
    with pytest.raises(RuleError):
        people.edit(person.id, sex="kvinna")
    with pytest.raises(RuleError, match="e-post"):
        people.add("Nils", email="inte en adress")
    people.remove("ewa sigfridsson")
    assert people.items == []


def test_statuses_in_swedish_ascii_and_english() -> None:
    assert parse_status("ej påbörjad") is ActionStatus.NOT_STARTED
    assert parse_status("EJ-PABORJAD") is ActionStatus.NOT_STARTED
    assert parse_status("pågår") is parse_status("pagar") is ActionStatus.ONGOING
    with pytest.raises(RuleError, match="okänd status"):
        parse_status("kanske")


@pytest.mark.parametrize("typed", ["not started", "Not-Started", " ej  påbörjad ", "ej paborjad"])
def test_every_way_to_type_not_started_is_one_status(typed: str) -> None:
    assert parse_status(typed) is ActionStatus.NOT_STARTED


def test_every_status_and_kind_reads_back_from_its_own_labels() -> None:
    """What the app shows (Swedish and English labels) is accepted when typed back."""
    for status in ActionStatus:
        for lang in ("sv", "en"):
            assert parse_status(status.label(lang)) is status
    for kind in LogKind:
        for lang in ("sv", "en"):
            assert parse_kind(kind.label(lang)) is kind
    with pytest.raises(RuleError):
        parse_kind("fika")


def test_log_kinds_and_dates_as_people_write_them() -> None:
    assert parse_kind("Strategträff") is LogKind.STRATEGISTS
    assert parse_kind("natverk") is LogKind.NETWORK
    assert parse_date("3/11 2026") == parse_date("3 november 2026") == "2026-11-03"
    assert day_title("2026-11-03", "sv") == "3 november"
    with pytest.raises(RuleError, match="inget datum"):
        parse_date("31/2 2026")


def _run(run_id: str, date: str, unit: str, rows: list[ActionRow], final: bool = True) -> Run:
    return Run(
        id=run_id,
        checklist_id="larande-uppfoljning",
        checklist_version="1",
        organisation="ljungby",
        date=date,
        unit=unit,
        status=RunStatus.FINALIZED if final else RunStatus.DRAFT,
        answers={"s.hogre": ItemAnswer(actions=rows, updated_at=f"{date}T10:00:00")},
    )


def test_register_follow_ups_win_and_finalized_rows_stay() -> None:
    units = Units.from_names(["Socialförvaltningen"])
    rows = [
        ActionRow("Statistik", "Ewa", "2026-03-31", id="a-00000001"),
        ActionRow("Utbildning", "Ing-Marie", "2026-06-30", id="a-00000002", status="pagar"),
        ActionRow("Halvskriven", id="a-00000003", draft=True),
    ]
    last_year = _run("2025-11-12-lu", "2025-11-12", "Socialförvaltningen", rows)
    actions = actions_of_run(last_year, units)
    assert [a.id for a in actions] == ["a-00000001", "a-00000002"]  # no drafts
    followups = {"a-00000001": FollowUp("a-00000001", ActionStatus.DONE, "Klar i april", "x")}
    register = apply_followups(actions, followups)
    assert [(a.status, a.comment) for a in register] == [
        (ActionStatus.DONE, "Klar i april"),
        (ActionStatus.ONGOING, ""),
    ]
    assert last_year.answers["s.hogre"].actions[0].status == "ej-paborjad"  # run untouched
    assert register[1].is_overdue("2026-11-20") and not register[0].is_overdue("2026-11-20")
    # The next year's run follows both up; only the open one is "open".
    opened = earlier_open(register, "larande-uppfoljning", "Socialförvaltningen", "2026-11-20", "x")
    assert [a.id for a in opened] == ["a-00000002"]
    followed = followed_up_in(
        register, "larande-uppfoljning", "Socialförvaltningen", "2026-11-20", "x"
    )
    assert [a.id for a in followed] == ["a-00000001", "a-00000002"]
    assert earlier_open(register, "larande-uppfoljning", "Annan enhet", "2026-11-20", "x") == []


def test_forward_items_are_actions_that_keep_their_ids_when_the_entry_is_edited() -> None:
    log = ActivityLog()
    entry = log.add(
        make_entry(
            log,
            date="2026-10-07",
            kind=LogKind.STEERING,
            text="Styrgruppsmöte",
            forward=[("Kick-on för strateger", "Caroline", "2026-11-13")],
            stamp="t1",
        )
    )
    edited = make_entry(
        log,
        date="2026-10-07",
        kind=LogKind.STEERING,
        text="Styrgruppsmöte, se minnesanteckningar",
        forward=[("Kick-on för strateger", "Caroline", "2026-11-13"), ("Ny punkt", "", "")],
        stamp="t2",
        entry_id=entry.id,
    )
    assert edited.id == entry.id and edited.created == "t1"
    assert edited.forward[0].id == entry.forward[0].id
    assert edited.forward[1].id != entry.forward[0].id
    assert isinstance(Action(id="a-1", what="x"), Action)
