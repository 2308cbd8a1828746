"""The index writer's cost as the library grows (issue 19, session 33).

    python benchmarks/bench_writer.py capture CORPUS OUT.pickle [--workers 2]
    python benchmarks/bench_writer.py replay OUT.pickle --cache DIR [--every 1000] [--dump FILE] [--sql-times]
    python benchmarks/bench_writer.py growth OUT.pickle --cache DIR [--sizes 2500 5000 10000 19000] [--probe 1000]

``capture``: every file of CORPUS analysed as a cold start's workers do
(library._analyse_star, for the index), in a cold start's order (scan_entries), each
file's results pickled in turn to OUT.pickle: the writer's input, made once.

``replay``: that input stored into a new index as load_library's ``add`` stores it
(ids, raw paths, Index.store, the list entry stripped), one process, timing only the
writer (CPU, process_time) per ``--every`` briefings: its cost at each library size,
so a cost that grows with the library shows as a rising column. ``--dump``: a hash
and the rows of the tables a store writes (briefings, stories, storybands, figs,
figdetail, metricstats; the search table's rowids), to compare two versions byte for byte.

``dump INDEX OUT``: the same dump of an index file a replay left (without the
briefings' ``pipeline`` column, the code's digest, which differs between two versions).

``growth``: the index built to each of ``--sizes`` and copied; then the same ``--probe``
briefings (those after the largest size) stored into each copy, in turns, ``--rounds``
times: the writer's CPU per 1,000 briefings by library size, the load alike for all
(a replay's column also drifts with the machine's load). Run the code under test with
PYTHONPATH=<its src>.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import os
import pickle
import sqlite3
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TAXONOMY = (
    (HERE.parent / "src/briefreader/data/default_config.toml").read_text(encoding="utf-8").split("[topics]", 1)[1]
)


def _config(corpus: Path, cache: Path):
    from briefreader.config import read_config

    cache.mkdir(parents=True, exist_ok=True)
    path = cache / "writer-config.toml"
    path.write_text(f'[library]\nbriefings = "{corpus}"\ncache = "{cache}"\n[topics]{TAXONOMY}', encoding="utf-8")
    return read_config(path)


_JOB: tuple = ()


def _analyse(path: str):
    from briefreader import library

    return library._analyse_star((path, *_JOB))


def _init(job: tuple) -> None:
    global _JOB
    _JOB = job
    from briefreader import library

    library.warm_worker()


def capture(args: argparse.Namespace) -> None:
    import multiprocessing

    from briefreader import library

    root = args.corpus.resolve()
    config = _config(root, Path(args.out).parent / "capture-cache")
    files, _problems = library.scan_entries(root)
    job = (root, config.topics, config.topic_threshold, True)
    start = time.time()
    with open(args.out, "wb") as out:
        pickle.dump({"root": str(root), "rels": [rel for rel, _ in files]}, out)
        ctx = multiprocessing.get_context("forkserver")
        with ctx.Pool(args.workers, initializer=_init, initargs=(job,)) as pool:
            for n, ((rel, path), analysed) in enumerate(
                zip(files, pool.imap(_analyse, [p for _, p in files], chunksize=8), strict=True), 1
            ):
                st = os.stat(path)
                pickle.dump((rel, path, st.st_size, st.st_mtime_ns, analysed), out, protocol=5)
                if n % 2000 == 0:
                    print(f"{n}/{len(files)} files, {time.time() - start:.0f} s", file=sys.stderr, flush=True)
    print(f"captured {len(files)} files in {time.time() - start:.0f} s -> {args.out}")


def _records(path: Path):
    with open(path, "rb") as f:
        head = pickle.load(f)
        yield head
        while True:
            try:
                yield pickle.load(f)
            except EOFError:
                return


def replay(args: argparse.Namespace) -> None:
    from briefreader import library
    from briefreader.index import Index

    records = _records(args.input)
    head = next(records)
    root = Path(head["root"])
    config = _config(root, args.cache)
    index = Index.open(args.cache, root, library.analysis_version(config))
    assert index.usable
    if args.sql_times:
        index._conn = _TimedConnection(index._conn, args.profile_from)
    stems: dict[str, int] = {}
    for rel in head["rels"]:
        stem = rel[: rel.rfind(".")]
        stems[stem] = stems.get(stem, 0) + 1
    cut = len(os.path.join(root, ""))
    share = {}.setdefault
    spent = 0.0
    wall = 0.0
    briefings = 0
    marks: list[tuple[int, float, float]] = []
    last = (0, 0.0, 0.0)
    gc.disable()  # as load_library (_gc_paused)
    profile = None
    if args.cprofile:
        import cProfile

        profile = cProfile.Profile(time.process_time)
    print(f"{'briefings':>9} {'CPU ms/1000':>11} {'wall ms/1000':>12}", flush=True)
    for rec in records:
        rel, path, size, mtime, analysed = rec
        if profile is not None and briefings >= args.profile_from:
            profile.enable()
        t0, w0 = time.process_time(), time.perf_counter()
        for briefing, document in analysed:
            briefing.id = library._file_id(rel, briefing.entry, stems)
            row_rel = f"{rel}/#{briefing.entry}" if briefing.entry else rel
            key = index.store(
                row_rel, size, mtime, briefing, library._raw_rel(path[cut:], bool(briefing.entry)), document
            )
            if key:
                library._strip(briefing, key, share)
            briefings += 1
        spent += time.process_time() - t0
        wall += time.perf_counter() - w0
        if profile is not None:
            profile.disable()
        if briefings - last[0] >= args.every:
            per = (spent - last[1]) / (briefings - last[0]) * 1e6
            perw = (wall - last[2]) / (briefings - last[0]) * 1e6
            print(f"{briefings:>9} {per:>11.0f} {perw:>12.0f}", flush=True)
            marks.append((briefings, per, perw))
            last = (briefings, spent, wall)
        if args.limit and briefings >= args.limit:
            break
    t0 = time.process_time()
    index.commit()
    spent += time.process_time() - t0
    print(f"TOTAL {briefings} briefings, writer CPU {spent:.1f} s = {spent / briefings * 1e6:.0f} ms per 1000")
    if args.sql_times:
        index._conn.report()
        index._conn = index._conn._conn
    if args.dump:
        _dump(index, Path(args.dump))
    if profile is not None:
        import pstats

        profile.dump_stats(args.cprofile)
        with open(f"{args.cprofile}.txt", "w") as out:
            stats = pstats.Stats(profile, stream=out)
            stats.sort_stats("tottime").print_stats(30)
            stats.sort_stats("cumulative").print_stats(30)
    index.close()


def growth(args: argparse.Namespace) -> None:
    """The same ``--probe`` briefings stored into copies of the index at each of
    ``--sizes``, in turns (``--rounds``): the writer's cost by library size with the
    machine's load shared alike (a replay's column drifts with the load)."""
    import shutil
    import statistics

    from briefreader import library
    from briefreader.index import Index, index_path

    records = _records(args.input)
    head = next(records)
    root = Path(head["root"])
    config = _config(root, args.cache / "build")
    version = library.analysis_version(config)
    stems: dict[str, int] = {}
    for rel in head["rels"]:
        stem = rel[: rel.rfind(".")]
        stems[stem] = stems.get(stem, 0) + 1
    cut = len(os.path.join(root, ""))
    gc.disable()

    def store_all(index, recs) -> int:
        n = 0
        share = {}.setdefault
        for rel, path, size, mtime, analysed in recs:
            for briefing, document in analysed:
                briefing.id = library._file_id(rel, briefing.entry, stems)
                row_rel = f"{rel}/#{briefing.entry}" if briefing.entry else rel
                raw = library._raw_rel(path[cut:], bool(briefing.entry))
                if key := index.store(row_rel, size, mtime, briefing, raw, document):
                    library._strip(briefing, key, share)
                n += 1
        return n

    sizes = sorted(args.sizes)
    snaps = args.cache / "snapshots"
    snaps.mkdir(parents=True, exist_ok=True)
    index = Index.open(args.cache / "build", root, version)
    stored = 0
    built = time.process_time()
    if args.reuse:
        sizes = [size for size in sizes if (snaps / f"{size}.sqlite3").exists()]
        for rec in records:
            stored += len(rec[4])
            if stored >= sizes[-1]:
                break
    for size in sizes if not args.reuse else ():
        while stored < size:
            stored += store_all(index, [next(records)])
        index.commit()
        index._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        shutil.copyfile(index.path, snaps / f"{size}.sqlite3")
        print(f"snapshot at {stored} briefings ({os.path.getsize(index.path) / 2**20:.1f} MB)", flush=True)
    index.close()
    print(f"built in {time.process_time() - built:.1f} s of CPU", flush=True)
    warm: list[bytes] = []
    count = 0
    while count < args.warmup:  # stored first, untimed: the page cache holds what an ingest's would
        rec = next(records)
        warm.append(pickle.dumps(rec, protocol=5))
        count += len(rec[4])
    probe: list[bytes] = []
    count = 0
    while count < args.probe:
        rec = next(records)
        probe.append(pickle.dumps(rec, protocol=5))
        count += len(rec[4])
    times: dict[int, list[float]] = {size: [] for size in sizes}
    for _round in range(args.rounds):
        for size in sizes:
            cache = args.cache / f"probe-{size}"
            shutil.rmtree(cache, ignore_errors=True)
            cache.mkdir(parents=True)
            shutil.copyfile(snaps / f"{size}.sqlite3", index_path(cache, root, version))
            recs = [pickle.loads(b) for b in probe]
            index = Index.open(cache, root, version)
            store_all(index, [pickle.loads(b) for b in warm])
            index.commit()
            if args.sql_times:
                index._conn = _TimedConnection(index._conn, 0)
            t0 = time.process_time()
            n = store_all(index, recs)
            index.commit()
            if args.sql_times:
                print(f"-- into {size}:")
                index._conn.report()
                index._conn = index._conn._conn
            index.close()  # timed too: what is left in the WAL is copied into the file here
            spent = time.process_time() - t0
            shutil.rmtree(cache, ignore_errors=True)
            times[size].append(spent / n * 1e6)
            print(f"  round {_round + 1}: {n} briefings into {size}: {spent / n * 1e6:.0f} ms per 1000", flush=True)
    print(f"{'library':>8} {'CPU ms per 1000 briefings (median)':>36}  runs")
    for size in sizes:
        print(f"{size:>8} {statistics.median(times[size]):>36.0f}  {' '.join(f'{t:.0f}' for t in times[size])}")
    print(f"load {os.getloadavg()[0]:.1f}")


class _TimedConnection:
    """The index's connection, CPU time per SQL statement (``--sql-times``) once
    ``counted`` is set (after ``--profile-from`` briefings)."""

    def __init__(self, conn, start: int) -> None:
        self._conn, self.start, self.stored = conn, start, 0
        self.times: dict[str, list[float]] = {}
        self.candidates: dict[int, list[int]] = {}  # per 5,000 briefings stored: briefings, candidates

    def _timed(self, name: str, sql: str, *args):
        t0 = time.process_time()
        out = getattr(self._conn, name)(*((sql, *args) if name != "commit" else ()))
        if self.stored >= self.start:
            entry = self.times.setdefault(sql if len(sql) < 300 else sql[:300], [0, 0.0])
            entry[0] += 1
            entry[1] += time.process_time() - t0
        if sql.startswith("INSERT INTO stories"):
            self.stored += 1
        return out

    def execute(self, sql: str, *args):
        if sql.startswith("SELECT s.doc, s.story, s.sig"):  # its rows are read by fetchall()
            t0 = time.process_time()
            rows = self._conn.execute(sql, *args).fetchall()
            bucket = self.candidates.setdefault(self.stored // 5000 * 5000, [0, 0])
            bucket[0] += 1
            bucket[1] += len(rows)
            if self.stored >= self.start:
                entry = self.times.setdefault(sql[:60], [0, 0.0])
                entry[0] += 1
                entry[1] += time.process_time() - t0
            return _Rows(rows)
        return self._timed("execute", sql, *args)

    def executemany(self, sql: str, *args):
        return self._timed("executemany", sql, *args)

    def commit(self):
        return self._timed("commit", "COMMIT")

    def __getattr__(self, name):
        return getattr(self._conn, name)

    def report(self) -> None:
        for at, (n, c) in sorted(self.candidates.items()):
            print(f"from {at}: {c / n:.1f} story candidates a briefing")
        total = sum(t for _, t in self.times.values())
        for sql, (n, t) in sorted(self.times.items(), key=lambda kv: -kv[1][1])[:15]:
            print(f"{t:8.2f} s {100 * t / total:5.1f}% {n:>7} {' '.join(sql.split())[:110]}")


class _Rows(list):
    def fetchall(self):
        return self


def dump(args: argparse.Namespace) -> None:
    """``dump INDEX.sqlite3 OUT``: :func:`_dump` of an index file a replay left."""

    from briefreader.index import sqlite3 as engine  # pysqlite3 where there is one (FTS5 options)

    class _Held:
        _conn = engine.connect(f"file:{args.index}?mode=ro", uri=True)

    _dump(_Held, args.out)


def _dump(index, out: Path) -> None:
    conn: sqlite3.Connection = index._conn
    columns = [r[1] for r in conn.execute("PRAGMA table_info(briefings)") if r[1] != "pipeline"]  # the code's digest
    tables = {
        "briefings": f"SELECT rowid, {', '.join(columns)} FROM briefings ORDER BY rowid",
        "search_rowids": "SELECT rowid FROM search ORDER BY rowid",
        "stories": "SELECT * FROM stories ORDER BY doc",
        "storybands": "SELECT * FROM storybands ORDER BY band, doc",
        "figs": "SELECT * FROM figs ORDER BY id",
        "figlo": "SELECT * FROM figlo ORDER BY 1, 2, 3",
        "fighi": "SELECT * FROM fighi ORDER BY 1, 2, 3",
        "figdetail": "SELECT * FROM figdetail ORDER BY doc",
        "metricstats": "SELECT * FROM metricstats ORDER BY code",
        "meta": "SELECT * FROM meta WHERE key = 'listed'",
    }
    with open(out, "w", encoding="utf-8") as f:
        for name, sql in tables.items():
            h = hashlib.sha256()
            n = 0
            for row in conn.execute(sql):
                h.update(repr(row).encode("utf-8", "surrogatepass"))
                n += 1
            f.write(f"{name} {n} {h.hexdigest()}\n")
        f.write("# stories (doc story)\n")
        for doc, story in conn.execute("SELECT doc, story FROM stories ORDER BY doc"):
            f.write(f"{doc} {story}\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="mode", required=True)
    c = sub.add_parser("capture")
    c.add_argument("corpus", type=Path)
    c.add_argument("out", type=Path)
    c.add_argument("--workers", type=int, default=2)
    r = sub.add_parser("replay")
    r.add_argument("input", type=Path)
    r.add_argument("--cache", type=Path, required=True)
    r.add_argument("--every", type=int, default=1000)
    r.add_argument("--limit", type=int, default=0)
    r.add_argument("--dump")
    r.add_argument("--sql-times", action="store_true", help="CPU per SQL statement (from --profile-from on)")
    r.add_argument("--cprofile", help="cProfile (CPU) the stores into this file (and .txt)")
    r.add_argument("--profile-from", type=int, default=0, help="profile from this many briefings on")
    g = sub.add_parser("growth")
    g.add_argument("input", type=Path)
    g.add_argument("--cache", type=Path, required=True)
    g.add_argument("--sizes", type=int, nargs="+", default=[2500, 5000, 10000, 19000])
    g.add_argument("--probe", type=int, default=1000)
    g.add_argument("--rounds", type=int, default=3)
    g.add_argument("--warmup", type=int, default=500, help="briefings stored untimed before the probe")
    g.add_argument("--sql-times", action="store_true")
    g.add_argument("--reuse", action="store_true", help="the snapshots of an earlier run in --cache")
    d = sub.add_parser("dump")
    d.add_argument("index", type=Path)
    d.add_argument("out", type=Path)
    args = parser.parse_args()
    {"capture": capture, "replay": replay, "growth": growth, "dump": dump}[args.mode](args)


if __name__ == "__main__":
    main()
