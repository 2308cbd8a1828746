"""Cold ingest of a generated corpus: speed, and what was read.

    python benchmarks/bench_ingest_quality.py WORK -n 10000 [--runs 3]

Generates the seeded corpus once into WORK/corpus-N (benchmarks/generate_corpus.py,
with its realistic date forms), then loads it cold (no index cache, worker processes
as the library uses them) --runs times and reports the median briefings/s and MB/s.
Then checks the briefings: every one dated, the date the file carries, no date outside
1949..next year, no title that is a dateline, a byline, a date line or boilerplate.
Run it with another checkout's src on PYTHONPATH to measure that code on the same files.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_corpus import generate, truth  # noqa: E402

_BAD_TITLE = re.compile(
    r"记者|来源[:：]|（完）|\(完\)|^\d{4}[-年/]|讯|电$|报道$|版权所有|责任编辑|发文字号|成文日期|发布日期"
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("work", type=Path)
    ap.add_argument("-n", type=int, default=10000)
    ap.add_argument("--runs", type=int, default=1)
    args = ap.parse_args()

    import briefreader
    from briefreader.config import read_config
    from briefreader.library import load_library

    corpus = args.work / f"corpus-{args.n}"
    if not corpus.exists():
        generate(corpus, args.n)
    mb = sum(p.stat().st_size for p in corpus.rglob("*") if p.is_file()) / 2**20
    config = read_config(Path(__file__).resolve().parent.parent / "config.toml")
    config.briefings = corpus
    config.cache_dir = args.work / "cache"
    print(f"briefreader from {Path(briefreader.__file__).parent}")
    times = []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        lib = load_library(config, use_cache=False)
        times.append(time.perf_counter() - t0)
    t = statistics.median(times)
    n = len(lib.briefings)
    print(
        f"cold ingest, {n} briefings, {mb:.1f} MB: median {t:.1f} s of {args.runs} = "
        f"{n / t:,.0f} briefings/s, {mb / t:.2f} MB/s (runs: {', '.join(f'{x:.1f}' for x in times)})"
    )

    want = truth(args.n)
    last = dt.date.today().year + 1
    undated = [b.id for b in lib.briefings if b.date is None]
    wrong = [
        (b.id, b.date_iso, want.get(b.id))
        for b in lib.briefings
        if b.date is not None and want.get(b.id) and b.date_iso != want[b.id]
    ]
    outside = [(b.id, b.date_iso) for b in lib.briefings if b.date and not 1949 <= b.date.year <= last]
    bad_titles = [(b.id, b.title) for b in lib.briefings if _BAD_TITLE.search(b.title)]
    print(
        f"undated {len(undated)}, date not the file's {len(wrong)}, outside 1949..{last} {len(outside)}, "
        f"titles that are datelines/bylines/boilerplate {len(bad_titles)}, problems {len(lib.problems)}"
    )
    for label, items in (("undated", undated), ("wrong date", wrong), ("outside", outside), ("title", bad_titles)):
        for item in items[:5]:
            print(f"  {label}: {item}")


if __name__ == "__main__":
    main()
