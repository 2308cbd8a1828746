"""Guards cold ingest in worker processes: it starts whatever sys.stderr is, falls back
in-process on any pool failure, and its processes never outlive a killed parent."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from briefreader.library import PARALLEL_THRESHOLD, load_library

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="pidfd and /proc are Linux")


def _fill(folder: Path, n: int) -> None:
    samples = sorted((Path(__file__).parents[2] / "briefings").glob("*.txt"))
    for i in range(n):
        text = samples[i % len(samples)].read_text(encoding="utf-8")
        (folder / f"f{i:04d}.txt").write_text(f"{text}\n第{i}条补充。\n", encoding="utf-8")


class CapturedStderr:
    """What Textual puts in sys.stderr while an app runs: writes work, no descriptor."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def write(self, text: str) -> int:
        self.parts.append(text)
        return len(text)

    def flush(self) -> None:
        pass

    def fileno(self) -> int:
        return -1


def test_workers_start_when_stderr_has_no_descriptor(sample_config, tmp_path, monkeypatch) -> None:
    # Issue 20.1: under Textual this raised "bad value(s) in fds_to_keep".
    folder = tmp_path / "b"
    folder.mkdir()
    _fill(folder, PARALLEL_THRESHOLD + 12)
    monkeypatch.setattr(sys, "stderr", CapturedStderr())
    lib = load_library(replace(sample_config, briefings=folder), use_cache=False)
    assert sys.stderr.fileno() == -1  # put back as it was
    assert lib.stats.serial_reason == ""  # the pool ran, no fallback
    assert len(lib.briefings) == PARALLEL_THRESHOLD + 12
    assert lib.by_id["f0005"].text.endswith("第5条补充。")


def test_any_pool_failure_falls_back_in_process_and_says_why(sample_config, tmp_path, monkeypatch) -> None:
    import briefreader.pool as pool

    class Broken:  # a worker process that cannot start
        def __init__(self, *args, **kwargs) -> None:
            raise ValueError("bad value(s) in fds_to_keep")

    folder = tmp_path / "b"
    folder.mkdir()
    _fill(folder, PARALLEL_THRESHOLD + 2)
    monkeypatch.setattr(pool, "_Worker", Broken)
    lib = load_library(replace(sample_config, briefings=folder), use_cache=False)
    assert len(lib.briefings) == PARALLEL_THRESHOLD + 2
    assert "fds_to_keep" in lib.stats.serial_reason


def _session_members(sid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[3]) == sid and fields[0] != "Z":
            found.append(int(entry))
    return found


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM, signal.SIGHUP], ids=lambda s: s.name)
def test_workers_die_with_a_killed_cli(tmp_path, sig) -> None:
    # Issue 20.7: the forkserver, the resource tracker and the workers stayed alive
    # under PID 1 after the CLI was killed mid-ingest.
    folder = tmp_path / "b"
    folder.mkdir()
    _fill(folder, 1500)
    env = dict(os.environ, BRIEFREADER_CACHE_DIR=str(tmp_path / "cache"))
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "briefreader.cli",
            "--briefings",
            str(folder),
            "--notes",
            str(tmp_path / "n.toml"),
            "list",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        while len(_session_members(proc.pid)) < 4:  # parent, forkserver, tracker, a worker
            assert proc.poll() is None, "the ingest finished before it could be interrupted"
            assert time.monotonic() < deadline, "worker processes never started"
            time.sleep(0.05)
        os.kill(proc.pid, sig)
        proc.wait(timeout=30)
        deadline = time.monotonic() + 15
        while _session_members(proc.pid):
            assert time.monotonic() < deadline, f"left running: {_session_members(proc.pid)}"
            time.sleep(0.1)
    finally:
        for pid in _session_members(proc.pid):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        shutil.rmtree(folder, ignore_errors=True)


def _cpu_of_forkserver(sid: int) -> float:
    """CPU seconds the session's forkserver has used (0 before it starts)."""
    for pid in _session_members(sid):
        try:
            if b"forkserver" not in Path(f"/proc/{pid}/cmdline").read_bytes():
                continue
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return 0.0


def test_ctrl_c_while_the_pool_starts_prints_no_traceback(tmp_path) -> None:
    # Ctrl+C in the first second of a cold `list` reached the forkserver while it
    # imported the pipeline (the terminal signals the whole foreground group), and it
    # printed a KeyboardInterrupt traceback; a worker started after the CLI was gone
    # printed FileNotFoundError from SemLock._rebuild (issue 19).
    folder = tmp_path / "b"
    folder.mkdir()
    _fill(folder, 600)
    env = dict(os.environ, BRIEFREADER_CACHE_DIR=str(tmp_path / "cache"))
    err = tmp_path / "stderr.txt"
    with err.open("w") as stderr:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "briefreader.cli",
                "--briefings",
                str(folder),
                "--notes",
                str(tmp_path / "n.toml"),
                "list",
            ],
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            env=env,
            start_new_session=True,
            preexec_fn=_as_from_a_terminal,
        )
    try:
        deadline = time.monotonic() + 60
        while _cpu_of_forkserver(proc.pid) < 0.15:  # well into its imports
            assert proc.poll() is None, "the ingest finished before it could be interrupted"
            assert time.monotonic() < deadline, "the forkserver never started"
            time.sleep(0.01)
        os.killpg(proc.pid, signal.SIGINT)
        assert proc.wait(timeout=30) != 0
        deadline = time.monotonic() + 30
        while _session_members(proc.pid):
            assert time.monotonic() < deadline, f"left running: {_session_members(proc.pid)}"
            time.sleep(0.1)
        assert "Traceback" not in err.read_text(errors="replace")
    finally:
        for pid in _session_members(proc.pid):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        shutil.rmtree(folder, ignore_errors=True)


def _as_from_a_terminal() -> None:
    # A shell starts a background job (`cmd &`, no job control) with SIGINT ignored, and a
    # process keeps an ignored SIGINT (Python too): a suite started that way made this
    # test's `list` ignore the Ctrl+C and exit 0. A terminal's foreground job has it at
    # its default, which is what this test is about.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _raised(fn) -> BaseException:
    try:
        fn()
    except BaseException as exc:  # noqa: BLE001 - the exception is the result
        return exc
    raise AssertionError("nothing was raised")


def _semaphore_gone() -> BaseException:
    """The real error a worker meets when its pool's semaphores were unlinked before it
    started: SemLock.__setstate__ (unpickling its arguments) cannot open them."""
    import multiprocessing.synchronize as synchronize

    lock = synchronize.Lock.__new__(synchronize.Lock)
    return _raised(lambda: lock.__setstate__((0, 1, 1, f"/mp-briefreader-gone-{os.getpid()}")))


def test_only_a_gone_pools_semaphore_counts_as_the_pool_gone(tmp_path) -> None:
    from briefreader.pool import pool_gone

    gone = _semaphore_gone()
    assert isinstance(gone, FileNotFoundError)
    assert pool_gone(type(gone), gone.__traceback__)
    missing = _raised(lambda: (tmp_path / "no-such-file").read_bytes())  # ours: a real failure
    assert isinstance(missing, FileNotFoundError)
    assert not pool_gone(type(missing), missing.__traceback__)
    other = _raised(lambda: {}["x"])
    assert not pool_gone(type(other), other.__traceback__)
    assert not pool_gone(FileNotFoundError, None)


def test_the_forkserver_shows_a_workers_file_not_found_error_unless_its_pool_is_gone() -> None:
    # poolserver's hook silenced every FileNotFoundError of a worker's start; only the
    # gone pool's semaphore is to be silent (the hook runs in the forkserver's children).
    script = (
        "import sys, os\n"
        "import briefreader.poolserver\n"
        "sys.path.insert(0, sys.argv[1])\n"
        "from test_workers import _raised, _semaphore_gone\n"
        "gone = _semaphore_gone()\n"
        "sys.excepthook(type(gone), gone, gone.__traceback__)\n"
        "print('--', file=sys.stderr)\n"
        "mine = _raised(lambda: open('/nonexistent/briefreader-config.toml'))\n"
        "sys.excepthook(type(mine), mine, mine.__traceback__)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script, str(Path(__file__).parent)], capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    before, after = out.stderr.split("--\n", 1)
    assert "Traceback" not in before  # the pool's gone semaphore: nothing to say
    assert "FileNotFoundError" in after and "briefreader-config.toml" in after and "Traceback" in after
