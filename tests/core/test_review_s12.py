"""Session 12 review: findings pinned by tests that fail on the old code."""

from __future__ import annotations

from pathlib import Path

from briefreader.cli import main


def test_an_empty_folders_name_reaches_the_terminal_without_control_sequences(
    cli_env: Path, tmp_path: Path, capsys
) -> None:
    """4de6970's "no briefings in DIR" printed the folder's name raw: a name from a
    config.toml (TOML writes \\u001b) could set the window title or clear the screen.
    The CLI's other messages pass names through safe.one_line."""
    empty = tmp_path / "a\x1b]0;owned\x07b\x1b[2Jc\nd"
    empty.mkdir()
    assert main(["--briefings", str(empty), "list"]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert "no briefings in" in err
    assert not any(ch in err for ch in "\x1b\x07\x9b")
    assert err.count("\n") == 1  # one line: the name's newline folded
