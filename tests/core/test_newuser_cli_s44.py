"""Guards what a new user met in the CLI in session 44's pass (/work/notes/s44_newuser.md).

U2: `briefreader list` in a 120-column terminal on a folder of real files (names of 70 to 110
characters, as scrapers and archives name them): the id column took the width, the date was cut
to "2026", the source to "iTho", and no title was on the screen at all.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from helpers.cli import cli
from rich.cells import cell_len

from briefreader.safe import strip_controls

LONG = "s31_03_ithome_tw_rss_dc_creator_reporters_garbled_times_20260921_trad_saved_from_the_feed_archive"
TITLES = ["资安日报谷歌证实代理人骇入外部公司网站", "台湾网域纳入资安治理部署率仅两成", "数位防灾日延伸倡议资安日"]


@pytest.fixture
def long_names(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv("BRIEFREADER_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "b"
    folder.mkdir()
    for n, title in enumerate(TITLES):
        (folder / f"{LONG}_{n}.txt").write_text(
            f"{title}\n\n2025年5月1{n}日 新民晚报\n\n上海投资十亿元，同比增长百分之五。\n", encoding="utf-8"
        )
    return folder


def _screen(capsys, monkeypatch, folder: Path, columns: int, *args: str) -> list[str]:
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setenv("COLUMNS", str(columns))
    code, out, _ = cli(capsys, "--briefings", str(folder), "--notes", str(folder.parent / "notes.toml"), *args)
    assert code == 0
    return [strip_controls(line).rstrip() for line in out.splitlines() if line.strip()]


@pytest.mark.parametrize("columns", [80, 120, 200])
def test_a_long_id_leaves_the_title_and_a_whole_date_on_screen(long_names, capsys, monkeypatch, columns) -> None:
    lines = _screen(capsys, monkeypatch, long_names, columns, "list")
    assert all(cell_len(line) <= columns for line in lines)
    screen = "\n".join(lines)
    for n in range(len(TITLES)):
        assert f"2025-05-1{n}" in screen  # whole, never "2025" or "2025-0"
    # the title column may wrap: each title's words are on the screen, in their lines
    flat = "".join(line.split("  ")[-1].strip() for line in lines)
    for title in TITLES:
        assert title[:8] in screen or title[:8] in flat
    assert "新民晚报" in screen


def test_an_id_that_fits_is_kept_whole(long_names, capsys, monkeypatch) -> None:
    lines = _screen(capsys, monkeypatch, long_names, 250, "list")
    assert sum(f"{LONG}_" in line for line in lines) == len(TITLES)  # one line each: never folded needlessly


def test_a_refused_file_of_ours_is_named_for_what_it_is(long_names, capsys, monkeypatch, tmp_path) -> None:
    # U3: `digest -o notes.md` over the notes export briefreader wrote, and `export -o d.md` over
    # its digest, said "exists and was not written by briefreader": false, and no help choosing
    monkeypatch.chdir(tmp_path)
    common = ("--briefings", str(long_names), "--notes", str(tmp_path / "notes.toml"))
    assert cli(capsys, *common, "export", "-o", "notes.md")[0] == 0
    assert cli(capsys, *common, "digest", "-o", "d.md")[0] == 0
    code, _, err = cli(capsys, *common, "digest", "-o", "notes.md")
    assert code != 0 and "is a notes export briefreader wrote, which a digest does not replace" in err
    assert "not written by briefreader" not in err and "--force" in err
    code, _, err = cli(capsys, *common, "export", "-o", "d.md")
    assert code != 0 and "is a digest briefreader wrote, which an export does not replace" in err
    (tmp_path / "own.md").write_text("my own notes\n", encoding="utf-8")
    code, _, err = cli(capsys, *common, "export", "-o", "own.md")  # someone's own file: said as before
    assert code != 0 and "exists and was not written by briefreader" in err
    assert (tmp_path / "own.md").read_text(encoding="utf-8") == "my own notes\n"


class _Stdin:
    def __init__(self, data: bytes, tty: bool) -> None:
        self.buffer = io.BytesIO(data)
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


@pytest.mark.parametrize("tty", [True, False])
def test_figures_stdin_at_a_prompt_says_it_is_waiting(capsys, monkeypatch, tty) -> None:
    # U4: `briefreader figures --stdin` typed at a prompt waited silently: it looked hung
    monkeypatch.setattr(sys, "stdin", _Stdin("营收逾百亿元，增长百分之十二点五".encode(), tty))
    code, out, err = cli(capsys, "figures", "--stdin")
    assert code == 0 and "百分之十二点五" in out
    assert ("ctrl+d" in err) is tty  # a pipe is never told to type
