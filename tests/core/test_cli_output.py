"""Guards the CLI when standard output cannot take what it writes: one line on stderr
and a non-zero exit, never a traceback (issue 20.10)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(tmp_path: Path, args: list[str], **kwargs) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ, BRIEFREADER_CACHE_DIR=str(tmp_path / "cache"), **kwargs.pop("env", {}))
    cmd = [
        sys.executable,
        "-m",
        "briefreader.cli",
        "--briefings",
        str(ROOT / "briefings"),
        "--notes",
        str(tmp_path / "notes.toml"),
        *args,
    ]
    return subprocess.run(cmd, capture_output=kwargs.pop("capture", True), timeout=60, env=env, **kwargs)


def check_one_line(err: bytes, expect: str) -> None:
    text = err.decode("utf-8", "replace")
    assert "Traceback" not in text, text
    lines = text.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("briefreader: error:") and expect in lines[0], text


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_full_device(tmp_path: Path) -> None:
    with open("/dev/full", "wb") as full:
        out = run(tmp_path, ["list"], capture=False, stdout=full, stderr=subprocess.PIPE)
    assert out.returncode == 1
    check_one_line(out.stderr, "No space left")


def test_a_closed_stdout(tmp_path: Path) -> None:
    # The shell's `>&-`: the interpreter starts with sys.stdout = None.
    out = subprocess.run(
        ["sh", "-c", f'"{sys.executable}" -m briefreader.cli --briefings "{ROOT / "briefings"}" list >&-'],
        capture_output=False,
        stderr=subprocess.PIPE,
        timeout=60,
        env=dict(os.environ, BRIEFREADER_CACHE_DIR=str(tmp_path / "cache")),
    )
    assert out.returncode == 2
    check_one_line(out.stderr, "standard output is closed")


@pytest.mark.parametrize("encoding", ["ascii", "latin-1", "gb2312"])
def test_an_encoding_that_cannot_hold_the_text(tmp_path: Path, encoding: str) -> None:
    # gb2312 holds the Chinese but not every character a briefing shows (en dashes,
    # Traditional forms): a clear error rather than a partly written output.
    out = run(tmp_path, ["show", "000"], env={"PYTHONIOENCODING": encoding})
    assert out.returncode == 1
    check_one_line(out.stderr, "output encoding (")
