"""Everything jamtui writes into a run file reads back equal: every field, any text (hypothesis)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jamtui.core.answers import ACTION_STATUSES, ActionRow
from jamtui.core.names import name_problem
from jamtui.core.run import ItemAnswer, Participant, Run, RunStatus, StatusChange
from jamtui.storage.run_file import parse_run_text, render_preserving, render_run
from tests.properties import examples
from tests.safety.corpus import HOSTILE_STRINGS

PATH = Path("run.toml")

hostile = st.sampled_from(HOSTILE_STRINGS)
plain_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=120)
texts = st.one_of(
    plain_text, hostile, st.lists(st.one_of(plain_text, hostile), max_size=4).map("".join)
)
name_chars = st.characters(whitelist_categories=("L", "M", "N", "P", "S", "Zs"))
_SAFE_HOSTILE = sorted(
    {
        clean
        for text in HOSTILE_STRINGS
        if (clean := unicodedata.normalize("NFC", text).strip()) and name_problem(clean) is None
    }
)
names = st.one_of(
    st.text(alphabet=name_chars, min_size=1, max_size=40)
    .map(lambda s: unicodedata.normalize("NFC", s).strip())
    .filter(lambda s: s != "" and name_problem(s) is None),
    st.sampled_from(_SAFE_HOSTILE),
)
hex8 = st.text(alphabet="0123456789abcdef", min_size=8, max_size=8)
stamps = st.one_of(st.just(""), st.just("2026-11-22T10:00:00+01:00"))
values = st.one_of(
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    texts.map(lambda s: s or "x"),
    st.lists(names, min_size=1, max_size=3).map(tuple),
)
dates = st.one_of(st.just(""), st.dates().map(lambda d: d.isoformat()))


@st.composite
def runs(draw: st.DrawFn) -> Run:
    people = draw(st.lists(st.tuples(names, names | st.just(""), hex8, st.booleans()), max_size=4))
    participants: list[Participant] = []
    seen: set[str] = set()
    for name, role, pid, retired in people:
        if name in seen or f"p-{pid}" in {p.id for p in participants}:
            continue
        seen.add(name)
        participants.append(Participant(name, role, f"p-{pid}", "", retired))
    ids = [p.id for p in participants]
    answers: dict[str, ItemAnswer] = {}
    for item_id in draw(
        st.lists(st.sampled_from(["s.a", "s.b", "s.c", "t.x-y", "u.z_1"]), unique=True)
    ):
        rows = draw(
            st.lists(
                st.builds(
                    ActionRow,
                    what=texts,
                    who=texts,
                    due=dates,
                    id=hex8.map(lambda h: f"a-{h}"),
                    status=st.sampled_from(ACTION_STATUSES),
                    comment=texts,
                    draft=st.booleans(),
                ),
                max_size=2,
            )
        )
        answer = ItemAnswer(
            value=draw(st.none() | values),
            note=draw(texts),
            internal_note=draw(texts),
            ratings={pid: draw(values) for pid in draw(st.lists(st.sampled_from(ids), unique=True))}
            if ids
            else {},
            dissent=draw(texts),
            revealed=draw(st.booleans()),
            actions=rows,
            answered_at=draw(st.sampled_from([None, "2026-11-22T10:00:00+01:00"])),
            updated_at=draw(st.sampled_from([None, "2026-11-22T10:05:00+01:00"])),
        )
        if not answer.is_empty():
            answers[item_id] = answer
    history = draw(
        st.lists(
            st.builds(
                StatusChange,
                status=st.sampled_from(list(RunStatus)),
                at=stamps,
                by=texts,
                reason=texts,
            ),
            max_size=2,
        )
    )
    return Run(
        id="2026-11-22-prov",
        checklist_id="prov",
        checklist_version=draw(st.sampled_from(["1", "2.0", ""])),
        organisation="lund",
        date=draw(st.dates()).isoformat(),
        unit=draw(names | st.just("")),
        facilitator=draw(names | st.just("")),
        participants=participants,
        status=draw(st.sampled_from(list(RunStatus))),
        history=history,
        answers=answers,
        created_at=draw(stamps),
        updated_at=draw(stamps),
        last_item=draw(st.sampled_from(["", "s.a", "t.x-y"])),
    )


@settings(max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(run=runs())
def test_write_then_parse_gives_the_same_run(run: Run) -> None:
    text = render_run(run)
    assert parse_run_text(PATH, text) == run
    assert render_run(parse_run_text(PATH, text)) == text  # byte-stable


@settings(max_examples=examples(80), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(run=runs(), before=runs())
def test_a_hand_edited_file_saved_through_tomlkit_reads_back_equal(run: Run, before: Run) -> None:
    original = "# handskriven kommentar\n" + render_run(before)
    assert parse_run_text(PATH, render_preserving(original, run)) == run
