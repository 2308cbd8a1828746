"""Issue 19 at 1,000,000 briefings: the warm figures measured on a library of that size,
the cold figures measured on a shard and extrapolated (and said so).

    python benchmarks/bench_million.py WORK [--shard 10000] [--copies 100] [--runs 3] [--src CODE]
                                             [--steps generate cold documents replicate measure]

A cold ingest of a million realistic briefings takes hours on the 2-core machine this
was written on (~140 briefings/s), and generating them took 85 min for 679,000, so:

1. ``generate``: a shard of ``--shard`` briefings (generate_corpus.py, seeded), timed.
2. ``cold``: the shard ingested cold by ``briefreader list`` (profile_ingest.cold_run:
   wall, CPU and peak RSS of every process). The 1M cold time printed beside it is this
   run's rate times the size, and is labelled *extrapolated*.
3. ``documents``: the shard's search documents made again (they are not stored: the FTS
   tables are contentless), by the workers' own function (library._analyse_star).
4. ``replicate``: the 1M library: the shard's folder hardlinked ``--copies`` times
   (c000/, c001/, ...: real files, so the TUI's folder check stats real paths), and an
   index built from the shard's rows, copy by copy: each copy's rows with new keys, ids
   and paths under its folder, dates moved by its number of days (the list interleaves the
   copies, and date terms keep other sets), figure rows, spans, stories and story bands
   with the new keys (bands made distinct per copy, as distinct texts would have them),
   and its search documents inserted into both FTS tables through SQLite, each copy but
   the first with a seeded tenth of its 40-token chunks left out, so every copy's text
   differs and no query answers 100 identical sets. Everything else (titles, topics,
   keywords, figures) is the shard's. The time of this step (1M documents into FTS5) is
   printed: it is the index's share of a real 1M ingest at that size.
5. ``measure``: bench.py's warm figures at 1M (first paint headless and in tmux against
   the bare app, the whole list loaded and the folder checked with its peak RSS, filter
   per keystroke median and p95), and the index's size against the corpus it stands for
   (the shard's bytes times the copies).

6. ``finish`` (instead of waiting for ``replicate``): when the machine is too loaded for
   step 4 to end, the copies it made whole stay, the others get their list rows only,
   and the FTS builders stop; every figure is printed with what it covers.

Measured 2026-12-02 00:48-01:57 (session 8), code 483cdf3 frozen, 2 cores at load 8-15
(five engineers' tests): shard = bench.py's 10,000-briefing mix (118 MB, 8,135 files).
  cold ingest of the shard: 917 s at load 14 (11 briefings/s); CPU main 54.5 s, workers
    75.7 + 75.9 s, 207 s in all, peak RSS main 173 MB, workers 149 MB. 1M extrapolated:
    20,700 s of CPU, at least 2.9 h on two idle cores (the quiet 10k run's 96.6 s x 100:
    2.7 h). Generation: 7.4 ms a briefing (300 at load 7): ~2 h for 1M (extrapolated).
  replicate at that load: list, figure and story rows ~1.3 copies a minute, the two FTS
    builders ~0.25 copies a minute (1M documents into FTS5: ~2.3 ms of CPU each); stopped
    by ``finish`` at 1,000,000 list rows, figures and stories of 200,000, words of 40,000.
  warm first paint at 1M, headless: 2.17 s vs bare 0.96 s = 2.27x (CPU 0.58 vs 0.26 s,
    2.27x); in tmux 2.17 vs 0.93 s = 2.33x (load 8-11).
  whole list loaded and folder checked (813,500 files stat'ed): 297 s; peak RSS 2,690 MB.
  filter per keystroke (bench.py's queries): median 377 ms, p95 702 ms; the query itself
    (IncrementalFilter.select) 9-30 ms, the list's rows for the result (views.Layout.rows)
    225-460 ms; figure, topic and date terms 2-14 ms.
  index: 1,650 MB as built (partial); the whole at 1M extrapolated from the shard's
    123 MB: 12.3 GB = 1.04x the 11.8 GB it indexes (FTS tables 69 MB a copy of 10,000).

Measured 2026-12-02 03:31-05:00 (session 9), built by code 61bccd2 frozen (/tmp/x19: index
schema 8; 19-index's schema 9 landed during the run), measured by 61bccd2 + the list store
commits (the index restamped to that code's version), 2 cores at load 9-15 (eight engineers):
  cold ingest of the shard: 588.7 s at load ~12 (17 briefings/s); CPU main 47.9 s, workers
    74.4 + 75.0 s, 198 s in all; peak RSS main 201 MB, workers 150 MB. 1M extrapolated: CPU
    5.5 h, at least 2.8 h on two idle cores. documents: 668 s.
  replicate (this code): list rows of 100 copies 48 s, story bands 25 s, 10 secondary
    indexes 349 s (session 8: ~1.3 copies a minute); hardlinks checked 309 s. The FTS
    builders are the cost: ~1 ms of CPU a document and table, but each got ~7% of a core
    at that load: 10 copies (the 100k library, complete) in 1,695 s; the 1M stopped at 20
    copies after 2,315 s. So at 1M: list rows 1,000,000; words searchable in 200,000
    (20 copies); figures and stories of 100,000 (--figure-copies 10). Index 2,384 MB as
    built (partial); 100k complete: 1,118 MB = 0.95x the 1,180 MB it stands for.
  warm at 1M with the column-wise list (liststore), 05:01-05:05 at load 5-9: first paint
    headless 1.51 s vs bare 0.75 s = 2.01x (CPU 1.97x); tmux 1.95 vs 1.07 s = 1.82x (at
    04:45, load 10-11: 1.69x, CPU 2.16x; tmux 1.61x); whole list loaded and folder checked
    95 s, peak RSS 1,115 MB (at 04:45, before notes.relink and across.story_map read the
    store as columns: 292 s, 2,332 MB); filter per keystroke median 27.9 ms, p95 211 ms
    (CPU of the thread: median 12.7, p95 87.8 ms); the list read alone: RSS held +557 MB
    (columns 280 MB), peak 657 MB, CPU 14.0 s; row by row (Briefing objects): +2,370 MB
    held, peak 2,432 MB, CPU 17.7 s. peek_library's count(*) of 1,000,000: ~90 ms CPU.
  the same at 100k (complete): first paint headless 1.87x (CPU 1.69x), tmux 1.44 vs 1.01 s
    = 1.42x; whole list and folder 6.2 s, peak 255 MB; filter median 8.5, p95 57.1 ms (CPU
    4.2 / 22.1 ms).

Measured 2026-12-05 09:02-10:22 (session 29), built by 969f6b0 frozen (/tmp/p29/code), 2 cores at
load 5-26 (seven engineers): shard = generate_corpus's 10,000 (118 MB, 8,135 files), made in 11 s.
  cold ingest of the shard: 178.1 s at load ~5 (56 briefings/s, 0.66 MB/s); CPU main 20.1 s,
    workers 61.5 + 62.4 s, 146 s in all; peak RSS workers 169 MB, main 126 MB. 1M extrapolated:
    CPU 4.0 h, at least 2.0 h on two idle cores. documents: 248 s.
  replicate: hardlinks 38 s; list, figure and story rows of 100 copies 117 s; story bands 79 s;
    7 secondary indexes 717 s; the FTS builder all 100 copies in 3,141 s (CPU 394 s: 0.39 ms a
    document, at load 8-19). Complete: every list row, figure,
    story and word of the 1,000,000.
  index on disk at 1,000,000: 7,691 MB = 0.65x the 11,797 MB it stands for.
  warm first paint at 1M, headless, at load 18-26 (wall is the run queue there: CPU is the
    figure): 969f6b0 CPU 0.336 vs bare 0.236 s = 1.42x; with 950fb17 + 8393acd + 433542a
    (the same index, code digest pinned) CPU 0.302 vs 0.229 s = 1.32x paired, wall 1.17x paired
    (3 runs each). The settled run (--settled) timed out (600 s) at load 26, so the settled
    figures are from one process doing the TUI's settled path step by step (peek, load, read
    state, filter with prepare, story map, layout, folder check; /tmp/p29/phases.py in the
    session's note): peak RSS 804 MB (969f6b0) -> 496 MB (433542a), RSS at the end 758 -> 361
    MB, CPU 28.7 -> 22.8 s; the list's load alone peak 591 -> 467 MB, CPU 16.5 -> 12.8 s; the
    story map CPU 3.45 -> 0.35 s. The TUI's own ~50 MB (Textual) comes on top of these.
  the same library at 100,000 (10 copies, complete), load 7-9: first paint headless 1.24x
    (paired 1.28x, CPU 1.35x); settled peak RSS 292-298 -> 237-238 MB (950fb17).
  filter per keystroke and tmux: not measured this session (``measure`` stopped at the settled run).

``--src``: a frozen copy of the code (``git archive HEAD | tar -x -C CODE``): the index
is keyed by a digest of the ingest code, so a commit to it by anyone during the hours of
this run would make the index built in step 4 another version's (never read).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

CHUNK = 40  # tokens: the unit a copy's text leaves out
DROP = 0.10  # of the chunks, in every copy but the first


def log(*parts: object) -> None:
    print(*parts, f"[load {' '.join(f'{x:.1f}' for x in os.getloadavg())}]", flush=True)


def _config(work: Path, root: Path, name: str) -> Path:
    taxonomy = (HERE.parent / "src/briefreader/data/default_config.toml").read_text(encoding="utf-8")
    config = work / f"config-{name}.toml"
    config.write_text(
        f'[library]\nbriefings = "{root}"\nnotes = "{work / "notes.toml"}"\ncache = "{work / f"cache-{name}"}"\n\n'
        f"[topics]{taxonomy.split('[topics]', 1)[1]}",
        encoding="utf-8",
    )
    return config


def _index_file(config_path: Path) -> Path:
    from briefreader.config import read_config
    from briefreader.index import index_path
    from briefreader.library import analysis_version

    config = read_config(config_path)
    return index_path(config.cache_dir, config.briefings.resolve(), analysis_version(config))


def _mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 2**20


def generate(args: argparse.Namespace) -> None:
    from generate_corpus import generate as make

    shard = args.work / "shard"
    if shard.exists():
        log(f"generate: {shard} exists")
        return
    t = time.perf_counter()
    total = make(shard, args.shard)
    spent = time.perf_counter() - t
    rate = spent / args.shard
    log(
        f"generate: {args.shard:,} briefings, {total / 2**20:.0f} MB in {spent:.0f} s ({rate * 1000:.1f} ms a briefing);"
        f" {args.shard * args.copies:,} would take {rate * args.shard * args.copies / 60:.0f} min (extrapolated)"
    )


def cold(args: argparse.Namespace) -> None:
    from profile_ingest import cold_run

    config = _config(args.work, args.work / "shard", "shard")
    if _index_file(config).exists() and (args.work / "cold.json").exists():
        log("cold: done before:", (args.work / "cold.json").read_text())
        return
    mb = _mb(args.work / "shard")
    r = cold_run(config, args.work / "cache-shard", args.src)
    procs = sorted(r["procs"].values(), key=lambda v: (v[2] != "main", v[2]))
    cpu = sum(v[1] for v in procs)
    n, wall = r["listed"], r["wall"]
    (args.work / "cold.json").write_text(json.dumps({"wall": wall, "listed": n, "mb": mb, "cpu": cpu}))
    log(
        f"cold ingest of the shard ({mb:.0f} MB, {n:,} briefings): {wall:.1f} s = {n / wall:,.0f} briefings/s,"
        f" {mb / wall:.2f} MB/s; CPU {cpu:.0f} s in all; per process peak RSS MB / CPU s: "
        + ", ".join(f"{name} {rss:.0f}/{c:.1f}" for rss, c, name in procs)
    )
    log(
        f"cold ingest of {n * args.copies:,} briefings at this rate: {wall * args.copies / 3600:.1f} h; its CPU,"
        f" {cpu * args.copies / 3600:.1f} h, on two idle cores: at least {cpu * args.copies / 2 / 3600:.1f} h"
        " (EXTRAPOLATED, linear; the writer's FTS and story inserts grow a little faster, see replicate)"
    )


def documents(args: argparse.Namespace) -> None:
    """Each shard row's search document (index.Prepared.document), by its relpath. (Schema
    <= 19 also kept a ``words`` document; since 20 the words column stays empty.)"""
    import sqlite3

    out = args.work / "documents.sqlite3"
    if out.exists():
        log("documents: done before")
        return
    from briefreader.config import read_config
    from briefreader.library import WORKER_MODULES, _analyse_star, _rel, scan
    from briefreader.pool import parallel_map

    config = read_config(args.work / "config-shard.toml")
    root = config.briefings.resolve()
    paths, _ = scan(root)
    jobs = [(p, root, config.topics, config.topic_threshold, True) for p in paths]
    t = time.perf_counter()
    db = sqlite3.connect(out.with_suffix(".tmp"))
    db.execute("CREATE TABLE IF NOT EXISTS docs (relpath TEXT PRIMARY KEY, body TEXT, words TEXT)")
    for path, analysed in zip(
        paths, parallel_map(_analyse_star, jobs, workers=os.cpu_count() or 2, preload=WORKER_MODULES), strict=True
    ):
        rel = _rel(path, root)
        db.executemany(
            "INSERT OR REPLACE INTO docs VALUES (?, ?, ?)",
            [(f"{rel}/#{b.entry}" if b.entry else rel, d.document, "") for b, d in analysed],
        )
    db.commit()
    db.close()
    os.replace(out.with_suffix(".tmp"), out)
    log(f"documents: {len(paths):,} files analysed again in {time.perf_counter() - t:.0f} s")


def _perturbed(body: str, copy: int, key: int) -> str:
    if copy == 0:
        return body
    tokens = body.split(" ")
    rng = random.Random(copy * 1_000_003 + key)
    kept = tokens[:CHUNK]  # the title's tokens lead the document: always kept
    for i in range(CHUNK, len(tokens), CHUNK):
        if rng.random() >= DROP:
            kept.extend(tokens[i : i + CHUNK])
    return " ".join(kept)


def _fts_build(args: argparse.Namespace, table: str) -> None:
    """The FTS table of the 1M index (``search``; schema <= 19 had ``words`` too), built by
    FTS5 in a file of its own (WORK/fts-TABLE.sqlite3), copy by copy, committing each,
    by a process of its own beside the list rows; its shadow tables are then copied into
    the index verbatim (a page copy: ~1 min for the 1M search table).
    No journal (a build that dies is started again). A file WORK/stop ends the build
    between copies."""
    import sqlite3 as plain

    from briefreader.index import _FTS_OPTIONS, FTS_HASHSIZE, sqlite3

    out = args.work / f"fts-{table}.sqlite3"
    conn = sqlite3.connect(out)
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA cache_size = -262144")
    conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {table} USING fts5(body, {_FTS_OPTIONS})")
    conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('hashsize', {FTS_HASHSIZE})")
    conn.execute("CREATE TABLE IF NOT EXISTS done (copy INTEGER PRIMARY KEY)")
    done = {c for (c,) in conn.execute("SELECT copy FROM done")}
    rows = json.loads((args.work / "rows.json").read_text())  # [rowid, relpath] of the shard, in order
    top = max(r for r, _ in rows) + 1
    docs = plain.connect(args.work / "documents.sqlite3")
    body = {r: (b, w) for r, b, w in docs.execute("SELECT relpath, body, words FROM docs")}
    started = time.perf_counter()
    cpu = time.process_time()
    building = args.work / f"fts-{table}.sqlite3-building"
    building.touch()
    for c in range(args.copies):
        if c in done:
            continue
        if (args.work / "stop").exists():
            break
        made = []
        for rowid, rel in rows:
            document, _words = body[rel]
            if c:
                document = _perturbed(document, c, rowid)
            made.append((rowid + c * top, document))
        conn.executemany(f"INSERT INTO {table} (rowid, body) VALUES (?, ?)", made)
        conn.execute("INSERT INTO done VALUES (?)", (c,))
        conn.commit()
        if c % 10 == 9:
            log(
                f"  {table}: {c + 1} copies in {time.perf_counter() - started:.0f} s, CPU {time.process_time() - cpu:.0f} s"
            )
    conn.close()
    building.unlink()


def _fts_search(args: argparse.Namespace) -> None:
    _fts_build(args, "search")


# The list row's columns copied as they are: every column of the shard's table but those a copy
# rewrites (key, paths, id, date, pipeline). Read from the table, not listed here: a column added
# since (generated, entries, pending: schemas 23-26) failed the copy's NOT NULL (session 41).
_REWRITTEN = {"rowid", "relpath", "rawpath", "size", "mtime_ns", "pipeline", "listed", "id", "date"}


def _list_cols(conn: Any) -> str:
    return ", ".join(r[1] for r in conn.execute("PRAGMA s.table_info(briefings)") if r[1] not in _REWRITTEN)


# figs' columns as schema 14+ has them (qual, sent, low, top; figdetail a briefing beside them)
_FIG_COLS = "kind, value, high, metric, qual, sent, unit, start, span, low, top, text, en"
FTS_TABLES = ("search",)  # schema <= 19 had "words" too


def _copy_rows(conn: Any, c: int, top: int, version: str) -> None:
    """Copy ``c``'s list row of every shard row: new key, id, path, date moved by c days."""
    off, prefix, cols = c * top, f"c{c:03d}/", _list_cols(conn)
    conn.execute(
        f"INSERT INTO briefings (rowid, relpath, rawpath, size, mtime_ns, pipeline, listed, id, date, {cols})"
        f" SELECT rowid + {off}, '{prefix}' || relpath,"
        f" CASE WHEN rawpath IS NULL THEN NULL ELSE CAST('{prefix}' || CAST(rawpath AS TEXT) AS BLOB) END,"
        f" size, mtime_ns, ?, listed, '{prefix}' || id,"
        f" CASE WHEN date IS NULL THEN NULL ELSE date(date, '+{c} days') END, {cols} FROM s.briefings ORDER BY rowid",
        (version,),
    )


def replicate(args: argparse.Namespace) -> None:
    """The 1M index, fast (session 9: the same rows as session 8's, which ran at ~1.3
    copies a minute for the rows and ~0.25 for the FTS tables at load 8-15): the
    secondary indexes are dropped while rows are appended in key order and made again
    by one sort each at the end; story bands (random keys) go in as one sorted
    INSERT ... SELECT; one transaction, no journal; the FTS table is built by a process
    beside it, every copy (all words searchable)."""
    import subprocess

    from briefreader.index import FIG_SPAN, Index, sqlite3  # pysqlite3 where the index uses it

    shard_index = _index_file(args.work / "config-shard.toml")
    big = args.work / "million"
    config = _config(args.work, big, "million")
    target = _index_file(config)
    if target.exists() and (args.work / "replicated.json").exists():
        log("replicate: done before:", (args.work / "replicated.json").read_text())
        return
    shard = (args.work / "shard").resolve()
    t = time.perf_counter()
    files = [p for p in shard.rglob("*") if p.is_file()]
    for c in range(args.copies):
        for p in files:
            dest = big / f"c{c:03d}" / p.relative_to(shard)
            dest.parent.mkdir(parents=True, exist_ok=True)
            if not dest.exists():
                os.link(p, dest)
    log(f"replicate: {len(files) * args.copies:,} hardlinks in {time.perf_counter() - t:.0f} s")

    started = time.perf_counter()
    src = sqlite3.connect(f"file:{shard_index}?mode=ro", uri=True)
    rows = src.execute("SELECT rowid, relpath FROM briefings ORDER BY rowid").fetchall()
    src.close()
    docs = sqlite3.connect(args.work / "documents.sqlite3")
    have = {r for (r,) in docs.execute("SELECT relpath FROM docs")}
    docs.close()
    missing = [rel for _, rel in rows if rel not in have]
    if missing:
        raise SystemExit(f"{len(missing)} shard rows have no document (code changed between steps?): {missing[:3]}")
    (args.work / "rows.json").write_text(json.dumps(rows))
    builders = [  # not again when they run already (a replicate started anew)
        subprocess.Popen([sys.executable, __file__, str(args.work), "--copies", str(args.copies), "--steps", step])
        for step in ("_fts_search",)
        if not (args.work / f"fts-{step[5:]}.sqlite3-building").exists()
    ]

    shutil.rmtree(args.work / "cache-million", ignore_errors=True)
    from briefreader.config import read_config
    from briefreader.library import analysis_version

    cfg = read_config(config)
    version = analysis_version(cfg)
    Index.open(cfg.cache_dir, big.resolve(), version).close()  # the schema, as the reader makes it
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -524288")
    conn.execute("PRAGMA temp_store = FILE")
    conn.execute(f"ATTACH DATABASE '{shard_index}' AS s")
    top = max(r for r, _ in rows) + 1
    # Secondary indexes: made again at the end by one sort each, not kept up row by row.
    indexes = conn.execute(
        "SELECT name, sql FROM main.sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        " AND tbl_name IN ('briefings', 'figs', 'stories')"
    ).fetchall()
    conn.execute("BEGIN")
    for name, _ in indexes:
        conn.execute(f"DROP INDEX main.{name}")
    conn.execute(
        f"CREATE TEMP TABLE copies AS WITH RECURSIVE n(c) AS (SELECT 0 UNION ALL SELECT c + 1 FROM n WHERE c < {args.copies - 1}) SELECT c FROM n"
    )
    step = time.perf_counter()
    figure_copies = min(args.copies, args.figure_copies or args.copies)
    for c in range(args.copies):
        off = c * top
        _copy_rows(conn, c, top, version)
        if c >= figure_copies:
            continue
        conn.execute(f"INSERT INTO figs SELECT id + {off} * {FIG_SPAN}, {_FIG_COLS} FROM s.figs ORDER BY id")
        conn.execute(f"INSERT INTO figdetail SELECT doc + {off}, data FROM s.figdetail ORDER BY doc")
        # schema 13: each briefing's figure spans in figlo and fighi, keyed by kind and value
        conn.execute(f"INSERT INTO figlo SELECT kind, lo, doc + {off} FROM s.figlo")
        conn.execute(f"INSERT INTO fighi SELECT kind, hi, doc + {off} FROM s.fighi")
        conn.execute(f"INSERT INTO stories SELECT doc + {off}, story + {off}, sig, figures FROM s.stories ORDER BY doc")
    log(
        f"replicate: list rows of {args.copies} copies, figure and story rows of {figure_copies},"
        f" in {time.perf_counter() - step:.0f} s"
    )
    step = time.perf_counter()
    conn.execute(
        "INSERT INTO storybands SELECT (band | c) - (band & c), doc + c * ? FROM s.storybands, temp.copies"
        " WHERE c < ? ORDER BY 1, 2",
        (top, figure_copies),
    )
    log(f"replicate: story bands in {time.perf_counter() - step:.0f} s")
    step = time.perf_counter()
    for _name, sql in indexes:
        conn.execute(sql)
    conn.execute(
        f"INSERT INTO metricstats SELECT code, metric, figures * {figure_copies}, docs * {figure_copies}"
        " FROM s.metricstats"
    )
    # the listed count the index keeps in meta (schema 12): peek_library reads it, not count(*)
    conn.execute("UPDATE meta SET value = (SELECT count(*) FROM briefings WHERE listed = 1) WHERE key = 'listed'")
    conn.execute("COMMIT")
    log(f"replicate: {len(indexes)} secondary indexes made in {time.perf_counter() - step:.0f} s")
    conn.execute("DETACH DATABASE s")
    for b in builders:
        b.wait()
    while any((args.work / f"fts-{t}.sqlite3-building").exists() for t in FTS_TABLES):
        time.sleep(5)  # builders of an earlier start; a file WORK/stop ends them
    fts_done = time.perf_counter() - started
    copies = args.copies
    for table in FTS_TABLES:
        f = sqlite3.connect(args.work / f"fts-{table}.sqlite3")
        copies = min(copies, f.execute("SELECT count(*) FROM done").fetchone()[0])
        f.close()
    if copies < args.copies:  # stopped early: every list row is there, the words of `copies` copies
        log(f"replicate: FTS STOPPED at {copies} copies: words are searched in {copies * len(rows):,} of the briefings")
    fts_mb = 0.0
    step = time.perf_counter()
    for table in FTS_TABLES:
        fts_mb += (args.work / f"fts-{table}.sqlite3").stat().st_size / 2**20
        conn.execute(f"ATTACH DATABASE '{args.work / f'fts-{table}.sqlite3'}' AS f")
        conn.execute("BEGIN")
        for shadow in ("data", "idx", "docsize", "config"):
            conn.execute(f"DELETE FROM main.{table}_{shadow}")
            conn.execute(f"INSERT INTO main.{table}_{shadow} SELECT * FROM f.{table}_{shadow}")
        if copies < args.copies:  # the table that went further: as far as the other
            conn.execute(f"DELETE FROM {table} WHERE rowid >= {copies * top}")
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE f")
    log(f"replicate: FTS tables copied into the index in {time.perf_counter() - step:.0f} s")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    spent = time.perf_counter() - started
    n = args.copies * len(rows)
    made = {"rows": n, "fts_copies": copies, "copies": args.copies, "seconds": spent, "fts_mb": fts_mb}
    made["full_copies"] = figure_copies
    (args.work / "replicated.json").write_text(json.dumps(made))
    log(
        f"replicate: {n:,} rows in {spent:.0f} s (the FTS table built beside them in {fts_done:.0f} s, {copies}"
        f" copies, {fts_mb:,.0f} MB)"
    )


def finish(args: argparse.Namespace) -> None:
    """When ``replicate`` cannot end in the time there is (a loaded machine: its list,
    figure and story rows went at ~1.3 copies a minute, the FTS builders at ~0.2): the
    copies it made whole stay; the remaining copies get their list rows only (what the
    first paint, the whole list, the folder check and the memory figures read); the FTS
    builders are stopped and the copies both made are searched. replicated.json records
    each coverage, and ``measure`` prints them beside every figure."""
    from briefreader.index import sqlite3

    shard_index = _index_file(args.work / "config-shard.toml")
    target = _index_file(args.work / "config-million.toml")
    version = (
        json.loads((args.work / "meta.json").read_text())["version"] if (args.work / "meta.json").exists() else None
    )
    rows = json.loads((args.work / "rows.json").read_text())
    top = max(r for r, _ in rows) + 1
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -262144")
    version = version or conn.execute("SELECT value FROM meta WHERE key = 'pipeline'").fetchone()[0]
    full = conn.execute("SELECT max(rowid) FROM briefings").fetchone()[0] // top + 1
    conn.execute(f"ATTACH DATABASE '{shard_index}' AS s")
    cols = _list_cols(conn)
    t = time.perf_counter()
    for c in range(full, args.copies):
        off, prefix = c * top, f"c{c:03d}/"
        conn.execute(
            f"INSERT INTO briefings (rowid, relpath, rawpath, size, mtime_ns, pipeline, listed, id, date, {cols})"
            f" SELECT rowid + {off}, '{prefix}' || relpath,"
            f" CASE WHEN rawpath IS NULL THEN NULL ELSE CAST('{prefix}' || CAST(rawpath AS TEXT) AS BLOB) END,"
            f" size, mtime_ns, ?, listed, '{prefix}' || id,"
            f" CASE WHEN date IS NULL THEN NULL ELSE date(date, '+{c} days') END, {cols} FROM s.briefings",
            (version,),
        )
        conn.commit()
    conn.execute("UPDATE meta SET value = (SELECT count(*) FROM briefings WHERE listed = 1) WHERE key = 'listed'")
    conn.commit()
    log(f"finish: list rows of copies {full}..{args.copies - 1} in {time.perf_counter() - t:.0f} s")
    (args.work / "stop").touch()
    while any((args.work / f"fts-{t}.sqlite3-building").exists() for t in FTS_TABLES):
        time.sleep(1)
    copies, fts_mb = args.copies, 0.0
    for table in FTS_TABLES:
        f = sqlite3.connect(args.work / f"fts-{table}.sqlite3")
        copies = min(copies, f.execute("SELECT count(*) FROM done").fetchone()[0])
        f.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        f.close()
        fts_mb += (args.work / f"fts-{table}.sqlite3").stat().st_size / 2**20
    t = time.perf_counter()
    for table in FTS_TABLES:
        conn.execute(f"ATTACH DATABASE '{args.work / f'fts-{table}.sqlite3'}' AS f")
        for shadow in ("data", "idx", "docsize", "config"):
            conn.execute(f"DELETE FROM main.{table}_{shadow}")
            conn.execute(f"INSERT INTO main.{table}_{shadow} SELECT * FROM f.{table}_{shadow}")
        conn.commit()
        conn.execute("DETACH DATABASE f")
        conn.execute(f"DELETE FROM {table} WHERE rowid >= {copies * top}")  # the one that went further
        conn.commit()
    conn.execute("DELETE FROM metricstats")
    conn.execute(f"INSERT INTO metricstats SELECT code, metric, figures * {full}, docs * {full} FROM s.metricstats")
    conn.commit()
    conn.execute("DETACH DATABASE s")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    made = {"rows": args.copies * len(rows), "copies": args.copies, "full_copies": full, "fts_copies": copies}
    made["fts_mb"] = fts_mb
    (args.work / "replicated.json").write_text(json.dumps(made))
    log(
        f"finish: {args.copies * len(rows):,} list rows; figures and stories of {full} copies"
        f" ({full * len(rows):,} briefings); words searched in {copies} copies ({copies * len(rows):,} briefings);"
        f" FTS copied in {time.perf_counter() - t:.0f} s"
    )


def measure(args: argparse.Namespace) -> None:
    import bench

    config = args.work / "config-million.toml"
    # Counted in SQL, not loaded here: a child's peak RSS (ru_maxrss) starts from its
    # parent's across exec, and every warm figure below is a child of this process.
    from briefreader.index import sqlite3

    db = sqlite3.connect(f"file:{_index_file(config)}?mode=ro", uri=True)
    n = db.execute("SELECT count(*) FROM briefings WHERE listed = 1").fetchone()[0]
    db.close()
    log(f"measure: {n:,} briefings in the index")
    index_mb = sum(p.stat().st_size for p in (args.work / "cache-million").glob("*")) / 2**20
    shard_mb = sum(p.stat().st_size for p in (args.work / "cache-shard").glob("*")) / 2**20
    made = json.loads((args.work / "replicated.json").read_text())
    corpus_mb = json.loads((args.work / "cold.json").read_text())["mb"] * made["copies"]
    log(
        f"index on disk at {n:,}: {index_mb:,.0f} MB = {index_mb / corpus_mb:.2f}x the corpus it stands for ({corpus_mb:,.0f} MB)"
    )
    log(
        f"  coverage: {made['copies'] * 10_000 if 'full_copies' in made else n:,} list rows;"
        f" figures and stories of {made.get('full_copies', made['copies'])} copies;"
        f" words searched in {made['fts_copies']} copies"
    )
    if made["fts_copies"] < made["copies"] or made.get("full_copies", made["copies"]) < made["copies"]:
        whole = shard_mb * made["copies"]
        log(
            f"  the whole index at {made['copies']} copies: {whole:,.0f} MB = {whole / corpus_mb:.2f}x"
            f" (EXTRAPOLATED: the shard's index, {shard_mb:,.0f} MB, times {made['copies']}; the FTS tables of"
            f" {made['fts_copies']} perturbed copies took {made['fts_mb']:,.0f} MB,"
            f" {made['fts_mb'] / made['fts_copies']:,.0f} MB a copy)"
        )
    bench.warm(config, argparse.Namespace(runs=args.runs, tmux=not args.no_tmux))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("work", type=Path)
    parser.add_argument("--shard", type=int, default=10_000)
    parser.add_argument("--copies", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--src", type=Path, help="a frozen copy's src/ (also put it first on PYTHONPATH)")
    parser.add_argument("--no-tmux", action="store_true")
    parser.add_argument(
        "--figure-copies",
        type=int,
        default=0,
        help="replicate: figure and story rows of this many copies only (0: all)",
    )
    parser.add_argument("--steps", nargs="*", default=["generate", "cold", "documents", "replicate", "measure"])
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    args.work = args.work.resolve()
    log(
        f"bench_million: shard {args.shard:,} x {args.copies} copies in {args.work}; code {args.src or 'this checkout'}"
    )
    try:
        for step in args.steps:
            globals()[step](args)
    finally:
        import subprocess

        import bench

        subprocess.run(["tmux", "-L", bench.TMUX_SOCKET, "kill-server"], capture_output=True)


if __name__ == "__main__":
    main()
