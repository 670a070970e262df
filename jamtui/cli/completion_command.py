"""``jamtui completion bash|zsh``: a shell completion script generated from the parser itself."""

from __future__ import annotations

import argparse
from typing import Any

from jamtui.cli.common import add_command
from jamtui.i18n import t
from jamtui.settings import Settings

SHELLS = ("bash", "zsh")


def register(sub: Any) -> None:
    """Add ``completion`` to the ``jamtui`` parser."""
    parser = add_command(sub, "completion", cmd_completion, t("cli.completion.help"))
    parser.add_argument("shell", choices=SHELLS)


def command_tree(parser: argparse.ArgumentParser, path: str = "") -> dict[str, list[str]]:
    """Command path (``""``, ``"runs"``, ``"runs list"``) → the words that may follow it."""
    words: list[str] = []
    tree: dict[str, list[str]] = {}
    for action in parser._actions:
        words += [option for option in action.option_strings if option.startswith("--")]
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                words.append(name)
                tree.update(command_tree(sub, f"{path} {name}".strip()))
        elif action.choices and not action.option_strings:
            words += [str(choice) for choice in action.choices]
    tree[path] = words
    return tree


def option_values(parser: argparse.ArgumentParser) -> dict[str, list[str]]:
    """Options that take a value → their choices (empty: any value, e.g. a folder)."""
    found: dict[str, list[str]] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                for option, choices in option_values(sub).items():
                    found.setdefault(option, choices)
        elif action.option_strings and action.nargs != 0:
            for option in action.option_strings:
                found.setdefault(option, [str(c) for c in action.choices or ()])
    return found


def bash_script(parser: argparse.ArgumentParser) -> str:
    """A bash completion function (zsh runs it through bashcompinit)."""
    tree = command_tree(parser)
    values = "\n".join(
        f'        {option}) COMPREPLY=($(compgen -W "{" ".join(choices)}" -- "$cur")); return ;;'
        for option, choices in sorted(option_values(parser).items())
    )
    cases = "\n".join(
        f'        "{path}") words="{" ".join(sorted(set(words)))}" ;;'
        for path, words in sorted(tree.items())
    )
    commands = " ".join(sorted({part for path in tree for part in path.split()}))
    return f"""# jamtui completion (from `jamtui completion bash`; regenerate after upgrading)
_jamtui() {{
    local cur="${{COMP_WORDS[COMP_CWORD]}}" path="" word words
    local known=" {commands} "
    case "${{COMP_WORDS[COMP_CWORD-1]}}" in
{values}
    esac
    for word in "${{COMP_WORDS[@]:1:COMP_CWORD-1}}"; do
        case "$word" in
            -*) ;;
            *) if [[ "$known" == *" $word "* ]]; then path="${{path:+$path }}$word"; fi ;;
        esac
    done
    case "$path" in
{cases}
        *) words="" ;;
    esac
    COMPREPLY=($(compgen -W "$words" -- "$cur"))
}}
complete -o default -F _jamtui jamtui
"""


def cmd_completion(args: argparse.Namespace, settings: Settings) -> int:
    from jamtui.cli import build_parser

    script = bash_script(build_parser())
    if args.shell == "zsh":
        script = "autoload -U +X bashcompinit && bashcompinit\n" + script
    print(script, end="")
    return 0
