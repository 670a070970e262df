"""The merge as a pure function: the rules a consultant relies on, and its algebra (hypothesis)."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from jamtui.core.toml_reader import parse_toml
from jamtui.sync.files import FILE_POLICY, RUN_POLICY, merge_file, merge_toml_text
from jamtui.sync.merge import merge_data
from jamtui.sync.textmerge import merge_text
from jamtui.sync.toml_out import render_document
from jamtui.sync.values import MISSING, same
from tests.properties import examples
from tests.sync.helpers import RUN_TEXT

RUN = "organisations/x/runs/r.toml"


def _run(extra: str) -> bytes:
    return (RUN_TEXT + extra).encode()


def test_edits_to_different_answers_are_both_kept_and_updated_is_the_later() -> None:
    base = _run("")
    ours = _run('\n[answers."a.one"]\nvalue = 2\n').replace(
        b'09:00:00+01:00"\n\n', b'10:00:00+01:00"\n\n'
    )
    theirs = _run('\n[answers."a.two"]\nnote = "B"\n').replace(
        b'09:00:00+01:00"\n\n', b'11:00:00+01:00"\n\n'
    )
    merged = merge_file(RUN, base, ours, theirs)
    data = parse_toml(merged.data.decode())  # type: ignore[union-attr]
    assert data["answers"]["a.one"]["value"] == 2
    assert data["answers"]["a.two"]["note"] == "B"
    assert data["updated"] == "2026-12-01T11:00:00+01:00"
    assert not merged.conflicts and "conflicts" not in data


def test_two_values_for_one_answer_keep_both_in_a_conflicts_table() -> None:
    base = _run('\n[answers."a.one"]\nvalue = 1\n')
    merged = merge_file(
        RUN,
        base,
        base.replace(b"value = 1", b"value = 2"),
        base.replace(b"value = 1", b"value = 3"),
        "Åsa",
        "Bo",
    )
    data = parse_toml(merged.data.decode())  # type: ignore[union-attr]
    (entry,) = data["conflicts"].values()
    assert entry == {
        "path": ["answers", "a.one", "value"],
        "a": 2,
        "b": 3,
        "base": 1,
        "a_by": "Åsa",
        "b_by": "Bo",
    }
    assert data["answers"]["a.one"]["value"] in (2, 3)
    assert b"<<<<<<<" not in merged.data  # type: ignore[operator]


def test_notes_merge_line_by_line_and_a_clash_keeps_both_versions() -> None:
    assert merge_text("a\nb\nc\n", "A\nb\nc\n", "a\nb\nC\n") == ("A\nb\nC\n", False)
    both = merge_text("mål", "mål för 2027", "mål för kultur")
    assert both.conflict and "mål för 2027" in both.text and "mål för kultur" in both.text


def test_a_finalized_run_changed_on_both_sides_is_a_conflict_even_for_separate_fields() -> None:
    base = _run('\n[answers."a.one"]\nvalue = 1\n').replace(b'"draft"', b'"finalized"')
    ours = base.replace(b"value = 1", 'value = 1\nnote = "efteråt"'.encode())
    theirs = base.replace('facilitator = "Åsa"'.encode(), b'facilitator = "Bo"')
    merged = merge_file(RUN, base, ours, theirs)
    paths = {c.path for c in merged.conflicts}
    assert ("answers", "a.one", "note") in paths and ("facilitator",) in paths


def test_a_side_that_does_not_parse_is_refused_and_nothing_is_touched() -> None:
    base = _run("")
    merged = merge_file(RUN, base, base + b"\nnote = 1\n", b"this is [not toml")
    assert merged.refused and merged.data == base + b"\nnote = 1\n"
    org = "organisations/x/people.toml"
    refused = merge_file(org, b"format = 1\n", b"format = 1\nx = 1\n", b"format = 2\ny = 1\n")
    assert refused.refused == "format"


def test_organisation_files_merge_records_by_id_and_union_string_lists() -> None:
    base = 'format = 1\nunits = ["A"]\n\n[[people]]\nid = "pe-00000001"\nname = "Åsa"\n'
    ours = base.replace('["A"]', '["A", "B"]').replace('"Åsa"', '"Åsa Lind"')
    theirs = base.replace('["A"]', '["A", "C"]') + '\n[[people]]\nid = "pe-00000002"\nname = "Bo"\n'
    text, found = merge_toml_text(base, ours, theirs)
    data = parse_toml(text)
    assert not found
    assert sorted(data["units"]) == ["A", "B", "C"]
    assert [p["name"] for p in data["people"]] == ["Åsa Lind", "Bo"]


# -- algebra over generated data ---------------------------------------------------------------

_scalars = st.one_of(st.integers(-5, 5), st.sampled_from(["", "ja", "nej", "x\ny"]), st.booleans())
_keys = st.sampled_from(["value", "note", "who", "due", "name", "updated", "k"])
_ids = st.sampled_from(["a-00000001", "a-00000002", "a-00000003"])
_records = st.lists(
    st.fixed_dictionaries({"id": _ids}, optional={"what": _scalars, "note": st.text(max_size=8)}),
    max_size=3,
    unique_by=lambda r: r["id"],
)
_tables = st.recursive(
    st.dictionaries(_keys, _scalars, max_size=4),
    lambda inner: st.dictionaries(
        st.sampled_from(["answers", "x", "y.z", "ratings"]),
        st.one_of(inner, _records, st.lists(st.sampled_from(["A", "B", "C"]), unique=True)),
        max_size=3,
    ),
    max_leaves=12,
)


def _merge(base: Any, ours: Any, theirs: Any) -> tuple[Any, list[Any]]:
    return merge_data(base, ours, theirs, FILE_POLICY)


@settings(max_examples=examples(150), deadline=None)
@given(_tables, _tables)
def test_one_side_unchanged_takes_the_other_and_equal_edits_agree(base: Any, edited: Any) -> None:
    assert same(_merge(base, edited, edited)[0], edited)
    assert same(_merge(base, base, edited)[0], edited)
    assert same(_merge(base, edited, base)[0], edited)


@settings(max_examples=examples(200), deadline=None)
@given(_tables, _tables, _tables)
def test_merge_is_symmetric_parses_and_loses_nothing(base: Any, ours: Any, theirs: Any) -> None:
    one, found = _merge(base, ours, theirs)
    two, found_two = _merge(base, theirs, ours)
    assert same(one, two)
    assert sorted(map(repr, found)) == sorted(map(repr, found_two))
    assert same(parse_toml(render_document(one)), one)
    _nothing_lost((), base, ours, theirs, one, found)


def _nothing_lost(
    path: tuple[str, ...], base: Any, ours: Any, theirs: Any, merged: Any, found: list[Any]
) -> None:
    """Each side's change is in the result, or a conflict names the path (or one above it)."""
    if any(c.path == path[: len(c.path)] for c in found):
        return
    for side in (ours, theirs):
        if same(side, base):
            continue
        if isinstance(side, dict) and isinstance(merged, dict):
            for key in side.keys() | (base.keys() if isinstance(base, dict) else set()):
                b = base.get(key, MISSING) if isinstance(base, dict) else MISSING
                o = ours.get(key, MISSING) if isinstance(ours, dict) else MISSING
                t = theirs.get(key, MISSING) if isinstance(theirs, dict) else MISSING
                _nothing_lost((*path, key), b, o, t, merged.get(key, MISSING), found)
        elif not isinstance(side, dict | list):
            other = theirs if side is ours else ours
            if not same(other, side) and not same(other, base):
                continue  # both changed: must be a conflict (checked above) unless a timestamp
            assert same(merged, side) or side is MISSING, (path, side, merged)


def test_run_policy_treats_an_answer_value_list_as_one_value() -> None:
    base = {"answers": {"q": {"value": ["a"]}}}
    _merged, found = merge_data(
        base,
        {"answers": {"q": {"value": ["a", "b"]}}},
        {"answers": {"q": {"value": ["c"]}}},
        RUN_POLICY,
    )
    assert [c.path for c in found] == [("answers", "q", "value")]


_lines = st.lists(st.sampled_from(["mål", "problem", "åtgärd", ""]), max_size=5).map("\n".join)


@settings(max_examples=examples(200), deadline=None)
@given(_lines, _lines, _lines)
def test_note_merge_is_symmetric_and_keeps_every_added_line(
    base: str, ours: str, theirs: str
) -> None:
    one, two = merge_text(base, ours, theirs), merge_text(base, theirs, ours)
    assert one == two
    assert (
        merge_text(base, base, theirs).text == theirs and merge_text(base, ours, ours).text == ours
    )
    for side in (ours, theirs):
        for added in set(side.splitlines()) - set(base.splitlines()) - {""}:
            assert added in one.text.splitlines()
