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
indexes, story bands and the candidate lookup).
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
            prepared = index_mod.Prepared(index_mod.search_document(b))
            prepared.metrics, prepared.signature = [], None
            return prepared

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--work", type=Path, default=Path("/tmp/briefreader-bench-across-ingest"))
    parser.add_argument("--variants", nargs="+", default=["full", "no-sig", "bare", "none"])
    args = parser.parse_args()

    from bench import write_config

    from briefreader.config import read_config

    args.work.mkdir(parents=True, exist_ok=True)
    config = read_config(write_config(args.work, args.n))
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
