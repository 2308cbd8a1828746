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

A hostile file can cost unbounded time and memory inside a C library (PDFium inflating
a content stream to gigabytes), where nothing in Python can stop it (issue 19). So the
pool now runs its own worker processes, each with its own job queue and answering per
job: a job runs under a processor-time limit the kernel enforces (RLIMIT_CPU, wall time
as a backstop) and the worker under an address-space cap (RLIMIT_AS); a worker that
dies is replaced, the job it was on is reported through ``on_lost`` and never run
again, the others go on. A worker stopped from outside (the OOM killer's SIGKILL, a
kill) is no verdict on its job: the job is run once more in a new worker (KILLED).

Platforms: the address-space cap is Linux's. macOS does not enforce RLIMIT_AS, so a
worker there watches its own peak resident memory instead (_watch_memory: weaker, a job
can pass the mark by what it allocates between two looks, and a C call holding the GIL
is caught when it returns); the processor-time limit holds on both. Windows has neither
(no resource module): no time or memory limit, only the one-job-one-worker isolation.
"""

from __future__ import annotations

import bisect
import contextlib
import logging
import os
import sys
import threading
from collections import deque
from collections.abc import Callable, Collection, Generator, Iterator
from dataclasses import dataclass
from types import TracebackType
from typing import Any, TypeVar

from . import envnames
from .fsio import process_alive

__all__ = ["Limits", "Stopped", "parallel_map", "parallel_map_arriving", "pool_gone", "start_server"]

log = logging.getLogger("briefreader")

T = TypeVar("T")
R = TypeVar("R")

_start_lock = threading.Lock()  # sys.stderr is process-wide: one start-up at a time
PARENT_POLL = 0.5  # seconds between checks where pidfd_open is not available
STOP_POLL = 0.05  # seconds between asks of a parallel_map's ``stop`` while it waits


class _FromCaller(Exception):
    """Wraps what the caller's ``idle`` raised while the pool waited, so the pool's own
    fallback (which reads the unanswered jobs in this process, without limits) never takes
    it for a pool failure; the caller gets its own exception back."""


class Stopped(Exception):
    """A :func:`parallel_map` given ``stop`` was told to stop (its workers are ended)."""


@dataclass(frozen=True)
class Limits:
    """What one job may cost in a worker (issue 19): a hostile file (a PDF whose
    content stream inflates to gigabytes, a huge document) can spend unbounded time and
    memory inside a C library, where Python cannot interrupt it."""

    seconds: float  # processor time of one job (RLIMIT_CPU; wall time WALL_FACTOR x as a backstop)
    memory: int  # bytes of address space a worker may take beyond what it has at its start


TOO_LONG = "took too long to read (stopped after {seconds:.0f} s of processor time)"
NO_ANSWER = "took too long to read (no answer after {seconds:.0f} s)"
WALL_FACTOR = 10  # the wall-time backstop, for a job that waits without computing
TOO_LARGE = "too large to read (it needed more than {mb} MB of memory)"
CRASHED = "too large or damaged to read (its reader stopped the process: {signal})"
# A worker ended by a signal no limit and no crash sends (SIGKILL from the kernel's
# out-of-memory killer, a kill from a shell) says nothing against the file it was on:
# the file is read again in a new worker, once, and blamed only when that ends the same way.
KILLED = "too large to read, or the system was short of memory (its reader was stopped from outside twice: {signal})"
OUTSIDE = ("SIGKILL", "SIGTERM", "SIGHUP", "SIGINT", "SIGQUIT")
# Every verdict above starts with one of these (library remembers such files by stamp).
LIMIT_VERDICTS = ("too large to read", "took too long to read", "too large or damaged to read")
EXIT_MEMORY = 86  # a worker's own memory watch ended it (where RLIMIT_AS is not enforced: macOS)


def parallel_map(
    fn: Callable[[T], R],
    jobs: list[T],
    *,
    workers: int,
    chunksize: int = 16,
    ahead: int = 4,
    preload: tuple[str, ...] = (),
    on_fallback: Callable[[str], None] | None = None,
    limits: Limits | None = None,
    on_lost: Callable[[T, str], R] | None = None,
    stop: Callable[[], bool] | None = None,
) -> Iterator[R]:
    """``map(fn, jobs)`` in ``workers`` processes, in order.

    Jobs go out in batches (the first ones small, so results start at once, then
    ``chunksize``), and at most ``ahead`` batches per worker are out at a time: workers
    that run ahead of a slow consumer wait, instead of piling their results up in this
    process (a cold ingest of 100,000 files held them all: 810 MB). ``fn`` must be a
    module-level function and the jobs picklable. ``preload``: modules the forkserver
    imports once when it starts, so that every worker forked from it, in this pool and
    the next (a TUI refresh), starts with them loaded instead of importing them itself.

    ``limits``: each job runs under a processor-time limit (and WALL_FACTOR times it in
    wall time, for a job that waits without computing), each worker under a memory cap.
    A job that ends its worker (over its time, out of memory in a C library, a crash) is
    never run again, here or in another worker: ``on_lost(job, reason)`` gives
    its result, a replacement worker takes the jobs the dead one held, and the others go
    on. Without ``on_lost`` a lost worker counts as the pool failing (below).

    When the pool cannot start or fails part-way, the remaining jobs run here, in this
    process, and ``on_fallback`` receives the reason (also logged).

    ``stop``: asked every STOP_POLL seconds while this waits, for a worker to start or
    for an answer; once it returns true, :class:`Stopped` is raised and the workers end.
    A worker's start waits for the forkserver, which imports the pipeline first (~0.5 s
    idle, 2-3 s at load 13): the TUI's quit during a digest's first PDF waited for that
    and for the file (session 13: 2.9-3.7 s). The start then goes on in a thread of its
    own, which ends the worker if one comes of it.
    """
    results = _run(
        fn, jobs, workers, chunksize, ahead, preload, on_fallback, limits, on_lost, stop, ordered=True, heavy=()
    )
    try:
        for _i, result in results:
            yield result
    finally:
        results.close()


def parallel_map_arriving(
    fn: Callable[[T], R],
    jobs: list[T],
    *,
    workers: int,
    window: int,
    heavy: Collection[int] = (),
    chunksize: int = 16,
    ahead: int = 4,
    preload: tuple[str, ...] = (),
    on_fallback: Callable[[str], None] | None = None,
    limits: Limits | None = None,
    on_lost: Callable[[T, str], R] | None = None,
    stop: Callable[[], bool] | None = None,
    idle: Callable[[], None] | None = None,
) -> Iterator[tuple[int, R]]:
    """:func:`parallel_map`, each result as ``(its job's place, result)`` as soon as it is
    answered, not in job order: one long job (a 36 MB feed that sorts first: minutes)
    held every later result back, and a cold start showed nothing until it was done
    (tester s19 U10). A caller that needs job order (the index's stories) puts the
    results back in order itself.

    ``window``: no batch is sent that starts this many places or more after the first
    batch not wholly answered, so a caller buffering results until the earlier ones come
    holds at most about ``window`` of them while a long job runs (the other workers then
    wait). ``heavy``:
    the places of jobs known to be long (large files); each goes to a worker holding no
    job, alone, and that worker is given nothing more until it answers, so no job waits
    in a long job's queue while another worker could run it. ``idle``: called every
    STOP_POLL seconds while no answer comes (a cold start shows the files done so far:
    the last ones before a long wait were shown only once the long job was done)."""
    results = _run(
        fn,
        jobs,
        workers,
        chunksize,
        ahead,
        preload,
        on_fallback,
        limits,
        on_lost,
        stop,
        ordered=False,
        heavy=heavy,
        window=window,
        idle=idle,
    )
    try:
        yield from results
    finally:
        results.close()


def _run(
    fn: Callable[[T], R],
    jobs: list[T],
    workers: int,
    chunksize: int,
    ahead: int,
    preload: tuple[str, ...],
    on_fallback: Callable[[str], None] | None,
    limits: Limits | None,
    on_lost: Callable[[T, str], R] | None,
    stop: Callable[[], bool] | None,
    *,
    ordered: bool,
    heavy: Collection[int],
    window: int = 0,
    idle: Callable[[], None] | None = None,
) -> Generator[tuple[int, R], None, None]:
    """The pool's loop for both: ``ordered``, results in job order (parallel_map); else
    as answered, within ``window`` (parallel_map_arriving)."""
    import multiprocessing  # here, not at the top: a warm start never needs it (~20 ms)

    # forkserver, not fork: the TUI calls this from a thread, and forking a
    # threaded process can deadlock the child.
    method = "forkserver" if sys.platform.startswith("linux") else "spawn"
    done = 0  # results yielded
    crew: list[_Worker] = []
    results: dict[int, R] = {}  # answered, not yet yielded (a lost job's included: never run again)
    if not jobs:
        return
    yielded = bytearray(len(jobs))  # 1: its result was yielded
    heavy = frozenset(heavy)
    try:
        context = multiprocessing.get_context(method)
        batches = iter(_batches(len(jobs), workers, chunksize, heavy))
        waiting: list[tuple[int, int] | None] = [None]  # the next batch, not yet sent
        starts: list[int] = []  # the first job of every batch sent, in order
        left: dict[int, int] = {}  # batch (by its first job) -> its results not yet yielded
        opened: deque[int] = deque()  # batches sent, oldest first (closed ones leave from the left)
        retried: set[int] = set()  # jobs given again after their worker ended between jobs

        def start() -> _Worker:
            with _real_stderr():  # a worker inherits the descriptor: Textual's has none
                return _Worker(context, fn, limits, preload)

        def hire() -> _Worker:
            return start() if stop is None else _start_stoppable(start, stop)

        def fill() -> None:
            """Batches to the least busy worker (an idle worker does not wait behind
            another's queue) while the consumer is at most ``ahead`` batches a worker
            behind (and, unordered, within ``window`` of the first job not answered); a
            heavy job to an idle worker only, and none to a worker on a heavy job."""
            while len(left) < workers * ahead:
                span = waiting[0] if waiting[0] is not None else next(batches, None)
                waiting[0] = span
                if span is None:
                    return
                while opened and opened[0] not in left:
                    opened.popleft()
                if not ordered and opened and span[0] >= opened[0] + window:
                    return
                free = [w for w in crew if w.heavy not in w.held]
                if span[0] in heavy:
                    free = [w for w in free if not w.held]
                if not free:
                    return
                worker = min(free, key=lambda w: len(w.held))
                if len(worker.held) >= ahead * chunksize:
                    return
                waiting[0] = None
                starts.append(span[0])
                left[span[0]] = span[1] - span[0]
                opened.append(span[0])
                if span[0] in heavy:
                    worker.heavy = span[0]
                worker.give([(i, jobs[i]) for i in range(*span)])

        def taken(i: int) -> None:
            """Job ``i``'s result is yielded: its batch closes with its last one."""
            nonlocal done
            done += 1
            yielded[i] = 1
            first = starts[bisect.bisect_right(starts, i) - 1]
            left[first] -= 1
            if not left[first]:
                del left[first]
                fill()

        with _real_stderr():
            if method == "forkserver":
                _ensure_server(context, preload)
        crew.extend(hire() for _ in range(min(workers, max(1, len(jobs)))))
        fill()
        while done < len(jobs):
            if ordered:
                ready = [done] if done in results else []
            else:
                ready = sorted(results)
            if not ready:
                _collect(crew, results, jobs, limits, on_lost, hire, retried, stop, idle)
                fill()
                continue
            for i in ready:
                result = results.pop(i)
                taken(i)
                yield i, result
    except (GeneratorExit, Stopped):
        raise
    except _FromCaller as exc:  # passed on as raised: no fallback reads the unanswered jobs here (review s20 R1)
        assert exc.__cause__ is not None
        raise exc.__cause__ from None
    except Exception as exc:  # OSError, ValueError from fds_to_keep, a worker that failed to start, ...
        reason = f"worker processes failed ({type(exc).__name__}: {exc}); reading in this process instead"
        log.warning("%s", reason)
        if on_fallback is not None:
            on_fallback(reason)
        for i in range(len(jobs)):
            if not yielded[i]:
                yielded[i] = 1
                done += 1
                yield i, (results.pop(i) if i in results else fn(jobs[i]))
    finally:
        for worker in crew:
            worker.stop(done >= len(jobs))


class _Worker:
    """One worker process: its own job queue (so the jobs it holds are known) and a
    pipe it answers on, one message per job, in the order it was given them."""

    def __init__(self, context: Any, fn: Callable[[Any], Any], limits: Limits | None, preload: tuple[str, ...]) -> None:
        self.queue = context.Queue()  # a feeder thread writes: sending never blocks this process
        self.reader, writer = context.Pipe(duplex=False)
        self.held: deque[int] = deque()  # jobs given and not answered, in order
        self.heavy = -1  # a heavy job it was given alone (parallel_map_arriving): no other while it holds it
        self.ready = False  # it reached its job loop: a death after that is a job's doing
        self.current = context.RawValue("q", -1)  # the job it is in, -1 between jobs
        self.process = context.Process(
            target=_serve,
            args=(fn, self.queue, writer, os.getpid(), limits, preload, self.current, _passed_env()),
            daemon=True,
            name="briefreader-worker",
        )
        self.process.start()
        writer.close()

    def give(self, batch: list) -> None:  # type: ignore[type-arg]
        self.held.extend(i for i, _job in batch)
        self.queue.put(batch)

    def stop(self, finished: bool) -> None:
        """End the process: told to, when all went well; terminated otherwise (the
        consumer stopped early, or something failed)."""
        with contextlib.suppress(Exception):
            if finished and self.process.is_alive():
                self.queue.put(None)
                self.process.join(timeout=5)
            if self.process.is_alive():
                self.process.terminate()
            self.process.join(timeout=5)
            self.queue.cancel_join_thread()  # a dead reader never empties its pipe
            self.queue.close()
            self.reader.close()


def _start_stoppable(start: Callable[[], _Worker], stop: Callable[[], bool]) -> _Worker:
    """``start()`` in a thread of its own, asking ``stop`` while it waits; :class:`Stopped`
    if told to stop first (a worker that starts after that is ended by that thread)."""
    if stop():
        raise Stopped
    lock = threading.Lock()
    box: list[Any] = []
    abandoned = False

    def run() -> None:
        try:
            made: Any = start()
        except BaseException as exc:  # noqa: BLE001 - handed to the caller
            made = exc
        with lock:
            box.append(made)
            late = abandoned
        if late and isinstance(made, _Worker):
            made.stop(False)

    thread = threading.Thread(target=run, name="briefreader-pool-start", daemon=True)
    thread.start()
    while True:
        thread.join(STOP_POLL)
        with lock:
            if box:
                break
            if stop():
                abandoned = True
                raise Stopped
    if isinstance(box[0], BaseException):
        raise box[0]
    return box[0]  # type: ignore[no-any-return]


def _collect(  # type: ignore[no-untyped-def]
    crew: list[_Worker],
    results: dict,  # type: ignore[type-arg]
    jobs: list,  # type: ignore[type-arg]
    limits,
    on_lost,
    hire,
    retried: set[int],
    stop: Callable[[], bool] | None = None,
    idle: Callable[[], None] | None = None,
) -> None:
    """Wait for the next messages from any worker and file them under their job; a
    worker found dead gives its job ``on_lost``'s result and its other jobs to a new one.
    ``stop``: asked every STOP_POLL seconds of the wait (:class:`Stopped`); ``idle``:
    called every STOP_POLL seconds of the wait."""
    from multiprocessing.connection import wait

    waited = [w.reader for w in crew] + [w.process.sentinel for w in crew]
    if stop is None and idle is None:
        ready = set(wait(waited))
    else:
        while True:
            if stop is not None and stop():
                raise Stopped
            if ready := set(wait(waited, STOP_POLL)):
                break
            if idle is not None:
                try:
                    idle()
                except Exception as exc:  # the caller's own (a quit: the TUI's _LoadCancelled), never a pool failure
                    raise _FromCaller from exc
    for n, worker in enumerate(list(crew)):
        died = worker.process.sentinel in ready
        messages = []
        if worker.reader in ready or died:
            with contextlib.suppress(EOFError, OSError):  # EOF: a dead worker's pipe, drained
                while worker.reader.poll():
                    messages.append(worker.reader.recv())
        for message in messages:
            if message is None:
                worker.ready = True
                continue
            i, ok, payload = message
            worker.held.popleft()
            if ok:
                results[i] = payload
            elif payload == "memory" and on_lost is not None and limits is not None:
                results[i] = on_lost(jobs[i], TOO_LARGE.format(mb=limits.memory // 2**20))
            else:
                raise payload if isinstance(payload, BaseException) else MemoryError(payload)
        if not died:
            continue
        worker.process.join()
        code = worker.process.exitcode
        if not worker.held:
            if worker.ready:  # idle and gone (its parent-watch, a kill): replace it
                crew[n] = hire()
                continue
        if not worker.ready or on_lost is None:
            raise RuntimeError(f"a worker process ended (exit code {code})")
        between = worker.current.value != worker.held[0] if worker.held else False
        if worker.held and (between or _outside(code)) and worker.held[0] not in retried:
            # Ended between jobs (killed from outside, or while answering), or in a job by a
            # signal from outside (the OOM killer's SIGKILL, a kill): no job's doing; its
            # jobs go to a new worker, once (a job that ends it again is blamed).
            if not between:
                log.warning(
                    "%s: its worker was stopped from outside (%s); read again", _name(jobs[worker.held[0]]), code
                )
            retried.add(worker.held[0])
            rest = list(worker.held)
            worker.held.clear()
            worker.stop(False)
            crew[n] = hire()
            crew[n].give([(i, jobs[i]) for i in rest])
            continue
        lost = worker.held.popleft()
        results[lost] = on_lost(jobs[lost], _why(code, limits))
        log.warning("%s: %s", _name(jobs[lost]), _why(code, limits))
        rest = list(worker.held)
        worker.held.clear()
        worker.stop(False)
        crew[n] = hire()
        if rest:
            crew[n].give([(i, jobs[i]) for i in rest])


def _name(job: object) -> str:
    """The file a job reads, by its name, for a warning: a job is a path or a tuple that
    starts with one (library's), never its repr (tester s17 P7: the path, a PosixPath and
    the whole topic taxonomy, 2,400 characters on one line)."""
    first = job[0] if isinstance(job, tuple) and job else job
    if not isinstance(first, (str, os.PathLike)):
        return "a file"
    name = os.path.basename(os.fsdecode(first)) or os.fsdecode(first)
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _signal_name(code: int | None) -> str:
    import signal

    try:
        return signal.Signals(-code).name if code is not None and code < 0 else f"exit code {code}"
    except ValueError:
        return f"signal {-code}" if code is not None else "unknown"


def _outside(code: int | None) -> bool:
    """Whether a worker's exit code is a signal from outside (see KILLED), not its job's doing."""
    return _signal_name(code) in OUTSIDE


def _why(code: int | None, limits: Limits | None) -> str:
    import signal

    alarm = getattr(signal, "SIGALRM", None)  # not on Windows
    if alarm is not None and code == -alarm and limits is not None:
        return NO_ANSWER.format(seconds=limits.seconds * WALL_FACTOR)
    if code == -getattr(signal, "SIGXCPU", 0) and code and limits is not None:
        return TOO_LONG.format(seconds=limits.seconds)
    if code == EXIT_MEMORY and limits is not None:
        return TOO_LARGE.format(mb=limits.memory // 2**20)
    name = _signal_name(code)
    return KILLED.format(signal=name) if name in OUTSIDE else CRASHED.format(signal=name)


# Settings a worker takes from the process that starts it, not from the forkserver (which
# has the environment of the pool's first start: a process running one command after
# another, as the tests do, would give its workers the first command's). The PDF text
# cache's folder, or "" under --no-cache (ingest/pdfcache.ENV; review s16 R11).
PASSED_ENV = (envnames.PDF_CACHE, envnames.CACHE_DIR)


def _passed_env() -> dict[str, str | None]:
    return {name: os.environ.get(name) for name in PASSED_ENV}


def _serve(
    fn: Callable[[Any], Any],
    queue: Any,
    results: Any,
    parent: int,
    limits: Limits | None,
    preload: tuple[str, ...],
    current: Any = None,
    env: dict[str, str | None] | None = None,
) -> None:
    """A worker's life: its limits set, then batches of (index, job) until None; each
    job's answer is (index, True, result), or (index, False, "memory") when it ran out
    of memory in Python, or (index, False, exception). ``env``: PASSED_ENV as the starting
    process has it."""
    import importlib
    import signal

    for name, value in (env or {}).items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
    _die_with_parent(parent)
    for name in preload:  # loaded before the cap (numpy's OpenBLAS reserves its buffers as
        try:  # it loads); a no-op when the forkserver imported them, as it normally has
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 - the job meets it and reports it
            log.debug("a worker could not import %s", name, exc_info=True)
    timed = limits is not None and hasattr(signal, "setitimer")  # Windows: no SIGALRM (no time limit)
    cpu = _cpu_limiter() if limits is not None else None
    if limits is not None and not _cap_memory(limits.memory):
        _watch_memory(limits.memory)  # no RLIMIT_AS (macOS): resident memory, watched
    if timed:
        signal.signal(signal.SIGALRM, signal.SIG_DFL)  # the kernel ends the process: no GIL needed
    results.send(None)
    while (batch := queue.get()) is not None:
        for i, job in batch:
            if current is not None:
                current.value = i
            if cpu is not None:  # processor time: a loaded machine does not make a file "too long"
                cpu(limits.seconds)  # type: ignore[union-attr]
            if timed:  # wall time: only a backstop where the CPU limit works
                wall = limits.seconds * (WALL_FACTOR if cpu is not None else 1)  # type: ignore[union-attr]
                signal.setitimer(signal.ITIMER_REAL, wall)
            try:
                answer = (i, True, fn(job))
            except MemoryError:
                answer = (i, False, "memory")
            except Exception as exc:  # noqa: BLE001 - the caller's exception, raised there
                answer = (i, False, exc)
            finally:
                if timed:
                    signal.setitimer(signal.ITIMER_REAL, 0)  # sending waits for the consumer: not the job's time
                if cpu is not None:
                    cpu(None)
                if current is not None:
                    current.value = -1
            try:
                results.send(answer)
            except MemoryError:
                results.send((i, False, "memory"))
            except Exception as exc:  # noqa: BLE001 - an unpicklable result or exception
                results.send((i, False, RuntimeError(f"{type(exc).__name__}: {exc}")))


def _cpu_limiter() -> Callable[[float | None], None] | None:
    """A function setting RLIMIT_CPU to this process's CPU time so far plus ``seconds``
    (None: no limit), SIGXCPU at its default action (the kernel ends the process); no
    core files (a worker ended by its limits or PDFium's abort would write one). None
    where the platform has no such limit."""
    import signal

    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        signal.signal(signal.SIGXCPU, signal.SIG_DFL)
        _soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
    except (ImportError, AttributeError, OSError, ValueError):
        return None

    def limit(seconds: float | None) -> None:
        if seconds is None:
            resource.setrlimit(resource.RLIMIT_CPU, (hard, hard))
            return
        used = resource.getrusage(resource.RUSAGE_SELF)
        soft = int(used.ru_utime + used.ru_stime + seconds) + 1
        resource.setrlimit(resource.RLIMIT_CPU, (soft if hard == resource.RLIM_INFINITY else min(soft, hard), hard))

    return limit


def _cap_memory(extra: int) -> bool:
    """RLIMIT_AS at this process's present size plus ``extra``: an allocation past it
    fails (MemoryError in Python; a C library usually aborts, which ends the worker).
    False where that cannot be done: Linux only (macOS accepts RLIMIT_AS and does not
    enforce it, and has no /proc to size the process), or the limit was refused."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        import resource

        with open("/proc/self/statm") as fh:
            size = int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        cap = size + extra
        if hard != resource.RLIM_INFINITY:
            cap = min(cap, hard)
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (ImportError, OSError, ValueError):  # no /proc, or not allowed
        log.debug("could not cap a worker's memory", exc_info=True)
        return False
    return True


MEMORY_WATCH = 0.05  # seconds between looks at a worker's resident memory (see _watch_memory)


def _watch_memory(extra: int, every: float = MEMORY_WATCH) -> bool:
    """Where RLIMIT_AS cannot cap a worker (macOS), a thread ends it (exit code
    EXIT_MEMORY: "too large to read") once its resident memory passes what it had at its
    start plus ``extra`` (its peak where /proc is missing). Weaker than the cap, and said so: it measures resident
    memory, not address space, and runs only while the job lets go of the GIL (PDFium
    does, through ctypes; a C call that holds it is caught when it returns), so a job
    can pass the mark by what it takes in MEMORY_WATCH seconds. False without the
    resource module (Windows: no memory limit at all)."""
    try:
        import resource
    except ImportError:
        return False
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KB on Linux
    page = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096

    def resident() -> int:
        # The memory resident now where the system says it (/proc): a process's peak
        # (ru_maxrss) starts at its parent's on Linux, carried over fork and exec, so a
        # worker forked from a big process would get a mark it never reaches. Elsewhere,
        # the peak.
        try:
            with open("/proc/self/statm", "rb") as statm:
                return int(statm.read().split()[1]) * page
        except (OSError, ValueError, IndexError):
            return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss) * scale

    mark = resident() + extra

    def watch() -> None:
        import time

        while resident() <= mark:
            time.sleep(every)
        os._exit(EXIT_MEMORY)

    threading.Thread(target=watch, name="memory-watch", daemon=True).start()
    return True


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


def _batches(
    total: int, workers: int, chunksize: int, heavy: frozenset[int] = frozenset()
) -> Iterator[tuple[int, int]]:
    """(start, stop) of each batch: one job per worker first, doubling up to
    ``chunksize`` (the first results, a screenful, arrive after a few files, not after
    ``chunksize`` per worker), then ``chunksize`` each. A ``heavy`` job is a batch of its
    own (the batch before it ends there)."""
    start, size, small = 0, 1, 0
    while start < total:
        stop = min(total, start + size)
        if start in heavy:
            stop = start + 1
        else:
            stop = next((i for i in range(start + 1, stop) if i in heavy), stop) if heavy else stop
        yield start, stop
        start = stop
        small += 1
        if small % workers == 0 and size < chunksize:
            size = min(chunksize, size * 2)


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
        if not process_alive(parent):
            os._exit(1)

    def watch() -> None:
        if pidfd is not None:
            import select

            select.select([pidfd], [], [])  # readable when the process exits
            os._exit(1)
        import time

        while process_alive(parent):
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
