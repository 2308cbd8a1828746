"""The index half of issue 19, measured on a corpus whose index already exists (made by
bench.py or by one cold ``briefreader list``): no ingest is repeated.

    python benchmarks/bench_index.py CONFIG [--runs 5] [--no-paint] [--no-tmux] [--filter-runs 3]
                                            [--search-runs 5] [--btrees] [--fts-stats] [--figure-runs 3]

Prints the index on disk against the corpus bytes, table by table (SQLite's dbstat;
``--btrees``: each table and index, and the free pages; ``--fts-stats``: the positional
table's terms, pairs and instances, bytes per pair and a bit-packed floor), the index's
own time to answer each keystroke's word of bench.py's typed queries (``--search-runs``: CPU, median of
the runs per word, then median and p95 over the words), the figures view's reads
(``--figure-runs``: each order's count and screens, a condition, a series),
warm first paint headless and in tmux against the bare Textual app (interleaved runs,
medians), the peak memory of a warm session with the whole list loaded, and the filter
per keystroke at that size (bench.py's typed queries and its method: the TUI's
IncrementalFilter.select plus Layout.rows), median and p95 over ``--filter-runs`` passes
in fresh processes. The machine is shared: read the ratios, and the load printed with
each.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench  # noqa: E402

GROUPS = {  # dbstat names -> what they are for
    "search": "words: FTS5 (positional bigrams to 19; 20: every token, no positions; 21+: a token a character,"
    " positions)",
    "words": "words: FTS5 without positions (one character, Latin words; schema <= 19)",
    "texts": "folded text, zlib with a dictionary, to check phrases against (schema 20)",
    "briefings": "list entries",
    "figrows": "figure rows (issue 17's views; schema <= 11)",
    "figspan": "figure spans per kind (schema <= 12)",  # before figs, which it starts with
    "figlo": "figure spans per kind, least values (schema 13)",
    "fighi": "figure spans per kind, greatest values (schema 13)",
    "figs": "figure rows (issue 17's views) and their indexes (schema 22: group, metric; no (kind, value))",
    "figvals": "figure values (schema <= 6)",
    "figdetail": "figure sentences and region, JSON a briefing: zlib (schema 14), deflate + dictionary (23)",
    "stories": "stories",
    "storybands": "story LSH bands",
    "metricstats": "metric counts",
}


def load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def sizes(config_path: Path, btrees: bool = False) -> Path:
    import sqlite3  # Python's own: it has dbstat (pysqlite3-binary does not), and reads any index's pages

    from briefreader.config import read_config
    from briefreader.index import index_path
    from briefreader.library import analysis_version

    config = read_config(config_path)
    root = config.briefings.resolve()
    corpus = sum(p.stat().st_size for p in root.rglob("*") if p.is_file())
    path = index_path(config.cache_dir, root, analysis_version(config))
    if not path.exists():  # made by other code (another commit): the newest index of this folder
        made = sorted(path.parent.glob(path.name.rsplit("-", 1)[0] + "-*.sqlite3"), key=lambda f: f.stat().st_mtime)
        if not made:
            raise SystemExit(f"no index of {root} in {path.parent}")
        path = made[-1]
        print(f"(not this code's index: the newest one of this folder, {path.name})")
    files = [Path(f"{path}{s}") for s in ("", "-wal", "-shm")]
    on_disk = sum(f.stat().st_size for f in files if f.exists())
    print(
        f"corpus {corpus / 2**20:,.0f} MB; index {path.name} on disk {on_disk / 2**20:,.0f} MB"
        f" = {on_disk / corpus:.2f}x the corpus"
    )
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    owner = dict(conn.execute("SELECT name, tbl_name FROM sqlite_schema"))  # an index -> its table
    by_group: dict[str, int] = {}
    for name, size in conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"):
        table = owner.get(name, name)
        group = next((g for g in GROUPS if table.startswith(g)), "other")
        by_group[group] = by_group.get(group, 0) + size
    total = sum(by_group.values()) or 1
    for group, size in sorted(by_group.items(), key=lambda kv: -kv[1]):
        print(f"    {group:12} {size / 2**20:9.1f} MB  {size / corpus:5.2f}x corpus  {GROUPS.get(group, '')}")
    docs = conn.execute("SELECT count(*) FROM briefings").fetchone()[0]
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    free = conn.execute("PRAGMA freelist_count").fetchone()[0] * page
    print(f"    ({docs:,} rows; pages total {total / 2**20:,.1f} MB; free pages {free / 2**20:,.1f} MB)")
    if btrees:  # every table and index: its pages, and the bytes of its rows in them
        print(f"    {'b-tree':30} {'MB':>8} {'x corpus':>8} {'payload MB':>10}")
        for name, size, payload in conn.execute(
            "SELECT name, sum(pgsize), sum(payload) FROM dbstat GROUP BY name ORDER BY 2 DESC"
        ):
            if size >= 2**16:
                print(f"    {name:30} {size / 2**20:8.2f} {size / corpus:8.3f} {payload / 2**20:10.2f}")
    conn.close()
    return path


def fts_stats(path: Path) -> None:
    """Where the positional table's bytes go (issue 19, session 12): its terms, (term,
    briefing) pairs and token instances by how many briefings hold a term, the bytes per
    pair and per instance, the share of one-character tokens (a run's last character),
    and what a bit-packed store of the same postings would take (gamma-coded briefing
    gaps and position gaps: a floor for any positional engine, tantivy's included)."""
    import math

    from briefreader.index import sqlite3  # pysqlite3 where installed: it reads the FTS5 tables

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    docs = conn.execute("SELECT count(*) FROM briefings").fetchone()[0] or 1
    conn.execute("CREATE VIRTUAL TABLE temp.v_search USING fts5vocab(main, search, row)")
    rows = conn.execute("SELECT term, doc, cnt FROM temp.v_search").fetchall()
    pairs = sum(d for _, d, _ in rows) or 1
    instances = sum(c for _, _, c in rows) or 1
    length = instances / docs  # tokens a briefing
    (data,) = conn.execute("SELECT sum(length(block)) FROM search_data").fetchone()
    bits = sum(d * (math.log2(docs / d) + 2) + c * (math.log2(max(length * d / c, 1)) + 2) for _, d, c in rows)
    print(
        f"search (positional): {len(rows):,} terms, {pairs:,} pairs, {instances:,} instances;"
        f" {data / 2**20:.1f} MB = {data / pairs:.2f} bytes a pair, {data / instances:.2f} an instance;"
        f" bit-packed floor ~{bits / 8 / 2**20:.1f} MB"
    )
    for lo, hi in ((1, 1), (2, 10), (11, 100), (101, 1000), (1001, 10**12)):
        sel = [(d, c) for _, d, c in rows if lo <= d <= hi]
        print(
            f"    in {lo:>5}-{min(hi, docs):<6} briefings: {len(sel):>9,} terms {sum(d for d, _ in sel):>11,} pairs"
            f" {sum(c for _, c in sel):>11,} instances"
        )
    single = [(d, c) for t, d, c in rows if len(t) == 1]
    print(
        f"    one-character tokens (21+: every Chinese character; <= 19: a run's last): {sum(d for d, _ in single):,}"
        f" pairs, {sum(c for _, c in single):,} instances"
    )
    from briefreader.textsearch import RUN_BREAK  # schema 21+: the token between two runs

    breaks = [(d, c) for t, d, c in rows if t == RUN_BREAK]
    if breaks:
        print(f"    the break between runs: {breaks[0][0]:,} pairs, {breaks[0][1]:,} instances")
    if conn.execute("SELECT 1 FROM sqlite_schema WHERE name = 'words'").fetchone():  # schema <= 19
        conn.execute("CREATE VIRTUAL TABLE temp.v_words USING fts5vocab(main, words, row)")
        terms, wpairs = conn.execute("SELECT count(*), sum(doc) FROM temp.v_words").fetchone()
        (wdata,) = conn.execute("SELECT sum(length(block)) FROM words_data").fetchone()
        print(
            f"words (no positions): {terms:,} terms, {wpairs or 0:,} pairs, {(wdata or 0) / 2**20:.1f} MB", flush=True
        )
    conn.close()


def search_latency(path: Path, runs: int) -> None:
    """The index alone: CPU of Index.search_array for each keystroke's word of
    bench.TYPED (its free-text terms, as IncrementalFilter asks them), median of ``runs``."""
    from briefreader.index import Index, sqlite3
    from briefreader.query import Not, Text, parse

    needles: dict[str, None] = {}
    for query in bench.TYPED:
        for end in range(1, len(query) + 1):
            try:
                terms = parse(query[:end]).terms
            except ValueError:  # "money>" before its number (QuerySyntaxError)
                continue
            for term in terms:
                atom = term.term if isinstance(term, Not) else term
                if isinstance(atom, Text):
                    needles[atom.needle] = None
    index = Index(None, path, "")  # read-only: never rebuilt, whatever code wrote it
    index._conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    per: dict[str, float] = {}
    for needle in needles:
        spent = []
        for _ in range(runs):
            start = time.process_time()
            index.search_array(needle)
            spent.append(time.process_time() - start)
        per[needle] = statistics.median(spent)
    index.close()
    times = sorted(per.values())
    worst = sorted(per.items(), key=lambda kv: -kv[1])[:4]
    print(
        f"index search per keystroke's word ({len(times)} words, CPU, median of {runs}):"
        f" median {statistics.median(times) * 1000:.2f} ms, p95 {bench.p95(times) * 1000:.2f} ms,"
        f" max {times[-1] * 1000:.2f} ms; slowest {', '.join(f'{w} {t * 1000:.1f}' for w, t in worst)} (load {load()})",
        flush=True,
    )


def figure_views(path: Path, runs: int) -> None:
    """The figures view over every briefing (issue 17) read from the index alone: per
    order, the window's count, its first screen and one in the middle (wall, median of
    ``runs``); a figure condition by value; a metric's series; a figure search."""
    from briefreader.across import sql_filter
    from briefreader.index import Index, sqlite3

    index = Index(None, path, "")  # read-only, as search_latency
    index._conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)

    def median(fn) -> float:
        spent = []
        for _ in range(runs):
            start = time.perf_counter()
            fn()
            spent.append(time.perf_counter() - start)
        return statistics.median(spent)

    def open_view(order: str, where: str = "", args: tuple = ()) -> None:
        window = index.figure_window(None, order=order, descending=True, where=where, args=args)
        n = len(window)
        window.rows(0, 60)
        window.rows(n // 2, n // 2 + 60)

    found = [f"{order} {median(lambda o=order: open_view(o)):.3f}" for order in ("date", "kind", "value", "metric")]
    where, args = sql_filter("money>1亿")
    found.append(f"money>1亿 by value {median(lambda: open_view('value', where, args)):.3f}")
    counts = index.metric_counts() or [("", 0, 0)]
    found.append(f"a metric's series {median(lambda: index.metric_series(counts[0][0])):.3f}")
    found.append(f"search money>1亿 {median(lambda: index.figure_search('money', '>', 1e8, array=True)):.3f}")
    index.close()
    print(f"figures view, open (count, first and middle screens), s: {'; '.join(found)} (load {load()})", flush=True)


def filter_once(config_path: str) -> None:
    """In a fresh process: the keystroke times of bench.TYPED as JSON."""
    times, per_query = bench.filter_latency(Path(config_path))
    print(json.dumps({"times": times, "per_query": per_query, "first": bench.FIRST_TIMES}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("config", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--filter-runs", type=int, default=3)
    parser.add_argument("--search-runs", type=int, default=5, help="0: no index search timing")
    parser.add_argument("--btrees", action="store_true", help="every table and index, not only the groups")
    parser.add_argument("--fts-stats", action="store_true", help="the FTS tables' terms, pairs, instances, bytes")
    parser.add_argument("--figure-runs", type=int, default=0, help="the figures view's reads, median of this many")
    parser.add_argument("--no-paint", dest="paint", action="store_false")
    parser.add_argument("--no-tmux", dest="tmux", action="store_false")
    parser.add_argument("--filter-child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.filter_child:
        filter_once(str(args.config))
        return
    print(f"== {args.config}  (load {load()})", flush=True)
    path = sizes(args.config, args.btrees)
    if args.fts_stats:
        fts_stats(path)
    if args.search_runs:
        search_latency(path, args.search_runs)
    if args.figure_runs:
        figure_views(path, args.figure_runs)
    if args.paint:
        bench._compile_package()  # bytecode as an install has it (else ~0.1-0.25 s of compiling a start)
        bare, ours = [], []
        for _ in range(args.runs):  # interleaved, so load on the machine hits both alike
            bare.append(bench.first_paint("--bare"))
            ours.append(bench.first_paint(str(args.config)))
        # bench.first_paint: (wall s, peak RSS MB, CPU s); both ratios (the CPU one varies less under load)
        b, o = statistics.median(r[0] for r in bare), statistics.median(r[0] for r in ours)
        bc, oc = statistics.median(r[2] for r in bare), statistics.median(r[2] for r in ours)
        print(
            f"warm first paint, headless: {o:.3f} s vs bare {b:.3f} s = {o / b:.2f}x; CPU {oc:.3f} s vs {bc:.3f} s"
            f" = {oc / bc:.2f}x (runs {', '.join(f'{r[0]:.3f}' for r in ours)}; load {load()})",
            flush=True,
        )
        settled = [bench.first_paint(str(args.config), "--settled") for _ in range(max(1, args.runs // 2))]
        print(
            f"warm, whole list loaded and folder checked: {statistics.median(r[0] for r in settled):.2f} s;"
            f" peak RSS {max(r[1] for r in settled):.0f} MB",
            flush=True,
        )
        if args.tmux:
            from briefreader.config import read_config
            from briefreader.library import peek_library
            from briefreader.safe import one_line

            peek = peek_library(read_config(args.config), 1)
            marker = one_line(peek[0].briefings[0].title)[:6] if peek else "briefings"
            tb, to = [], []
            try:
                for _ in range(args.runs):
                    tb.append(bench.tmux_paint(f"{bench.PYTHON} {HERE / 'first_paint.py'} --bare --stay", "bare-ready"))
                    to.append(bench.tmux_paint(f"{bench.EXE} --config {args.config}", marker))
            finally:
                subprocess.run(["tmux", "-L", bench.TMUX_SOCKET, "kill-server"], capture_output=True)  # its own socket
            tb_m, to_m = statistics.median(tb), statistics.median(to)
            print(
                f"warm first paint, tmux: {to_m:.3f} s vs bare {tb_m:.3f} s = {to_m / tb_m:.2f}x (load {load()})",
                flush=True,
            )
    if not args.filter_runs:
        return
    medians, p95s, everything = [], [], []
    for _ in range(args.filter_runs):
        out = subprocess.run(
            [sys.executable, __file__, str(args.config), "--filter-child"],
            check=True,
            capture_output=True,
            text=True,
            env={**os.environ},
        ).stdout
        found = json.loads(out.strip().splitlines()[-1])
        times = found["times"]
        everything.append(found)
        medians.append(statistics.median(times))
        p95s.append(bench.p95(times))
    print(
        f"filter per keystroke ({len(everything[0]['times'])} keystrokes x {args.filter_runs} runs):"
        f" median {statistics.median(medians) * 1000:.1f} ms, p95 {statistics.median(p95s) * 1000:.1f} ms"
        f" (runs: {', '.join(f'{m * 1000:.1f}/{p * 1000:.1f}' for m, p in zip(medians, p95s, strict=True))}; load {load()})"
    )
    firsts = [f.get("first") or f["times"] for f in everything]
    print(
        "first rows shown per keystroke (the early mask when select() gives one):"
        f" median {statistics.median(statistics.median(f) for f in firsts) * 1000:.1f} ms,"
        f" p95 {statistics.median(bench.p95(f) for f in firsts) * 1000:.1f} ms"
    )
    for query in bench.TYPED:
        per = [f["per_query"][query] for f in everything]
        print(f"    {query!r:28} median {statistics.median(per) * 1000:6.1f} ms")


if __name__ == "__main__":
    main()
