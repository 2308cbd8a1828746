"""Guards what a new user met with the CLI in session 9's pass (see tests/tui/test_newuser_tui_s9.py)."""

from __future__ import annotations

import sys

from briefreader.cli import main


def test_a_reader_that_crashed_does_not_exit_0(sample_dir, tmp_path, monkeypatch, capsys) -> None:
    # The problems view crashed with a traceback (DuplicateID, fixed in db5ab31) and
    # `briefreader` still exited 0: a script or a shell prompt showing the status saw success.
    from briefreader.tui.app import BriefreaderApp
    from briefreader.tui.screens.main import MainScreen

    monkeypatch.setenv("BRIEFREADER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    real_run = BriefreaderApp.run
    monkeypatch.setattr(BriefreaderApp, "run", lambda self, **kw: real_run(self, headless=True, size=(80, 24)))

    def crash(self, *args) -> None:
        raise RuntimeError("a bug in the reader")

    monkeypatch.setattr(MainScreen, "on_mount", crash)
    code = main(["--briefings", str(sample_dir), "--notes", str(tmp_path / "notes.toml")])
    capsys.readouterr()
    assert code == 1
    monkeypatch.undo()


def test_a_reader_quit_with_q_exits_0(sample_dir, tmp_path, monkeypatch, capsys) -> None:
    from briefreader.tui.app import BriefreaderApp

    monkeypatch.setenv("BRIEFREADER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    real_run = BriefreaderApp.run

    async def quit_at_once(pilot) -> None:
        await pilot.pause()
        await pilot.press("q")

    monkeypatch.setattr(
        BriefreaderApp, "run", lambda self, **kw: real_run(self, headless=True, size=(80, 24), auto_pilot=quit_at_once)
    )
    code = main(["--briefings", str(sample_dir), "--notes", str(tmp_path / "notes.toml")])
    capsys.readouterr()
    assert code == 0


def test_show_on_a_file_that_was_not_read_says_why(tmp_path, monkeypatch, capsys) -> None:
    # `show junk` on a binary junk.txt said "unknown briefing id 'junk'", though the file is
    # there and `check` lists it: a new user looked for a typo.
    from helpers.cli import cli

    monkeypatch.setenv("BRIEFREADER_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "b"
    folder.mkdir()
    (folder / "good.txt").write_text("一份简报\n\n上海投资十亿元。\n", encoding="utf-8")
    (folder / "junk.txt").write_bytes(bytes(range(256)) * 200)
    (folder / "empty.md").write_bytes(b"")
    base = ("--briefings", str(folder), "--notes", str(tmp_path / "notes.toml"))
    for asked, file, why in (
        ("junk", "junk.txt", "binary"),
        ("junk.txt", "junk.txt", "binary"),
        ("empty", "empty.md", "empty"),
    ):
        code, _, err = cli(capsys, *base, "show", asked)
        assert code == 2 and f"{file} was not read" in err and why in err and "unknown" not in err, err
    code, _, err = cli(capsys, *base, "show", "nosuch")
    assert code == 2 and "unknown briefing id" in err
    code, out, _ = cli(capsys, *base, "show", "good")
    assert code == 0 and "十亿元" in out


def test_a_mistyped_option_of_list_is_named_as_an_option(tmp_path, monkeypatch, capsys) -> None:
    # `briefreader list --jsn` said "query: col 2: double negation '--'": the query parser's
    # word for what was a mistyped option.
    from helpers.cli import cli

    monkeypatch.setenv("BRIEFREADER_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "b"
    folder.mkdir()
    (folder / "good.txt").write_text("一份简报\n\n上海投资十亿元。\n", encoding="utf-8")
    base = ("--briefings", str(folder), "--notes", str(tmp_path / "notes.toml"))
    code, _, err = cli(capsys, *base, "list", "--jsn")
    assert code == 2 and "unknown option '--jsn'" in err and "--json" in err and "negation" not in err
    code, _, err = cli(capsys, *base, "stories", "--limit", "2")
    assert code == 2 and "unknown option '--limit'" in err and "--all" in err
    code, out, _ = cli(capsys, *base, "list", "--", "--jsn")  # after -- it is a query word, as documented
    assert code == 2 or out == ""
    code, out, _ = cli(capsys, *base, "list", "--json", "-上海", "--limit", "1")
    assert code == 0 and out.strip() == "[]"
