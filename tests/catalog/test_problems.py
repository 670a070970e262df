"""Every class of checklist problem gives a located, readable message."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from jamtui.catalog.loader import load_checklist_bytes, load_checklist_file, load_checklist_text
from jamtui.i18n import set_language

HEAD = """format = 1
id = "prov"
version = "1"
title = "Prov"

[scales.grad]
levels = [{ value = 1, label = "Lite" }, { value = 2, label = "Mycket" }]
"""


def lines(text: str, lang: str = "sv") -> list[str]:
    set_language(lang)
    try:
        result = load_checklist_text(text, "prov.toml")
        assert result.checklist is None, "a file with problems must not load"
        return [problem.format() for problem in result.problems]
    finally:
        set_language("sv")


def one_section(items: str) -> str:
    return HEAD + '\n[[sections]]\nid = "s"\ntitle = "S"\n' + items


def test_valid_file_loads_without_problems() -> None:
    text = one_section('[[sections.items]]\nid = "a"\ntype = "yesno"\ntext = "A?"\n')
    result = load_checklist_text(text, "prov.toml")
    assert result.ok
    assert result.checklist is not None
    assert [item.id for item in result.checklist.items] == ["s.a"]


def test_toml_syntax_error_has_line_and_column() -> None:
    out = lines('format = 1\nid = "prov"\ntitle = \n')
    assert len(out) == 1
    assert out[0].startswith("prov.toml:3:")
    assert "TOML-syntaxfel" in out[0]


def test_missing_required_keys_are_each_reported() -> None:
    out = lines('format = 1\nid = "prov"\n[[sections]]\nid = "s"\n')
    joined = "\n".join(out)
    assert 'nyckeln "version" saknas' in joined
    assert 'nyckeln "title" saknas' in joined
    assert any('sections[0]: nyckeln "items" saknas' in line for line in out)


def test_unknown_key_suggests_the_right_one_with_line_and_item_id() -> None:
    text = one_section(
        '[[sections.items]]\nid = "a"\ntype = "yesno"\ntext = "A?"\nrequried = true\n'
    )
    out = lines(text)
    assert out == [
        'prov.toml:16:1: sections[0].items[0].requried (fråga "s.a"): okänd nyckel "requried"'
        ' – menade du "required"?'
    ]


def test_wrong_type_names_expected_and_found() -> None:
    text = one_section(
        '[[sections.items]]\nid = "a"\ntype = "yesno"\ntext = "A?"\nrequired = "ja"\n'
    )
    (line,) = lines(text)
    assert line.endswith("ska vara true eller false, inte en sträng")
    assert ":16:" in line


def test_unknown_item_type_lists_the_allowed_types() -> None:
    text = one_section('[[sections.items]]\nid = "a"\ntype = "yes-no"\ntext = "A?"\n')
    (line,) = lines(text)
    assert 'värdet "yes-no" är inte tillåtet' in line
    assert 'menade du "yesno"?' in line


def test_duplicate_section_and_item_ids() -> None:
    text = one_section(
        '[[sections.items]]\nid = "a"\ntype = "text"\ntext = "A"\n'
        '[[sections.items]]\nid = "a"\ntype = "text"\ntext = "B"\n'
        '[[sections]]\nid = "s"\ntitle = "Igen"\n'
        '[[sections.items]]\nid = "b"\ntype = "text"\ntext = "C"\n'
    )
    out = lines(text)
    assert any(
        ':17:1: sections[0].items[1].id (fråga "s.a"): frågans id "s.a" används redan' in x
        for x in out
    )
    assert any('avsnittets id "s" används redan' in x for x in out)


def test_unknown_scale_suggests_a_defined_one() -> None:
    text = one_section('[[sections.items]]\nid = "a"\ntype = "scale"\nscale = "grd"\ntext = "A"\n')
    (line,) = lines(text)
    assert 'okänd skala "grd" – menade du "grad"?' in line


def test_show_if_unknown_item() -> None:
    text = one_section(
        '[[sections.items]]\nid = "a"\ntype = "yesno"\ntext = "A"\n'
        '[[sections.items]]\nid = "b"\ntype = "text"\ntext = "B"\n'
        'show_if = { item = "s.aa", equals = "ja" }\n'
    )
    (line,) = lines(text)
    assert 'villkoret pekar på okänd fråga "s.aa" – menade du "s.a"?' in line
    assert ":20:" in line


def test_show_if_pointing_at_a_later_item() -> None:
    text = one_section(
        '[[sections.items]]\nid = "a"\ntype = "text"\ntext = "A"\n'
        'show_if = { item = "s.b", equals = "ja" }\n'
        '[[sections.items]]\nid = "b"\ntype = "yesno"\ntext = "B"\n'
    )
    (line,) = lines(text)
    assert 'villkoret pekar på "s.b", som inte kommer före' in line


def test_show_if_value_the_item_cannot_take() -> None:
    text = one_section(
        '[[sections.items]]\nid = "a"\ntype = "scale"\nscale = "grad"\ntext = "A"\n'
        '[[sections.items]]\nid = "b"\ntype = "text"\ntext = "B"\n'
        'show_if = { item = "s.a", equals = 7 }\n'
    )
    (line,) = lines(text)
    assert 'frågan "s.a" kan aldrig få svaret 7 (möjliga svar: 1, 2, "na")' in line


def test_cycle_is_named() -> None:
    text = one_section(
        '[[sections.items]]\nid = "a"\ntype = "yesno"\ntext = "A"\n'
        'show_if = { item = "s.b", equals = "ja" }\n'
        '[[sections.items]]\nid = "b"\ntype = "yesno"\ntext = "B"\n'
        'show_if = { item = "s.a", equals = "ja" }\n'
    )
    out = lines(text)
    assert any("villkoren bildar en cirkel: s.a → s.b → s.a" in line for line in out)


def test_outcome_referencing_unknown_item() -> None:
    text = one_section('[[sections.items]]\nid = "a"\ntype = "yesno"\ntext = "A"\n') + (
        '[[outcomes]]\nid = "slut"\ntitle = "Slut"\nwhen = { item = "s.x", equals = "nej" }\n'
    )
    (line,) = lines(text)
    assert line.startswith("prov.toml:19:1: outcomes[0].when.item: ")
    assert 'okänd fråga "s.x"' in line


def test_empty_section() -> None:
    text = HEAD + '[[sections]]\nid = "tom"\ntitle = "Tom"\nitems = []\n'
    (line,) = lines(text)
    assert 'avsnittet "tom" har inga frågor' in line


def test_unsafe_checklist_id() -> None:
    text = one_section('[[sections.items]]\nid = "a"\ntype = "text"\ntext = "A"\n').replace(
        'id = "prov"', 'id = "../Min lista"'
    )
    (line,) = lines(text)
    assert line.startswith("prov.toml:2:1: id: ")
    assert 'id "../Min lista" är inte säkert' in line


def test_messages_in_english() -> None:
    text = one_section('[[sections.items]]\nid = "a"\ntype = "yesno"\ntext = "A?"\nrequried = 1\n')
    (line,) = lines(text, lang="en")
    assert 'unknown key "requried" – did you mean "required"?' in line
    assert '(item "s.a")' in line


def test_not_utf8_is_refused_with_position() -> None:
    data = 'format = 1\ntitle = "Jämställdhet"\n'.encode("latin-1")
    result = load_checklist_bytes(data, "latin.toml")
    (problem,) = result.problems
    assert (
        problem.format() == "latin.toml:2:11: filen är inte UTF-8 (byte 0xe4); spara den som UTF-8"
    )


def test_huge_file_is_refused_quickly(tmp_path: Path) -> None:
    path = tmp_path / "stor.toml"
    path.write_bytes(b"# " + b"x" * (2 * 1024 * 1024))
    result = load_checklist_file(path)
    (problem,) = result.problems
    assert "filen är för stor" in problem.message


@pytest.mark.parametrize("opener", ["[", "{a = "])
def test_deeply_nested_file_is_refused_without_crash(opener: str) -> None:
    closer = "]" if opener == "[" else "}"
    text = "x = " + opener * 50_000 + "1" + closer * 50_000 + "\n"
    started = time.perf_counter()
    result = load_checklist_text(text, "djup.toml")
    assert time.perf_counter() - started < 30  # sanity bound against a hang, not a benchmark
    (problem,) = result.problems
    assert "för djupt nästlad" in problem.message


def test_all_problems_in_a_file_are_collected() -> None:
    text = one_section(
        '[[sections.items]]\nid = "a"\ntype = "scale"\nscale = "grd"\ntext = "A"\nvikt = 2\n'
        '[[sections.items]]\nid = "a"\ntype = "choice"\ntext = "B"\n'
    )
    out = lines(text)
    assert len(out) == 4, out
    assert [line.split(":")[1] for line in out] == sorted(
        (line.split(":")[1] for line in out), key=int
    )


def test_one_broken_file_does_not_stop_the_others(tmp_path: Path) -> None:
    from jamtui.catalog import load_catalog
    from jamtui.plugin.manager import create_host
    from jamtui.settings import resolve_settings

    folder = tmp_path / "listor"
    folder.mkdir()
    (folder / "a-trasig.toml").write_text("format = 1\nid = \n", encoding="utf-8")
    good = one_section('[[sections.items]]\nid = "a"\ntype = "text"\ntext = "A"\n')
    (folder / "b-hel.toml").write_text(good, encoding="utf-8")
    settings = resolve_settings(
        checklist_dirs=[str(folder)], environ={"JAMTUI_HOME": str(tmp_path)}
    )
    catalog = load_catalog(settings, host=create_host(entry_points=[]))
    assert [entry.checklist.id for entry in catalog.entries] == ["prov"]
    assert len(catalog.problems) == 1
    assert catalog.problems[0].origin.endswith("a-trasig.toml")
