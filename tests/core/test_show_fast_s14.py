"""`show ID` and `figures ID` from the stored list (issue 19, session 14).

An analyst's script calls them many times; at 100,000 briefings the verified load of
the whole folder was ~2.2 of their ~2.7 s of CPU. The list the index stored answers
when the briefing's file is unchanged and alone with its stem; anything else reads the
folder as before, with the same output and messages.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers.cli import cli

import briefreader.cli as cli_module

ID = "004_bbc993df6f2fe461"


@pytest.fixture
def indexed(cli_env: Path, capsys) -> Path:
    assert cli(capsys, "list")[0] == 0  # the index and its stored list
    return cli_env


def _no_folder_read(monkeypatch) -> None:
    def refuse(*_a, **_k):
        raise AssertionError("the folder was read")

    monkeypatch.setattr(cli_module, "_library", refuse)


def test_an_unchanged_briefing_is_shown_without_reading_the_folder(indexed, capsys, monkeypatch) -> None:
    shown = cli(capsys, "show", ID)
    figures = cli(capsys, "figures", ID)
    _no_folder_read(monkeypatch)
    assert cli(capsys, "show", ID) == shown and "张江" in shown[1]
    assert cli(capsys, "show", f"{ID}.txt") == shown
    assert cli(capsys, "figures", ID) == figures


def test_a_changed_file_is_read_as_before(indexed, capsys) -> None:
    path = indexed / "briefings" / f"{ID}.txt"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("张江", "临港"), encoding="utf-8")
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    code, out, _ = cli(capsys, "show", ID)
    assert code == 0 and "临港" in out


def test_a_sibling_with_its_stem_or_a_prefix_takes_the_folder_path(indexed, capsys, monkeypatch) -> None:
    calls: list[int] = []
    real = cli_module._library

    def counted(*a, **k):
        calls.append(1)
        return real(*a, **k)

    monkeypatch.setattr(cli_module, "_library", counted)
    (indexed / "briefings" / f"{ID}.md").write_text("# 另一篇\n\n内容。\n", encoding="utf-8")
    code, _, err = cli(capsys, "show", ID)  # the ids are the files' names now, as the folder has them
    assert calls == [1] and code != 0 and "ambiguous" in err
    assert cli(capsys, "show", f"{ID}.md")[1].startswith("另一篇")
    calls.clear()
    cli(capsys, "show", "004_bbc99")  # a prefix: never the stored list alone
    assert calls == [1]


def test_unknown_and_removed_ids_say_what_the_folder_says(indexed, capsys) -> None:
    code, _, err = cli(capsys, "show", "nope")
    assert code != 0 and "unknown briefing id" in err
    (indexed / "briefings" / f"{ID}.txt").unlink()
    code, _, err = cli(capsys, "show", ID)
    assert code != 0 and "unknown briefing id" in err
    code, _, err = cli(capsys, "figures", ID)
    assert code != 0 and "unknown briefing id" in err
