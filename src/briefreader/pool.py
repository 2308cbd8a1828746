"""Parallel map in worker processes that never outlive their parent.

Two things went wrong with a plain ``ProcessPoolExecutor`` (issue 20):

* Under Textual ``sys.stderr`` is a capture object whose ``fileno()`` is -1, and
  multiprocessing hands that descriptor to the resource tracker it starts, which fails
  with "bad value(s) in fds_to_keep". The helper processes are now started with the
  real standard error (or /dev/null) in place, whatever the caller has done to
  ``sys.stderr``, and any failure to run the pool falls back to working in-process,
  with the reason logged and returned to the caller.
* A CLI killed mid-ingest (SIGKILL, SIGTERM, SIGHUP) left the forkserver, the resource
  tracker and the workers running under PID 1. Each worker now watches its parent
  through a pidfd (a poll of the pid where pidfds are missing) and exits when it is
  gone; the forkserver and the resource tracker then see their pipes close and exit.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
from collections.abc import Callable, Iterator
from types import TracebackType
from typing import TypeVar

__all__ = ["parallel_map", "pool_gone", "start_server"]

log = logging.getLogger("briefreader")

T = TypeVar("T")
R = TypeVar("R")

_start_lock = threading.Lock()  # sys.stderr is process-wide: one start-up at a time
PARENT_POLL = 0.5  # seconds between checks where pidfd_open is not available


def parallel_map(
    fn: Callable[[T], R],
    jobs: list[T],
    *,
    workers: int,
    chunksize: int = 16,
    ahead: int = 4,
    preload: tuple[str, ...] = (),
    on_fallback: Callable[[str], None] | None = None,
) -> Iterator[R]:
    """``map(fn, jobs)`` in ``workers`` processes, in order.

    Jobs go out in batches (the first ones small, so results start at once, then
    ``chunksize``), and at most ``ahead`` batches per worker are out at a time: workers
    that run ahead of a slow consumer wait, instead of piling their results up in this
    process (a cold ingest of 100,000 files held them all: 810 MB). When the pool
    cannot start or breaks part-way, the remaining jobs run here, in this process, and
    ``on_fallback`` receives the reason (also logged). ``fn`` must be a module-level
    function and the jobs picklable. ``preload``: modules the forkserver imports once
    when it starts, so that every worker forked from it, in this pool and the next
    (a TUI refresh), starts with them loaded instead of importing them itself.
    """
    import multiprocessing  # here, not at the top: a warm start never needs it (~20 ms)
    from collections import deque
    from concurrent.futures import Future, ProcessPoolExecutor

    # forkserver, not fork: the TUI calls this from a thread, and forking a
    # threaded process can deadlock the child.
    method = "forkserver" if sys.platform.startswith("linux") else "spawn"
    done = 0
    pool: ProcessPoolExecutor | None = None
    try:
        context = multiprocessing.get_context(method)
        batches = iter(_batches(len(jobs), workers, chunksize))
        pending: deque[tuple[int, int, Future[list[R]]]] = deque()

        def submit() -> bool:
            span = next(batches, None)
            if span is None:
                return False
            assert pool is not None  # made before the first submit
            pending.append((*span, pool.submit(_run_batch, fn, jobs[span[0] : span[1]])))
            return True

        with _real_stderr():
            if method == "forkserver":
                _ensure_server(context, preload)
            pool = ProcessPoolExecutor(
                max_workers=workers, mp_context=context, initializer=_die_with_parent, initargs=(os.getpid(),)
            )
            # Workers start on the first submit: that happens here, under _real_stderr too.
            while len(pending) < workers * ahead and submit():
                pass
        while pending:
            _start, _stop, future = pending[0]
            results = future.result()
            pending.popleft()
            submit()
            for result in results:
                done += 1
                yield result
    except GeneratorExit:
        raise
    except Exception as exc:  # BrokenProcessPool, OSError, ValueError from fds_to_keep, ...
        reason = f"worker processes failed ({type(exc).__name__}: {exc}); reading in this process instead"
        log.warning("%s", reason)
        if on_fallback is not None:
            on_fallback(reason)
        yield from map(fn, jobs[done:])
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def start_server(preload: tuple[str, ...] = ()) -> None:
    """Start the forkserver now (it imports ``preload`` in its own process), so that a
    :func:`parallel_map` about to come finds it ready: a cold start calls this before
    scanning the folder. Nothing happens where there is no forkserver; a failure is
    left for :func:`parallel_map` to meet and fall back from."""
    if not sys.platform.startswith("linux"):
        return
    import multiprocessing

    try:
        with _real_stderr():
            _ensure_server(multiprocessing.get_context("forkserver"), preload)
    except Exception as exc:  # noqa: BLE001 - parallel_map tries again and falls back
        log.debug("could not start the forkserver early: %s", exc)


def _ensure_server(context: object, preload: tuple[str, ...]) -> None:
    """Start the forkserver unless it runs; call under :func:`_real_stderr`.

    From the main thread (the CLI), the forkserver is started with SIGINT ignored, which
    it inherits through exec and keeps: Ctrl+C in the first second of ``briefreader
    --no-cache list`` printed its KeyboardInterrupt traceback from its own imports
    (poolserver.py covers the TUI's threads, after those imports). A Ctrl+C meanwhile
    stays pending in this process (blocked, not ignored) and arrives just after."""
    import signal
    from multiprocessing import forkserver

    if preload:  # only before the forkserver's start: it keeps what it has
        context.set_forkserver_preload(["__main__", *preload])  # type: ignore[attr-defined]
    if threading.current_thread() is not threading.main_thread():
        forkserver.ensure_running()
        return
    # The resource tracker first: its start unblocks SIGINT, which, while ignored here,
    # would lose a Ctrl+C instead of delaying it.
    from multiprocessing import resource_tracker

    resource_tracker.ensure_running()
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    handler = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        forkserver.ensure_running()
    finally:
        signal.signal(signal.SIGINT, handler if handler is not None else signal.default_int_handler)
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)


def _batches(total: int, workers: int, chunksize: int) -> Iterator[tuple[int, int]]:
    """(start, stop) of each batch: one job per worker first, doubling up to
    ``chunksize`` (the first results, a screenful, arrive after a few files, not after
    ``chunksize`` per worker), then ``chunksize`` each."""
    start, size, small = 0, 1, 0
    while start < total:
        stop = min(total, start + size)
        yield start, stop
        start = stop
        small += 1
        if small % workers == 0 and size < chunksize:
            size = min(chunksize, size * 2)


def _run_batch(fn: Callable[[T], R], batch: list[T]) -> list[R]:
    return [fn(job) for job in batch]


@contextlib.contextmanager
def _real_stderr() -> Iterator[None]:
    """Give multiprocessing a ``sys.stderr`` with a usable descriptor while it starts
    its helper processes (they inherit it for their own error messages)."""
    with _start_lock:
        saved = sys.stderr
        null = None
        try:
            if not _usable_fd(saved):
                if _usable_fd(sys.__stderr__):
                    sys.stderr = sys.__stderr__
                else:
                    null = open(os.devnull, "w")  # noqa: SIM115 - closed below
                    sys.stderr = null
            yield
        finally:
            sys.stderr = saved
            if null is not None:
                null.close()


def _usable_fd(stream: object) -> bool:
    try:
        fd: int = stream.fileno()  # type: ignore[attr-defined]
        os.fstat(fd)
    except (AttributeError, OSError, ValueError):
        return False
    return fd >= 0


def _die_with_parent(parent: int) -> None:
    """Worker initializer: exit as soon as the process that made the pool is gone.

    The worker's own parent is the forkserver, so ``PR_SET_PDEATHSIG`` would watch the
    wrong process; a pidfd on the real parent wakes a thread the moment it exits.
    """
    try:
        pidfd = os.pidfd_open(parent)
    except (AttributeError, OSError):
        pidfd = None
        if not _alive(parent):
            os._exit(1)

    def watch() -> None:
        if pidfd is not None:
            import select

            select.select([pidfd], [], [])  # readable when the process exits
            os._exit(1)
        import time

        while _alive(parent):
            time.sleep(PARENT_POLL)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def pool_gone(kind: type[BaseException], tb: TracebackType | None) -> bool:
    """True for the one failure a worker forked for a pool that has since been shut down
    meets as it starts: rebuilding the pool's semaphores (SemLock.__setstate__ in
    multiprocessing.synchronize, while its arguments are unpickled) finds them unlinked,
    a FileNotFoundError. The forkserver says nothing then (poolserver._excepthook); every
    other FileNotFoundError is a real failure and keeps its traceback."""
    if not issubclass(kind, FileNotFoundError) or tb is None:
        return False
    while tb.tb_next is not None:
        tb = tb.tb_next
    code = tb.tb_frame.f_code
    where = code.co_filename.replace(os.sep, "/")
    return code.co_name == "__setstate__" and where.endswith("multiprocessing/synchronize.py")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
