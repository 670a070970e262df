"""A command line that names a command sets up only that command's parser, and still the
same command: the index of commands matches what the modules register."""

from __future__ import annotations

import argparse
import importlib

import pytest

from jamtui.cli import COMMAND_MODULES, COMMANDS, Parser, build_parser, named_command


def _registered(module: str) -> set[str]:
    parser = Parser(prog="jamtui")
    sub = parser.add_subparsers(dest="command")
    importlib.import_module(f"jamtui.cli.{module}").register(sub)
    return set(sub.choices)


def _commands(parser: argparse.ArgumentParser) -> set[str]:
    (action,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return set(action.choices)


def test_every_command_is_indexed_with_the_module_that_registers_it() -> None:
    found = {name: module for module in COMMAND_MODULES for name in _registered(module)}
    assert found == COMMANDS


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_naming_a_command_builds_its_parser_only(command: str) -> None:
    parser = build_parser(only=command)
    assert _commands(parser) == {command}
    (action,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    alone, every = action.choices[command], _subparser(build_parser(), command)
    assert _shape(alone) == _shape(every)  # the same options and sub-commands as in the full tree


def _subparser(parser: argparse.ArgumentParser, command: str) -> argparse.ArgumentParser:
    (action,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    found: argparse.ArgumentParser = action.choices[command]
    return found


def _shape(parser: argparse.ArgumentParser) -> list[object]:
    shape: list[object] = []
    for action in parser._actions:
        shape.append((type(action).__name__, action.dest, tuple(action.option_strings)))
        if isinstance(action, argparse._SubParsersAction):
            shape.extend((name, _shape(child)) for name, child in action.choices.items())
    return shape


def test_help_and_unknown_words_build_every_command() -> None:
    everything = set(COMMANDS)
    assert named_command(["--help"]) is None
    assert named_command(["--data-dir", "orgs", "-h", "checklists"]) is None
    assert named_command(["--data-dir", "orgs", "checklists", "-h"]) == "checklists"
    assert _commands(build_parser(only=None)) == everything
    assert _commands(build_parser(only="checklist")) == everything  # the error lists them all
