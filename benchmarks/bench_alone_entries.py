"""J/K through a large feed's entries, each read alone (review s20 R17), per code tree: CPU
seconds per entry opened after the first (Library.full of the next entries, as the reader's J/K
does), medians of --runs, trees interleaved; `uptime` beside the numbers.

    python benchmarks/bench_alone_entries.py [--mb 1.4] [--entries 8] [--runs 3] [--tree DIR ...]

The feed (bench_arriving.big_feed, whole articles) is made in --work. Until session 21 each
entry read alone parsed the whole feed again (feedparser and the entries' common tails).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from trees import index_each, interleaved  # noqa: E402

PROBE = """
import sys, time
from pathlib import Path
from briefreader.config import read_config
from briefreader.library import load_library
config = read_config(Path(sys.argv[1]))
lib = load_library(config)
entries = sorted((b for b in lib.briefings if "#" in b.id), key=lambda b: b.id)[: int(sys.argv[2]) + 1]
t = time.process_time(); lib.full(entries[0]); first = time.process_time() - t
t = time.process_time()
for b in entries[1:]:
    lib.full(b)
print(first, (time.process_time() - t) / (len(entries) - 1))
"""


def main() -> None:
    from bench_arriving import big_feed

    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=1.4)
    ap.add_argument("--entries", type=int, default=8)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--tree", action="append", default=[])
    ap.add_argument("--work", default="/tmp/bench_alone_entries")
    a = ap.parse_args()
    work = Path(a.work)
    corpus = work / f"feed-{a.mb:g}"
    if not corpus.exists():
        corpus.mkdir(parents=True)
        n = big_feed(corpus / "big.xml", a.mb)
        print(f"  a feed of {n} entries, {(corpus / 'big.xml').stat().st_size / 2**20:.2f} MB", flush=True)
    config = work / "config.toml"
    config.write_text(
        f'[library]\nbriefings = "{corpus}"\nnotes = "{work / "notes.toml"}"\ncache = "{work / "cache"}"\n',
        encoding="utf-8",
    )
    trees = a.tree or [None]
    index_each(config, trees)
    runs = interleaved(PROBE, [str(config), str(a.entries)], trees, a.runs)
    got = {tree: [(float(first), float(each)) for first, each in runs[tree]] for tree in trees}
    print(f"load: {os.getloadavg()[0]:.2f} (1 min)")
    for tree in trees:
        firsts = [f for f, _ in got[tree]]
        eaches = [e for _, e in got[tree]]
        print(
            f"{tree or 'this tree'}: first entry {statistics.median(firsts):.3f} s CPU, "
            f"each next entry {statistics.median(eaches):.3f} s CPU (median of {a.runs})"
        )


if __name__ == "__main__":
    main()
