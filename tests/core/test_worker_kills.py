"""Who is to blame when a worker ends (issue 19, session 11): a worker killed from outside
(the kernel's out-of-memory killer, a kill from a shell) while reading a file is no
verdict on that file, it is read once more in a new worker; a file that ends its worker
again, or by its own doing (its limits, a crash), is blamed. Where RLIMIT_AS is not
enforced (macOS) a worker watches its own memory. Without the index (--no-cache), a
file the limits stopped is not read again in the same session until it changes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest
from helpers.bombs import bomb_pdf

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forkserver, RLIMIT_AS and /proc")

MB = 2**20


def _reader(job: tuple[str, int, str]) -> str:
    """A fake reader: logs each start, then per kind returns at once, waits (a kill from
    outside can come meanwhile), is killed by SIGKILL every time it runs (as the OOM
    killer would end a job that really takes the machine's memory), or crashes."""
    log, n, kind = job
    with open(log, "a") as fh:
        fh.write(f"{n}\n")
    if kind == "slow":
        time.sleep(2)
    elif kind == "killed":
        os.kill(os.getpid(), signal.SIGKILL)
    elif kind == "crash":
        os.kill(os.getpid(), signal.SIGSEGV)
    return f"read {n}"


def _lost(job: tuple[str, int, str], reason: str) -> str:
    return f"lost {job[1]}: {reason}"


def _runs(log: Path) -> list[int]:
    return [int(line) for line in log.read_text().split()]


def test_a_worker_killed_from_outside_is_not_its_files_fault(tmp_path) -> None:
    import multiprocessing

    from briefreader.pool import Limits, parallel_map

    log = tmp_path / "runs.txt"
    log.touch()
    jobs = [(str(log), n, "slow" if n == 1 else "ok") for n in range(4)]

    def kill_during_job_1() -> None:  # as the OOM killer would, for another process's memory
        deadline = time.monotonic() + 60
        while 1 not in _runs(log) and time.monotonic() < deadline:
            time.sleep(0.05)
        for p in multiprocessing.active_children():
            if p.name == "briefreader-worker" and p.pid is not None:
                os.kill(p.pid, signal.SIGKILL)

    killer = threading.Thread(target=kill_during_job_1)
    killer.start()
    out = list(parallel_map(_reader, jobs, workers=1, limits=Limits(seconds=60, memory=512 * MB), on_lost=_lost))
    killer.join()
    assert out == [f"read {n}" for n in range(4)]  # read again in a new worker, not "too large or damaged"
    assert _runs(log).count(1) == 2


def test_a_file_whose_worker_is_killed_each_time_is_blamed_after_the_second(tmp_path) -> None:
    from briefreader.pool import KILLED, Limits, parallel_map

    log = tmp_path / "runs.txt"
    jobs = [(str(log), n, "killed" if n == 3 else "ok") for n in range(8)]
    out = list(parallel_map(_reader, jobs, workers=2, limits=Limits(seconds=60, memory=512 * MB), on_lost=_lost))
    assert out[3] == "lost 3: " + KILLED.format(signal="SIGKILL")
    assert out[:3] + out[4:] == [f"read {n}" for n in range(8) if n != 3]
    assert _runs(log).count(3) == 2
    assert sorted(set(_runs(log))) == list(range(8))


def test_a_crash_is_the_files_doing_and_is_not_run_again(tmp_path) -> None:
    from briefreader.pool import CRASHED, Limits, parallel_map

    log = tmp_path / "runs.txt"
    jobs = [(str(log), n, "crash" if n == 2 else "ok") for n in range(5)]
    out = list(parallel_map(_reader, jobs, workers=1, limits=Limits(seconds=60, memory=512 * MB), on_lost=_lost))
    assert out[2] == "lost 2: " + CRASHED.format(signal="SIGSEGV")
    assert _runs(log).count(2) == 1


_WATCHED = """
import sys, time
from briefreader import pool
assert pool._watch_memory(int(sys.argv[1]) * 2**20, every=0.01)
blob = b"x" * (int(sys.argv[2]) * 2**20)  # one C call holding the GIL: caught when it returns
time.sleep(float(sys.argv[3]))  # the watch's moment to act: long when it must (a loaded machine)
print(len(blob))
"""


@pytest.mark.parametrize(("mark_mb", "take_mb", "code"), [(100, 400, "EXIT_MEMORY"), (400, 50, 0)])
def test_the_memory_watch_where_rlimit_as_is_not_enforced(mark_mb, take_mb, code) -> None:
    # macOS ignores RLIMIT_AS: a worker there watches its own peak resident memory (run here on Linux).
    from briefreader import pool

    done = subprocess.run(
        [sys.executable, "-c", _WATCHED, str(mark_mb), str(take_mb), "20" if code else "0.5"],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == (pool.EXIT_MEMORY if code == "EXIT_MEMORY" else 0), done.stderr
    assert pool._why(pool.EXIT_MEMORY, pool.Limits(1, 256 * MB)) == pool.TOO_LARGE.format(mb=256)


_bomb_pdf = bomb_pdf  # tests/helpers/bombs.py: one copy for the limit tests


def test_without_the_index_a_file_over_the_limits_is_not_read_again_until_it_changes(
    sample_config, tmp_path, monkeypatch
) -> None:
    # --no-cache: the folder watcher's refresh (refresh_paths without an index) loads the
    # whole folder again, and read the bomb again at every change of any file.
    import briefreader.library as library

    folder = tmp_path / "b"
    folder.mkdir()
    samples = sorted((Path(__file__).parents[2] / "briefings").glob("*.txt"))[:2]
    for n, sample in enumerate(samples):
        (folder / f"good{n}.txt").write_bytes(sample.read_bytes())
    (folder / "bomb.pdf").write_bytes(_bomb_pdf(400))
    monkeypatch.setattr(library, "JOB_MEMORY", 200 * MB)
    monkeypatch.setattr(library, "_over_limits", {})
    config = replace(sample_config, briefings=folder)

    first = library.load_library(config, use_cache=False)
    why = {p.relpath: p.problem for p in first.problems}
    assert "too large" in why["bomb.pdf"].message and first.stats.ingested == 3

    (folder / "good2.txt").write_bytes(samples[0].read_bytes())  # the watcher reports a new file
    again = library.refresh_paths(first, config, [folder / "good2.txt"])
    assert again is not None and again.stats.ingested == 3  # the three text files, not the bomb
    assert {p.relpath: p.problem for p in again.problems}["bomb.pdf"] == why["bomb.pdf"]
    assert sorted(b.id for b in again.briefings) == ["good0", "good1", "good2"]

    later = time.time() + 5
    os.utime(folder / "bomb.pdf", (later, later))  # changed: read again (and stopped again)
    third = library.load_library(config, use_cache=False)
    assert third.stats.ingested == 4
    assert "too large" in {p.relpath: p.problem.message for p in third.problems}["bomb.pdf"]


def test_the_memory_watch_is_not_blinded_by_a_big_parent() -> None:
    """A process's peak resident memory (ru_maxrss) starts at its parent's on Linux, across
    fork and exec: started from a parent holding 600 MB (as a worker forked from a big
    reader, or this test late in the suite), the watch's mark lay above what the child
    ever took, and a 400 MB job ran on (CI failed so). The watch reads memory resident now."""
    from briefreader import pool

    parent = (
        "import subprocess, sys\n"
        "held = b'x' * (600 * 2**20)\n"
        "sys.exit(subprocess.run([sys.executable, '-c', sys.argv[1], '100', '400', '20']).returncode)\n"
    )
    done = subprocess.run([sys.executable, "-c", parent, _WATCHED], capture_output=True, timeout=60, check=False)
    assert done.returncode == pool.EXIT_MEMORY, done.stderr
