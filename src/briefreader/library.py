"""The corpus on disk: scanning, analysing (ingest + topics + keywords), caching.

A cold start ingests files in parallel worker processes and stores each one's list
entry, search tokens and figure values in the SQLite index (index.py); a warm start
reads the list entries in one query and ingests only files whose size or mtime
changed. Bodies are not kept in memory: :meth:`Library.full` reads one when it is
shown, and words and figures are searched in the index (:class:`IndexSearch`).
"""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import json
import os
import re
import shutil
import threading
from collections import Counter, OrderedDict
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import suffixes
from .config import Config, user_cache_dir
from .model import FATAL, Briefing, Problem, Topic

SUFFIXES = suffixes.SUFFIXES  # one table with ingest's (suffixes.py)
# An entry of a feed (or corpus-record file) has its own index row, keyed "<file>/#<key>":
# no scanned file can have that relative path (its parent would be a file).
_ENTRY_ROW = re.compile(r"/#([0-9a-f]{8}(?:-\d+)?)$|(?<=\.[eE][mM][lL])/#([^/]+)$")  # or a mail's attachment
_ENTRY_ID = re.compile(r"#([0-9a-f]{8}(?:-\d+)?)$")
PARALLEL_THRESHOLD = 48  # below this, worker start-up costs more than it saves
# One file's processor time (its wall time 10x that) and a worker's memory beyond its
# start (issue 19, pool.Limits); a briefing takes ~15 ms and tens of MB, a 45 MB PDF seconds.
JOB_SECONDS, JOB_MEMORY = 120.0, 1536 * 2**20  # pool.Limits
_LIMITED = (".pdf", ".docx", ".epub", ".eml", ".mhtml", ".mht")  # read by C libraries or unpacked
# A file this large, of any format, is read in a worker under JOB_SECONDS and JOB_MEMORY
# however few the files (tester s17 P6): libxml2's parse of one element's attributes grows
# ~n^3.6 (a <div> with 20,000 attributes, 169 KB: 2.2 s of CPU; 40,000, 349 KB: 28 s;
# 300,000, 4.9 MB: over 10 min, in the main process of a 4-file folder). Under it the worst
# page known costs ~1.3 s (64 KB, 16,000 attributes); half the real pages of dev are larger
# and pay the forkserver's start (~0.8 s wall on a 5-file folder, as a PDF does).
SLOW_BYTES = 64 * 1024
# A file this large is read by a worker of its own in a cold start (pool's ``heavy``), and
# the results come as files are done (pool.parallel_map_arriving), at most ARRIVING_WINDOW
# files ahead of the first one not yet done: a 36 MB feed sorting first kept the list empty
# for minutes (tester s19 U10), each later file waiting for it. The window bounds what waits
# to be stored in order (each file's briefings with their search documents: ~10-20 KB).
HEAVY_BYTES = 1 << 20
ARRIVING_WINDOW = 2048
# What a worker imports to analyse a file (~0.5 s): imported once by the forkserver,
# which the workers of every pool of this process are forked from.
WORKER_MODULES = (
    "briefreader.poolserver",  # first: ignores Ctrl+C, then runs the pipeline once (warm_worker)
    "briefreader.library",
    "briefreader.ingest",
    "briefreader.index",
    "briefreader.topics",
    "briefreader.metrics",
    "briefreader.stories",
    "briefreader.figures",
    "rjieba",
    "readability",
)
# numpy (stories.signature's shingle hashing and hanzi.detect_script, each used only where it is
# loaded: the same answers without it, ~1 ms a briefing slower) is not among them: its import,
# ~0.1 s of the forkserver's ~0.6 s of CPU, was on the way to a cold start's first rows (session
# 34). A worker imports it once it has analysed NUMPY_AFTER files (_analyse_star), past the first
# screenful; the ~1 ms a file before then costs less than the import.
NUMPY_AFTER = 16
# A cold start of the TUI (session 35): the forkserver warms the pipeline only as far as a list
# row needs (ingest and topics: ~0.25 s of CPU, not ~0.55: no rjieba, no idf table, no search
# document), and the first ROWS_FIRST files are read twice: once for their rows (a job of
# ROWS_ONLY, shown as stand-ins, never stored), then in full with every other file. The first
# screenful waited for the whole warm-up. A worker loads the rest on its first full job.
# poolrows is a marker (imported before poolserver, it makes it warm rows only).
ROWS_MODULES = ("briefreader.poolrows", *(m for m in WORKER_MODULES if m != "rjieba"))
ROWS_FIRST = 32  # files read for their rows first (a screenful is ~40 rows)
_analysed_here = 0  # files _analyse_star has analysed in this process
FULL_CACHE = 16  # briefings kept in full: flipping back and forth re-reads nothing
FULL_FIRST, FULL_BATCH = 8, 512  # Library.full_many's first batch and the largest (the first small: --limit)
FEED_CACHE = 8  # files of several briefings (feeds) kept parsed: each entry opened parsed all
# A feed or records file this large has one entry opened analysed alone (ingest_path's entry):
# a smaller one is read whole once (one parse for J/K through its entries, ~20 ms an entry).
ALONE_BYTES = 64 * 1024
PARSED_BYTES = 32 << 20  # and at most about this much of their text (ParsedFiles), with large files (HEAVY_BYTES)
# Files whose parse (a feed's entries, a records file's records, none analysed) is kept for their
# next entry read alone (ParsedFiles.parsing): each at most ingest.MAX_BYTES of text.
PARSES = 2
SEARCH_MEMO = 64  # word and figure searches remembered per library
Progress = Callable[[int, int], None]
Partial = Callable[[list[Briefing]], None]

if TYPE_CHECKING:
    from .index import Index, Prepared, Row


class LibraryError(Exception):
    """The corpus cannot be read at all (e.g. the folder is missing)."""


class Cancelled(Exception):
    """A long core call was told to stop: its ``stop`` callable (``threading.Event().is_set``,
    a UI worker's ``lambda: worker.is_cancelled``) returned true. Raised between items, so
    no partial result is returned. A thread cannot be stopped from outside, and a process
    waits for its threads at exit: quitting the TUI while a digest read its stories again
    took ~70 s (3,000 briefings, load 9) before the shell came back."""


Stop = Callable[[], bool]


def check_stop(stop: Stop | None) -> None:
    """Raise :class:`Cancelled` if ``stop`` says so (a call: ~0.1 µs)."""
    if stop is not None and stop():
        raise Cancelled


STOP_EVERY = 1024  # items of a cheap loop between two questions to ``stop`` (~1-10 ms of work)


def stopping(items: Iterable[Any], stop: Stop | None, every: int = STOP_EVERY) -> Iterator[Any]:
    """``items``, asking ``stop`` before the first and then every ``every`` items (raises
    :class:`Cancelled`). For loops of cheap steps over a whole library: the story ids of
    100,000 column-wise entries took 11-35 s (load 13), each entry made as it is read."""
    if stop is None:
        yield from items
        return
    for n, item in enumerate(items):
        if n % every == 0 and stop():
            raise Cancelled
        yield item


@dataclass(frozen=True, slots=True)
class FileProblem:
    relpath: str
    path: str
    problem: Problem
    # Which record of a file of many (a CSV's row, a feed's entry): its key in the file and
    # its title when it has one (the problems screen named ten failed rows of one CSV ten
    # times by the file alone, session 36's new-user pass); "" for a file of one.
    entry: str = ""
    title: str = ""


def _briefing_problems(b: Briefing, rel: str) -> list[FileProblem]:
    """``b``'s problems as FileProblems of its file at ``rel``, naming its record."""
    return [FileProblem(rel, b.path, p, b.entry, _record_title(b.entry, b.title, b.id)) for p in b.problems]


def _record_title(entry: str, title: str, briefing_id: str) -> str:
    """A record's title for its FileProblem: "" for a file of one, or when the title is only
    the id (what a record without a title is called)."""
    return title if entry and title != briefing_id else ""


@dataclass(slots=True)
class LoadStats:
    files: int = 0
    ingested: int = 0  # analysed now (cache misses)
    cached: int = 0  # taken from the index
    pruned: int = 0  # dropped from the index: the file is gone
    serial_reason: str = ""  # why worker processes were not used, when they failed


@dataclass(slots=True, repr=False)
class Library:
    """The corpus: list entries newest first, what could not be read, and (when the
    cache is on) the open index that answers word and figure searches."""

    root: Path
    briefings: list[Briefing]  # readable ones, newest first; may be list entries (loaded=False)
    problems: list[FileProblem] = field(default_factory=list)
    stats: LoadStats = field(default_factory=LoadStats)
    by_id: dict[str, Briefing] = field(default_factory=dict)
    index: Index | None = None
    # A reader's cold start returned after its first pass (load_library's ``behind``): the
    # figures, keywords, metrics and stories still to read, run by the caller (SecondPass.run)
    second_pass: SecondPass | None = None
    _full: OrderedDict[str, Briefing] = field(default_factory=OrderedDict)
    _full_lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        if not self.by_id:
            self.by_id = {b.id: b for b in self.briefings}

    def __repr__(self) -> str:  # not 100,000 briefings: debuggers, logs and Textual's workers call this
        return f"Library({str(self.root)!r}, {len(self.briefings)} briefings, {len(self.problems)} problems)"

    def get(self, briefing_id: str) -> Briefing:
        return self.by_id[briefing_id]

    @property
    def search(self) -> IndexSearch | None:
        """What query.compile_parsed uses for list entries' words and figures."""
        return IndexSearch(self.index) if self.index is not None and self.index.usable else None

    def cached_full(self, b: Briefing) -> Briefing | None:
        """``b`` in full if that costs nothing (it is loaded, or was read lately)."""
        if b.loaded:
            return b
        with self._full_lock:
            cached = self._full.get(b.id)
            return cached if cached is not None and cached.path == b.path else None

    def full(self, b: Briefing, _read: list[Briefing] | None = None, *, _alone: bool = True) -> Briefing:
        """``b`` with its text and figures: list entries are ingested again from their
        file (a few ms; the last few are kept). Topics and keywords stay those of the
        list entry, so the article and the list agree. (``_read``: its file's
        briefings, read already by :meth:`full_many`; ``_alone``: a feed entry is read
        alone, not with its file's others, unless :meth:`full_many` reads many.)"""
        cached = self.cached_full(b)
        if cached is not None:
            return cached
        entry = b.entry or ((m := _ENTRY_ID.search(b.id)) and m[1]) or ""
        entries = self._file_briefings(Path(b.path), _read, entry=entry if _alone else "")
        fresh = next((f for f in entries if f.entry == entry), entries[0])
        if any(p.kind in FATAL for p in fresh.problems):  # gone or broken since the scan
            fresh = replace(b, loaded=True, problems=[*b.problems, *fresh.problems])
        else:
            fresh = replace(fresh, id=b.id, topics=b.topics, keywords=b.keywords, key=b.key)
        with self._full_lock:
            self._full[b.id] = fresh
            while len(self._full) > FULL_CACHE:
                self._full.popitem(last=False)
        return fresh

    def full_many(self, briefings: Iterable[Briefing], stop: Stop | None = None) -> Generator[Briefing, None, None]:
        """:meth:`full` of each of ``briefings``, in order, as the caller asks for them
        (one that stops early, ``figures --limit``, reads no further than a batch).

        ``stop``, asked before each briefing is read (a file's read costs milliseconds,
        the call ~0.1 µs) and before each batch's workers start: once it returns true, the
        generator raises :class:`Cancelled` and the batch's workers end (the TUI's quit
        during a digest; the longest wait is one file's read under its limits).

        The files a C library reads (PDF, Word, EPUB, mail: _LIMITED) are read under
        the workers' limits, as :meth:`full` reads one; here by one pool of workers a
        batch (FULL_BATCH briefings, the first FULL_FIRST), not a worker forked per
        file (a digest, ``figures`` over a folder of PDFs: ~200 ms a file at load 5,
        review s10 F3). Each file is still its own job: one that ends its worker (a
        bomb, a crash) is that briefing's "unreadable" problem, and the others go on."""
        from itertools import islice

        items = iter(briefings)
        size = FULL_FIRST
        while batch := list(islice(items, size)):
            size = min(FULL_BATCH, size * 4)
            check_stop(stop)
            need = [
                b.path.lower().endswith(_LIMITED) and self.cached_full(b) is None and not self._feed_hit(Path(b.path))
                for b in batch
            ]
            uses = Counter(b.path for b, n in zip(batch, need, strict=True) if n)  # a mail's attachments: one file
            # a feed's entries: its file read whole when the batch opens two or more of them, else the one alone
            alone = Counter(b.path for b in batch if b.entry)
            if len(uses) < 2:  # a worker for the one file either way: full() reads it
                for b, n in zip(batch, need, strict=True):
                    check_stop(stop)
                    # the worker's start and read ask stop too (a quit while the forkserver starts)
                    got = self._file_briefings(Path(b.path), None, stop) if n and stop is not None else None
                    yield self.full(b, _alone=alone[b.path] < 2) if got is None else self.full(b, got)
                continue
            paths = list(uses)
            read: dict[str, list[Briefing]] = {}  # read, not yet yielded: at most a batch's
            results = read_guarded_many([Path(p) for p in paths], self.root, stop)
            taken = 0
            try:
                for b, n in zip(batch, need, strict=True):
                    check_stop(stop)
                    if not n:
                        yield self.full(b, _alone=alone[b.path] < 2)
                        continue
                    while b.path not in read:
                        read[paths[taken]] = next(results)
                        taken += 1
                    entries = read[b.path]
                    uses[b.path] -= 1
                    if not uses[b.path]:
                        del read[b.path], uses[b.path]
                    yield self.full(b, entries)
            finally:
                results.close()  # a consumer that stopped early: the batch's workers end

    @property
    def _feeds(self) -> ParsedFiles:
        """The files kept parsed (process-wide: :data:`PARSED`)."""
        return PARSED

    def _feed_hit(self, path: Path) -> bool:
        """Whether ``path``'s briefings are kept parsed (see _file_briefings) and current."""
        try:
            st = path.stat()
        except OSError:
            return False
        return PARSED.get(str(path), self.root, (st.st_size, st.st_mtime_ns)) is not None

    def _file_briefings(
        self, path: Path, read: list[Briefing] | None = None, stop: Stop | None = None, entry: str = ""
    ) -> list[Briefing]:
        """Every briefing of one file (``read``: as full_many read them). A feed's, or a
        large file's, are kept (PARSED, while the file is unchanged): the digest and J/K
        open a feed's entries one by one, and each parsed the whole feed again (45 of 60 s
        of a digest over 3,580 feed entries). ``entry``: the one wanted, of a feed or a
        records file of ALONE_BYTES or more not kept: only it is analysed (ingest_path's
        ``entry``; all of them when the key is not there any more): opening one entry of a
        120-article feed analysed all 120 (tester s18/s19 X1: 33-40 s for one of feed10k's
        10,000)."""
        from .ingest import ingest_path

        try:
            st = path.stat()
            stamp = (st.st_size, st.st_mtime_ns)
        except OSError:
            return read if read is not None else ingest_path(path, self.root)  # gone: ingest reports it
        hit = PARSED.get(str(path), self.root, stamp)
        if hit is not None:
            return hit
        # A PDF opened: under the workers' limits
        if read is not None:
            entries = read
        elif entry and stamp[0] >= ALONE_BYTES and not str(path).lower().endswith(_LIMITED):  # (a mail: whole)
            # the file's parse is kept for the next entry J/K opens (review s20 R17: each parsed it again);
            # filled under the file's own lock: two threads opening its entries at once parse it once
            with PARSED.parsing(str(path), stamp) as kept:
                entries = ingest_path(path, self.root, entry=entry, kept=kept)
            if len(entries) == 1:  # the one entry: not the file's briefings, not kept
                return entries
        else:
            entries = read_guarded(path, self.root) if stop is None else read_guarded(path, self.root, stop)
        if len(entries) > 1 or stamp[0] >= HEAVY_BYTES:
            PARSED.put(str(path), self.root, stamp, entries)
        return entries

    def close(self) -> None:
        if self.index is not None:
            self.index.close()


class ParsedFiles:
    """Files' briefings kept parsed, by path (and the library's root, which their ids are
    relative to) while the file's size and mtime are unchanged: at most FEED_CACHE files and
    about PARSED_BYTES of text (or the last one alone, if larger), the least lately used
    going first (tester s18/s19 X1, 12-text s18 P3). Process-wide, not a library's: the folder watcher's refresh makes a
    new library, and the feed whose entries the reader was going through was parsed
    again (seconds to a minute for thousands of entries). Thread-safe."""

    def __init__(self, files: int, size: int) -> None:
        self.files, self.size = files, size
        self._kept: OrderedDict[tuple[str, Path], tuple[tuple[int, int], list[Briefing], int]] = OrderedDict()
        self._lock = threading.Lock()
        self.used = 0  # the kept files' cost (_cost)
        # a file's parse for its entries read alone (ingest_entries' ``kept``), the last PARSES files,
        # each with the lock its filling holds (parsing)
        self._parses: OrderedDict[str, tuple[tuple[int, int], dict[str, Any], threading.Lock]] = OrderedDict()

    def get(self, path: str, root: Path, stamp: tuple[int, int]) -> list[Briefing] | None:
        with self._lock:
            hit = self._kept.get((path, root))
            if hit is None or hit[0] != stamp:
                return None
            self._kept.move_to_end((path, root))
            return hit[1]

    def put(self, path: str, root: Path, stamp: tuple[int, int], entries: list[Briefing]) -> None:
        cost = _cost(entries)
        with self._lock:
            old = self._kept.pop((path, root), None)
            if old is not None:
                self.used -= old[2]
            self._kept[(path, root)] = (stamp, entries, cost)
            self.used += cost
            # (a file larger than the whole budget is kept alone: a digest goes through its
            # entries one by one, and each would read the whole file again)
            while len(self._kept) > self.files or (self.used > self.size and len(self._kept) > 1):
                _key, (_stamp, _entries, gone) = self._kept.popitem(last=False)
                self.used -= gone

    @contextlib.contextmanager
    def parsing(self, path: str, stamp: tuple[int, int]) -> Iterator[dict[str, Any]]:
        """The dict kept with ``path`` while its size and mtime are ``stamp``, for ingest to keep the
        file's parse in (ingest_entries' ``kept``; it checks the bytes' digest too): a new one
        if the file changed or was not kept. The last PARSES files are kept. Held under the
        file's own lock while the caller fills it. The dict was filled outside any lock: the
        reader's J/K and the figures view (or a digest) opening entries of one feed at once both
        found it empty and both parsed the feed (seconds for a big one). Now the second waits for
        the first's parse and reads it."""
        kept, lock = self._parse(path, stamp)
        with lock:
            yield kept

    def _parse(self, path: str, stamp: tuple[int, int]) -> tuple[dict[str, Any], threading.Lock]:
        with self._lock:
            hit = self._parses.get(path)
            if hit is not None and hit[0] == stamp:
                self._parses.move_to_end(path)
                return hit[1], hit[2]
            kept: dict[str, Any] = {}
            lock = threading.Lock()
            self._parses[path] = (stamp, kept, lock)
            self._parses.move_to_end(path)
            while len(self._parses) > PARSES:
                self._parses.popitem(last=False)
            return kept, lock

    def clear(self) -> None:
        with self._lock:
            self._kept.clear()
            self._parses.clear()
            self.used = 0


def _cost(entries: list[Briefing]) -> int:
    """About the bytes ``entries`` hold: their texts (2 bytes a character: CJK text is
    UCS-2 in CPython) and ~1 KB of fields and figures each."""
    return sum(2 * (len(b.text) + len(b.original)) + 1024 + 200 * len(b.figures) for b in entries)


PARSED = ParsedFiles(FEED_CACHE, PARSED_BYTES)


class IndexSearch:
    """Word and figure searches over the index, remembered per needle: typing 直播 then
    直播 电商 asks SQLite for 直播 once."""

    def __init__(self, index: Index) -> None:
        self.index = index
        self._memo: OrderedDict[tuple[Any, ...], set[int] | None] = OrderedDict()
        self._lock = threading.Lock()

    def words(self, needle: str) -> set[int] | None:
        return self._remember(("w", needle), lambda: self.index.search(needle))  # type: ignore[no-any-return]

    def figures(self, kind: str, op: str, value: float, unit: str = "") -> set[int] | None:
        return self._remember(  # type: ignore[no-any-return]
            ("f", kind, op, value, unit), lambda: self.index.figure_search(kind, op, value, unit=unit)
        )

    def pending(self) -> tuple[int, int] | None:
        """(rows whose figures are still being read, rows in all), never remembered
        (Index.pending_rows: a cold start's second pass)."""
        return self.index.pending_rows()

    # The same as numpy arrays (None without numpy): IncrementalFilter's masks (issue 19).
    def word_array(self, needle: str) -> Any:
        return self._remember(("wa", needle), lambda: self.index.search_array(needle))

    def figure_array(self, kind: str, op: str, value: float, unit: str = "") -> Any:
        return self._remember(
            ("fa", kind, op, value, unit), lambda: self.index.figure_search(kind, op, value, array=True, unit=unit)
        )

    def _remember(self, key: tuple[Any, ...], compute: Callable[[], Any]) -> Any:  # a set, an array or a pair
        with self._lock:
            if key in self._memo:
                self._memo.move_to_end(key)
                return self._memo[key]
        result = compute()
        if result is None:  # the index could not answer (an SQLite error): ask again next time
            return None
        with self._lock:
            self._memo[key] = result
            while len(self._memo) > SEARCH_MEMO:
                self._memo.popitem(last=False)
        return result


Found = tuple[str, str]  # a briefing file's relative path (as _rel makes it) and its path


def scan(root: Path) -> tuple[list[Path], list[FileProblem]]:
    """Briefing files below ``root`` (hidden entries skipped), plus what could not be listed."""
    found, problems = scan_entries(root)
    return [Path(path) for _rel_path, path in found], problems


def scan_entries(root: Path) -> tuple[list[Found], list[FileProblem]]:
    """:func:`scan` as relative paths and paths: one ``os.scandir`` a folder and plain
    strings (os.walk, an os.stat a folder and pathlib cost 0.1-0.2 s of a cold start's
    CPU at 8,000 files, issue 19). The caller stats each file: on Linux a DirEntry
    knows only a file's type from the folder's listing, so its stat() is the same one
    call, and 8,000 entries holding their stat results are ~4 MB more at the peak.

    The order is os.walk's top-down one: a folder's files by name, then its folders
    by name, each in full. Symlinked folders are followed, but each real folder is
    read once: a link to a parent (a loop) or to a folder already met is skipped, so
    nothing repeats or hangs. A link to a folder that holds ``root`` (``/``, the home
    folder) is a problem and is not followed: it would read everything beside the
    briefings, the whole disk for ``/`` (tester s16 L4: 11 minutes and 700 MB, still
    growing). A folder that cannot be listed is a problem; ``root`` itself, a LibraryError."""
    problems: list[FileProblem] = []
    found = [entry for batch in scan_folders(root, problems) for entry in batch]
    return found, problems


def scan_folders(root: Path, problems: list[FileProblem]) -> Iterator[list[Found]]:
    """:func:`scan_entries` one folder's files at a time (in the same order), its
    problems appended to ``problems``: the folder checks of a big library hash each
    folder's files as they come, and never hold every path (1,000,000 files: ~300 MB
    of strings, issue 19)."""
    top = os.fspath(root)
    inside = os.path.join(os.path.realpath(top), "")  # a link's target above this holds root
    seen: set[tuple[int, int]] = set()
    with contextlib.suppress(OSError):
        st = os.stat(top)
        seen.add((st.st_dev, st.st_ino))
    suffixes = SUFFIXES
    folders: list[tuple[str, str]] = [(top, "")]  # a folder's path and its relative path + "/"
    while folders:
        folder, prefix = folders.pop()
        try:
            with os.scandir(folder) as listing:
                entries = list(listing)
        except OSError as exc:
            if folder == top:  # not one folder among others: nothing can be read at all
                raise LibraryError(f"cannot read the briefings folder {root}: {exc.strerror or exc}") from exc
            why = Problem("unreadable", f"cannot list the folder: {exc.strerror or exc}")
            problems.append(FileProblem(_printable(prefix[:-1]), folder, why))
            continue
        dirs: list[tuple[str, os.DirEntry[str]]] = []
        files: list[tuple[str, os.DirEntry[str]]] = []
        for entry in entries:
            name = entry.name
            if name[0] == ".":
                continue
            try:
                is_dir = entry.is_dir()
            except OSError:  # a symlink loop, say: os.walk lists it as a file
                is_dir = False
            if is_dir:
                dirs.append((name, entry))
            else:
                dot = name.rfind(".")  # Path.suffix: no suffix for a trailing dot
                if dot > 0 and name[dot:].lower() in suffixes:
                    files.append((name, entry))
        files.sort()  # names are unique in a folder: the entries are never compared
        if files:
            yield [(_printable(prefix + name), entry.path) for name, entry in files]
        kept: list[tuple[str, str]] = []
        for name, entry in sorted(dirs):
            try:
                st = entry.stat()
            except OSError:
                continue
            if (st.st_dev, st.st_ino) in seen:
                continue
            if entry.is_symlink():
                target = os.path.join(os.path.realpath(entry.path), "")
                if target != inside and inside.startswith(target):
                    why = Problem(
                        "unreadable",
                        f"a link to {_printable(target[:-1] or '/')}, a folder that holds the briefings folder:"
                        " not followed (it would read everything beside the briefings)",
                    )
                    problems.append(FileProblem(_printable(prefix + name), entry.path, why))
                    continue
            seen.add((st.st_dev, st.st_ino))
            kept.append((entry.path, prefix + name + "/"))
        folders.extend(reversed(kept))  # popped in name order, each in full before the next


def _start_pool_early(root: Path, look: int = 2000, rows: bool = False) -> None:
    """Start the worker pool's forkserver now when a cold start will analyse files in
    parallel: it imports and warms the pipeline (~1 s of CPU, see poolserver.py) on
    the other core while the TUI imports and the folder is scanned, instead of after
    (issue 19: the first rows of a cold start came 9-15 s in at load 10). A glance at
    the first ``look`` entries decides: a folder with fewer than PARALLEL_THRESHOLD
    briefing files is analysed here, and gets no idle forkserver. ``rows``: the TUI's cold
    start, whose first rows come from jobs of ROWS_ONLY (ROWS_MODULES)."""
    if (os.cpu_count() or 1) < 2:
        return
    found = seen = 0
    folders = [str(root)]
    while folders and seen < look and found < PARALLEL_THRESHOLD:
        try:
            with os.scandir(folders.pop()) as entries:
                for entry in entries:
                    seen += 1
                    if entry.name.startswith("."):
                        continue
                    if os.path.splitext(entry.name)[1].lower() in SUFFIXES:
                        found += 1
                    elif entry.is_dir():
                        folders.append(entry.path)
        except OSError:
            continue
    if found < PARALLEL_THRESHOLD and seen < look:
        return
    from .pool import start_server

    start_server(ROWS_MODULES if rows else WORKER_MODULES)


def _rel(path: Path, root: Path) -> str:
    """``path`` relative to ``root``, "/"-separated, as a valid Unicode string: a file
    name that is not UTF-8 keeps its undecodable bytes as ``\\xNN`` (SQLite, TOML and
    stdout all reject the lone surrogates Python uses for them)."""
    try:
        rel = path.relative_to(root).as_posix()
    except ValueError:
        rel = path.as_posix()
    return _printable(rel)


def _printable(rel: str) -> str:
    """``rel`` with the bytes of a name that is not UTF-8 as ``\\xNN`` (see _rel)."""
    return rel if rel.isascii() else rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def digest_parts() -> list[Path]:
    """The files the cache key hashes: every module that shapes a cached entry."""
    package = Path(__file__).resolve().parent
    return [
        *sorted((package / "ingest").glob("*.py")),
        *sorted((package / "figures").glob("*.py")),
        package / "topics.py",
        package / "model.py",
        package / "hanzi.py",
        package / "punct.py",  # sentence ends and punctuation that ingest and figures read
        package / "rx.py",  # the alternation() helper figures and ingest build their regexes with
        package / "textsearch.py",
        package / "metrics.py",
        package / "segment.py",  # the word segmenter with the domain dictionary (topics, metrics, figures)
        package / "stories.py",  # the index's metric and story rows (issue 17)
        # safe.py cleans text; analyse() is in this file; index.py makes the search
        # documents and figure rows.
        package / "safe.py",
        package / "suffixes.py",  # which reader a file's suffix takes (ingest) and which files are listed
        package / "library.py",
        package / "index.py",
        *sorted((package / "data").glob("*")),
    ]


@functools.lru_cache(maxsize=4)  # the code does not change under a running process
def _code_digest(folder: Path | None = None) -> str:
    """A digest of the code and data that analysis depends on.

    Any change to a rule invalidates cached briefings by itself; nobody has to
    remember to bump a version number (the index's SCHEMA_VERSION covers its own
    layout). Importing the ingest pipeline, which the first paint must not wait for, is
    not needed.

    With ``folder`` (the cache folder) the digest is kept there with the files' names,
    sizes and modification times, as Python keeps bytecode beside its source, and the
    files are hashed again only when one of those changed: hashing them (55 files, 2.4 MB)
    was ~4 ms of every warm start's first paint (issue 19, session 46), their stat ~0.2 ms.
    """
    parts = digest_parts()
    memo: Path | None = None
    stamp = ""
    if folder is not None:
        try:
            stats = [(str(part), st.st_size, st.st_mtime_ns) for part in parts for st in (part.stat(),)]
        except OSError:
            stats = []
        if stats:
            package = str(Path(__file__).resolve().parent)
            memo = folder / f"code-{hashlib.sha256(package.encode('utf-8', 'surrogateescape')).hexdigest()[:16]}.txt"
            stamp = hashlib.sha256(repr(stats).encode("utf-8", "surrogateescape")).hexdigest()
            with contextlib.suppress(OSError, UnicodeDecodeError):
                kept = memo.read_text(encoding="utf-8").split()
                if len(kept) == 2 and kept[0] == stamp and re.fullmatch(r"[0-9a-f]{12}", kept[1]):
                    return kept[1]
    digest = hashlib.sha256()
    for part in parts:
        try:
            digest.update(part.name.encode() + b"\0" + part.read_bytes())
        except OSError:
            continue
    code = digest.hexdigest()[:12]
    if memo is not None and folder is not None and folder.is_dir():  # (the index makes the folder, private)
        from .fsio import atomic_write

        with contextlib.suppress(OSError):
            atomic_write(memo, f"{stamp} {code}\n".encode(), mode=0o600)
    return code


def analysis_version(config: Config) -> str:
    """Changes whenever cached analysis would differ: rules, taxonomy or threshold."""
    taxonomy = json.dumps(
        [config.topic_threshold, sorted((t.id, t.zh, t.en, t.keywords) for t in config.topics.values())],
        ensure_ascii=False,
    )
    config_digest = hashlib.sha256(taxonomy.encode()).hexdigest()[:12]
    return f"{_code_digest(config.cache_dir or user_cache_dir())}:{config_digest}"


def analyse(
    path: Path | str, root: Path, taxonomy: dict[str, Topic], threshold: int, keywords: bool = True
) -> list[Briefing]:
    """Ingest one file and add its topics and keywords (runs in worker processes).
    A file is one briefing, or several: a feed gives one per entry. ``keywords=False``:
    a list row's fields only (ROWS_ONLY), without rjieba and the idf table."""
    from .ingest import briefing_id, ingest_path

    path = Path(path)  # a cold start sends strings: a Path cost the main process ~3 us a file to make and pickle
    try:
        briefings = ingest_path(path, root)  # a FIFO or a device is reported, never read
    except Exception as exc:  # noqa: BLE001 - a failure on one file's bytes is its problem, never the run's
        why = f"briefreader failed to read this file ({type(exc).__name__}); the others are read"
        if isinstance(exc, MemoryError):  # over a worker's memory cap (pool.Limits)
            why = f"too large to read (it needed more than {JOB_MEMORY // 2**20} MB of memory)"
        bid = briefing_id(path, root)
        failed = [Problem("unreadable" if isinstance(exc, MemoryError) else "corrupt", why)]
        briefings = [Briefing(id=bid, path=str(path), fingerprint="", title=bid, text="", problems=failed)]
    for briefing in briefings:
        # A file name that is not UTF-8: the id (and a title made from it) as in _rel.
        name = briefing.id.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        if name != briefing.id:
            briefing.title = briefing.title.replace(briefing.id, name)
            briefing.id = name
        if briefing.text and not any(p.kind in FATAL for p in briefing.problems):
            from . import topics

            briefing.topics = topics.assign_topics(briefing.title, briefing.text, taxonomy, threshold)
            if keywords:
                briefing.keywords = topics.extract_keywords(briefing.title, briefing.text)
    return briefings


Analysed = tuple[Briefing, "Prepared"]  # and its index rows (index.prepared_document)

# Two small pages, one per script: analysing them loads what a worker's first real file
# would (OpenCC's converters, rjieba's dictionary and our words, jieba's idf table, the
# extractors' patterns): ~375 ms of CPU per worker before (issue 19).
_WARM_PAGES = (
    "<html><head><title>上海市数字经济发展报告</title></head><body><article><p>2024年1月5日 新华社</p>"
    "<p>全市软件和信息服务业营业收入增长12.5%，达到1.5万亿元，人工智能产业规模超过3000亿元。</p>"
    "</article></body></html>",
    "<html><head><title>香港政府統計處公佈數字</title></head><body><article><p>2023年12月1日 明報</p>"
    "<p>去年本地生產總值增長3.2%，衞生署預計明年開支約為250億港元。</p></article></body></html>",
)


def warm_worker(rows: bool = False) -> None:
    """Analyse :data:`_WARM_PAGES` in this process, so that a process forked from it
    (the pool's forkserver, see WORKER_MODULES) starts with the pipeline loaded and
    shares those pages copy-on-write. Never raises: a failure only means a cold worker.
    ``rows``: only what a job of ROWS_ONLY runs (ROWS_MODULES)."""
    try:
        from . import topics
        from .index import prepared_document
        from .ingest import ingest_entries

        for n, page in enumerate(_WARM_PAGES):
            for b in ingest_entries(page.encode(), id=f"warm{n}", path="", suffix=".html"):
                if b.text:
                    topics.assign_topics(b.title, b.text, {}, 1)
                    if not rows:
                        topics.extract_keywords(b.title, b.text)
                if not rows:
                    prepared_document(b)
    except Exception:  # noqa: BLE001 - warming is an optimisation only
        import logging

        logging.getLogger("briefreader").debug("warming the worker pipeline failed", exc_info=True)


ROWS_ONLY = "rows"  # a job's ``stored`` for a list row only (see ROWS_FIRST)


FIRST_PASS = "first"  # a job's ``stored`` is (FIRST_PASS, its spool file) in a two-pass cold start


def _analyse_star(args: tuple[Path | str, Path, dict[str, Topic], int, Any]) -> list[Analysed]:
    """analyse() plus each briefing's search tokens: made here, in the worker, so the
    process writing the index does not tokenize 100,000 bodies itself. For the index
    (``stored``), the decoded file is not sent back: the list entry never holds it
    (original_text reads the file again), and a saved page is mostly markup (a third
    of what a worker pickled, issue 19)."""
    from .index import prepared_document  # the search document, and issue 17's metrics and story signature

    *job, stored = args
    if isinstance(stored, tuple):  # (FIRST_PASS, spool): a cold start's first pass
        return _first_pass(job, stored[1])
    if stored == ROWS_ONLY:  # a list row first (load_library's head): never stored, no document
        rows = analyse(*job, keywords=False)  # type: ignore[arg-type]
        for briefing in rows:
            briefing.original = ""
        return [(briefing, None) for briefing in rows]  # type: ignore[misc]
    global _analysed_here
    _analysed_here += 1
    if _analysed_here == NUMPY_AFTER:
        _import_numpy()
    out = []
    for briefing in analyse(*job):
        document = prepared_document(briefing)
        if stored:
            briefing.original = ""
        out.append((briefing, document))
    return out


def _first_pass(job: list[Any], spool: str) -> list[Analysed]:
    """A two-pass cold start's first pass of a file (issue 19): its briefings' list fields and
    search documents, without figures, keywords, metrics or stories (the rows are stored
    pending: Index.store), and, in the file ``spool``, what the second pass
    (:func:`_second_pass`) reads them from. Each briefing's figures are read later from the
    arguments _document gave them (ingest.figures_deferred): the same figures, at the same
    place in its problems. A file whose briefings are not each its documents as made (an
    attachment's problems renamed after it was read) is read in one go here: its rows are
    complete, and no spool is written."""
    import pickle

    from .index import Prepared, search_document, written_forms
    from .ingest import figures_deferred

    global _analysed_here
    _analysed_here += 1
    if _analysed_here == NUMPY_AFTER:
        _import_numpy()
    with figures_deferred() as deferred:
        briefings = analyse(*job, keywords=False)
    asked = {id(rec[0]): rec for rec in deferred}
    spooled = []
    for b in briefings:
        rec = asked.get(id(b))
        if rec is not None and rec[0] is b and rec[2] is b.problems:
            spooled.append((b, rec[1], rec[3]))
        elif rec is None and (not b.text or any(p.kind in FATAL for p in b.problems)):
            spooled.append((b, None, 0))  # no document read: no figures (a file that failed, an empty one)
        else:
            return _analyse_star((*job, True))  # type: ignore[arg-type]
    out = []
    for b, _asked, _at in spooled:
        b.title_written, b.source_written = written_forms(b)
    try:
        with open(spool, "wb") as f:  # (in the reader's private cache folder, read back by this start only)
            pickle.dump(spooled, f, protocol=pickle.HIGHEST_PROTOCOL)
    except OSError:  # a full disk: this file in one go (its rows stored pending and finished in their turn)
        with contextlib.suppress(OSError):
            os.unlink(spool)
        return _analyse_star((*job, True))  # type: ignore[arg-type]
    for b, _asked, _at in spooled:
        document = search_document(b)
        b.original = ""
        out.append((b, Prepared(document, [], None, None, pending=True)))
    return out


Finished = tuple[list[Any], list[str], list[Problem], "Prepared"]  # a second pass's rows of a briefing


def _second_pass(spool: str) -> list[Finished] | None:
    """A two-pass cold start's second pass of a file: what :func:`_first_pass` left out of
    each of its briefings, as a one-go read makes it (library.analyse's keywords,
    index.prepared_document's metrics, story signature and figure detail): (figures,
    keywords, problems, Prepared) a briefing; None when its spool file is unreadable (finished as a
    lost one). Its spool file is read and deleted."""
    import pickle

    from . import metrics, stories, topics
    from .index import Prepared, figure_detail
    from .ingest import document_figures

    if not spool:  # its rows were made in the first pass (_first_pass read the file in one go)
        return []
    try:
        with open(spool, "rb") as f:
            spooled = pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError):  # gone or cut short: finished as lost (_finish_pending)
        return None
    finally:
        with contextlib.suppress(OSError):
            os.unlink(spool)
    out: list[Finished] = []
    for b, asked, at in spooled:
        if asked is not None:
            b.figures, cut = document_figures(*asked)
            if cut is not None:
                b.problems.insert(at, cut)
        listed = not any(p.kind in FATAL for p in b.problems)
        if b.text and listed:
            b.keywords = topics.extract_keywords(b.title, b.text)
        found = metrics.figure_metrics(b.text, b.figures) if b.figures else []
        sig = stories.signature(b.title, b.text) if listed and b.text else None
        prepared = Prepared("", found, sig.to_bytes() if sig is not None else None, figure_detail(b))
        out.append((b.figures, b.keywords, b.problems, prepared))
    return out


def _second_lost(spool: str, reason: str) -> list[Finished] | None:
    """A second pass that ended its worker (pool.Limits): its rows stay pending (read again,
    in one go, at the next start)."""
    with contextlib.suppress(OSError):
        os.unlink(spool)
    return None


def _import_numpy() -> None:
    """Import numpy in a pool's worker (see NUMPY_AFTER); nothing in the reader's own process,
    which reads a small folder without it. A worker's memory cap (pool.Limits) is set by now:
    OpenBLAS, loaded with numpy, reserves a buffer a thread, so one thread (this worker's math
    is no matrix work) unless the user's environment says otherwise. A failure only leaves the
    pure-Python paths, which give the same answers."""
    import multiprocessing
    import sys

    if multiprocessing.parent_process() is None or "numpy" in sys.modules:
        return
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    try:
        import numpy  # noqa: F401
    except Exception:  # noqa: BLE001 - an optimisation only
        import logging

        logging.getLogger("briefreader").debug("a worker could not import numpy", exc_info=True)


def read_guarded(path: Path, root: Path, stop: Stop | None = None) -> list[Briefing]:
    """``ingest_path``; a file a C library reads (_LIMITED: PDF, Word, EPUB, mail, web
    archive) in a worker under the cold start's limits (JOB_SECONDS, JOB_MEMORY), as one
    file of a folder is read. Opening such a briefing, or ``o`` on it, read it in the
    reader's own process with no limit: a PDF that inflates to gigabytes took the
    reader's memory (issue 19). A file that ends its worker is an "unreadable" problem.
    Its cost: a worker forked per file, ~0.1-0.25 s (load 5), ~2 s for the first when no
    forkserver runs yet (a warm start of a small folder)."""
    from .ingest import ingest_path

    if not str(path).lower().endswith(_LIMITED):
        return ingest_path(path, root)
    from .pool import Limits, parallel_map

    jobs = [(str(path), str(root))]
    limits = Limits(JOB_SECONDS, JOB_MEMORY)
    read = parallel_map(
        _read_job, jobs, workers=1, preload=WORKER_MODULES, limits=limits, on_lost=_read_lost, stop=stop
    )
    return list(_cancelled_when_stopped(read))[0]


def read_guarded_many(
    paths: Sequence[Path], root: Path, stop: Stop | None = None
) -> Generator[list[Briefing], None, None]:
    """:func:`read_guarded` of each of ``paths`` (files a C library reads), in order,
    by one pool of workers: each file one job under JOB_SECONDS and JOB_MEMORY, a file
    that ends its worker an "unreadable" problem while the others go on. Close the
    iterator to stop early (its workers end)."""
    from .pool import Limits, parallel_map

    jobs = [(str(path), str(root)) for path in paths]
    limits = Limits(JOB_SECONDS, JOB_MEMORY)
    workers = max(1, min(os.cpu_count() or 1, len(jobs)))
    return _cancelled_when_stopped(
        parallel_map(
            _read_job, jobs, workers=workers, preload=WORKER_MODULES, limits=limits, on_lost=_read_lost, stop=stop
        )
    )


def _cancelled_when_stopped(results: Iterator[list[Briefing]]) -> Generator[list[Briefing], None, None]:
    """``results`` of a parallel_map given ``stop``; its Stopped is :class:`Cancelled`."""
    from .pool import Stopped

    try:
        yield from results
    except Stopped:
        raise Cancelled from None


def _read_job(job: tuple[str, str]) -> list[Briefing]:
    from .ingest import ingest_path

    return ingest_path(Path(job[0]), Path(job[1]))


def _read_lost(job: tuple[str, str], reason: str) -> list[Briefing]:
    return [lost for lost, _ in _lost((job[0], Path(job[1])), reason)]  # type: ignore[arg-type]


def _lost(job: tuple[Path | str, Path, dict[str, Topic], int, bool], reason: str) -> list[Analysed]:
    """The result of a job that ended its worker (pool.Limits): the file is a problem,
    stored with its stamp like any other, so it is not read again until it changes."""
    from .index import prepared_document
    from .ingest import briefing_id

    path, root = Path(job[0]), job[1]
    bid = briefing_id(path, root).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    failed = [Problem("unreadable", reason)]
    lost = Briefing(id=bid, path=str(path), fingerprint="", title=bid, text="", problems=failed)
    return [(lost, prepared_document(lost))]


def _analyse_many(
    paths: Sequence[Path | str],
    root: Path,
    config: Config,
    progress: Progress | None,
    stats: LoadStats | None = None,
    stored: bool = False,
) -> Generator[list[Analysed], None, None]:
    """Each file's briefings, in the order of ``paths``."""
    results = _analyse_arriving(paths, root, config, progress, stats, stored, ordered=True)
    try:
        for _i, analysed in results:
            yield analysed
    finally:
        results.close()


def _analyse_arriving(
    paths: Sequence[Path | str],
    root: Path,
    config: Config,
    progress: Progress | None,
    stats: LoadStats | None = None,
    stored: bool = False,
    *,
    ordered: bool = False,
    sizes: Sequence[int] = (),
    idle: Callable[[], None] | None = None,
    head: Sequence[int] = (),
    spool: str = "",
) -> Generator[tuple[int, list[Analysed]], None, None]:
    """Each file's briefings with its place in ``paths``, as the workers answer (not in
    that order unless ``ordered``): a long file (a 36 MB feed: minutes) held back every
    later file's rows of a cold start (tester s19 U10). ``sizes``: the files' sizes in
    bytes; one of HEAVY_BYTES or more is read by a worker of its own (pool's ``heavy``).
    ``idle``: called now and then while the workers have no answer (pool's ``idle``).
    ``head``: places in ``paths`` read for their list rows first, in jobs of ROWS_ONLY ahead of
    the others (workers only): their results come as ``(-1 - place, rows)``, and each is read
    in full too, in its turn. ``progress`` counts the full reads. ``spool``: a folder; each file is
    read for a two-pass cold start's first pass (:func:`_first_pass`), its spool file the folder's
    file named by its place in ``paths``."""
    jobs: list[tuple[Any, ...]] = [
        (p, root, config.topics, config.topic_threshold, (FIRST_PASS, os.path.join(spool, str(i))) if spool else stored)
        for i, p in enumerate(paths)
    ]
    total = len(jobs)
    workers = os.cpu_count() or 1
    # A file read by a C library (PDF, Word, EPUB, mail), or a large one of any format, can
    # cost unbounded time and memory: it is read in a worker, under JOB_SECONDS and
    # JOB_MEMORY, however few the files, and the others by a second worker meanwhile.
    if (total < PARALLEL_THRESHOLD or workers < 2) and not any(_slow(p) for p in paths):
        results: Iterator[tuple[int, list[Analysed]]] = enumerate(map(_analyse_star, jobs))
        head = ()
    else:
        from .pool import Limits, parallel_map, parallel_map_arriving

        def fell_back(reason: str) -> None:
            if stats is not None:
                stats.serial_reason = reason

        crew = max(1, min(workers, max(2, total // (PARALLEL_THRESHOLD // 2))))
        limits = Limits(JOB_SECONDS, JOB_MEMORY)
        if ordered:
            head = ()
            results = enumerate(
                parallel_map(
                    _analyse_star,
                    jobs,
                    workers=crew,
                    preload=WORKER_MODULES,
                    on_fallback=fell_back,
                    limits=limits,
                    on_lost=_lost,
                )
            )
        else:
            first = [(paths[i], root, config.topics, config.topic_threshold, ROWS_ONLY) for i in head]
            results = parallel_map_arriving(
                _analyse_star,
                first + jobs,  # type: ignore[operator]
                workers=crew,
                window=ARRIVING_WINDOW,
                heavy=[len(first) + i for i, size in enumerate(sizes) if size >= HEAVY_BYTES],
                idle=idle,
                preload=WORKER_MODULES,
                on_fallback=fell_back,
                limits=limits,
                on_lost=_lost,
            )
    done, ahead = 0, len(head)
    try:
        for i, analysed in results:
            if i < ahead:  # a row first (ROWS_ONLY): the count says so many read in full
                if progress:
                    progress(done, total)
                yield -1 - head[i], analysed
                continue
            done += 1
            if progress:  # before the yield: a consumer may stop pulling after the last item
                progress(done, total)
            yield i - ahead, analysed
    finally:
        close = getattr(results, "close", None)  # the pool's workers end with its generator
        if close is not None:
            close()


def _slow(path: Path | str) -> bool:
    """A file read in a worker however few the files (_LIMITED formats, SLOW_BYTES)."""
    if str(path).lower().endswith(_LIMITED):
        return True
    try:
        return os.stat(path).st_size >= SLOW_BYTES
    except OSError:  # gone or unreadable: ingest reports it
        return False


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


def _raw(path: Path, root: Path, entry: bool = False) -> bytes | None:
    """The relative path's bytes when they are not valid UTF-8 (see _rel), and always
    for an entry's row, whose key is not the file's path."""
    try:
        rel = str(path.relative_to(root))
    except ValueError:
        return None
    return _raw_rel(rel, entry)


def _raw_rel(rel: str, entry: bool = False) -> bytes | None:
    """_raw of a relative path as the file system spells it."""
    if entry:
        return os.fsencode(rel)
    try:
        rel.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(rel)
    return None


def _strip(b: Briefing, key: int, share: Callable[[str, str], str] | None = None) -> None:
    """Make a stored briefing a list entry: its body lives in its file, not in memory.
    ``share`` (a dict's setdefault) makes equal topic ids, keywords, outlets and
    labels one string: each result comes unpickled with its own copies (at 100,000
    entries, tens of MB; the index's decoder does the same for a warm start)."""
    b.text, b.original, b.figures, b.loaded, b.key = "", "", [], False, key
    if share is not None:
        b.topics = [share(t, t) for t in b.topics]
        b.keywords = [share(k, k) for k in b.keywords]
        b.authors = [share(a, a) for a in b.authors]
        b.source, b.encoding = share(b.source, b.source), share(b.encoding, b.encoding)
        b.format = share(b.format, b.format)


def load_library(
    config: Config,
    *,
    progress: Progress | None = None,
    use_cache: bool = True,
    verify: bool = True,
    partial: Partial | None = None,
    behind: bool = False,
) -> Library:
    """Read the corpus folder of ``config``; only changed files are analysed again.

    ``verify=False`` trusts the index and does not look at the folder when the index
    has rows (a warm start paints at once; :func:`refresh` then checks the folder).
    ``partial`` receives, while files are analysed, the list so far (newest first, as
    the library will order it): a cold start shows briefings as they arrive (issue 19).
    ``behind`` (with ``partial``): a start read in two passes returns its library once the
    first pass is stored (the whole list; words answer), with its second pass (figures,
    keywords, metrics, stories) in ``library.second_pass`` for the caller to run
    (:meth:`SecondPass.run`); meanwhile every reader of those rows says they are still
    being read. Without ``behind`` both passes are done before the library is returned.
    """
    root = config.briefings
    if not root.exists():
        raise LibraryError(f"briefings folder not found: {root}")
    if not root.is_dir():
        raise LibraryError(f"not a folder: {root}")
    root = root.resolve()
    index = _open_index(config, root) if use_cache else None
    if not verify and index is not None and (stored := _stored_library(root, index)) is not None:
        return stored
    with _gc_paused():
        rows = {row.relpath: row for row in index.rows(root)} if index is not None else {}
        entry_rows = _entry_rows(rows)
    if not verify and rows:
        stats = LoadStats(files=len(rows), cached=len(rows))
        return _assemble(root, [r.briefing for r in rows.values()], [], stats, index)

    if not rows:  # its ~1 s of start-up runs while the folder is scanned (the TUI's: rows first)
        _start_pool_early(root, rows=partial is not None)
    files, problems = scan_entries(root)
    stats = LoadStats(files=len(files))
    found: list[Briefing] = []
    keep = {rel for rel, _path in files}  # index rows still wanted: files, and entries below
    # Stems files share (a.txt, a.md): their ids keep the extension (see unique_ids).
    stems: dict[str, int] = {}
    for rel in keep:
        stem = rel[: rel.rfind(".")]  # splitext's, for a scanned name (it has a suffix): half the time
        stems[stem] = stems.get(stem, 0) + 1
    todo: list[tuple[str, str, int, int]] = []
    for rel, path in files:  # strings: a Path a file cost more than its stat (issue 19)
        try:
            st = os.stat(path)
        except OSError as exc:
            problems.append(
                FileProblem(rel, path, Problem("unreadable", f"cannot read the file: {exc.strerror or exc}"))
            )
            continue
        if (
            index is None
            and (verdict := _over_limits.get(path)) is not None
            and verdict[:2]
            == (
                st.st_size,
                st.st_mtime_ns,
            )
        ):  # ended its worker earlier in this process, unchanged since: not read again
            problems.append(FileProblem(rel, path, Problem("unreadable", verdict[2])))
            continue
        cached = ([rows[rel]] if rel in rows else []) + entry_rows.get(rel, [])  # a mail and its attachments
        if cached and all(
            r.size == st.st_size and r.mtime_ns == st.st_mtime_ns and r.entries == len(cached) for r in cached
        ):
            for row in cached:
                row.briefing.path = path
                row.briefing.id = _file_id(rel, row.briefing.entry, stems)  # a sibling came or went
                found.append(row.briefing)
                keep.add(row.relpath)
        else:
            todo.append((path, rel, st.st_size, st.st_mtime_ns))
    stats.cached = len(found)

    snapshots = _Snapshots(partial, found)
    share = {}.setdefault
    cut = len(os.path.join(root, ""))  # a scanned path is root's, then "/", then its relative path
    # A cold start of the reader (``partial``) reads its files in two passes (issue 19): the list's
    # fields first, every row stored pending, then the figures, keywords, metrics and stories, stored
    # in todo's order (a story joins the earliest matching one, metric codes are given as met: as a
    # one-go read stores them). The first pass's worker spools what the second reads (the reader's
    # process never holds the texts). second: per file of todo with pending rows, in todo's order,
    # (its spool file, its mtime, (key, list entry) per row, its rows' second pass when made already).
    if partial is not None and index is not None:
        _clean_spools(index)
    two = TWO_PASS and partial is not None and index is not None and _parallel(todo)
    spool = _spool_folder(index) if two and index is not None else ""
    second: list[tuple[str, int, list[tuple[int, Briefing]], list[Finished] | None]] = []

    def add(n: int, analysed: list[Analysed], places: list[int] | None = None) -> None:
        """Store the briefings of todo[n] (the index's rows, keys and stories in todo's
        order: a story joins the first earlier one, so arrival order must not decide) and
        put them in ``found`` (at ``places``: their stand-ins' places)."""
        path, rel, size, mtime = todo[n]
        entries = _entries(analysed)
        taken: set[str] = set()  # the rows the index took
        later: list[tuple[int, Briefing]] = []  # its rows the second pass completes
        made: list[Finished] = []  # their second pass, when the worker read the file in one go
        for m, (briefing, document) in enumerate(analysed):
            pending = bool(spool) and document is not None
            if pending:  # every row of a two-pass start, finished in todo's order
                later.append((0, briefing))
                if not document.pending:  # read in one go (_first_pass, _lost): finished in its turn too
                    made.append((briefing.figures, briefing.keywords, briefing.problems, document))
            briefing.id = _file_id(rel, briefing.entry, stems)  # stored as the list will show it
            row_rel = f"{rel}/#{briefing.entry}" if briefing.entry else rel
            keep.add(row_rel)
            raw = _raw_rel(path[cut:], bool(briefing.entry))
            key = (
                index.store(row_rel, size, mtime, briefing, raw, document, m == len(analysed) - 1, entries, pending)
                if index is not None
                else 0
            )
            if key:
                taken.add(row_rel)
                _strip(briefing, key, share)  # at 100,000 briefings the bodies would not fit in memory
                if later and later[-1][1] is briefing:
                    later[-1] = (key, briefing)
            elif index is None and (reason := _limit_verdict(briefing)):
                _over_limits[path] = (size, mtime, reason)
                while len(_over_limits) > OVER_LIMITS_KEPT:
                    _over_limits.pop(next(iter(_over_limits)))
            if places is None:
                found.append(briefing)
            else:
                found[places[m]] = briefing
        if index is not None and taken and len(taken) != entries:
            index.recount(taken)  # an entry the index could not take: not read again at every check
        if later:
            second.append((os.path.join(spool, str(n)), mtime, later, made if made else None))

    # Files arrive as the workers finish them; with the index they are stored in todo's
    # order, each once every earlier one is (at most pool's window of them wait), and until
    # then the list shows a stand-in: an entry without its text and key, as a stored one is.
    waiting: dict[int, tuple[list[Analysed], list[int]]] = {}
    stored = 0  # todo[:stored] are stored
    # A cold start's list: the first files' rows first (ROWS_FIRST), each a stand-in until its
    # full read comes and takes its place (more or fewer entries: a file changed meanwhile).
    head: list[int] = []
    if partial is not None and not found and len(todo) >= PARALLEL_THRESHOLD:
        head = [n for n, t in enumerate(todo[:ROWS_FIRST]) if t[2] < SLOW_BYTES and not t[0].lower().endswith(_LIMITED)]
    early: dict[int, list[int]] = {}  # todo's place -> its rows-first stand-ins' places in found
    read_in_full: set[int] = set()

    def slots(n: int, count: int) -> list[int]:
        """The places in ``found`` of todo[n]'s ``count`` entries: its stand-ins' if it has
        rows-first ones, new ones at the end otherwise (_GONE until filled)."""
        places = early.pop(n, [])
        for extra in places[count:]:
            found[extra] = _GONE
        del places[count:]
        while len(places) < count:
            places.append(len(found))
            found.append(_GONE)
        return places

    analysed_all = _analyse_arriving(
        [t[0] for t in todo],
        root,
        config,
        progress,
        stats,
        index is not None,
        sizes=[t[2] for t in todo],
        idle=snapshots.tick,  # the files done before a long one are shown while it is read
        head=head,
        spool=spool,
    )
    try:
        for n, analysed in analysed_all:
            snapshots.tick()
            if n < 0:  # a file's list rows first (head): shown, not stored
                n = -1 - n
                if n not in read_in_full:  # (its full read may have come first)
                    early[n] = slots(n, len(analysed))
                    for m, (briefing, _none) in enumerate(analysed):
                        found[early[n][m]] = _stand_in(briefing, todo[n][1], stems)
                continue
            read_in_full.add(n)
            places = slots(n, len(analysed)) if n in early else None
            if index is None or n == stored:  # nothing to wait for (the usual case)
                add(n, analysed, places)
                stored += n == stored
            else:
                if places is None:
                    places = slots(n, len(analysed))
                for m, (briefing, _document) in enumerate(analysed):
                    found[places[m]] = _stand_in(briefing, todo[n][1], stems)
                waiting[n] = (analysed, places)
            while stored in waiting:
                add(stored, *waiting.pop(stored))
                stored += 1
    finally:
        analysed_all.close()
        if not second and spool:
            shutil.rmtree(spool, ignore_errors=True)
    if head:
        found[:] = [b for b in found if b is not _GONE]
    stats.ingested = len(todo)
    if second:
        assert index is not None
        index.commit()  # the whole list, pending: another process (a `list`) reads it all
        if behind:  # the library now; the second pass is the caller's (SecondPass.run)
            stats.pruned = index.prune(keep)
            index.commit()
            scanned = list(problems)  # the scan's problems (_assemble adds the briefings')
            library = _assemble(root, found, problems, stats, index)
            library.second_pass = SecondPass(library, index, second, share, spool, scanned, found)
            return library
        try:
            _finish_pending(index, second, share, snapshots)
        finally:
            shutil.rmtree(spool, ignore_errors=True)
    if index is not None:
        stats.pruned = index.prune(keep)
        index.commit()
        if len(todo) >= SETTLE_AFTER:  # a cold start or a large change: its merges finished now (Index.settle)
            index.settle()
    return _assemble(root, found, problems, stats, index)


# Files read in one load after which the index's FTS5 merges are finished (Index.settle): a cold
# ingest's; a few files added (the incremental) leave it to FTS5's automerge.
SETTLE_AFTER = 1000


# A cold start of the reader reads in two passes (load_library); False: in one go, as `list` does.
TWO_PASS = True


def _parallel(todo: Sequence[Any]) -> bool:
    """Whether _analyse_arriving reads ``todo`` in workers (a two-pass start needs them: a
    worker spools each file's second-pass input)."""
    return len(todo) >= PARALLEL_THRESHOLD and (os.cpu_count() or 1) >= 2


def _spool_folder(index: Index) -> str:
    """A private folder beside the index for a two-pass start's spool files (named by this
    process's id); "" without one."""
    import tempfile

    if not index.usable:
        return ""
    try:
        return tempfile.mkdtemp(prefix=f"spool-{os.getpid()}-", dir=index.path.parent)
    except OSError:
        return ""


def _clean_spools(index: Index) -> None:
    """Delete the spool folders of starts that were killed (their process is gone)."""
    with contextlib.suppress(OSError):
        for old in index.path.parent.glob("spool-*"):
            pid = old.name.split("-")[1]
            if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
                shutil.rmtree(old, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's: alive
        return True
    return True


class SecondPass:
    """A reader's cold start's second pass, returned with its library (load_library's
    ``behind``, issue 19): the list is whole and stored, its rows pending; :meth:`run` reads
    their figures, keywords, metrics and stories and finishes the rows in the files' order.
    Until it has, the index's readers of those rows answer None, a figure filter raises
    query.FiguresPending and across.story_map too: nothing answers from part of them. A run
    stopped (the reader quit) leaves the rest pending: their files are read again, in one go,
    at the next start (their stamp is no file's, Index.store)."""

    def __init__(
        self,
        library: Library,
        index: Index,
        second: list[tuple[str, int, list[tuple[int, Briefing]], list[Finished] | None]],
        share: Callable[[str, str], str],
        spool: str,
        scanned: list[FileProblem],
        found: list[Briefing],
    ) -> None:
        self.library, self.index, self._second, self._share, self._spool = library, index, second, share, spool
        self._scanned, self._found = scanned, found
        counted = index.pending_rows()
        waiting = sum(1 for _spool, _mtime, rows, _made in second for key, _b in rows if key)
        self.total = counted[1] if counted is not None else waiting
        self.done = self.total - (counted[0] if counted is not None else waiting)
        self.finished = False  # every row finished (run came to its end)
        self._started = False

    def progress(self) -> tuple[int, int]:
        """(rows with their figures, rows in all): "figures still being read (n of N)"."""
        return self.done, self.total

    def run(self, stop: Stop | None = None, progress: Callable[[int, int], None] | None = None) -> None:
        """Read and finish every pending row (once; a second call returns at once).
        ``stop``: asked between files and while the workers are waited for; once it returns
        true, :class:`Cancelled` is raised, the workers end and the rows not finished stay
        pending. ``progress(done, total)`` after each file, in rows. The library's problems
        then include those the second pass found (figures cut short)."""
        from .pool import Stopped

        if self._started:
            return
        self._started = True

        def counted(rows: int) -> None:
            self.done += rows
            if progress is not None:
                progress(self.done, self.total)

        try:
            _finish_pending(self.index, self._second, self._share, _Snapshots(None, []), stop, counted)
        except Stopped:
            raise Cancelled from None
        finally:
            shutil.rmtree(self._spool, ignore_errors=True)
            self.index.commit()  # what was finished (a stopped run's rows finished so far too)
        if len(self._second) >= SETTLE_AFTER:  # the cold start's merges (Index.settle), quitting stops them
            self.index.settle(stop)
        problems = list(self._scanned)
        _listed_by_path(self._found, self.library.root, problems)  # as _assemble made them, now with pass 2's
        self.library.problems = problems
        self.finished = True


def _finish_pending(
    index: Index,
    second: list[tuple[str, int, list[tuple[int, Briefing]], list[Finished] | None]],
    share: Callable[[str, str], str],
    snapshots: _Snapshots,
    stop: Stop | None = None,
    counted: Callable[[int], None] | None = None,
) -> None:
    """A two-pass start's second pass: each file's pending rows finished (Index.finish) in
    todo's order, their list entries given their keywords and problems (an entry the index did
    not take, held in full, its figures too). A file whose second pass ended its worker
    (pool.Limits) is finished without figures, keywords or story and with no file's stamp: the
    index answers meanwhile, and the next start reads the file again, in one go."""
    from .index import PENDING_MTIME, Prepared
    from .pool import Limits, parallel_map

    workers = max(1, min(os.cpu_count() or 1, len(second)))
    results = parallel_map(
        _second_pass,
        [spool if made is None else "" for spool, _mtime, _rows, made in second],
        workers=workers,
        preload=WORKER_MODULES,
        limits=Limits(JOB_SECONDS, JOB_MEMORY),
        on_lost=_second_lost,  # type: ignore[arg-type]
        stop=stop,
    )
    try:
        for (_spool, mtime, rows, made), read in zip(second, results, strict=True):
            check_stop(stop)
            snapshots.tick()
            done = made if made is not None else read
            if done is None or len(done) != len(rows):  # lost (or a changed count: never from one spool)
                mtime = PENDING_MTIME
                done = [([], [], entry.problems, Prepared("", [], None, None)) for _key, entry in rows]
            stored = [m for m, (key, _b) in enumerate(rows) if key]
            for m, ((key, entry), (figures, keywords, problems, prepared)) in enumerate(zip(rows, done, strict=True)):
                if key:
                    whole = Briefing(
                        id=entry.id, path="", fingerprint="", title="", text="", figures=figures, problems=problems
                    )
                    whole.keywords = keywords
                    index.finish(key, mtime, whole, prepared, last=m == stored[-1])
                else:  # held in full (the index did not take it)
                    entry.figures = figures
                entry.keywords = [share(k, k) for k in keywords]
                entry.problems = problems
            if counted is not None:
                counted(len(stored))
    finally:
        close = getattr(results, "close", None)
        if close is not None:
            close()
    index.commit()


# A place in a cold start's list left by a rows-first stand-in whose file's full read had
# fewer entries (load_library's slots): a fatal problem, so no partial list shows it.
_GONE = Briefing(id="", path="", fingerprint="", title="", text="", problems=[Problem("unreadable", "")])

# Files that ended their worker or ran out of memory (pool.Limits) in a load without the
# index (--no-cache), by path: (size, mtime_ns, why). The index keeps such a verdict with
# the file's stamp; without it every later load of the same process (the folder
# watcher's refresh, which reads the whole folder again) read the file once more: up to
# JOB_SECONDS of processor time and JOB_MEMORY each time. A changed file is read again.
_over_limits: dict[str, tuple[int, int, str]] = {}
OVER_LIMITS_KEPT = 10_000


def _stand_in(b: Briefing, rel: str, stems: dict[str, int]) -> Briefing:
    """A list entry for ``b`` (of the file at ``rel``) while it waits to be stored: its
    id as it will be, no text, figures or key (the list's row, not yet the index's)."""
    return replace(b, id=_file_id(rel, b.entry, stems), text="", original="", figures=[], loaded=False, key=0)


def _limit_verdict(b: Briefing) -> str:
    """The message of ``b``'s problem when its file was stopped by the workers' limits."""
    from .pool import LIMIT_VERDICTS

    return next((p.message for p in b.problems if p.kind == "unreadable" and p.message.startswith(LIMIT_VERDICTS)), "")


# Seconds of analysing before the first partial list, and between them while it is
# short: the first screenful fills in steps this far apart (issue 19; at 0.25 s it came
# a step or two after the first row, each step a fast rebuild of under 200 rows).
PARTIAL_FIRST = 0.1
PARTIAL_EVERY = 1.0  # then at most this often, and never more than a tenth of the time
PARTIAL_SMALL = 200  # below this many briefings, every PARTIAL_FIRST seconds


class _Snapshots:
    """Calls ``partial`` with the list read so far, now and then: soon after the start,
    then every PARTIAL_EVERY seconds, or less often when building a snapshot (a sort)
    and showing it would take more than a tenth of the time at 100,000 briefings."""

    def __init__(self, partial: Partial | None, found: list[Briefing]) -> None:
        import time

        self.partial, self.found, self.clock = partial, found, time.monotonic
        self.next = self.clock() + PARTIAL_FIRST
        self.shown = 0  # briefings in the last list given

    def tick(self) -> None:
        if self.partial is None or self.clock() < self.next or len(self.found) == self.shown:
            return
        self.shown = len(self.found)
        start = self.clock()
        self.partial(_ordered(b for b in self.found if not any(p.kind in FATAL for p in b.problems)))
        spent = self.clock() - start
        # A short list again soon (the first screenful fills within a second or two).
        small = len(self.found) < PARTIAL_SMALL
        self.next = self.clock() + (PARTIAL_FIRST if small else max(PARTIAL_EVERY, 10 * spent))


def _ordered(briefings: Iterable[Briefing]) -> list[Briefing]:
    """Newest first, ties by id: the list's order (see _assemble)."""
    out = sorted(briefings, key=lambda b: b.id)
    out.sort(key=lambda b: b.date.toordinal() if b.date else 0, reverse=True)
    return out


def _entry_rows(rows: dict[str, Row]) -> dict[str, list[Row]]:
    """The index rows of feed entries, by their file's relative path; each briefing
    learns its entry key."""
    entries: dict[str, list[Row]] = {}
    for relpath, row in rows.items():
        if "/#" in relpath and (m := _ENTRY_ROW.search(relpath)):
            row.briefing.entry = m[1] or m[2]
            entries.setdefault(relpath[: m.start()], []).append(row)
    return entries


def _file_id(rel: str, entry: str, stems: dict[str, int]) -> str:
    """The id of a file (or of an entry in it) at ``rel``, given how many files have
    each stem: the path without its extension, or with it when the stem is shared."""
    stem = os.path.splitext(rel)[0]
    base = rel if stems.get(stem, 0) > 1 else stem
    return f"{base}#{entry}" if entry else base


def unique_ids(briefings: list[Briefing], root: Path) -> None:
    """Make ids unique in place. An id is the path without its extension; when two
    files share it (a.txt, a.md, a.html) each of them keeps its extension (a.txt,
    a.md, a.html), so ids stay those of the README everywhere else, and depend only on
    the folder, never on the order files were read. What still collides (a.md.txt
    beside a.md and a.txt) is numbered in path order."""
    counts: dict[str, int] = {}
    for b in briefings:
        counts[b.id] = counts.get(b.id, 0) + 1
    if len(counts) == len(briefings):
        return
    for b in briefings:
        if counts[b.id] > 1:
            b.id = _rel(Path(b.path), root) + (f"#{b.entry}" if b.entry else "")
    seen: set[str] = set()
    for b in sorted(briefings, key=lambda b: (b.path, b.entry)):
        base, n = b.id, 2
        while b.id in seen:
            b.id, n = f"{base}~{n}", n + 1
        seen.add(b.id)


def _listed_by_path(found: Iterable[Briefing], root: Path, problems: list[FileProblem]) -> list[Briefing]:
    """The briefings of ``found`` the list shows (no fatal problem), in path order, each
    one's problems added to ``problems`` in that order (as FileProblems of its file). One
    loop for a library's assembly and for a second pass's rebuilt problems (SecondPass.run),
    which must list them as a one-go read does."""
    listed: list[Briefing] = []
    for b in sorted(found, key=lambda b: b.path):
        problems.extend(_briefing_problems(b, _rel(Path(b.path), root)))
        if not any(p.kind in FATAL for p in b.problems):
            listed.append(b)
    return listed


def _assemble(
    root: Path, found: list[Briefing], problems: list[FileProblem], stats: LoadStats, index: Index | None
) -> Library:
    unique_ids(found, root)
    briefings = _ordered(_listed_by_path(found, root, problems))
    return Library(
        root=root,
        briefings=briefings,
        problems=problems,
        stats=stats,
        index=index if index is not None and index.usable else None,
    )


def _stored_library(root: Path, index: Index) -> Library | None:
    """The library of a warm start read column-wise from ``index`` (see liststore), or
    None when it is small, numpy is missing, or a row needs the row-by-row path
    (another pipeline, a value the columns cannot hold, an id two entries share): then
    ``load_library`` reads rows."""
    import logging

    from . import liststore  # (numpy is imported when first used)

    listed = index.listed_count()  # a small library first: numpy's import is ~0.1 s
    if listed is not None and listed < max(liststore.STORE_MIN, 1):
        return None
    try:
        import numpy  # noqa: F401 - optional: liststore imports it when first used

        from .index import ROW_HEAD, _decoder
        from .liststore import ListStore, StoreIds, StoreUnfit
    except ImportError:  # numpy is optional
        return None
    conn = index._conn  # noqa: SLF001 - one bulk query under the index's lock
    if conn is None:
        return None
    try:
        with index._lock:  # noqa: SLF001
            listed = index._listed_locked()  # noqa: SLF001 - meta's count, not count(*) (~90 ms at 1,000,000)
            if listed < max(liststore.STORE_MIN, 1):
                return None
            store = ListStore(conn, str(root), index.pipeline_version)
            # The unlisted rows (a fatal problem each): made as entries for their FileProblems;
            # a listed row's problems are the store's (1,000,000 generated: 190,000 of them).
            fetched = conn.execute(
                f"SELECT {ROW_HEAD}, id, fingerprint, title, date,"
                " date_precision, source, authors, script, encoding, format, topics, keywords, problems"
                " FROM briefings WHERE listed != 1"
            ).fetchall()
            conn.execute("PRAGMA shrink_memory")  # the pages the bulk read cached (64 MB), not needed again
    except StoreUnfit as exc:
        logging.getLogger("briefreader").info("index cache: list read row by row: %s", exc)
        return None
    except sqlite3_errors() as exc:
        logging.getLogger("briefreader").info("index cache: reading the list column-wise failed: %s", exc)
        return None
    rows = list(index._decode_rows(fetched, root, _decoder()))  # noqa: SLF001
    unlisted = [r.briefing for r in rows]
    if not store.ids_unique() or any(store.position_of_id(b.id) is not None for b in unlisted):
        return None  # unique_ids would rename some: the row-by-row path does
    # As _assemble: by path, then (a feed's entries) in row order.
    found = []
    for r in rows:
        b = r.briefing
        entry = _entry_of(r.relpath)
        found.append((b.path, b.key, _rel(Path(b.path), root), b.problems, entry, _record_title(entry, b.title, b.id)))
    for p, listed_problems in store.problems.items():
        path = store.path_of(p)
        relpath = store.texts["relpath"][p]
        rel = _file_rel(relpath) if p not in store.paths else _rel(Path(path), root)
        entry = _entry_of(relpath)
        title = _record_title(entry, store.texts["title"][p], store.texts["id"][p]) if entry else ""
        found.append((path, int(store.keys[p]), rel, listed_problems, entry, title))
    found.sort(key=lambda t: (t[0], t[1]))
    problems = [
        FileProblem(rel, path, p, entry, title)
        for path, _key, rel, listed_problems, entry, title in found
        for p in listed_problems
    ]
    stats = LoadStats(files=len(store) + len(unlisted), cached=len(store) + len(unlisted))
    liststore.give_back_heap()  # the load's freed strings (1,000,000 entries: RSS held 558 -> ~305 MB)
    return Library(root=root, briefings=store, problems=problems, stats=stats, by_id=StoreIds(store), index=index)  # type: ignore[arg-type]


def sqlite3_errors() -> type[Exception]:
    from .index import sqlite3

    return sqlite3.Error


def peek_library(config: Config, limit: int) -> tuple[Library, int] | None:
    """The first ``limit`` briefings of the list as the index has them, and how many
    the index lists in all; None without an index. Reading them costs milliseconds
    at any corpus size: the TUI paints these while :func:`load_library` reads the rest."""
    root = config.briefings
    if not root.is_dir():
        return None
    root = root.resolve()
    # No index file: a cold start, whose first rows wait for the forkserver's start-up (~0.6 s of
    # CPU, poolserver.py); it starts before the index is made (~0.05-0.2 s), not after (session 34).
    cold = not _index_exists(config, root)  # (the TUI's peek: its first rows come first, ROWS_MODULES)
    if cold:
        _start_pool_early(root, rows=True)
    index = _open_index(config, root)
    if index is None:
        if not cold:
            _start_pool_early(root, rows=True)
        return None
    rows, total = index.first_rows(root, limit)
    if not rows:
        index.close()
        if not cold:
            _start_pool_early(root, rows=True)
        return None
    stats = LoadStats(files=total, cached=len(rows))
    return Library(root=root, briefings=[r.briefing for r in rows], stats=stats, index=index), total


def refresh(
    library: Library, config: Config, *, progress: Progress | None = None, stop: Stop | None = None
) -> Library | None:
    """Check the folder behind a library loaded with ``verify=False``: a new library
    when files were added, changed or removed, None when it is up to date. ``stop``:
    asked every STOP_EVERY files of the check of a column-wise list's folder (100,000
    files: seconds of stat calls, the first seconds after a warm start), raising
    :class:`Cancelled`; the files read again report through ``progress``.

    The check compares sizes and mtimes with the index (a small query) before any
    list entry is built, so an unchanged corpus costs a scan and no second copy.

    An index file replaced under this reader (deleted and rebuilt by another process)
    is opened again: its row keys are not the ones this library holds."""
    if library.index is not None and library.index.replaced():
        return load_library(config, progress=progress)
    if library.index is not None and _is_store(library.briefings):
        # A column-wise list takes the changed files' rows, not a list made again
        # (at 1,000,000 entries ~28 s and ~2.7 GB, review F6).
        changes = _folder_changes(library.index, library.root, stop)
        if changes is not None:
            if not changes:
                return None
            with contextlib.suppress(_Whole):
                return _refresh_store(library, config, changes, progress)
    elif library.index is not None and _unchanged(library.index, library.root):
        return None
    fresh = load_library(config, progress=progress, use_cache=library.index is not None)
    unchanged = (
        fresh.stats.ingested == 0
        and fresh.stats.pruned == 0
        and len(fresh.briefings) == len(library.briefings)
        and len(fresh.problems) == len(library.problems)
    )
    if unchanged:
        fresh.close()
        return None
    return fresh


def _watched(paths: Iterable[Path], root: Path) -> Iterator[tuple[Path, str]]:
    """The watcher's paths that can be briefings, each once, with its relative path:
    inside ``root``, no hidden part. A name not UTF-8 comes once however the file system
    and the index spell it (both forms of refresh_paths read it through this)."""
    seen: set[str] = set()
    for path in dict.fromkeys(Path(p) for p in paths):
        try:
            parts = path.relative_to(root).parts
        except ValueError:
            continue
        if not parts or any(part.startswith(".") for part in parts):
            continue
        rel = _rel(path, root)
        if rel not in seen:
            seen.add(rel)
            yield path, rel


def refresh_paths(library: Library, config: Config, paths: Iterable[Path]) -> Library | None:
    """The library after the files at ``paths`` were added, changed or removed (what
    the folder watcher reports): only those files are read, the rest of the list is
    kept as it is. None when nothing listed changed. A change this cannot apply alone
    (a folder, a file whose id depends on a sibling's, an index replaced under us)
    falls back to :func:`refresh`, which checks the whole folder; without an index,
    the folder is read again."""
    root, index = library.root, library.index
    if index is None:
        return load_library(config, use_cache=False)
    if index.replaced():
        return refresh(library, config)
    if _is_store(library.briefings):
        try:
            return _refresh_store(library, config, paths)
        except _Whole as exc:
            return load_library(config) if exc.stored else refresh(library, config)
    counted: list[tuple[str, int]] = []
    known = index.stamps(counted)
    if known is None:
        return refresh(library, config)
    stamps = {_file_rel(rel): stamp for rel, stamp in known.items()}  # a feed's entries: its file
    listed = {b.path for b in library.briefings} | {p.path for p in library.problems}
    stems: dict[str, int] = {}
    for rel in stamps:
        stem = os.path.splitext(rel)[0]
        stems[stem] = stems.get(stem, 0) + 1
    todo: list[tuple[Path, str, int, int]] = []
    gone: set[str] = set()  # files whose old entries leave the list
    short = _short_files(counted)
    for path, rel in _watched(paths, root):
        if path.suffix.lower() not in SUFFIXES:
            if path.is_dir() or any(r.startswith(rel + "/") for r in stamps):
                return refresh(library, config)  # a folder came, went or was renamed
            continue
        try:
            st = path.stat()
        except FileNotFoundError:
            if rel in stamps or str(path) in listed:
                gone.add(rel)
            continue
        except OSError:
            return refresh(library, config)
        if not path.is_file():
            return refresh(library, config)
        if stamps.get(rel) == (st.st_size, st.st_mtime_ns) and str(path) in listed and rel not in short:
            continue  # touched or written again with what is listed
        # (a file another process stored before this batch came is in the index as it is on
        # disk, but not in this list: it is taken, its row kept, tester s15 F1)
        if rel not in stamps and stems.get(os.path.splitext(rel)[0], 0) > 0:
            return refresh(library, config)  # a.md beside a.txt: both ids change
        gone.add(rel)
        todo.append((path, rel, st.st_size, st.st_mtime_ns))
    if not gone:
        return None
    for _path, rel, _size, _mtime in todo:
        stem = os.path.splitext(rel)[0]
        stems[stem] = max(stems.get(stem, 0), 1)
    found = [b for b in library.briefings if _rel(Path(b.path), root) not in gone]
    # A kept entry's own problems come back from _assemble: keep only the others (else
    # each change of the folder listed them once more)
    own = {id(p) for b in found for p in b.problems}
    problems = [p for p in library.problems if p.relpath not in gone and id(p.problem) not in own]
    stats = LoadStats(cached=len(found))
    keep = {r for r in index.relpaths() if _file_rel(r) not in gone}
    analysed_all = _analyse_many([t[0] for t in todo], root, config, None, stored=True)
    for (path, rel, size, mtime), analysed in zip(todo, analysed_all, strict=True):
        entries = _entries(analysed)
        taken: set[str] = set()  # the rows the index took
        for m, (briefing, document) in enumerate(analysed):
            briefing.id = _file_id(rel, briefing.entry, stems)
            row_rel = f"{rel}/#{briefing.entry}" if briefing.entry else rel
            keep.add(row_rel)
            raw = _raw(path, root, bool(briefing.entry))
            key = index.store(row_rel, size, mtime, briefing, raw, document, m == len(analysed) - 1, entries)
            if key:
                taken.add(row_rel)
                _strip(briefing, key)
            found.append(briefing)
        if taken and len(taken) != entries:
            index.recount(taken)  # an entry the index could not take: not read again at every check
    stats.ingested = len(todo)
    stats.files = len({_file_rel(r) for r in keep})
    stats.pruned = index.prune(keep)
    index.commit()
    # The new library takes over the index connection; the old one must not close it.
    library.index = None
    return _assemble(root, found, problems, stats, index)


def _unchanged(index: Index, root: Path) -> bool:
    lean = _unchanged_lean(index, root)
    if lean is not None:
        return lean
    counted: list[tuple[str, int]] = []
    known = index.stamps(counted)
    if known is None:
        return False
    known = {_file_rel(rel): stamp for rel, stamp in known.items()}  # a feed's entries: its file
    files, problems = scan_entries(root)
    if problems or len(files) != len(known):
        return False
    for rel, path in files:
        try:
            st = os.stat(path)
        except OSError:
            return False
        if known.get(rel) != (st.st_size, st.st_mtime_ns):
            return False
    return not _short_files(counted)


LEAN_CHECK_MIN = 50_000  # rows from which the folder check compares arrays, not dicts


def _unchanged_lean(index: Index, root: Path) -> bool | None:
    """_unchanged for a big index, as sorted numpy arrays of (hash of the file's
    relative path, size, mtime) instead of two dicts of every row (issue 19: at
    1,000,000 rows they held ~500 MB at once, beside the list). The same answer but
    for a 64-bit hash collision between a changed file and another's stamp. None: not
    big, no numpy, or the index unreadable (the dict check decides)."""
    try:
        import numpy as np

        from .index import sqlite3
    except ImportError:
        return None
    conn = index._conn  # noqa: SLF001 - one streamed query under the index's lock
    if conn is None:
        return None
    try:
        with index._lock:  # noqa: SLF001
            if conn.execute("SELECT count(*) FROM briefings").fetchone()[0] < LEAN_CHECK_MIN:
                return None
            cursor = conn.execute(
                "SELECT relpath, size, mtime_ns, entries FROM briefings WHERE pipeline = ?", (index.pipeline_version,)
            )
            counted: list[tuple[str, int]] = []  # a file of many rows: are they all there?
            known = np.fromiter(
                ((hash(file), size, mtime) for file, size, mtime in _counting(cursor, counted)),
                dtype=[("h", np.int64), ("size", np.int64), ("mtime", np.int64)],
            )
    except sqlite3.Error:
        return None
    if _short_files(counted):
        return False
    known = np.unique(known)  # a feed's entries: its file once (they share its stamp)
    problems: list[FileProblem] = []
    stat = os.stat
    try:  # a folder's files at a time: no list of every path (~300 MB at 1,000,000)
        parts = [
            np.fromiter(
                ((hash(rel), (st := stat(path)).st_size, st.st_mtime_ns) for rel, path in files),
                dtype=known.dtype,
                count=len(files),
            )
            for files in scan_folders(root, problems)
        ]
    except OSError:
        return False
    seen = np.concatenate(parts) if parts else np.zeros(0, dtype=known.dtype)
    if problems or len(seen) != len(known):
        return False
    seen.sort()
    return bool(np.array_equal(seen, known))


def _entry_of(relpath: str) -> str:
    """The entry's key of an index row ("" for a file's own row; see _file_rel)."""
    m = _ENTRY_ROW.search(relpath) if "/#" in relpath else None
    return (m[1] or m[2]) if m else ""


def _file_rel(relpath: str) -> str:
    """The file of an index row: an entry's row is keyed "<file>/#<key>"."""
    m = _ENTRY_ROW.search(relpath) if "/#" in relpath else None
    return relpath[: m.start()] if m else relpath


def _entries(analysed: list[Analysed]) -> int:
    """How many index rows a file's read gives (a repeated entry key would replace a row)."""
    return len(analysed) if len(analysed) < 2 else len({b.entry for b, _doc in analysed})


def _counting(
    rows: Iterable[tuple[str, int, int, int]], counted: list[tuple[str, int]]
) -> Iterator[tuple[str, int, int]]:
    """``rows`` (relpath, size, mtime_ns, entries) as (file, size, mtime_ns) (a feed's entries:
    its file); (relpath, entries) of the rows of a file of many go to ``counted`` (_short_files)."""
    for relpath, size, mtime, entries in rows:
        if entries != 1:
            counted.append((relpath, entries))
        yield _file_rel(relpath), size, mtime


def _known_rows(
    rows: Iterable[tuple[str, int, int, int, int, str]], pipeline: str, counted: list[tuple[str, int]]
) -> Iterator[tuple[int, int]]:
    """_folder_changes' (rowid, hash of (file, size, mtime_ns)) of ``rows`` (relpath, size,
    mtime_ns, entries, rowid, pipeline), 0 for a row of another pipeline (it matches no file:
    its file is read again), and what _counting puts in ``counted``."""
    for relpath, size, mtime, entries, rowid, p in rows:
        if entries != 1:
            counted.append((relpath, entries))
        yield rowid, hash((_file_rel(relpath), size, mtime)) if p == pipeline else 0


def _short_files(counted: Iterable[tuple[str, int]]) -> set[str]:
    """The files some of whose rows are gone, from (relpath, entries) of the rows of files
    whose read gave more than one (Index.stamps): fewer rows than that number. The
    session 36 race left a CSV with 8 of its 10 rows, its stamps those of the file, so no
    check of stamps read it again; it is now."""
    have: dict[str, int] = {}
    want: dict[str, int] = {}
    for relpath, entries in counted:
        file = _file_rel(relpath)
        have[file] = have.get(file, 0) + 1
        if want.setdefault(file, entries) != entries:
            want[file] = -1  # rows of two reads: read it again
    return {file for file, n in have.items() if n != want[file]}


def _index_exists(config: Config, root: Path) -> bool:
    """Whether the file :func:`_open_index` opens for ``root`` is there (True when that
    cannot be told: the open then says)."""
    from .index import index_path

    try:
        return index_path(config.cache_dir or user_cache_dir(), root, analysis_version(config)).exists()
    except (OSError, ValueError):
        return True


def _open_index(config: Config, root: Path) -> Index | None:
    from .index import Index

    try:
        index = Index.open(config.cache_dir or user_cache_dir(), root, analysis_version(config))
    except Exception:  # noqa: BLE001 - a cache that cannot open must never stop the reader
        return None
    return index if index.usable else None


# -- a change of a few files in a column-wise list (issue 19, review F6) --


class _Whole(Exception):
    """A change the column-wise list cannot take alone (a folder came or went, an id
    two files would share, a value the columns cannot hold): the folder is read again.
    ``stored``: the index already has the new rows (so a check of the folder against
    the index would find nothing to do: the list is made from the index again)."""

    def __init__(self, stored: bool = False) -> None:
        super().__init__(stored)
        self.stored = stored


def _is_store(briefings: object) -> bool:
    """A column-wise list (liststore), asked without importing numpy for a plain list."""
    if isinstance(briefings, list):
        return False
    from .liststore import is_store

    return is_store(briefings)


def _file_rows(index: Index, rel: str) -> list[tuple[int, str, int, int, str, int, int]]:
    """The index rows of the file at ``rel``: its own and its entries' ("<rel>/#<key>"),
    as (rowid, relpath, size, mtime_ns, pipeline, listed, entries); two lookups of the relpath
    index, not every row."""
    columns = "SELECT rowid, relpath, size, mtime_ns, pipeline, listed, entries FROM briefings"
    with index._lock:  # noqa: SLF001
        conn = index._conn  # noqa: SLF001
        if conn is None:
            raise _Whole
        return conn.execute(
            f"{columns} WHERE relpath = ? UNION ALL {columns} WHERE relpath >= ? AND relpath < ?",
            (rel, rel + "/#", rel + "/$"),  # "$" follows "#": every "<rel>/#..."
        ).fetchall()


def _relpaths_from(index: Index, low: str, high: str) -> list[str]:
    with index._lock:  # noqa: SLF001
        conn = index._conn  # noqa: SLF001
        if conn is None:
            raise _Whole
        rows = conn.execute("SELECT relpath FROM briefings WHERE relpath >= ? AND relpath < ?", (low, high))
        return [r for (r,) in rows]


def _stem_files(index: Index, stem: str) -> set[str]:
    """The files in the index whose relative path without its extension is ``stem``."""
    found = {_file_rel(r) for r in _relpaths_from(index, stem + ".", stem + "/")}  # "/" follows "."
    return {f for f in found if os.path.splitext(f)[0] == stem}


def _refresh_store(
    library: Library, config: Config, paths: Iterable[Path], progress: Progress | None = None
) -> Library | None:
    """refresh_paths for a column-wise list: the files at ``paths`` are looked up in
    the index one by one (no dict of every row's stamp, no entry made) and the new list
    is the old one's columns without their old entries and with their new ones
    (ListStore.changed). Raises _Whole for what it cannot take alone."""
    from .liststore import StoreIds, StoreUnfit

    root, index, store = library.root, library.index, library.briefings
    assert index is not None
    pipeline = index.pipeline_version
    todo: dict[str, tuple[Path, int, int]] = {}  # rel -> the file to read again
    gone: dict[str, list[tuple[int, str, int, int, str, int, int]]] = {}  # rel -> its old rows
    recount: set[str] = set()  # stems a file came to or left
    for path, rel in _watched(paths, root):
        if path.suffix.lower() not in SUFFIXES:
            if path.is_dir() or _relpaths_from(index, rel + "/", rel + "0")[:1]:  # "0" follows "/"
                raise _Whole  # a folder came, went or was renamed
            continue
        rows = _file_rows(index, rel)
        try:
            st = path.stat()
        except FileNotFoundError:
            if rows:
                gone[rel] = rows
                recount.add(os.path.splitext(rel)[0])
            continue
        except OSError as exc:
            raise _Whole from exc
        if not path.is_file():
            raise _Whole
        stamp = (st.st_size, st.st_mtime_ns)
        whole = all(r[4] == pipeline and (r[2], r[3]) == stamp and r[6] == len(rows) for r in rows)
        if rows and whole and _in_store(store, rows):
            continue  # touched or written again with what is listed
        # (rows another process stored before this batch came, not in this list: the file
        # is read again and its rows kept, tester s15 F1)
        if not rows:
            recount.add(os.path.splitext(rel)[0])
        gone[rel] = rows
        todo[rel] = (path, *stamp)
    if not gone:
        return None
    # An id is the path without its extension unless another file shares that stem (see
    # unique_ids): when a stem goes from one file to two or back, its siblings are read
    # again under their new ids.
    stems: dict[str, int] = {}
    for stem in recount | {os.path.splitext(rel)[0] for rel in todo}:
        before = _stem_files(index, stem)
        after = (before - gone.keys()) | {rel for rel in todo if os.path.splitext(rel)[0] == stem}
        stems[stem] = len(after)
        if stem in recount and (len(before) > 1) != (len(after) > 1):
            for rel in sorted(after - todo.keys()):
                path = root / rel
                try:
                    st = path.stat()
                except OSError as exc:
                    raise _Whole from exc
                gone[rel] = _file_rows(index, rel)
                todo[rel] = (path, st.st_size, st.st_mtime_ns)
    added: list[tuple[Briefing, str, int, int]] = []
    fresh_problems: list[FileProblem] = []
    stored: set[str] = set()
    jobs = list(todo.items())
    try:
        for (rel, (path, size, mtime)), analysed in zip(
            jobs, _analyse_many([job[1][0] for job in jobs], root, config, progress, stored=True), strict=True
        ):
            entries = _entries(analysed)
            for m, (briefing, document) in enumerate(analysed):
                briefing.id = _file_id(rel, briefing.entry, stems)
                row_rel = f"{rel}/#{briefing.entry}" if briefing.entry else rel
                stored.add(row_rel)
                raw = _raw(path, root, bool(briefing.entry))
                key = index.store(row_rel, size, mtime, briefing, raw, document, m == len(analysed) - 1, entries)
                if not key:
                    raise _Whole(stored=True)  # the index could not take it: a list entry needs its row
                _strip(briefing, key)
                fresh_problems.extend(_briefing_problems(briefing, _rel(Path(briefing.path), root)))
                if not any(p.kind in FATAL for p in briefing.problems):
                    added.append((briefing, row_rel, size, mtime))
    finally:
        index.commit()  # what was stored stays: a read of the folder again finds it
    old_rows = [r for rows in gone.values() for r in rows]
    left = [r[0] for r in old_rows if r[1] not in stored]  # stored rows replaced their own
    with index._lock:  # noqa: SLF001
        index._forget_locked(left)  # noqa: SLF001
    index.commit()
    import numpy as np

    listed_keys = np.asarray([r[0] for r in old_rows if r[5] == 1], dtype=np.int64)
    removed = np.flatnonzero(np.isin(store.column_keys(), listed_keys)) if len(listed_keys) else np.zeros(0, np.int64)  # type: ignore[attr-defined]
    try:
        new = store.changed(removed, added)  # type: ignore[attr-defined]
    except StoreUnfit as exc:
        raise _Whole(stored=True) from exc
    if any(len(new.positions_of("id", b.id)) != 1 for b, *_ in added):
        raise _Whole(stored=True)  # an id another file has (a.md.txt beside a.md and a.txt): unique_ids renames
    problems = [p for p in library.problems if p.relpath not in gone] + fresh_problems
    problems.sort(key=lambda p: p.path)  # stable: a file's problems stay in row order
    files = library.stats.files - len(old_rows) + len(stored)  # rows, as a warm start counts them
    stats = LoadStats(files=files, ingested=len(todo), cached=len(store) - len(removed), pruned=len(left))
    index.stats.pruned += len(left)
    library.index = None  # the new library takes over the index connection
    return Library(root=root, briefings=new, problems=problems, stats=stats, by_id=StoreIds(new), index=index)  # type: ignore[arg-type]


def _in_store(store: Any, rows: list[tuple[int, str, int, int, str, int, int]]) -> bool:
    """Whether the listed ones of a file's index rows are entries of the column-wise list."""
    import numpy as np

    listed = [r[0] for r in rows if r[5] == 1]
    return not listed or bool(np.isin(listed, store.column_keys()).all())


def _folder_changes(index: Index, root: Path, stop: Stop | None = None) -> list[Path] | None:
    """The files added, changed or removed since the index was written, as paths
    (refresh() of a column-wise list hands them to _refresh_store): sorted numpy arrays
    of hashes of (relative path, size, mtime), as _unchanged_lean. None when the folder
    has a problem or the index cannot be read (the folder is read again)."""
    try:
        import numpy as np

        from .index import sqlite3
        from .liststore import _small_cache
    except ImportError:
        return None
    pipeline = index.pipeline_version
    try:
        with index._lock:  # noqa: SLF001
            conn = index._conn  # noqa: SLF001
            if conn is None:
                return None
            # Every row of briefings is read once: with the index's 64 MB page cache the
            # scan filled it (1,000,000 rows: part of the settled start's peak) and the TUI's
            # connection held it for its whole session (liststore's load reads alike).
            with _small_cache(conn):
                cursor = conn.execute("SELECT relpath, size, mtime_ns, entries, rowid, pipeline FROM briefings")
                counted: list[tuple[str, int]] = []  # a file of many rows: are they all there?
                known = np.fromiter(
                    _known_rows(stopping(cursor, stop), pipeline, counted),
                    dtype=[("rowid", np.int64), ("h", np.int64)],
                )
    except sqlite3.Error:
        return None
    problems: list[FileProblem] = []
    stat = os.stat
    hashes = np.sort(known["h"])
    parts, changed = [], []
    try:  # a folder's files at a time: no list of every path (~300 MB at 1,000,000)
        for files in scan_folders(root, problems):
            seen = np.fromiter(
                (hash((rel, (st := stat(path)).st_size, st.st_mtime_ns)) for rel, path in stopping(files, stop)),
                dtype=np.int64,
                count=len(files),
            )
            at = np.minimum(np.searchsorted(hashes, seen), max(len(hashes) - 1, 0))
            new = np.flatnonzero(hashes[at] != seen) if len(hashes) else np.arange(len(seen))
            changed.extend(Path(files[i][1]) for i in new.tolist())
            parts.append(seen)
    except OSError:
        return None
    if problems:
        return None
    seen = np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)
    left = known["rowid"][~np.isin(known["h"], seen)].tolist()
    del parts, seen, hashes, known
    from .liststore import give_back_heap

    give_back_heap()  # the folder's hashes and stat results: 1,000,000 files, ~60 MB kept by the C heap
    rels: set[str] = set()
    try:
        with index._lock:  # noqa: SLF001
            for at in range(0, len(left), 500):
                chunk = left[at : at + 500]
                marks = ",".join("?" * len(chunk))
                rows = index._conn.execute(f"SELECT relpath FROM briefings WHERE rowid IN ({marks})", chunk)  # type: ignore[union-attr]  # noqa: SLF001
                rels.update(_file_rel(r) for (r,) in rows)
    except sqlite3.Error:
        return None
    rels.update(_short_files(counted))  # rows lost (the session 36 race): the file is read again
    return [*changed, *(root / rel for rel in sorted(rels))]
