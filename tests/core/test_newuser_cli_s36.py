"""Guards what a new user met with the CLI in session 36's pass (see tests/tui/test_newuser_tui_s36.py)."""

from __future__ import annotations

import pytest

from briefreader.cli import main


@pytest.mark.parametrize(
    ("args", "meant"),
    [
        (["lsit"], "list"),
        (["figures", "--all", "--sort", "vlaue"], "value"),
        (["completion", "bahs"], "bash"),
        (["config", "iint"], "init"),
    ],
)
def test_a_mistyped_choice_names_the_one_meant(capsys, args, meant) -> None:
    # `briefreader lsit` listed fourteen subcommands and left the reader to spot `list`.
    assert main(args) == 2
    err = capsys.readouterr().err
    assert f"invalid choice: '{args[-1]}', maybe you meant '{meant}'? (choose from " in err
    assert len(err.strip().splitlines()) == 1 and "--help`)" in err


def test_a_choice_like_none_names_none(capsys) -> None:
    for word in ("frobnicate", "x" * 5000):
        assert main([word]) == 2
        err = capsys.readouterr().err
        assert "invalid choice" in err and "maybe you meant" not in err and "(choose from 'list'" in err
