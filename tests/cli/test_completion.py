"""`jamtui completion bash` completes commands and options, generated from the parser."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from jamtui.cli import main


def complete(script: str, *words: str) -> list[str]:
    """What bash offers after ``words`` (the last one is being typed)."""
    array = " ".join(f"'{w}'" for w in ("jamtui", *words))
    program = f"{script}\nCOMP_WORDS=({array}); COMP_CWORD={len(words)}; _jamtui\n"
    program += 'printf "%s\\n" "${COMPREPLY[@]}"'
    result = subprocess.run(["bash", "-c", program], capture_output=True, text=True, check=True)
    return result.stdout.split()


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
def test_bash_completes_commands_sub_commands_and_options(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["completion", "bash"]) == 0
    script = capsys.readouterr().out
    assert complete(script, "ru") == ["runs"]
    assert set(complete(script, "runs", "")) >= {"list", "new", "--data-dir", "--lang"}
    assert complete(script, "runs", "list", "--j") == ["--json"]
    assert complete(script, "config", "s") == ["set"]
    assert "sv" in complete(script, "--lang", "")
    assert main(["completion", "zsh"]) == 0
    assert capsys.readouterr().out.startswith("autoload -U +X bashcompinit")
