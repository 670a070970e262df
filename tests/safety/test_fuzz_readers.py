"""Fuzz the checklist loader and the run-file reader: only reported problems, never a crash."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jamtui.catalog.loader import load_checklist_bytes
from jamtui.core.run import Participant
from jamtui.storage import Store
from jamtui.storage.errors import CorruptFileError
from jamtui.storage.run_file import parse_run_text
from tests.properties import examples
from tests.safety.corpus import HOSTILE_STRINGS
from tests.storage.conftest import CHECKLIST, make_checklist

FUZZ = settings(max_examples=examples(250), deadline=None, suppress_health_check=list(HealthCheck))
VALID_CHECKLIST = CHECKLIST.format(version="1", extra="")

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.sampled_from(HOSTILE_STRINGS),
    st.sampled_from(["draft", "finalized", "p-0000abcd", "yesno", "scale", "s.a", "2026-01-01"]),
)
keys = st.one_of(
    st.sampled_from(
        [
            "format",
            "id",
            "version",
            "title",
            "status",
            "participants",
            "answers",
            "ratings",
            "sections",
            "items",
            "type",
            "value",
            "note",
            "actions",
            "scales",
            "levels",
            "weight",
            "history",
            "name",
            "role",
            "show_if",
            "raters",
            "choices",
            "scoring",
            "bands",
        ]
    ),
    st.text(max_size=10),
)
documents = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(keys, children, max_size=6),
    max_leaves=30,
)


def toml_text(data: object) -> str:
    """``data`` as TOML when it can be (tomlkit), else as JSON (a syntax error for TOML)."""
    import tomlkit

    try:
        return tomlkit.dumps(data if isinstance(data, dict) else {"x": data})
    except Exception:
        return json.dumps(data, default=str)


def mutate(text: str, edits: list[tuple[int, int, str]]) -> str:
    for position, cut, insert in edits:
        at = position % (len(text) + 1)
        text = text[:at] + insert + text[at + cut % 8 :]
    return text


edits = st.lists(
    st.tuples(
        st.integers(0, 10_000),
        st.integers(0, 7),
        st.sampled_from(
            [
                "",
                "\n",
                "[",
                "]",
                '"',
                "=",
                "{",
                "}",
                ",",
                "\\",
                "x",
                "1",
                "\x1b",
                "nan",
                "[[answers]]\n",
            ]
        ),
    ),
    max_size=6,
)


@FUZZ
@given(data=st.binary(max_size=2000))
def test_checklist_loader_takes_any_bytes(data: bytes) -> None:
    load_checklist_bytes(data, "fuzz.toml")


@FUZZ
@given(document=documents)
def test_checklist_loader_takes_any_toml_document(document: object) -> None:
    result = load_checklist_bytes(toml_text(document).encode("utf-8"), "fuzz.toml")
    assert result.checklist is not None or result.problems


@FUZZ
@given(changes=edits)
def test_checklist_loader_takes_any_edit_of_a_valid_file(
    changes: list[tuple[int, int, str]],
) -> None:
    result = load_checklist_bytes(mutate(VALID_CHECKLIST, changes).encode("utf-8"), "fuzz.toml")
    assert result.checklist is not None or result.problems


def _valid_run_text(tmp: Path) -> str:
    store = Store(tmp)
    org = store.create_organisation("Lund")
    checklist = make_checklist()
    run = store.create_run(
        org.slug, checklist, participants=[Participant("Åsa"), Participant("Bo")]
    )
    with store.open_run(org.slug, run.id, checklist) as session:
        session.set_value("s.fraga", "ja")
        session.set_rating("s.betyg", "Åsa", 2)
        session.set_note("s.fritext", "rad\nrad")
        session.set_value("s.metoder", ("a", "b"))
    return (tmp / "organisations" / "lund" / "runs" / f"{run.id}.toml").read_text(encoding="utf-8")


def _read_run(text: str) -> None:
    try:
        parse_run_text(Path("fuzz.toml"), text)
    except CorruptFileError as error:
        assert str(error).startswith("fuzz.toml")


@FUZZ
@given(text=st.text(max_size=2000))
def test_run_reader_takes_any_text(text: str) -> None:
    _read_run(text)


@FUZZ
@given(document=documents)
def test_run_reader_takes_any_toml_document(document: object) -> None:
    _read_run(toml_text(document))


def test_run_reader_takes_any_edit_of_a_valid_file(tmp_path: Path) -> None:
    valid = _valid_run_text(tmp_path)

    @FUZZ
    @given(changes=edits)
    def edited(changes: list[tuple[int, int, str]]) -> None:
        _read_run(mutate(valid, changes))

    edited()
