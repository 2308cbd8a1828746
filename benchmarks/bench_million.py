"""Issue 19 at 1,000,000 briefings: the warm figures measured on a library of that size,
the cold figures measured on a shard and extrapolated (and said so).

    python benchmarks/bench_million.py WORK [--shard 10000] [--copies 100] [--runs 3] [--src CODE]

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
import statistics
import sys
import time
from pathlib import Path

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
        f"cold ingest of {n * args.copies:,} briefings at this rate: {wall * args.copies / 3600:.1f} h"
        " (EXTRAPOLATED, linear; the writer's FTS and story inserts grow a little faster, see replicate)"
    )


def documents(args: argparse.Namespace) -> None:
    """Each shard row's search document and words document, by its relpath."""
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
            [(f"{rel}/#{b.entry}" if b.entry else rel, str(d), d.words) for b, d in analysed],
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


def replicate(args: argparse.Namespace) -> None:
    from briefreader.index import FIG_SPAN, Index, sqlite3  # pysqlite3 where the index uses it
    from briefreader.textsearch import word_tokens

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

    shutil.rmtree(args.work / "cache-million", ignore_errors=True)
    from briefreader.config import read_config
    from briefreader.library import analysis_version

    cfg = read_config(config)
    version = analysis_version(cfg)
    Index.open(cfg.cache_dir, big.resolve(), version).close()  # the schema, as the reader makes it
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -262144")
    conn.execute(f"ATTACH DATABASE '{shard_index}' AS s")
    docs = sqlite3.connect(args.work / "documents.sqlite3")
    rows = conn.execute("SELECT rowid, relpath FROM s.briefings ORDER BY rowid").fetchall()
    body = {r: (b, w) for r, b, w in docs.execute("SELECT relpath, body, words FROM docs")}
    missing = [rel for _, rel in rows if rel not in body]
    if missing:
        raise SystemExit(f"{len(missing)} shard rows have no document (code changed between steps?): {missing[:3]}")
    top = conn.execute("SELECT max(rowid) FROM s.briefings").fetchone()[0] + 1
    cols = "fingerprint, title, date_precision, source, authors, script, encoding, format, topics, keywords, problems"
    fts = 0.0
    started = time.perf_counter()
    for c in range(args.copies):
        off, prefix = c * top, f"c{c:03d}/"
        conn.execute(
            f"INSERT INTO briefings (rowid, relpath, rawpath, size, mtime_ns, pipeline, listed, id, date, {cols})"
            f" SELECT rowid + {off}, '{prefix}' || relpath,"
            f" CASE WHEN rawpath IS NULL THEN NULL ELSE CAST('{prefix}' || CAST(rawpath AS TEXT) AS BLOB) END,"
            f" size, mtime_ns, ?, listed, '{prefix}' || id,"
            f" CASE WHEN date IS NULL THEN NULL ELSE date(date, '+{c} days') END, {cols} FROM s.briefings",
            (version,),
        )
        conn.execute(
            f"INSERT INTO figrows SELECT id + {off} * {FIG_SPAN}, doc + {off}, kind, text, en, value, unit, metric,"
            " start, stop, high FROM s.figrows"
        )
        conn.execute(f"INSERT INTO figspan SELECT doc + {off}, kind, lo, hi FROM s.figspan")
        conn.execute(f"INSERT INTO stories SELECT doc + {off}, story + {off}, sig, figures FROM s.stories")
        conn.execute(f"INSERT INTO storybands SELECT (band | {c}) - (band & {c}), doc + {off} FROM s.storybands")
        t = time.perf_counter()
        made = []
        for rowid, rel in rows:
            document, words = body[rel]
            if c:
                document = _perturbed(document, c, rowid)
                words = word_tokens(document)
            made.append((rowid + off, document, words))
        conn.executemany("INSERT INTO search (rowid, body) VALUES (?, ?)", [(k, d) for k, d, _ in made])
        conn.executemany("INSERT INTO words (rowid, body) VALUES (?, ?)", [(k, w) for k, _, w in made])
        conn.commit()
        fts += time.perf_counter() - t
        if c % 10 == 9 or c == args.copies - 1:
            n = (c + 1) * len(rows)
            log(f"  {c + 1} copies, {n:,} rows; {time.perf_counter() - started:.0f} s, of which FTS {fts:.0f} s")
    conn.execute(
        f"INSERT INTO metricstats SELECT metric, figures * {args.copies}, docs * {args.copies} FROM s.metricstats"
    )
    conn.commit()
    conn.execute("DETACH DATABASE s")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    spent = time.perf_counter() - started
    n = args.copies * len(rows)
    (args.work / "replicated.json").write_text(json.dumps({"rows": n, "seconds": spent, "fts": fts}))
    log(f"replicate: {n:,} rows in {spent:.0f} s, of which the two FTS tables' inserts {fts:.0f} s ({fts / n * 1000:.2f} ms a row)")


def measure(args: argparse.Namespace) -> None:
    import bench

    config = args.work / "config-million.toml"
    from briefreader.config import read_config
    from briefreader.library import load_library

    t = time.perf_counter()
    library = load_library(read_config(config), verify=False)
    n = len(library.briefings)
    library.close()
    log(f"measure: {n:,} briefings listed from the index ({time.perf_counter() - t:.1f} s in this process)")
    index_mb = sum(p.stat().st_size for p in (args.work / "cache-million").glob("*")) / 2**20
    corpus_mb = json.loads((args.work / "cold.json").read_text())["mb"] * args.copies
    log(f"index on disk at {n:,}: {index_mb:,.0f} MB = {index_mb / corpus_mb:.2f}x the corpus it stands for ({corpus_mb:,.0f} MB)")
    bench.warm(config, argparse.Namespace(runs=args.runs, tmux=not args.no_tmux))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("work", type=Path)
    parser.add_argument("--shard", type=int, default=10_000)
    parser.add_argument("--copies", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--src", type=Path, help="a frozen copy's src/ (also put it first on PYTHONPATH)")
    parser.add_argument("--no-tmux", action="store_true")
    parser.add_argument("--steps", nargs="*", default=["generate", "cold", "documents", "replicate", "measure"])
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    args.work = args.work.resolve()
    log(f"bench_million: shard {args.shard:,} x {args.copies} copies in {args.work}; code {args.src or 'this checkout'}")
    try:
        for step in args.steps:
            globals()[step](args)
    finally:
        import subprocess

        subprocess.run(["tmux", "-L", "brbench", "kill-server"], capture_output=True)


if __name__ == "__main__":
    main()
