"""Which words start the TUI, and that everything else still reaches the sub-commands."""

from __future__ import annotations

import pytest

from jamtui.cli import build_parser, main, names_a_command


@pytest.mark.parametrize(
    "argv",
    [[], ["--lang", "en"], ["--data-dir", "checklists"], ["--checklists=x", "--lang=sv"]],
)
def test_only_global_options_mean_the_tui(argv: list[str]) -> None:
    assert not names_a_command(argv)


@pytest.mark.parametrize(
    "argv",
    [["checklists"], ["--lang", "en", "orgs"], ["-h"], ["--help"], ["chekclists"], ["x", "--lang"]],
)
def test_anything_else_gets_the_full_parser(argv: list[str]) -> None:
    assert names_a_command(argv)


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--help"])
    assert stop.value.code == 0
    out = capsys.readouterr().out
    for command in ("checklists", "check", "plugins", "orgs", "runs", "answer", "export"):
        assert command in out


def test_a_misspelt_command_is_one_line_naming_the_choices(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["chekclists"])
    assert stop.value.code == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "checklists" in err


def test_an_unknown_option_on_the_tui_path_is_one_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--lang", "en", "--bogus"])
    assert stop.value.code == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "--bogus" in err


def test_the_tui_parser_has_no_sub_commands() -> None:
    assert "orgs" not in build_parser(with_commands=False).format_help()
    assert "orgs" in build_parser().format_help()
