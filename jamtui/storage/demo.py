"""Writes the Ljungby kommun demo (``jamtui.followup.ljungby_demo``) into a data folder."""

from __future__ import annotations

from typing import TYPE_CHECKING

from jamtui.followup import ljungby_demo as demo
from jamtui.followup.actions import FollowUp, parse_status
from jamtui.followup.people import People
from jamtui.followup.register import row_id
from jamtui.followup.units import Units
from jamtui.i18n import t
from jamtui.storage.errors import InvalidValueError
from jamtui.storage.org_records import OrgRecords, add_log_entry

if TYPE_CHECKING:
    from jamtui.core.model import Checklist


def create_demo(records: OrgRecords, checklist: Checklist) -> str:
    """Create the demo organisation; returns its slug. Refused when it exists already."""
    from jamtui.core.answers import ActionRow
    from jamtui.core.run import Participant

    store = records.store
    if any(org.name == demo.ORGANISATION for org in store.list_organisations(True)):
        raise InvalidValueError(t("cli.demo.exists", None, name=demo.ORGANISATION))
    org = store.create_organisation(demo.ORGANISATION)
    slug = org.slug

    def add_units(units: Units) -> None:
        for name in demo.UNITS:
            units.add(name)

    records.change_units(slug, add_units)
    units = records.units(slug)

    def add_people(people: People) -> None:
        for name, role, unit in demo.PEOPLE:
            people.add(name, role=role, unit=units.require(unit).id if unit else "")

    records.change_people(slug, add_people)
    for date, kind, unit, who, text, decisions, plan, forward in (*demo.OCTOBER, *demo.NOVEMBER):
        add_log_entry(
            records,
            slug,
            date=date,
            kind=kind,
            text=text,
            unit=unit,
            who=who,
            decisions=decisions,
            plan=plan,
            forward=forward,
        )
    for date, unit, facilitator, people, answers, actions in demo.RUNS:
        run = store.create_run(
            slug,
            checklist,
            date=date,
            unit=unit,
            facilitator=facilitator,
            participants=[Participant(n, r) for n, r in people],
        )
        with store.open_run(slug, run.id, checklist) as session, session.batch():
            for item_id, answer in answers.items():
                if isinstance(answer, str):
                    session.set_value(item_id, answer)
                    continue
                ratings, agreed = answer
                for person, value in ratings.items():
                    session.set_rating(item_id, person, value)
                session.set_value(item_id, agreed)
            for item_id, rows in actions.items():
                session.set_actions(item_id, [ActionRow(w, p, d) for w, p, d in rows])
            session.finalize(by=facilitator)
        saved = store.load_run(slug, run.id)
        for item_id, answer_ in saved.answers.items():
            for index, row in enumerate(answer_.actions):
                follow = demo.FOLLOW_UPS.get(row.what)
                if follow is not None:
                    status, comment = follow
                    records.set_followup(
                        slug,
                        FollowUp(
                            row_id(item_id, index, row), parse_status(status), comment, store.now()
                        ),
                    )
    return slug
