"""End to end: the installed ``briefreader`` command in a real terminal (tmux).

Filters, bookmarks, writes a note, exports and quits with keys, then checks the notes
file and the Markdown export on disk.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import tomllib
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
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
        return subprocess.run(["tmux", "-S", str(self.socket), "has-session", "-t", self.session],
                              capture_output=True, timeout=10).returncode == 0


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "briefings", tmp_path / "briefings")
    config = (ROOT / "config.toml").read_text(encoding="utf-8")
    config = config.replace('notes = "notes.toml"', f'notes = "{tmp_path / "notes.toml"}"')
    config = config.replace('export = "notes.md"', f'export = "{tmp_path / "out" / "notes.md"}"')
    (tmp_path / "config.toml").write_text(config, encoding="utf-8")
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
    (entry_id, entry), = notes["briefings"].items()
    assert entry_id == "004_bbc993df6f2fe461"
    assert entry["bookmarked"] is True
    assert [n["text"] for n in entry["notes"]] == ["元宇宙 3500亿 target"]

    markdown = (workspace / "out" / "notes.md").read_text(encoding="utf-8")
    assert markdown.startswith("# briefreader notes")
    assert "元宇宙 3500亿 target" in markdown
    assert "新民晚报" in markdown
