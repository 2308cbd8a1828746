"""The filter's cost per keystroke, and which keystrokes are slow (issue 19, session 36).

    python benchmarks/bench_filter_keys.py CONFIG [--rounds 3] [--only TEXT] [--phrases]

CONFIG's library must be indexed already (a cold ``briefreader list`` first). Each of
bench.TYPED is typed one keystroke at a time into a fresh IncrementalFilter, as
bench.filter_latency does, ``--rounds`` times: per keystroke the thread's CPU (a loaded
machine's wall is its run queue) and the wall, the searches remembered by the library
(IndexSearch) forgotten before each query, the median and p95 over all of them, and
every prefix by its median CPU, slowest first; then the CPU of laying out the rows for a
few whole queries beside their select(). ``--phrases``: the FTS5 phrase of each word
typed (textsearch.fts_query) asked of the index alone, its hits and CPU: what a word's
keystroke costs in SQLite. The code measured is the one imported (PYTHONPATH=<its src>).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench import TYPED  # noqa: E402


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("config", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--only", default="", help="only the typed queries holding this text")
    parser.add_argument("--phrases", action="store_true", help="each word's FTS5 phrase asked of the index alone")
    args = parser.parse_args()

    from briefreader.config import read_config
    from briefreader.library import load_library
    from briefreader.query import IncrementalFilter, QuerySyntaxError
    from briefreader.tui.widgets.briefing_list import Layout

    config = read_config(args.config)
    library = load_library(config, verify=False)
    layout = Layout(library.briefings, "date")  # the TUI builds it once per list
    typed = [q for q in TYPED if args.only in q]
    memo = getattr(library.search, "_memo", None)  # IndexSearch remembers SEARCH_MEMO searches: each query
    forget = memo.clear if memo is not None else (lambda: None)  # is typed as the first time it is
    print(f"{len(library.briefings)} briefings; load {os.getloadavg()[0]:.1f}", flush=True)
    times: dict[str, list[tuple[float, float]]] = {}
    for _round in range(args.rounds):
        for query in typed:
            forget()
            incremental = IncrementalFilter(library.briefings, taxonomy=config.topics, search=library.search)
            prepare = getattr(incremental, "prepare", None)
            if prepare is not None:
                prepare()  # as the TUI does once the list is shown
            for i in range(1, len(query) + 1):
                wall, cpu = time.perf_counter(), time.thread_time()
                try:
                    layout.rows(str, incremental.select(query[:i]))
                except QuerySyntaxError:
                    pass  # "money>" before its number
                times.setdefault(query[:i], []).append((time.thread_time() - cpu, time.perf_counter() - wall))
    cpus = [c for pairs in times.values() for c, _ in pairs]
    walls = [w for pairs in times.values() for _, w in pairs]
    print(
        f"{len(cpus)} keystrokes: CPU median {statistics.median(cpus) * 1000:.1f} ms, p95 {_p95(cpus) * 1000:.1f} ms;"
        f" wall median {statistics.median(walls) * 1000:.1f} ms, p95 {_p95(walls) * 1000:.1f} ms;"
        f" load {os.getloadavg()[0]:.1f}"
    )
    print(f"{'keystroke (prefix typed)':32} {'CPU ms':>7} {'wall ms':>8}")
    ranked = sorted(times.items(), key=lambda kv: -statistics.median(c for c, _ in kv[1]))
    for prefix, pairs in ranked[:25]:
        cpu = statistics.median(c for c, _ in pairs)
        wall = statistics.median(w for _, w in pairs)
        print(f"{prefix!r:32} {cpu * 1000:7.1f} {wall * 1000:8.1f}")

    print(f"\n{'whole query, fresh filter':32} {'hits':>7} {'select ms':>10} {'rows ms':>8}")
    for query in typed:
        spent_select, spent_rows = [], []
        for _round in range(max(3, args.rounds)):
            forget()
            incremental = IncrementalFilter(library.briefings, taxonomy=config.topics, search=library.search)
            prepare = getattr(incremental, "prepare", None)
            if prepare is not None:
                prepare()
            cpu = time.thread_time()
            try:
                mask = incremental.select(query)
            except QuerySyntaxError:
                break
            spent_select.append(time.thread_time() - cpu)
            cpu = time.thread_time()
            layout.rows(str, mask)
            spent_rows.append(time.thread_time() - cpu)
        if spent_select:
            hits = len(library.briefings) if mask is None else mask.count(1)
            print(
                f"{query!r:32} {hits:7} {statistics.median(spent_select) * 1000:10.1f}"
                f" {statistics.median(spent_rows) * 1000:8.2f}"
            )

    if args.phrases:
        from briefreader.textsearch import fold, fts_query

        words = dict.fromkeys(w for q in typed for w in q.split() if ":" not in w and w[:1] != "-")
        print(f"\n{'FTS5 phrase of a word typed':32} {'hits':>7} {'CPU ms':>7}")
        conn = getattr(getattr(library.search, "index", None), "_conn", None)
        for word in words:
            if ">" in word or "=" in word:
                continue
            match = fts_query(fold(word))
            if match is None or conn is None:
                continue
            spent = []
            for _round in range(5):
                cpu = time.thread_time()
                (hits,) = conn.execute("SELECT count(*) FROM search WHERE search MATCH ?", (match,)).fetchone()
                spent.append(time.thread_time() - cpu)
            print(f"{match:32} {hits:7} {statistics.median(spent) * 1000:7.1f}")
    library.close()


if __name__ == "__main__":
    main()
