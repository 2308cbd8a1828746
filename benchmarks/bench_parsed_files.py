"""Opening a feed's entries across a library swap (the folder watcher's refresh), per
code tree: CPU seconds of the first entry opened in one library, and of the next entry
opened in a new library of the same folder, medians of --runs, trees interleaved.

    python benchmarks/bench_parsed_files.py CONFIG [--runs 3] [--tree DIR ...]

CONFIG's folder should hold one feed (bench_arriving.big_feed makes one); its index is
built first by each tree. Until session 20 a feed's parsed entries were kept per library,
so the new library parsed the whole feed again (tester s18/s19 X1); library.PARSED keeps
them process-wide.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from trees import index_each, interleaved  # noqa: E402

PROBE = """
import sys, time
from pathlib import Path
from briefreader.config import read_config
from briefreader.library import load_library
config = read_config(Path(sys.argv[1]))
first = load_library(config)
entries = sorted((b for b in first.briefings if "#" in b.id), key=lambda b: b.id)
t = time.process_time(); first.full(entries[0]); one = time.process_time() - t
second = load_library(config)
again = sorted((b for b in second.briefings if "#" in b.id), key=lambda b: b.id)
t = time.process_time(); second.full(again[1]); two = time.process_time() - t
print(one, two, len(entries))
"""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("config")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--tree", action="append", default=[])
    a = ap.parse_args()
    trees = a.tree or [None]
    index_each(a.config, trees)

    def each(run: int, tree: str | None, out: list[str]) -> None:
        print(
            f"run {run + 1} {tree or 'installed'}: first entry {out[0][:5]} s, next entry in a new library"
            f" {out[1][:5]} s ({out[2]} entries); load {os.getloadavg()[0]:.1f}",
            flush=True,
        )

    runs = interleaved(PROBE, [a.config], trees, a.runs, each)
    got = {tree: [(float(out[0]), float(out[1])) for out in runs[tree]] for tree in trees}
    for tree in trees:
        runs = got[tree]
        print(
            f"{tree or 'installed'}: median of {len(runs)}: first entry {statistics.median(r[0] for r in runs):.2f} s CPU,"
            f" next entry in a new library {statistics.median(r[1] for r in runs):.2f} s CPU"
        )


if __name__ == "__main__":
    main()
