"""The real ``briefreader`` in tmux, hung up during a cold load, ends (tester s12).

At the end of session 11 readers started by e2e tmux tests outlived them, and in session 12
95 readers of a benchmark's tmux runs (kill-session right after the first paint) were left
asleep: after SIGHUP the exit hung in Textual's driver, or waited for the loader thread to
read the whole folder. See commit 9cba07a.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

BRIEFREADER = Path(sys.executable).parent / "briefreader"
FILES = 5000  # minutes to read under load, some seconds idle: the reader must not wait for them

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
    pytest.mark.skipif(not BRIEFREADER.exists(), reason=f"no briefreader console script at {BRIEFREADER}"),
]


def _tmux(socket: Path, *args: str) -> str:
    return subprocess.run(["tmux", "-S", str(socket), *args], capture_output=True, text=True, timeout=10).stdout


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc to find the reader's process")
def test_a_reader_hung_up_during_a_cold_load_ends(tmp_path: Path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(FILES):
        (folder / f"b{i:05d}.txt").write_text(
            f"第{i}号简报：集成电路产业发展\n\n2024年{i % 12 + 1}月{i % 28 + 1}日 上海报道\n\n"
            f"本市集成电路产业规模达到{i + 100}亿元，同比增长{i % 30}%。\n",
            encoding="utf-8",
        )
    socket, session = tmp_path / "t.sock", f"br-{uuid.uuid4().hex[:8]}"
    env = {
        "BRIEFREADER_CACHE_DIR": str(tmp_path / "cache"),
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "xdg"),
        "TERM": "xterm-256color",
        "LANG": "C.UTF-8",
        "PATH": "/usr/bin:/bin",
    }
    exports = " ".join(f"{k}={v}" for k, v in env.items())
    command = f"env -i {exports} {BRIEFREADER} --briefings {folder} --notes {tmp_path / 'n.toml'}"
    reader = None
    try:
        _tmux(socket, "-f", "/dev/null", "new-session", "-d", "-x", "100", "-y", "30", "-s", session, command)
        pane = int(_tmux(socket, "display-message", "-p", "-t", session, "#{pane_pid}").strip())
        deadline = time.monotonic() + 120
        while "Loading briefings" not in _tmux(socket, "capture-pane", "-p", "-t", session):
            assert time.monotonic() < deadline, "the reader never showed its loading list"
            time.sleep(0.1)
        readers = [pane] if "briefreader" in Path(f"/proc/{pane}/cmdline").read_text() else _children(pane)
        assert readers, "no reader process found"
        reader = readers[0]
        _tmux(socket, "kill-session", "-t", session)  # the terminal hangs up mid-load
        deadline = time.monotonic() + 20
        while _alive(reader) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not _alive(reader), f"the reader {reader} outlived its terminal by 20 s"
    finally:
        _tmux(socket, "kill-server")
        if reader is not None and _alive(reader):
            os.kill(reader, 9)  # never leave it behind, whatever the verdict
