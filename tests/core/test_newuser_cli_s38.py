"""Guards what a new user met with the CLI's help in session 38's pass (/work/notes/s38_appfix.md).

The README's first commands are `briefreader config init --briefings DIR` and `briefreader`;
their help said neither what `briefreader` alone does nor what init writes.
"""

from __future__ import annotations

import pytest

from briefreader.cli import main


def _help(capsys, args: list[str]) -> str:
    with pytest.raises(SystemExit) as stop:
        main([*args, "--help"])
    assert stop.value.code == 0
    return " ".join(capsys.readouterr().out.split())  # argparse's wrapping undone


def test_main_help_says_that_no_command_opens_the_reader(capsys) -> None:
    # The usage line reads `COMMAND ...`, as if a command were needed.
    out = _help(capsys, [])
    assert "Without a COMMAND it opens the reader" in out
    assert "briefreader --briefings DIR" in out and "config init --briefings DIR" in out


def test_config_init_help_says_what_it_writes(capsys) -> None:
    out = _help(capsys, ["config", "init"])
    # a description (there was none), naming where the file goes and what --briefings does in it
    assert "Write a commented config file" in out and "`briefreader config path` prints where" in out
    assert "--briefings DIR the folder of briefings the file names" in out
    assert "--config FILE the file to write" in out
    assert "(overrides the config)" not in out.split("--notes")[0]  # init's own folder overrides nothing


def test_other_commands_keep_the_global_option_help(capsys) -> None:
    # the init-only wording is init's: `list --help` still says --briefings overrides the config
    out = _help(capsys, ["list"])
    assert "--briefings DIR folder of briefings (overrides the config)" in out
    out = _help(capsys, ["config", "path"])
    assert "--briefings DIR folder of briefings (overrides the config)" in out


def test_completion_help_says_where_the_script_goes(capsys) -> None:
    # `completion --help` listed the shells with no word on them or on what to do with the output
    out = _help(capsys, ["completion"])
    assert "the shell the script is for" in out
    assert "source <(briefreader completion bash)" in out and "bash-completion/completions/briefreader" in out
