"""A checklist validated once in a process is not validated again, unless what decides it changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from jamtui.catalog import item_types, loader
from jamtui.catalog.loader import load_checklist_file
from jamtui.core.items.yesno import YesNoKind
from jamtui.i18n import set_language
from tests.catalog.test_checks_v11 import THREE
from tests.catalog.test_problems import one_section

ROOT = Path(__file__).resolve().parents[2]
WARNED = one_section(THREE) + (
    '\n[[outcomes]]\nid = "ok"\nkind = "ok"\ntitle = "Bra"\n'
    'when = { item = "s.c", equals = "ja" }\n'
)


@pytest.fixture
def validations(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The origins the validator ran for."""
    calls: list[str] = []
    real = loader.validate

    def counting(raw: dict[str, object], text: str, origin: str) -> loader.LoadResult:
        calls.append(origin)
        return real(raw, text, origin)

    monkeypatch.setattr(loader, "validate", counting)
    return calls


def test_an_unchanged_file_is_validated_once_and_gives_the_same_checklist(
    tmp_path: Path, validations: list[str]
) -> None:
    path = tmp_path / "prov.toml"
    path.write_bytes((ROOT / "checklists" / "trappan.toml").read_bytes())
    first = load_checklist_file(path)
    second = load_checklist_file(path)
    assert validations == [str(path)]
    assert first.ok and second.ok and first.checklist is second.checklist
    assert first is not second  # each caller gets its own result to add problems to


def test_a_file_edited_in_place_is_validated_again(tmp_path: Path, validations: list[str]) -> None:
    path = tmp_path / "prov.toml"
    path.write_text(one_section(THREE), encoding="utf-8")
    assert load_checklist_file(path).ok
    path.write_text(one_section(THREE).replace('text = "C"', 'text = "Ny fråga"'), "utf-8")
    edited = load_checklist_file(path)
    assert edited.checklist is not None
    assert [item.text.get() for item in edited.checklist.items][-1] == "Ny fråga"
    broken = one_section(THREE).replace('type = "yesno"\ntext = "C"', 'type = "jaa"\ntext = "C"')
    path.write_text(broken, "utf-8")
    assert not load_checklist_file(path).ok
    assert len(validations) == 3


def test_the_same_bytes_elsewhere_name_their_own_file(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text(one_section(THREE), encoding="utf-8")
    (tmp_path / "b.toml").write_text(one_section(THREE), encoding="utf-8")
    assert load_checklist_file(tmp_path / "a.toml").origin.endswith("a.toml")
    assert load_checklist_file(tmp_path / "b.toml").origin.endswith("b.toml")


def test_a_plugin_item_type_coming_or_going_is_seen(tmp_path: Path) -> None:
    class Agree(YesNoKind):
        name = "instam"

    path = tmp_path / "prov.toml"
    uses_it = one_section(THREE).replace(
        'type = "yesno"\ntext = "C"', 'type = "instam"\ntext = "C"'
    )
    path.write_text(uses_it, encoding="utf-8")
    without = item_types.builtin_registry()
    with item_types.using(without):
        assert not load_checklist_file(path).ok
    with_it = item_types.builtin_registry()
    with_it.register_for("instam")(Agree())
    with item_types.using(with_it):
        assert load_checklist_file(path).ok
    with item_types.using(without):
        assert not load_checklist_file(path).ok  # not the result of the registry that had it


def test_warnings_come_in_the_language_of_the_moment(tmp_path: Path) -> None:
    path = tmp_path / "prov.toml"
    path.write_text(WARNED, encoding="utf-8")
    swedish = load_checklist_file(path).warnings
    set_language("en")
    english = load_checklist_file(path).warnings
    assert "utfallet" in swedish[0].format()
    assert "utfallet" not in english[0].format() and "outcome" in english[0].format()
