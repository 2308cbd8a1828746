"""Session 12's new-user pass on the CLI: each finding pinned by a test that fails on
the old code."""

from __future__ import annotations

from pathlib import Path

from briefreader.cli import main


def test_list_says_on_stderr_when_nothing_is_listed(cli_env: Path, tmp_path: Path, capsys) -> None:
    """`list` on an empty folder, or with a query that matches nothing, printed nothing
    and exited 0: a new user could not tell "none" from "broken" (as `stories` did before
    session 11). It says why on stderr; stdout stays empty, --json is an empty list."""
    assert main(["list", "no-such-word-anywhere"]) == 0
    out, err = capsys.readouterr()
    assert out == "" and "no briefing matches the query" in err
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["--briefings", str(empty), "list"]) == 0
    out, err = capsys.readouterr()
    assert out == "" and f"no briefings in {empty}" in err
    assert main(["--briefings", str(empty), "list", "--json"]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == "[]" and "no briefings" not in err
    assert main(["list"]) == 0  # the samples: rows, nothing to say
    out, err = capsys.readouterr()
    assert out.count("\n") == 5 and "no briefing" not in err
