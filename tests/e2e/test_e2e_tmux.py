"""Guards the whole app end to end: the installed ``briefreader`` command in a real terminal (tmux).

Filters, bookmarks, writes a note, exports and quits with keys, then checks the notes
file and the Markdown export on disk.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
import tomllib
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BRIEFREADER = Path(sys.executable).parent / "briefreader"
TIMEOUT = 20.0

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
    pytest.mark.skipif(not BRIEFREADER.exists(), reason=f"no briefreader console script at {BRIEFREADER}"),
]


class Tmux:
    def __init__(self, session: str, socket: Path) -> None:
        self.session, self.socket = session, socket

    def run(self, *args: str, check: bool = True) -> str:
        proc = subprocess.run(["tmux", "-S", str(self.socket), *args], capture_output=True, text=True, timeout=10)
        if check and proc.returncode != 0:
            raise AssertionError(f"tmux {' '.join(args)}: {proc.stderr}")
        return proc.stdout

    def screen(self) -> str:
        return self.run("capture-pane", "-p", "-t", self.session, check=False)

    def keys(self, *keys: str, literal: bool = False) -> None:
        self.run("send-keys", "-t", self.session, *(["-l"] if literal else []), *keys)

    def wait_for(self, condition: Callable[[str], bool] | str, what: str) -> str:
        test = (lambda s: condition in s) if isinstance(condition, str) else condition
        deadline = time.monotonic() + TIMEOUT
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if test(screen):
                return screen
            time.sleep(0.2)
        raise AssertionError(f"timed out waiting for {what}; screen:\n{screen}")

    def alive(self) -> bool:
        return (
            subprocess.run(
                ["tmux", "-S", str(self.socket), "has-session", "-t", self.session], capture_output=True, timeout=10
            ).returncode
            == 0
        )


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "briefings", tmp_path / "briefings")
    config = (ROOT / "config.toml").read_text(encoding="utf-8")
    config = config.replace('notes = "notes.toml"', f'notes = "{tmp_path / "notes.toml"}"')
    config = config.replace('export = "notes.md"', f'export = "{tmp_path / "out" / "notes.md"}"')
    (tmp_path / "config.toml").write_text(config, encoding="utf-8")
    (tmp_path / "out").mkdir()  # export writes into an existing folder only (issue 18)
    return tmp_path


@pytest.fixture
def tmux(workspace: Path):
    socket = workspace / "tmux.sock"
    t = Tmux(f"br-{uuid.uuid4().hex[:8]}", socket)
    env = {
        "BRIEFREADER_CACHE_DIR": str(workspace / "cache"),
        "BRIEFREADER_CONFIG": str(workspace / "config.toml"),
        "HOME": str(workspace),
        "TERM": "xterm-256color",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "PATH": "/usr/bin:/bin",
    }
    exports = " ".join(f"{k}={v}" for k, v in env.items())
    # env -i: an inherited COLUMNS/LINES (pytest's) would override the real pane size.
    command = f"cd {workspace} && env -i {exports} {BRIEFREADER}; sleep 30"  # the pane stays to show errors
    t.run("-f", "/dev/null", "new-session", "-d", "-x", "120", "-y", "36", "-s", t.session, command)
    # Without a client, tmux may shrink the window to its 80x24 default later on.
    t.run("set-option", "-t", t.session, "window-size", "manual")
    t.run("resize-window", "-t", t.session, "-x", "120", "-y", "36")
    yield t
    t.run("kill-server", check=False)


def test_filter_bookmark_note_export_quit(tmux: Tmux, workspace: Path):
    tmux.wait_for("5 of 5 briefings", "the list")

    tmux.keys("/")
    tmux.keys("source:新民晚报", literal=True)
    tmux.wait_for("1 of 5 briefings", "the filter to narrow the list")
    tmux.keys("Enter")

    tmux.keys("b")
    tmux.wait_for("★", "the bookmark mark")

    tmux.keys("n")
    tmux.wait_for("ctrl+s save", "the note editor")
    tmux.keys("元宇宙 3500亿 target", literal=True)
    tmux.keys("C-s")
    tmux.wait_for(lambda s: "ctrl+s save" not in s and "元宇宙 3500亿 target" in s, "the saved note in the side panel")

    tmux.keys("e")
    tmux.wait_for("notes.md", "the export notification")

    tmux.keys("q")
    tmux.wait_for(lambda s: "5 of 5" not in s and "1 of 5" not in s, "the app to quit")

    notes = tomllib.loads((workspace / "notes.toml").read_text(encoding="utf-8"))
    ((entry_id, entry),) = notes["briefings"].items()
    assert entry_id == "004_bbc993df6f2fe461"
    assert entry["bookmarked"] is True
    assert [n["text"] for n in entry["notes"]] == ["元宇宙 3500亿 target"]

    markdown = (workspace / "out" / "notes.md").read_text(encoding="utf-8")
    assert markdown.startswith("# briefreader notes")
    assert "元宇宙 3500亿 target" in markdown
    assert "新民晚报" in markdown


def _article_column(screen: str) -> list[str]:
    """Each row's middle pane (list │ article │ side), '' where a row has no panes."""
    return [line.split("│")[1].strip() if line.count("│") >= 2 else "" for line in screen.splitlines()]


def _steady_article(tmux: Tmux) -> list[str]:
    """The article column once two captures 0.3 s apart agree (the article laid out)."""
    previous: list[str] = []
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        time.sleep(0.3)
        column = _article_column(tmux.screen())
        if column == previous and any(column):
            return column
        previous = column
    return previous


def test_key_burst_highlighted_hit_escape_back_and_copy(tmux: Tmux):
    tmux.wait_for("5 of 5 briefings", "the list")

    # A filter word is highlighted in the article: drawn with its own colours.
    plain_hits = len(re.findall(r"\x1b\[[0-9;]*m元宇宙", tmux.run("capture-pane", "-p", "-e", "-t", tmux.session)))
    tmux.keys("/")
    tmux.keys("元宇宙", literal=True)
    tmux.wait_for(lambda s: "of 5 briefings" in s and "5 of 5" not in s, "the filter to narrow the list")
    tmux.keys("Enter")
    # polled, not slept: on a loaded machine half a second was sometimes before the redraw
    deadline = time.monotonic() + TIMEOUT
    coloured_hits = 0
    while time.monotonic() < deadline and coloured_hits <= plain_hits:
        time.sleep(0.2)
        coloured = tmux.run("capture-pane", "-p", "-e", "-t", tmux.session)
        coloured_hits = len(re.findall(r"\x1b\[[0-9;]*m元宇宙", coloured))
    assert coloured_hits > plain_hits

    # Ten j in one burst scroll the article ten lines.
    tmux.keys("Enter")  # the list's highlighted briefing, focus to the article
    before = _steady_article(tmux)
    tmux.keys(*["j"] * 10)

    def scrolled(screen: str) -> bool:
        after = _article_column(screen)
        same = [i for i in range(3, len(after) - 12) if after[i] and after[i] == before[i + 10]]
        return len(same) >= 5

    tmux.wait_for(scrolled, "the article to scroll ten lines")

    # y copies the paragraph in view and says so.
    tmux.keys("y")
    tmux.wait_for("Copied", "the copy confirmation")

    # escape: article -> list, then the filter is cleared.
    tmux.keys("Escape")
    time.sleep(0.3)
    tmux.keys("Escape")
    tmux.wait_for("5 of 5 briefings", "escape to clear the filter")
    tmux.keys("q")
    tmux.wait_for(lambda s: "of 5 briefings" not in s, "the app to quit")


# ----- a new user's first launch (issue 20.1) ---------------------------------------------


def _launch(workspace: Path, folder: Path, name: str) -> Tmux:
    socket = workspace / f"{name}.sock"
    t = Tmux(f"br-{uuid.uuid4().hex[:8]}", socket)
    env = {
        "BRIEFREADER_CACHE_DIR": str(workspace / "cold-cache"),
        "HOME": str(workspace),
        "XDG_CONFIG_HOME": str(workspace / "xdg"),
        "TERM": "xterm-256color",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "PATH": "/usr/bin:/bin",
    }
    exports = " ".join(f"{k}={v}" for k, v in env.items())
    command = (
        f"cd {workspace} && env -i {exports} {BRIEFREADER} --briefings {folder} "
        f"--notes {workspace / 'cold-notes.toml'}; sleep 30"
    )
    t.run("-f", "/dev/null", "new-session", "-d", "-x", "120", "-y", "36", "-s", t.session, command)
    t.run("set-option", "-t", t.session, "window-size", "manual")
    t.run("resize-window", "-t", t.session, "-x", "120", "-y", "36")
    return t


def _write_briefing(folder: Path, i: int, word: str) -> None:
    (folder / f"b{i:03d}.txt").write_text(
        f"第{i}号简报：{word}产业发展\n\n2024年{i % 12 + 1}月{i % 28 + 1}日 上海报道\n\n"
        f"本市{word}产业规模达到{i + 100}亿元，同比增长{i % 30}%。\n",
        encoding="utf-8",
    )


def test_cold_first_launch_on_a_fresh_folder_then_after_half_the_files_change(workspace: Path):
    # With an empty cache, 200 files go through the worker pool under Textual, where
    # sys.stderr has no descriptor: this failed with "bad value(s) in fds_to_keep".
    folder = workspace / "fresh"
    folder.mkdir()
    for i in range(200):
        _write_briefing(folder, i, "集成电路")
    t = _launch(workspace, folder, "cold")
    try:
        screen = t.wait_for(lambda s: "200 of 200" in s or "Could not" in s, "the cold-loaded list")
        assert "200 of 200" in screen and "Could not" not in screen, screen
        t.keys("q")
        deadline = time.monotonic() + TIMEOUT
        while "200 of 200" in t.screen() and time.monotonic() < deadline:
            time.sleep(0.2)
    finally:
        t.run("kill-server", check=False)
    for i in range(0, 200, 2):  # 100 files change: the warm start ingests them again
        _write_briefing(folder, i, "人工智能")
    t = _launch(workspace, folder, "warm")
    try:
        t.wait_for("200 of 200", "the list after 100 files changed")
        t.keys("/")
        t.keys("人工智能", literal=True)
        screen = t.wait_for("100 of 200", "the 100 changed briefings found by their new word")
        assert "Could not" not in screen
    finally:
        t.run("kill-server", check=False)


# ----- read state and the live library (issue 15) ------------------------------------------


def _session(workspace: Path, name: str) -> tuple[Tmux, dict[str, str]]:
    t = Tmux(f"br-{uuid.uuid4().hex[:8]}", workspace / f"{name}.sock")
    env = {
        "BRIEFREADER_CACHE_DIR": str(workspace / "cache"),
        "BRIEFREADER_CONFIG": str(workspace / "config.toml"),
        "HOME": str(workspace),
        "TERM": "xterm-256color",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "PATH": "/usr/bin:/bin",
    }
    exports = " ".join(f"{k}={v}" for k, v in env.items())
    t.run(
        "-f",
        "/dev/null",
        "new-session",
        "-d",
        "-x",
        "120",
        "-y",
        "36",
        "-s",
        t.session,
        f"cd {workspace} && env -i {exports} {BRIEFREADER}; sleep 30",
    )
    t.run("set-option", "-t", t.session, "window-size", "manual")
    t.run("resize-window", "-t", t.session, "-x", "120", "-y", "36")
    return t, env


def _quit(t: Tmux, gone: str) -> None:
    t.keys("q")
    deadline = time.monotonic() + TIMEOUT
    while gone in t.screen() and time.monotonic() < deadline:
        time.sleep(0.1)
    t.run("kill-server", check=False)


def _within(t: Tmux, text: str, what: str, seconds: float) -> float:
    started = time.monotonic()
    while time.monotonic() - started < seconds:
        if text in t.screen():
            return time.monotonic() - started
        time.sleep(0.05)
    raise AssertionError(f"{what} not on screen within {seconds} s:\n{t.screen()}")


def test_read_state_new_files_and_notes_from_elsewhere(workspace: Path):
    t, env = _session(workspace, "first")
    try:
        t.wait_for(lambda s: "5 of 5 briefings" in s and "5 unread" in s, "the list, every briefing unread")
        t.keys("Enter")  # open the highlighted briefing: it is read
        t.wait_for("4 unread", "one briefing read")
    finally:
        _quit(t, "4 unread")
    assert (workspace / "readstate.sqlite3").is_file()  # beside the notes file, not in the cache
    (workspace / "briefings" / "fresh.txt").write_text(
        "新到的简报：张江人工智能峰会\n\n2025年5月20日，上海张江举办人工智能峰会，签约项目投资额超过120亿元。\n",
        encoding="utf-8",
    )
    t, env = _session(workspace, "second")
    try:
        t.wait_for(lambda s: "6 of 6 briefings" in s and "5 unread" in s, "still read after a restart; the new file")
        t.keys("/")
        t.keys("is:unread", literal=True)
        t.wait_for("5 of 6 briefings", "is:unread: one fewer")
        t.keys("C-u")
        t.wait_for("6 of 6 briefings", "the filter cleared")
        t.keys("is:new", literal=True)
        screen = t.wait_for("1 of 6 briefings", "is:new: the file added between the sessions")
        assert "张江人工智能峰会" in screen
        t.keys("Enter")
        shutil.copy(workspace / "briefings" / "000_6725c00bccd9a398.txt", workspace / "briefings" / "copied.txt")
        took = _within(t, "of 7 briefings", "a file copied in while open", 2.0)
        print(f"\ncopied file on screen after {took:.2f} s")
        t.keys("/")
        time.sleep(0.3)
        t.keys("C-u")  # text typed in the same instant as C-u was sometimes lost: wait for it
        t.wait_for("7 of 7 briefings", "the filter cleared")
        t.keys("has:note", literal=True)
        t.wait_for("0 of 7 briefings", "no notes yet")
        t.keys("Enter")
        cli = subprocess.run(
            [str(BRIEFREADER), "note", "001_dd643b2f5a9bae41", "从命令行加的笔记"],
            cwd=workspace,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert cli.returncode == 0, cli.stderr
        took = _within(t, "1 of 7 briefings", "a note added with the CLI", 2.0)
        print(f"CLI note in the open TUI after {took:.2f} s")
        t.wait_for("从命令行加的笔记", "the note in the side panel")
    finally:
        _quit(t, "of 7 briefings")
