"""Quitting while the pool starts or reads (issue 19, session 14): ``parallel_map(stop=)``.

A worker's start waits for the forkserver, which imports the pipeline first (2-3 s at
load 13), and then for the file: the TUI's quit during a digest's first PDF waited for
both (session 13: 2.9-3.7 s). With ``stop`` the wait asks it every STOP_POLL seconds,
raises Stopped (library: Cancelled) and ends the workers; nothing falls back to reading
in this process.
"""

from __future__ import annotations

import multiprocessing
import sys
import threading
import time
from pathlib import Path

import pytest

from briefreader import pool
from briefreader.pool import Stopped, parallel_map

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forkserver")


def _slow(job: tuple[str, int]) -> int:
    """Logs its start, then takes far longer than any test waits."""
    log, n = job
    with open(log, "a") as fh:
        fh.write(f"{n}\n")
    time.sleep(60)
    return n


def _workers_alive() -> list[multiprocessing.Process]:
    return [p for p in multiprocessing.active_children() if p.name == "briefreader-worker" and p.is_alive()]


def test_stop_during_a_job_ends_the_pool_and_its_workers(tmp_path: Path) -> None:
    log = tmp_path / "runs.txt"
    log.touch()
    told = threading.Event()

    def stop() -> bool:
        if not told.is_set() and log.read_text():  # the job has started in its worker
            told.set()
        return told.is_set()

    ran_here: list[int] = []
    with pytest.raises(Stopped):
        for n in parallel_map(_slow, [(str(log), 0), (str(log), 1)], workers=1, stop=stop, on_fallback=ran_here.append):
            ran_here.append(n)
    assert told.is_set() and not ran_here  # no result, nothing read in this process
    for p in multiprocessing.active_children():
        if p.name == "briefreader-worker":
            p.join(10)
    assert not _workers_alive()


def test_stop_during_a_workers_start_raises_and_ends_the_late_worker() -> None:
    release = threading.Event()
    ended: list[bool] = []

    class Late(pool._Worker):
        def __init__(self) -> None:  # no process: stands for one whose start was slow
            pass

        def stop(self, finished: bool) -> None:
            ended.append(finished)

    begun = threading.Event()

    def start() -> pool._Worker:
        begun.set()
        release.wait(30)
        return Late()

    with pytest.raises(Stopped):
        pool._start_stoppable(start, begun.is_set)  # told to stop while the start waits
    assert not ended
    release.set()
    deadline = time.monotonic() + 30
    while not ended and time.monotonic() < deadline:
        time.sleep(0.01)
    assert ended == [False]  # the worker that came too late is ended, not left running


def test_nothing_starts_once_told_to_stop() -> None:
    started: list[bool] = []

    def start() -> pool._Worker:
        started.append(True)
        raise AssertionError("started")

    with pytest.raises(Stopped):
        pool._start_stoppable(start, lambda: True)
    time.sleep(0.2)
    assert not started


def test_a_start_that_fails_says_why_as_before() -> None:
    def start() -> pool._Worker:
        raise OSError("no forkserver today")

    with pytest.raises(OSError, match="no forkserver today"):
        pool._start_stoppable(start, lambda: False)


def test_a_library_read_told_to_stop_is_cancelled_not_read_here(tmp_path: Path) -> None:
    from briefreader.library import Cancelled, read_guarded

    mail = tmp_path / "note.eml"
    mail.write_text("Subject: 通知\nFrom: a@b.c\nContent-Type: text/plain; charset=utf-8\n\n张江发布新举措。\n")
    assert read_guarded(mail, tmp_path)[0].title  # read by a worker as before
    with pytest.raises(Cancelled):
        read_guarded(mail, tmp_path, stop=lambda: True)
