"""The quick reader of organisation files agrees with the full parser on every file it takes."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jamtui.storage import StorageError, Store
from jamtui.storage.index import INDEX_NAME
from jamtui.storage.org_file import (
    Contact,
    Organisation,
    parse_organisation,
    render_organisation,
)
from jamtui.storage.org_summary import _written, section_fields, summary_fields
from tests.properties import examples

PATH = Path("organisation.toml")


def full(text: str) -> tuple[bool, str, str] | None:
    """What the index would hold from the full parser (None: the file is reported)."""
    try:
        org = parse_organisation(PATH, "slug", text)
    except StorageError:
        return None
    return org.archived, org.name, org.org_number


text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
plain = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters='"\\'),
    max_size=40,
)
contacts = st.lists(st.builds(Contact, text, text, text, text), max_size=3)


@settings(max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=text,
    number=text,
    units=st.lists(text, max_size=4),
    notes=text,
    archived=st.booleans(),
    people=contacts,
)
def test_files_jamtui_writes_read_the_same_quickly_or_in_full(
    name: str, number: str, units: list[str], notes: str, archived: bool, people: list[Contact]
) -> None:
    org = Organisation("slug", name, number, units, people, notes, archived, "2026-12-02")
    written = render_organisation(org)
    quick = summary_fields(written)
    assert quick is None or quick == full(written)
    assert section_fields(written) in (None, quick)
    assert full(written) == (archived, name, number)


@settings(max_examples=examples(200), deadline=None)
@given(name=plain, number=plain, units=st.lists(plain, max_size=3), archived=st.booleans())
def test_ordinary_files_are_read_without_the_toml_parser(
    name: str, number: str, units: list[str], archived: bool
) -> None:
    written = render_organisation(Organisation("slug", name, number, units, archived=archived))
    assert summary_fields(written) == (archived, name, number)


@settings(max_examples=examples(200), deadline=None)
@given(
    name=plain,
    number=plain,
    units=st.lists(plain, max_size=3),
    archived=st.booleans(),
    people=st.lists(st.builds(Contact, plain, plain, plain, plain), max_size=3),
)
def test_files_in_the_writers_own_layout_are_read_in_one_match_as_section_by_section(
    name: str, number: str, units: list[str], archived: bool, people: list[Contact]
) -> None:
    org = Organisation("slug", name, number, units, people, "", archived, "2026-12-02")
    written = render_organisation(org)
    assert _written().fullmatch(written) is not None
    assert summary_fields(written) == section_fields(written) == (archived, name, number)


CANONICAL = (
    'format = 1\nname = "Lunds kommun"\norg_number = "212000-1124"\narchived = false\n'
    'created = "2026-12-02"\nunits = ["Kultur", "Skola"]\nnotes = ""\n'
)
HAND_EDITED = [
    CANONICAL.replace('name = "Lunds kommun"\n', ""),  # no name
    CANONICAL + 'name = "Lund igen"\n',  # a key twice
    CANONICAL.replace("format = 1", "format = 2"),  # newer than this jamtui
    CANONICAL.replace("format = 1\n", ""),  # no format
    CANONICAL.replace("format = 1", 'format = "1"'),
    CANONICAL.replace("archived = false", 'archived = "nej"'),
    CANONICAL.replace("archived = false", "archived = true"),
    CANONICAL.replace('units = ["Kultur", "Skola"]', "units = [1, 2]"),
    CANONICAL.replace('units = ["Kultur", "Skola"]', 'units = "Kultur"'),
    CANONICAL.replace('org_number = "212000-1124"', "org_number = 2120001124"),
    CANONICAL.replace('notes = ""', 'notes = """\nRad ett\n[[contacts]]\nname = "x"\n"""'),
    CANONICAL.replace('name = "Lunds kommun"', 'name = "Lunds \\"kommun\\""'),
    CANONICAL.replace('name = "Lunds kommun"', "name = 'Lunds kommun'"),
    CANONICAL.replace('name = "Lunds kommun"', '"name" = "Lunds kommun"'),
    CANONICAL.replace('name = "Lunds kommun"', 'name = "Lunds kommun" # en kommentar'),
    CANONICAL.replace('name = "Lunds kommun"', 'name = "Lunds\x01kommun"'),
    CANONICAL.replace('name = "Lunds kommun"', 'name  =  "Lunds kommun"'),
    CANONICAL.replace("\n", "\r\n"),
    "\ufeff" + CANONICAL,
    CANONICAL.rstrip("\n"),
    CANONICAL + 'contacts = "Anna"\n',
    CANONICAL + '\n[[contacts]]\nname = "Anna"\nrole = "Strateg"\n',
    CANONICAL + '\n[[contacts]]\nrole = "Strateg"\n',  # a contact without a name
    CANONICAL + '\n[[contacts]]\nname = "Anna"\nphone = 46\n',
    CANONICAL + '\n[[contacts]]\nname = "Anna"\nname = "Bo"\n',
    CANONICAL + '\n[[contacts]]\nname = "Anna"\n\n[[contacts]]\nname = "Bo"\nextra = true\n',
    CANONICAL + 'owner = "Bo"\nlevel = 3\n',  # keys this jamtui does not read
    CANONICAL + "\n[other]\nname = 1\n",
    CANONICAL + "[[contacts]]\nname = 1\n",
    "",
    "format = 1\n",
]


@pytest.mark.parametrize("text", HAND_EDITED)
def test_hand_edited_files_read_quickly_only_as_the_full_parser_reads_them(text: str) -> None:
    quick = summary_fields(text)
    assert quick is None or quick == full(text)
    by_section = section_fields(text)
    assert by_section is None or by_section == full(text)


def test_a_rebuilt_index_lists_every_file_as_the_full_parser_reads_it(tmp_path: Path) -> None:
    store = Store(tmp_path)
    expected: dict[str, tuple[bool, str, str] | None] = {}
    for number, text in enumerate(HAND_EDITED):
        folder = store.orgs_dir / f"org-{number:02d}"
        folder.mkdir(parents=True)
        (folder / "organisation.toml").write_bytes(text.encode("utf-8"))
        expected[folder.name] = full(text.removeprefix("\ufeff"))
    (store.orgs_dir / INDEX_NAME).unlink(missing_ok=True)
    listed = {
        org.slug: org
        for org in Store(tmp_path).organisation_rows(include_archived=True, check_files=False)
    }
    assert listed.keys() == expected.keys()
    for slug, want in expected.items():
        org = listed[slug]
        if want is None:
            assert org.problem, slug
        else:
            assert (org.archived, org.name, org.org_number, org.problem) == (*want, ""), slug
