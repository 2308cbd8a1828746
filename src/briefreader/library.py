"""The corpus on disk: scanning, analysing (ingest + topics + keywords), caching.

A cold start ingests files in parallel worker processes; a warm start reads the
SQLite index and ingests only files whose size or mtime changed.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import os
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from .config import Config, user_cache_dir
from .model import Briefing, Problem, Topic

SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml"})
PARALLEL_THRESHOLD = 48  # below this, worker start-up costs more than it saves
Progress = Callable[[int, int], None]


class LibraryError(Exception):
    """The corpus cannot be read at all (e.g. the folder is missing)."""


@dataclass(frozen=True, slots=True)
class FileProblem:
    relpath: str
    path: str
    problem: Problem


@dataclass(slots=True)
class LoadStats:
    files: int = 0
    ingested: int = 0  # analysed now (cache misses)
    cached: int = 0  # taken from the index
    pruned: int = 0  # dropped from the index: the file is gone


@dataclass(slots=True)
class Library:
    root: Path
    briefings: list[Briefing]  # readable ones, newest first
    problems: list[FileProblem] = field(default_factory=list)
    stats: LoadStats = field(default_factory=LoadStats)
    by_id: dict[str, Briefing] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.by_id:
            self.by_id = {b.id: b for b in self.briefings}

    def get(self, briefing_id: str) -> Briefing:
        return self.by_id[briefing_id]


def scan(root: Path) -> tuple[list[Path], list[FileProblem]]:
    """Briefing files below ``root`` (hidden entries skipped), plus what could not be listed."""
    files: list[Path] = []
    problems: list[FileProblem] = []

    def on_error(exc: OSError) -> None:
        where = Path(exc.filename or root)
        problems.append(FileProblem(_rel(where, root), str(where), Problem(
            "unreadable", f"cannot list the folder: {exc.strerror or exc}")))

    # followlinks=False: a symlinked folder could loop; symlinked files are still read.
    for folder, dirs, names in os.walk(root, onerror=on_error, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if name.startswith(".") or Path(name).suffix.lower() not in SUFFIXES:
                continue
            files.append(Path(folder) / name)
    return files, problems


def _rel(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def _code_digest() -> str:
    """A digest of the code and data that analysis depends on.

    Any change to a rule invalidates cached briefings by itself; nobody has to
    remember to bump a version number (PIPELINE_VERSION stays for schema-level
    breaks). Reading ~30 small files costs a few milliseconds.
    """
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    parts = [*sorted((package / "ingest").glob("*.py")), *sorted((package / "figures").glob("*.py")),
             package / "topics.py", package / "model.py", *sorted((package / "data").glob("*"))]
    for part in parts:
        try:
            digest.update(part.name.encode() + b"\0" + part.read_bytes())
        except OSError:
            continue
    return digest.hexdigest()[:12]


def analysis_version(config: Config) -> str:
    """Changes whenever cached analysis would differ: rules, taxonomy or threshold."""
    from .ingest import PIPELINE_VERSION

    taxonomy = json.dumps(
        [config.topic_threshold, sorted((t.id, t.zh, t.en, t.keywords) for t in config.topics.values())],
        ensure_ascii=False,
    )
    config_digest = hashlib.sha256(taxonomy.encode()).hexdigest()[:12]
    return f"{PIPELINE_VERSION}:{_code_digest()}:{config_digest}"


def analyse(path: Path, root: Path, taxonomy: dict[str, Topic], threshold: int) -> Briefing:
    """Ingest one file and add its topics and keywords (runs in worker processes)."""
    from .ingest import FATAL, ingest_file

    briefing = ingest_file(path, root)
    if briefing.text and not any(p.kind in FATAL for p in briefing.problems):
        from . import topics

        briefing.topics = topics.assign_topics(briefing.title, briefing.text, taxonomy, threshold)
        briefing.keywords = topics.extract_keywords(briefing.title, briefing.text)
    return briefing


def _analyse_star(args: tuple[Path, Path, dict[str, Topic], int]) -> Briefing:
    return analyse(*args)


def _analyse_many(paths: list[Path], root: Path, config: Config, progress: Progress | None) -> Iterator[Briefing]:
    jobs = [(p, root, config.topics, config.topic_threshold) for p in paths]
    total = len(jobs)
    if total < PARALLEL_THRESHOLD or (os.cpu_count() or 1) < 2:
        for done, job in enumerate(jobs, 1):
            briefing = _analyse_star(job)
            if progress:  # before the yield: a consumer may stop pulling after the last item
                progress(done, total)
            yield briefing
        return
    import multiprocessing
    from concurrent.futures.process import BrokenProcessPool

    # forkserver, not fork: the TUI calls this from a thread, and forking a
    # threaded process can deadlock the child.
    method = "forkserver" if sys.platform.startswith("linux") else "spawn"
    done = 0
    try:
        with ProcessPoolExecutor(max_workers=os.cpu_count(), mp_context=multiprocessing.get_context(method)) as pool:
            for briefing in pool.map(_analyse_star, jobs, chunksize=16):
                done += 1
                if progress:
                    progress(done, total)
                yield briefing
    except (BrokenProcessPool, OSError):
        # Workers could not start (no /dev/shm, a __main__ they cannot import):
        # slower, but the library still loads.
        for job in jobs[done:]:
            briefing = _analyse_star(job)
            done += 1
            if progress:
                progress(done, total)
            yield briefing


@contextlib.contextmanager
def _gc_paused():
    """Building hundreds of thousands of small objects triggers the cyclic GC over
    and over; none of them form cycles, so it is paused for the bulk load."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _lookup_all(paths, root, index, results, todo, problems) -> None:
    for path in paths:
        try:
            st = path.stat()
        except OSError as exc:
            problems.append(FileProblem(_rel(path, root), str(path), Problem(
                "unreadable", f"cannot read the file: {exc.strerror or exc}")))
            continue
        cached = index.lookup(_rel(path, root), st.st_size, st.st_mtime_ns) if index else None
        if cached is not None:
            cached.path = str(path)
            results[path] = cached
        else:
            todo.append((path, st.st_size, st.st_mtime_ns))


def load_library(config: Config, *, progress: Progress | None = None, use_cache: bool = True) -> Library:
    """Read the corpus folder of ``config``; only changed files are analysed again."""
    from .ingest import FATAL

    root = config.briefings
    if not root.exists():
        raise LibraryError(f"briefings folder not found: {root}")
    if not root.is_dir():
        raise LibraryError(f"not a folder: {root}")
    root = root.resolve()
    paths, problems = scan(root)
    stats = LoadStats(files=len(paths))

    index = _open_index(config, root) if use_cache else None
    results: dict[Path, Briefing] = {}
    todo: list[tuple[Path, int, int]] = []
    with _gc_paused():
        _lookup_all(paths, root, index, results, todo, problems)
    stats.cached = len(results)

    for (path, size, mtime), briefing in zip(todo, _analyse_many([t[0] for t in todo], root, config, progress)):
        results[path] = briefing
        if index is not None:
            index.store(_rel(path, root), size, mtime, briefing)
    stats.ingested = len(todo)
    if index is not None:
        stats.pruned = index.prune(_rel(p, root) for p in results)
        index.commit()
        index.close()

    briefings: list[Briefing] = []
    for path in paths:
        briefing = results.get(path)
        if briefing is None:
            continue
        problems.extend(FileProblem(_rel(path, root), str(path), p) for p in briefing.problems)
        if not any(p.kind in FATAL for p in briefing.problems):
            briefings.append(briefing)
    briefings.sort(key=lambda b: b.id)
    briefings.sort(key=lambda b: b.date.toordinal() if b.date else 0, reverse=True)
    return Library(root=root, briefings=briefings, problems=problems, stats=stats)


def _open_index(config: Config, root: Path):
    from .index import Index

    try:
        return Index.open(config.cache_dir or user_cache_dir(), root, analysis_version(config))
    except Exception:  # noqa: BLE001 - a cache that cannot open must never stop the reader
        return None
