"""Default report file names: recognisable, safe characters only, never a path."""

from __future__ import annotations

import re

import pytest

from jamtui.export.filenames import report_filename, safe_part

SAFE = re.compile(r"^[a-z0-9][a-z0-9-]*[a-z0-9]\.md$")


@pytest.mark.parametrize(
    ("organisation", "expected"),
    [
        ("Malmö stad", "malmo-stad-skr-2026-11-20.md"),
        ("Åre kommun", "are-kommun-skr-2026-11-20.md"),
        ("Ängelholm / Vård & omsorg", "angelholm-vard-omsorg-skr-2026-11-20.md"),
        ("../../etc/passwd", "etc-passwd-skr-2026-11-20.md"),
        ("..", "organisation-skr-2026-11-20.md"),
        ("🎉🎉", "organisation-skr-2026-11-20.md"),
        ("Region 🎉 Östergötland", "region-ostergotland-skr-2026-11-20.md"),
        ("C:\\Users\\x", "c-users-x-skr-2026-11-20.md"),
        ("<script>|*`#", "script-skr-2026-11-20.md"),
    ],
)
def test_names_a_person_recognises(organisation: str, expected: str) -> None:
    name = report_filename(organisation, "skr", "2026-11-20", ".md")
    assert name == expected and SAFE.match(name)


def test_very_long_names_are_cut_short_without_a_trailing_hyphen() -> None:
    name = report_filename("Östra " * 100, "larande-uppfoljning", "2026-11-20", ".md")
    assert SAFE.match(name) and len(name) < 120
    assert name.endswith("-larande-uppfoljning-2026-11-20.md")
    assert "--" not in name


def test_control_characters_and_nul_never_reach_the_name() -> None:
    name = report_filename("a\x00b\x1b[31mc\r\nd", "x", "2026-01-01", ".md")
    assert SAFE.match(name) and "\x00" not in name


def test_safe_part_is_ascii_lowercase_and_hyphens() -> None:
    assert safe_part("Göteborgs Stad — Kultur") == "goteborgs-stad-kultur"
    assert safe_part("ß Æ ø") == "ss-ae-o"


def test_report_file_names_and_folder_names_use_one_slug_rule() -> None:
    from jamtui.storage.slugs import slugify

    for name in ("Ðakovo kommun", "Straße Å", "Malmö stad / Vård & omsorg", "İzmir"):
        assert safe_part(name) == slugify(name), name
    assert report_filename("Ðakovo kommun", "mums", "2026-01-02", ".md").startswith(
        "dakovo-kommun-"
    )
