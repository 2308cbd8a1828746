"""Across briefings (issue 17): cost and quality, rerunnable.

    python benchmarks/bench_across.py [-n 1000] [--scale 100000] [--work DIR]

1. Cold ingest of a generated corpus of ``n`` briefings, with the across rows (figure
   metrics, MinHash story signatures and LSH lookups) and without them
   (Index._store_across_locked replaced by a no-op); also the time spent inside it.
2. The index of that corpus copied (SQL, rows and figure rows with fresh keys) up to
   ``--scale`` briefings, then: the figures view's table (row ids in an order) for
   every briefing and for a filter's half, by date / value / metric; one screen of
   rows; metric counts; the most reported metric's series (the chart's data); peak RSS.
3. Quality on real text: metric grouping (dev / held-out, metrics_gold.toml) and
   story grouping (stories_gold.toml; transformed republications of real articles),
   MinHash and the exact-Jaccard baseline.

Timings are wall-clock on whatever machine runs it; no assertion is made on them.

Measured 2026-12-01 (-n 300 --scale 100000, a 2-core machine shared with five other
engineers' test runs): 100,200 briefings, 7,037,380 figures, index 1.4 GB.
  figures view open (count + first screen), by date 0.36 s, source 0.17, value 0.02,
  metric 0.02, kind 0.015, text 0.018; a screen in the middle <= 0.07 s; a filter's half
  of the briefings by date 0.48 s; money>1亿 by value 0.05 s; the unit CNY by date 1.3 s.
  metric list 0.00 s (metricstats); one metric's chart data (5,000 newest of 469,000)
  0.63 s; peak RSS 428 MB (the 100,000 list entries; the view adds ~nothing).
  cold ingest: metrics + story signature +17% CPU per briefing (in the workers);
  the writer's inserts of figure rows (8 indexes) and story bands 22% of its wall time.
  quality: metric grouping dev P 0.84 R 0.40, held-out P 1.00 R 0.20 (pairwise);
  stories on the real corpus P 1.00 R 1.00 for MinHash and for exact Jaccard.
Session 6 (issue 17): the cold-ingest cost side by side is benchmarks/bench_across_ingest.py;
metric grouping dev 0.98/0.85, held-out 1.00/0.20, heldout2 1.00/0.35 (tests/core/test_metrics.py);
story grouping against a generated corpus's truth: benchmarks/bench_stories_generated.py.
"""

from __future__ import annotations

import argparse
import resource
import sqlite3
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cold_ingest(config) -> tuple[float, float, int]:
    """Seconds of load_library on an empty cache, and seconds the writing process spent
    inserting the across rows (their metrics and signatures are made in the workers)."""
    from briefreader import index as index_mod
    from briefreader.library import load_library

    real = index_mod.Index._store_across_locked
    spent = [0.0]

    def timed_store(self, *args):
        t = time.perf_counter()
        real(self, *args)
        spent[0] += time.perf_counter() - t

    index_mod.Index._store_across_locked = timed_store
    try:
        t = time.perf_counter()
        library = load_library(config)
        wall = time.perf_counter() - t
        n = len(library.briefings)
        library.close()
    finally:
        index_mod.Index._store_across_locked = real
    return wall, spent[0], n


def cpu_share(config, sample: int = 100) -> tuple[float, float]:
    """Per briefing, serially in this process: ms of the analysis a cold ingest does
    (ingest, topics, keywords, search document) and ms of what issue 17 adds to it
    (metrics and the story signature: prepared_document minus search_document)."""
    from briefreader.index import prepared_document, search_document
    from briefreader.library import analyse

    paths = sorted(p for p in config.briefings.rglob("*") if p.is_file())[:sample]
    briefings = []
    prepared_document(analyse(paths[0], config.briefings, config.topics, config.topic_threshold)[0])  # imports
    t = time.perf_counter()
    for p in paths:
        for b in analyse(p, config.briefings, config.topics, config.topic_threshold):
            search_document(b)
            briefings.append(b)
    base = time.perf_counter() - t
    t = time.perf_counter()
    for b in briefings:
        prepared_document(b)
    full = time.perf_counter() - t
    t = time.perf_counter()
    for b in briefings:
        search_document(b)
    docs = time.perf_counter() - t
    return base / len(briefings) * 1000, (full - docs) / len(briefings) * 1000


def scale_index(path: Path, target: int) -> int:
    """Copy the rows of the index at ``path`` until it lists ``target`` briefings."""
    from briefreader.index import FIG_SPAN  # a figure's id: doc * FIG_SPAN + place (schema 8)

    conn = sqlite3.connect(path)
    n, top = conn.execute("SELECT count(*), max(rowid) FROM briefings").fetchone()
    big = top + 1
    cols = (
        "size, mtime_ns, pipeline, listed, fingerprint, title, date, date_precision, source, authors, script,"
        " encoding, format, topics, keywords, problems"
    )
    copies = max(1, -(-target // n))
    for c in range(1, copies):
        off = c * big
        conn.execute(
            f"INSERT INTO briefings (rowid, relpath, rawpath, id, {cols}) SELECT rowid + {off},"
            f" relpath || '~{c}', rawpath, id || '~{c}', {cols} FROM briefings WHERE rowid < {big}"
        )
        conn.execute(  # schema 12: figs, no doc column (id >> FIG_BITS), metric codes
            f"INSERT INTO figs SELECT id + {off} * {FIG_SPAN}, kind, value, high, metric, unit, start, span, text, en"
            f" FROM figs WHERE id < {big} * {FIG_SPAN}"
        )
        conn.execute(
            f"INSERT INTO stories SELECT doc + {off}, story + {off}, sig, figures FROM stories WHERE doc < {big}"
        )
    conn.execute(f"UPDATE metricstats SET figures = figures * {copies}, docs = docs * {copies}")
    conn.execute("UPDATE meta SET value = (SELECT count(*) FROM briefings WHERE listed = 1) WHERE key = 'listed'")
    conn.commit()
    total = conn.execute("SELECT count(*) FROM briefings").fetchone()[0]
    conn.close()
    return total


def timed(fn, repeat: int = 3):
    times, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), result


def quality() -> None:
    from test_metrics import _realworld
    from test_stories import _real_corpus

    from briefreader import stories
    from briefreader.metrics import grouping_scores

    for split in ("dev", "heldout", "heldout2"):
        predicted, labels = _realworld(split)
        p, r, pp, gp = grouping_scores(predicted, labels)
        print(
            f"  metric grouping {split:8} figures {len(labels):4}  P {p:.2f}  R {r:.2f}"
            f"  (pairs predicted {pp}, gold {gp})"
        )
    items, labels = _real_corpus()
    for method in (stories.cluster, stories.cluster_exact):
        t = time.perf_counter()
        story = method(items)
        dt = time.perf_counter() - t
        p, r, pp, gp = grouping_scores([str(s) for s in story], labels)
        print(
            f"  stories real corpus {method.__name__:14} n {len(items)}  P {p:.2f}  R {r:.2f}"
            f"  (pairs {pp}/{gp})  {dt * 1000:.0f} ms"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=1000)
    parser.add_argument("--scale", type=int, default=100_000)
    parser.add_argument("--work", type=Path, default=Path("/tmp/briefreader-bench-across"))
    parser.add_argument("--skip-quality", action="store_true")
    args = parser.parse_args()

    from bench import write_config

    from briefreader.across import figure_table, metric_counts, metric_series
    from briefreader.config import read_config
    from briefreader.index import index_path
    from briefreader.library import analysis_version, load_library

    args.work.mkdir(parents=True, exist_ok=True)
    config = read_config(write_config(args.work, args.n))
    print(f"cold ingest of {args.n} generated briefings (a loaded 2-core machine: noisy)")
    full = replace(config, cache_dir=args.work / f"cache-across-{time.time_ns()}")
    wall, inserting, n = cold_ingest(full)
    analysis, extra = cpu_share(config)
    print(
        f"  cold ingest {wall:.1f} s ({wall / n * 1000:.0f} ms per briefing, 2 workers);"
        f" inserting the across rows {inserting:.1f} s ({inserting / wall * 100:.0f}% of it)"
    )
    print(
        f"  CPU per briefing, serial: analysis {analysis:.1f} ms; metrics + story signature {extra:.1f} ms"
        f" (+{extra / analysis * 100:.0f}%, made in the workers)"
    )

    path = index_path(full.cache_dir, config.briefings.resolve(), analysis_version(full))
    total = scale_index(path, args.scale)
    figures = sqlite3.connect(path).execute("SELECT count(*) FROM figrows").fetchone()[0]
    print(f"index copied to {total:,} briefings, {figures:,} figures ({path.stat().st_size / 2**20:.0f} MB)")
    t = time.perf_counter()
    library = load_library(full, verify=False)
    print(f"  warm load of the list entries: {time.perf_counter() - t:.2f} s, RSS peak {rss_mb():.0f} MB")
    everything = library.briefings
    half = everything[::2]

    def open_view(briefings, order, filter_text=""):
        table = figure_table(library, briefings, order=order, descending=True, filter_text=filter_text)
        return table, len(table), table.rows(0, 60)

    for order in ("date", "value", "metric", "source", "kind", "text"):
        seconds, (table, count, _) = timed(lambda: open_view(everything, order))
        middle, _ = timed(lambda: table.rows(count // 2, count // 2 + 60))
        last, _ = timed(lambda: table.rows(count - 60, count))
        print(
            f"  figures view, all briefings, sort by {order:6}: open {seconds:.3f} s ({count:,} rows);"
            f" a screen in the middle {middle:.3f} s, the last {last:.3f} s"
        )
    seconds, (table, count, _) = timed(lambda: open_view(half, "date"))
    print(f"  figures view, a filter's half of the briefings, by date: open {seconds:.3f} s ({count:,} rows)")
    seconds, (table, count, _) = timed(lambda: open_view(everything, "value", "money>1亿"))
    print(f"  figures view, money>1亿, by value: open {seconds:.3f} s ({count:,} rows)")
    seconds, (table, count, _) = timed(lambda: open_view(everything, "date", "CNY"))
    print(f"  figures view, the unit CNY, by date: open {seconds:.3f} s ({count:,} rows)")
    seconds, counts = timed(lambda: metric_counts(library, everything), repeat=1)
    print(f"  metric counts: {seconds:.2f} s ({len(counts):,} metrics; top: {counts[0] if counts else None})")
    if counts:
        top = counts[0][0]
        seconds, series = timed(lambda: metric_series(library, top, everything))
        print(f"  series of {top!r} (the chart's data): {seconds:.2f} s ({len(series):,} figures)")
    print(f"  peak RSS {rss_mb():.0f} MB")
    library.close()
    if not args.skip_quality:
        print("quality on real text (tests/data/realworld)")
        quality()


if __name__ == "__main__":
    main()
