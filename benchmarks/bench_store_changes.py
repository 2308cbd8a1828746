"""Issue 19 (review F6): what a change of a few files costs a big column-wise list.

    python benchmarks/bench_store_changes.py WORK --source INDEX [--rows 100000] [--runs 3] [--before]

The list rows of ``--source`` (an index of any earlier schema, read-only: e.g. the 1M
library bench_million.py replicated; its own code version no longer opens it) are
copied, ``--rows`` of them, into a fresh index of this code under WORK/root, stamped
with this code's pipeline. The files behind them need not exist: the folder watcher's
report (library.refresh_paths) reads only the files it names. Each run changes 5 files:
2 added (real briefings, dated inside the list), 2 rewritten, 1 removed (a listed row
with no file), and times refresh_paths (wall and CPU of this process, peak RSS), then
what the screen asks right after: an id lookup, the filter's first field term
(prepare + select), the list's layout by date. Runs alternate the change and its undo,
each on the library the last one returned. ``--before``: the same through the list made
of Briefing objects (the path before this change: every entry made, every row's stamp
read), for comparison.

    python benchmarks/bench_store_changes.py WORK --source INDEX --rows 10000 --copies 100 [--memory]

``--copies K``: a list K times the size of ``--rows`` without any ingest: the rows are
replicated by SQL under cNNN/ (own ids, fingerprints still 'sha256:' + 64 hex digits,
dates moved a day a copy), e.g. 1,000,000 entries from a 10,000-row index in ~1 min.
``--memory``: the list's RSS held and peak after the load, each column's bytes, and
is:read / is:unread with a tenth of the entries read.

Measured 2026-12-02 12:25-12:55 (session 11), 1,000,000 entries replicated from a 10k
shard (19-ingest's mix, schema 12), frozen copies, 2 cores at load 7-10, medians of 3:
  HEAD 63a63a4: load 41-52 s wall, CPU 12.7-13.3 s; RSS held +544-558 MB for 234.6 MB of
    columns (keywords 63.8 MB); after glibc's malloc_trim by hand +305 MB; is:read with
    100,000 read: select 940 ms, the mask 722 ms (a string made per fingerprint).
  is:read over the digests (2f33ec9): the mask 722 -> 463 ms (1,000 read: 542 -> 30 ms).
  heap given back after the load (5c4a905): RSS held 558 -> 305 MB; load peak ~605-614 MB.
  keywords as vocabulary numbers (59f3c3c): keywords 63.8 -> 23.0 MB, columns 193.7 MB,
    RSS held 268 MB, load peak 572 MB; load CPU 13.2 -> 14.5 s.
  the read set's parse kept (45a98aa): is:read 100,000 read, the mask 313 ms (1,262 ms the
    old way in the same run, load 12.5).
  feed entries' paths derived, not held (9b35171): RSS held 268 -> 248 MB (load 14).
  a change of 5 files (refresh_paths): HEAD 555-1,913 ms wall (CPU 184-540 ms), peak RSS
    696 -> 967 MB over three changes (each holds the old store and the new one's copied
    columns until the screen takes it: the tombstone item, open); at 59f3c3c 505-2,175 ms
    (CPU 142-493 ms), peak 688 -> 903 MB.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sqlite3
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

COLUMNS = (
    "relpath, rawpath, size, mtime_ns, listed, id, fingerprint, title, date, date_precision, source,"
    " authors, script, encoding, format, topics, keywords, problems"
)


def log(*parts: object) -> None:
    print(*parts, f"[load {' '.join(f'{x:.1f}' for x in os.getloadavg())}]", flush=True)


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def replicate_rows(conn: sqlite3.Connection, c: int, rows: int) -> None:
    """Copy ``c`` of the first ``rows`` rows, by SQL: under cNNN/, ids and titles of its
    own, fingerprints of its own (still 'sha256:' and 64 hex digits), dates moved by ``c``
    days (the copies interleave in the list, as bench_million.py's do)."""
    tag = f"c{c:03d}"
    conn.execute(
        f"INSERT INTO briefings ({COLUMNS}, pipeline)"
        f" SELECT '{tag}/' || relpath, CASE WHEN rawpath IS NULL THEN NULL ELSE CAST('{tag}/' AS BLOB) || rawpath END,"
        f" size, mtime_ns, listed, '{tag}/' || id, 'sha256:' || printf('%03d', {c}) || substr(fingerprint, 11), title,"
        f" CASE WHEN date IS NULL THEN NULL ELSE date(date, '+{c} days') END, date_precision, source,"
        " authors, script, encoding, format, topics, keywords, problems, pipeline"
        " FROM briefings WHERE relpath NOT LIKE 'c___/%' ORDER BY rowid LIMIT ?",
        (rows,),
    )


def build(work: Path, source: Path, rows: int, copies: int = 1):
    from briefreader.config import read_config
    from briefreader.library import _open_index

    root = work / "root"
    root.mkdir(parents=True, exist_ok=True)
    config = read_config(HERE.parent / "config.toml")
    config.briefings, config.cache_dir, config.notes = root, work / "cache", work / "notes.toml"
    from briefreader.index import index_path
    from briefreader.library import analysis_version

    version = analysis_version(config)
    target = index_path(config.cache_dir, root.resolve(), version)
    built = [p for p in sorted(config.cache_dir.glob("index-*.sqlite3"), key=os.path.getmtime) if p != target]
    if built and (not target.exists() or target.stat().st_size < built[-1].stat().st_size // 2):
        # Another code version's index of the same rows (the ingest code changes under a
        # shared tree): copied and restamped, not built again (5 min at 1,000,000).
        shutil.copy(built[-1], target)
        conn = sqlite3.connect(target)
        conn.execute("UPDATE briefings SET pipeline = ?", (version,))
        conn.execute("UPDATE meta SET value = ? WHERE key = 'pipeline'", (version,))
        conn.commit()
        conn.close()
        log(f"restamped {built[-1].name} as {target.name}")
    index = _open_index(config, root.resolve())
    assert index is not None
    conn = index._conn
    assert conn is not None
    have = conn.execute("SELECT count(*) FROM briefings").fetchone()[0]
    if abs(have - rows * copies) > 100:  # built (earlier runs left a few files changed)
        t = time.perf_counter()
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        conn.execute("DELETE FROM briefings")
        cursor = src.execute(f"SELECT {COLUMNS} FROM briefings WHERE listed = 1 ORDER BY rowid LIMIT ?", (rows,))
        version = index.pipeline_version
        while batch := cursor.fetchmany(20_000):
            conn.executemany(
                f"INSERT INTO briefings ({COLUMNS}, pipeline) VALUES ({', '.join('?' * 18)}, ?)",
                [(*r, version) for r in batch],
            )
        conn.execute("UPDATE meta SET value = ? WHERE key = 'listed'", (str(rows),))  # 19-index's count, if kept
        conn.commit()
        log(f"built: {rows} list rows copied in {time.perf_counter() - t:.1f} s")
    if copies > 1 and have < rows * copies - 100:
        t = time.perf_counter()
        conn.execute("DELETE FROM briefings WHERE relpath LIKE 'c___/%'")
        for c in range(1, copies):
            replicate_rows(conn, c, rows)
        conn.execute("UPDATE meta SET value = ? WHERE key = 'listed'", (str(rows * copies),))
        conn.commit()
        log(f"replicated: {copies} copies of {rows} rows in {time.perf_counter() - t:.1f} s")
    index.close()
    return config


def _files(config, n: int) -> list[Path]:
    """The change: 2 added, 2 rewritten (rows whose files are made now), 1 removed."""
    root = config.briefings
    samples = sorted((HERE.parent / "briefings").glob("*.txt"))
    conn = sqlite3.connect(next((config.cache_dir).glob("*.sqlite3")))
    picked = [
        r for (r,) in conn.execute("SELECT relpath FROM briefings WHERE relpath NOT LIKE '%/#%' LIMIT 3 OFFSET 5000")
    ]
    conn.close()
    paths = []
    for k in range(2):  # added
        path = root / "added" / f"run{n}_{k}.txt"
        path.parent.mkdir(exist_ok=True)
        shutil.copy(samples[k % len(samples)], path)
        paths.append(path)
    for k, rel in enumerate(picked[:2]):  # rewritten: a real briefing where a row was
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(samples[(k + n) % len(samples)], path)
        paths.append(path)
    paths.append(root / picked[2])  # removed: no file
    return paths


def run(config, before: bool, runs: int) -> None:
    import briefreader.library as library
    from briefreader.library import load_library, refresh_paths
    from briefreader.query import IncrementalFilter
    from briefreader.views import Layout

    if before:
        library._is_store = lambda _b: False  # the list of Briefing objects' path
    library.warm_worker()  # the pipeline's tables loaded, as in a reader that has run a while
    t, c = time.perf_counter(), time.process_time()
    lib = load_library(config, verify=False)
    log(
        f"loaded {len(lib.briefings)} entries ({type(lib.briefings).__name__}): {time.perf_counter() - t:.2f} s,"
        f" CPU {time.process_time() - c:.2f} s, peak RSS {_peak_mb():.0f} MB"
    )

    def screen(lib) -> float:
        t = time.perf_counter()
        some = lib.briefings[len(lib.briefings) // 2]
        assert lib.get(some.id) == some
        flt = IncrementalFilter(lib.briefings, taxonomy=config.topics, search=lib.search)
        flt.prepare()
        flt.select("topic:直播")
        Layout(lib.briefings, "date").rows(str)
        return time.perf_counter() - t

    screen(lib)
    log(f"as loaded: lookup + filter + layout {screen(lib) * 1000:.0f} ms")
    walls, cpus, after = [], [], []
    for n in range(runs):
        paths = _files(config, n)
        peak0 = _peak_mb()
        t, c = time.perf_counter(), time.process_time()
        fresh = refresh_paths(lib, config, paths)
        wall, cpu = time.perf_counter() - t, time.process_time() - c
        assert fresh is not None
        walls.append(wall)
        cpus.append(cpu)
        after.append(screen(fresh))
        log(
            f"run {n}: refresh_paths {wall * 1000:.0f} ms (CPU {cpu * 1000:.0f} ms), then lookup + filter + layout"
            f" {after[-1] * 1000:.0f} ms; entries {len(fresh.briefings)} ({type(fresh.briefings).__name__});"
            f" peak RSS {peak0:.0f} -> {_peak_mb():.0f} MB"
        )
        lib.close()
        lib = fresh
        for path in paths[:2]:  # the next run adds others; these go
            path.unlink()
        refresh = refresh_paths(lib, config, paths[:2])
        if refresh is not None:
            lib.close()
            lib = refresh
    lib.close()
    log(
        f"median of {runs}: refresh_paths wall {statistics.median(walls) * 1000:.0f} ms,"
        f" CPU {statistics.median(cpus) * 1000:.0f} ms; after it, lookup + filter + layout"
        f" {statistics.median(after) * 1000:.0f} ms; peak RSS {_peak_mb():.0f} MB"
    )


def paths(config, runs: int) -> None:
    """The paths that made every entry of a column-wise list, new (columns) against
    old (the same answer from the entries, each made as the old code made it)."""
    import numpy as np

    from briefreader.across import story_map
    from briefreader.library import load_library
    from briefreader.liststore import ListStore, Selection, keys_of
    from briefreader.query import IncrementalFilter, _story_predicate, parse
    from briefreader.views import FigureCount, Layout

    lib = load_library(config, verify=False)
    store = lib.briefings
    assert isinstance(store, ListStore)
    stories = story_map(lib)
    counts = lib.index.figure_counts() or {}
    figure_count = FigureCount(counts)
    half = Selection(store, np.arange(0, len(store), 2))

    def fresh() -> None:
        store._made.clear()  # entries made by an earlier measure are not free for the next

    def old_story(q: str) -> bytes:
        test = _story_predicate(parse(q).terms[0], lambda: stories)
        return bytes(test(b, None) for b in store)

    flt = IncrementalFilter(store, taxonomy=config.topics, search=lib.search, stories=lambda: stories)
    cases = {
        "is:duplicate": (lambda: flt.select("is:duplicate"), lambda: old_story("is:duplicate")),
        "story:c00": (lambda: flt.select("story:c00"), lambda: old_story("story:c00")),
        "sort by figures": (
            lambda: Layout(store, "date", [], "figures", figure_count),
            lambda: Layout(store, "date", [], "figures", lambda b: counts.get(b.key, 0)),
        ),
        "keys of half (F, M)": (lambda: keys_of(half), lambda: [b.key for b in half]),
    }
    for name, (new, old) in cases.items():
        for label, work in (("columns", new), ("entries", old)):
            walls, cpus = [], []
            for _ in range(runs):
                fresh()
                t, c = time.perf_counter(), time.process_time()
                work()
                walls.append(time.perf_counter() - t)
                cpus.append(time.process_time() - c)
            log(
                f"{name:>20} {label:>8}: median wall {statistics.median(walls) * 1000:8.1f} ms,"
                f" CPU {statistics.median(cpus) * 1000:8.1f} ms (of {runs})"
            )
    lib.close()


def _rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _column_mb(column) -> float:
    """What one column of a ListStore holds (arrays' bytes, strings' sizes)."""
    import numpy as np

    if isinstance(column, np.ndarray):
        return column.nbytes / 2**20
    total = 0
    for name in ("text", "extra", "digests", "vocabulary", "codes", "ends", "starts"):
        part = getattr(column, name, None)
        if isinstance(part, np.ndarray):
            total += part.nbytes
        elif isinstance(part, (str, bytes)):
            total += sys.getsizeof(part)
        elif isinstance(part, memoryview):
            total += part.nbytes
        elif isinstance(part, list):
            total += sys.getsizeof(part) + sum(sys.getsizeof(x) for x in part)
    return total / 2**20


def memory(config, runs: int) -> None:
    """The column-wise list's memory (RSS held and peak of the load, each column's
    bytes), a change's cost, and is:read / is:unread over it with a tenth of the
    entries read (readstate.StateMarks' form: the read set's own __contains__)."""
    import gc

    from briefreader.library import load_library
    from briefreader.liststore import ListStore
    from briefreader.query import IncrementalFilter

    gc.collect()
    rss0 = _rss_mb()
    t, c = time.perf_counter(), time.process_time()
    lib = load_library(config, verify=False)
    store = lib.briefings
    assert isinstance(store, ListStore)
    gc.collect()
    log(
        f"loaded {len(store)} entries: {time.perf_counter() - t:.1f} s (CPU {time.process_time() - c:.1f} s);"
        f" RSS held +{_rss_mb() - rss0:.0f} MB, peak RSS {_peak_mb():.0f} MB"
    )
    sizes = {name: _column_mb(getattr(store, name)) for name in ("keys", "sizes", "mtimes", "ordinals", "precisions")}
    sizes.update((f"texts.{name}", _column_mb(col)) for name, col in store.texts.items())
    sizes.update((f"codes.{name}", _column_mb(col)) for name, col in store.codes.items())
    log(f"columns {sum(sizes.values()):.1f} MB: " + ", ".join(f"{k} {v:.1f}" for k, v in sizes.items()))

    read = set(list(store.fingerprints())[::10])

    class State:
        _read = read

    from briefreader.readstate import StateMarks

    marks = StateMarks(None, State())  # type: ignore[arg-type]
    flt = IncrementalFilter(store, taxonomy=config.topics, marks=marks, search=lib.search)
    for query in ("is:read", "is:unread"):
        walls = []
        for _ in range(runs):
            t = time.perf_counter()
            mask = flt.select(query)
            walls.append(time.perf_counter() - t)
        log(f"{query}: median {statistics.median(walls) * 1000:.0f} ms of {runs} ({sum(mask)} entries)")
    lib.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("work", type=Path)
    parser.add_argument("--source", type=Path, required=True)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument(
        "--copies", type=int, default=1, help="the --rows rows this many times (cNNN/): a 1M list from a 10k index"
    )
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--before", action="store_true")
    parser.add_argument("--paths", action="store_true", help="the paths that made every entry, old and new")
    parser.add_argument("--memory", action="store_true", help="the list's memory by column, and is:read over it")
    args = parser.parse_args()
    config = build(args.work, args.source, args.rows, args.copies)
    if args.memory:
        memory(config, args.runs)
    elif args.paths:
        paths(config, args.runs)
    else:
        run(config, args.before, args.runs)


if __name__ == "__main__":
    main()
