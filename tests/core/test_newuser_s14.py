"""Session 14's new-user pass on the CLI: each finding pinned by a test that fails on
the old code."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run(tmp_path: Path, args: list[str], stdout) -> subprocess.Popen[bytes]:
    # Without PYTHONUNBUFFERED (set on the test machine, never by a user's shell, and
    # ignored by pipx's `python -E` launcher): stdout is block-buffered, so an output
    # under 8 KB is written only at the end.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    env["BRIEFREADER_CACHE_DIR"] = str(tmp_path / "cache")
    cmd = [sys.executable, "-m", "briefreader", "--briefings", str(ROOT / "briefings")]
    cmd += ["--notes", str(tmp_path / "notes.toml"), *args]
    return subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.PIPE, env=env)


@pytest.mark.parametrize("args", [["list"], ["figures", "000"], ["check"]])
def test_a_reader_that_leaves_early_gets_no_python_message(tmp_path: Path, args: list[str]) -> None:
    """`briefreader list | grep -q 上海` (or `| true`): the reader is gone before the
    buffered output is flushed at exit, and Python printed "Exception ignored in: …
    BrokenPipeError" and exited 120 (a failure for `set -o pipefail` scripts)."""
    proc = _run(tmp_path, args, subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader leaves before a byte is written
    err = proc.stderr.read().decode("utf-8", "replace")
    code = proc.wait(timeout=60)
    assert "Exception ignored" not in err and "Traceback" not in err, err
    assert code == (1 if args == ["check"] else 0), (code, err)  # check: sample 002's mojibake


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_full_device_with_a_buffered_output(tmp_path: Path) -> None:
    """`briefreader list > /dev/full` said one clear line only under PYTHONUNBUFFERED
    (tests); a user got "Exception ignored … OSError: [Errno 28]" and status 120."""
    with open("/dev/full", "wb") as full:
        proc = _run(tmp_path, ["list"], full)
        assert proc.stderr is not None
        err = proc.stderr.read().decode("utf-8", "replace")
        code = proc.wait(timeout=60)
    assert code == 1, (code, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("briefreader: error: cannot write the output"), err
