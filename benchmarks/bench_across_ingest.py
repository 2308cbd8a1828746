"""Cold ingest with and without issue 17's work, side by side (same run, same corpus).

    python benchmarks/bench_across_ingest.py [-n 1000] [--runs 5] [--work DIR]

Each run is a cold ingest (fresh cache) of the same generated corpus, in this process
and serially (library.PARALLEL_THRESHOLD raised for the run), so the variants can be
switched by replacing functions here, and CPU time is what is compared: on a shared
2-core machine the workers' wall clock says more about the neighbours than the code.
Variants, interleaved run by run (A B C A B C ...), medians reported:

* ``full``     : as shipped: figure metrics and the MinHash story signature made beside
                 the search document, the figure rows, stories and LSH bands stored;
* ``no-sig``   : no story signature (no stories found); metrics and figure rows stay;
* ``bare``     : neither metrics nor signatures (what this issue's analysis adds), the
                 figure rows (metric "") and story rows (no signature) still stored;
* ``none``     : neither, and no across rows stored at all (the figures view's table
                 and the stories table are this issue's too).

Also the CPU time inside each part, from the ``full`` runs: metrics, signature
(shingles + MinHash), the writer's across inserts (SQLite: figure rows with their
indexes, story bands and the candidate lookup). ``--parts`` instead makes one serial
cold ingest with the writer's statements timed by kind (figure rows, story candidates,
band inserts) and the candidate checks counted: the shares within one run, which a loaded
machine disturbs far less than differences between runs.

Measured 2026-12-01 on the generated mix (-n 1000: 1,011 briefings), load 8-16 on 2 cores:
  --runs 5, CPU medians: full 12.44 s, no-sig 9.56, bare 9.44, none 8.53 (run-to-run noise
  is +-15%: read --parts). Session start (datasketch; the same per-part timers over the
  tree at ff30c27), one run each: signature 1.31 s, story candidates SQL 1.04 s, their
  checks 0.55 s, band and story inserts 0.20 s: duplicate detection 3.2 of ~15.8 s CPU,
  +25% over the rest. Now (--parts): 12.26 s CPU, 115,864 candidates checked (the
  generator's template text shares many 4-character shingles): signature 0.67 s, checks
  0.50 s, candidates SQL 0.25 s, inserts 0.13 s: duplicate detection 1.55 s, +14.5% over
  the rest; metrics 0.91 s (+8%); figure rows and metric counts 1.02 s (+9%); all of this
  issue's ingest work 3.5 s, +40%.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))


def run(config, variant: str, spent: dict[str, float]) -> tuple[float, float, int]:
    """(wall s, process CPU s, briefings) of one cold ingest of ``variant``."""
    from briefreader import index as index_mod
    from briefreader import library as library_mod
    from briefreader import metrics, stories

    real_prepared = index_mod.prepared_document
    real_store = index_mod.Index._store_across_locked
    real_metrics, real_signature = metrics.figure_metrics, stories.signature

    def timed(name, fn):
        def wrapper(*args, **kw):
            t = time.process_time()
            try:
                return fn(*args, **kw)
            finally:
                spent[name] = spent.get(name, 0.0) + time.process_time() - t

        return wrapper

    if variant == "full":
        metrics.figure_metrics = timed("metrics", real_metrics)  # noqa: B010
        stories.signature = timed("signature", real_signature)
        index_mod.Index._store_across_locked = timed("store_across", real_store)
    elif variant == "no-sig":
        stories.signature = lambda title, text: None
    elif variant == "bare":
        metrics.figure_metrics = lambda text, figures: [""] * len(figures)
        stories.signature = lambda title, text: None
    elif variant == "none":

        def bare(b):
            return index_mod.Prepared(index_mod.search_document(b), [], None, None)

        index_mod.prepared_document = bare
        index_mod.Index._store_across_locked = lambda self, *a, **k: None
    saved_threshold = library_mod.PARALLEL_THRESHOLD
    library_mod.PARALLEL_THRESHOLD = 10**9  # serial, in this process: the replacements apply
    try:
        cfg = replace(config, cache_dir=config.cache_dir.parent / f"cache-{variant}-{time.time_ns()}")
        cpu0, t0 = time.process_time(), time.perf_counter()
        library = library_mod.load_library(cfg)
        wall, cpu = time.perf_counter() - t0, time.process_time() - cpu0
        n = len(library.briefings)
        library.close()
    finally:
        library_mod.PARALLEL_THRESHOLD = saved_threshold
        index_mod.prepared_document = real_prepared
        index_mod.Index._store_across_locked = real_store
        metrics.figure_metrics, stories.signature = real_metrics, real_signature
    return wall, cpu, n


def parts(config) -> None:
    """One serial cold ingest; CPU seconds by part, the writer's statements by kind."""
    from briefreader import index as index_mod
    from briefreader import library as library_mod
    from briefreader import metrics, stories

    spent: dict[str, float] = {}
    counted = {"candidates": 0}

    def add(name: str, since: float) -> None:
        spent[name] = spent.get(name, 0.0) + time.process_time() - since

    class Timed:
        def __init__(self, conn) -> None:
            self.conn = conn

        def execute(self, sql, *args):
            t = time.process_time()
            try:
                return self.conn.execute(sql, *args)
            finally:
                add("story candidates (SQL)" if "HAVING" in sql else "story rows (SQL)", t)

        def executemany(self, sql, *args):
            t = time.process_time()
            try:
                return self.conn.executemany(sql, *args)
            finally:
                add("story bands (SQL)" if "storybands" in sql else "figure rows and counts (SQL)", t)

        def __getattr__(self, name):
            return getattr(self.conn, name)

    real_store, real_check = index_mod.Index._store_across_locked, stories.Signature.matches_bytes
    real_metrics, real_signature = metrics.figure_metrics, stories.signature

    def store(self, *args, **kw):
        conn, self._conn = self._conn, Timed(self._conn)
        try:
            return real_store(self, *args, **kw)
        finally:
            self._conn = conn

    def check(self, data):
        counted["candidates"] += 1
        t = time.process_time()
        try:
            return real_check(self, data)
        finally:
            add("story candidate checks", t)

    def timed(name, fn):
        def wrapper(*args):
            t = time.process_time()
            try:
                return fn(*args)
            finally:
                add(name, t)

        return wrapper

    index_mod.Index._store_across_locked, stories.Signature.matches_bytes = store, check
    metrics.figure_metrics, stories.signature = timed("metrics", real_metrics), timed("signature", real_signature)
    saved = library_mod.PARALLEL_THRESHOLD
    library_mod.PARALLEL_THRESHOLD = 10**9
    try:
        cfg = replace(config, cache_dir=config.cache_dir.parent / f"cache-parts-{time.time_ns()}")
        t = time.process_time()
        library = library_mod.load_library(cfg)
        total = time.process_time() - t
        n = len(library.briefings)
        library.close()
    finally:
        library_mod.PARALLEL_THRESHOLD = saved
        index_mod.Index._store_across_locked, stories.Signature.matches_bytes = real_store, real_check
        metrics.figure_metrics, stories.signature = real_metrics, real_signature
    print(
        f"one serial cold ingest of {n} briefings: {total:.2f} s CPU; {counted['candidates']:,} story candidates checked"
    )
    for name, seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"  {name:30} {seconds:6.2f} s  ({seconds / total * 100:4.1f}%)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--work", type=Path, default=Path("/tmp/briefreader-bench-across-ingest"))
    parser.add_argument("--variants", nargs="+", default=["full", "no-sig", "bare", "none"])
    parser.add_argument("--parts", action="store_true", help="one instrumented run: CPU by part")
    args = parser.parse_args()

    from bench import write_config

    from briefreader.config import read_config

    args.work.mkdir(parents=True, exist_ok=True)
    config = read_config(write_config(args.work, args.n))
    if args.parts:
        run(replace(config), "full", {})  # imports and the page cache
        parts(config)
        return
    # Warm the imports and the page cache (datasketch, numpy, the figure grammar).
    run(replace(config), "full", {})
    results: dict[str, list[tuple[float, float]]] = {v: [] for v in args.variants}
    spent_runs: list[dict[str, float]] = []
    for r in range(args.runs):
        for variant in args.variants:
            spent: dict[str, float] = {}
            wall, cpu, n = run(config, variant, spent)
            results[variant].append((wall, cpu))
            if variant == "full":
                spent_runs.append(spent)
            print(f"  run {r + 1} {variant:7} wall {wall:6.2f} s  cpu {cpu:6.2f} s  ({n} briefings)", flush=True)
    print(f"load average at the end: {os.getloadavg()[0]:.2f} (2 cores shared)")
    cpus = {v: statistics.median(c for _, c in rs) for v, rs in results.items()}
    for variant, rs in results.items():
        wall = statistics.median(w for w, _ in rs)
        vs = "  ".join(f"{(cpus[variant] / cpus[b] - 1) * 100:+5.1f}% vs {b}" for b in ("bare", "none") if b in cpus)
        print(f"  {variant:7} median wall {wall:6.2f} s  cpu {cpus[variant]:6.2f} s  ({vs})")
    for part in ("metrics", "signature", "store_across"):
        values = [s.get(part, 0.0) for s in spent_runs]
        if values:
            print(f"  inside full runs: {part:12} median {statistics.median(values):.2f} s")


if __name__ == "__main__":
    main()
