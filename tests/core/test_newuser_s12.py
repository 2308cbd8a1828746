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


def test_an_empty_list_says_how_many_files_could_not_be_read(cli_env: Path, tmp_path: Path, capsys) -> None:
    """Tester s22 T11: a folder holding only unreadable files said "no briefings in DIR",
    as an empty folder does; the TUI says files could not be read. It says how many, and
    where to see why; an empty folder still says only that it is empty."""
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "a.txt").write_bytes(b"\x00\x01\x02binary\xff\xfe")
    (bad / "b.pdf").write_bytes(b"%PDF-1.4 not really")
    for command in (["list"], ["figures", "--all"]):
        assert main(["--briefings", str(bad), *command]) == 0
        out, err = capsys.readouterr()
        assert out == "" and f"no briefings in {bad}; 2 files could not be read" in err, err
        assert "briefreader check" in err
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["--briefings", str(empty), "list"]) == 0
    assert capsys.readouterr().err.strip() == f"briefreader: no briefings in {empty}"
