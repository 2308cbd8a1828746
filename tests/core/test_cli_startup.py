"""The reader's start-up path in the CLI (issue 19, warm first paint): the command line
of the reader itself (global options only) is read without building the subcommands'
parsers, and means exactly what the full parser makes of it."""

from __future__ import annotations

import pytest

from briefreader.cli import _reader_args, build_parser

SAME = [
    [],
    ["--config", "c.toml"],
    ["--config=c.toml"],
    ["--config="],
    ["--config", "a.toml", "--config", "b.toml"],
    ["--briefings", "dir", "--notes", "n.toml", "--no-cache", "--debug"],
    ["--debug", "--debug", "--briefings=目录 with space"],
    ["--notes", "=odd"],
]

FULL_PARSER = [  # everything else goes to the full parser, with its messages
    ["list"],
    ["--config", "c.toml", "list", "-峰会"],
    ["-h"],
    ["--help"],
    ["--version"],
    ["--config"],
    ["--config", "--debug"],
    ["--config", "-x"],
    ["--no-cache=1"],
    ["--conf", "c.toml"],
    ["--", "x"],
    ["stray"],
]


@pytest.mark.parametrize("argv", SAME)
def test_the_readers_command_line_means_what_the_full_parser_reads(argv: list[str]) -> None:
    fast = _reader_args(argv)
    assert fast is not None
    assert vars(fast) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize("argv", FULL_PARSER)
def test_anything_else_is_left_to_the_full_parser(argv: list[str]) -> None:
    assert _reader_args(argv) is None
