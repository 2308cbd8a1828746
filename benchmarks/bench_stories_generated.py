"""Story grouping on a generated corpus whose truth is known (issue 17).

    python benchmarks/bench_stories_generated.py [-n 1000] [--seed 7] [--exact]

benchmarks/generate_corpus.py makes 3% of its articles another outlet's copy of a
recent one (same paragraphs, another outlet, a suffix on the headline) and writes them
in any of its formats. Here the generator runs with its ``replace`` and ``make_article``
wrapped so that each file records the article it carries, copies pointing to their
original: that is the truth. The files are then read by the real ingest and grouped by
stories.cluster (MinHash) and, with --exact, by stories.cluster_exact (every pair).
Pairwise precision and recall (metrics.grouping_scores); the false pairs are listed.

Measured 2026-12-01 (-n 1000, seed 7; 1,000 briefings, 23 true pairs, a loaded machine):
MinHash P 0.72 R 1.00 (32 pairs; 2.4 s), exact Jaccard P 0.27 R 1.00 (84 pairs; 62 s).
Every MinHash false pair is two headline-only feed entries (57-69 shingles, the title
counted three times) whose template headlines are the same or differ by a district name.

Measured 2026-12-03 (session 19, after s18's lead bands and numbers-inside veto and s19's
SAME_TEXT rule, review s18 R24; load 6-8): -n 1000 seed 7 MinHash P 1.00 R 1.00 (23 pairs;
6.2 s); -n 3000 seed 11 MinHash P 0.98 R 1.00 (61 pairs, 60 true; 18.7 s), its one false
pair two template headlines (张江举办… / 上海推进元宇宙产业新举措). Without the inside veto on
pairs alike by Jaccard (R24's first suggestion) -n 3000 seed 11 gave P 0.46 (130 pairs).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from dataclasses import replace as real_replace
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))


def generate_with_truth(out: Path, n: int, seed: int) -> dict[str, int]:
    """Write the corpus; file stem -> the id of the original article it carries."""
    import generate_corpus as gen

    origin: dict[int, int] = {}
    last: dict[str, object] = {}
    make_article, make_file = gen.make_article, gen.make_file

    def replace(base, **changes):
        new = real_replace(base, **changes)
        origin[id(new)] = origin.get(id(base), id(base))
        last["article"] = new
        return new

    def article(*args, **kw):
        made = make_article(*args, **kw)
        last["article"] = made
        return made

    truth: dict[str, int] = {}
    alive: list[object] = []  # kept alive: ids stay unique

    def file(rng, index, *args, **kw):
        last.clear()
        made = make_file(rng, index, *args, **kw)
        carried = last.get("article")
        if carried is not None:
            alive.append(carried)
            truth[made.name.rsplit(".", 1)[0]] = origin.get(id(carried), id(carried))
        return made

    gen.replace, gen.make_article, gen.make_file = replace, article, file
    try:
        gen.generate(out, n, seed)
    finally:
        gen.replace, gen.make_article, gen.make_file = real_replace, make_article, make_file
    return truth


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--exact", action="store_true", help="also the quadratic exact-Jaccard baseline")
    args = parser.parse_args()

    from briefreader import stories
    from briefreader.ingest import ingest_path
    from briefreader.metrics import grouping_scores

    out = Path(tempfile.mkdtemp(prefix="stories-truth-"))
    try:
        truth = generate_with_truth(out, args.n, args.seed)
        briefings = []
        for path in sorted(p for p in out.rglob("*") if p.is_file()):
            briefings += [b for b in ingest_path(path, out) if b.text]
    finally:
        shutil.rmtree(out, ignore_errors=True)
    labels = [str(truth.get(b.id, b.id)) for b in briefings]  # a feed entry is its own story
    items = [(b.title, b.text) for b in briefings]
    methods = [stories.cluster] + ([stories.cluster_exact] if args.exact else [])
    for method in methods:
        t = time.perf_counter()
        story = method(items)
        seconds = time.perf_counter() - t
        p, r, pp, gp = grouping_scores([str(s) for s in story], labels)
        print(f"{method.__name__:14} n {len(items)}  P {p:.2f}  R {r:.2f}  (pairs {pp}, true {gp})  {seconds:.1f} s")
        for i, j in combinations(range(len(items)), 2):
            if story[i] == story[j] and labels[i] != labels[j]:
                print(f"    false pair: {briefings[i].id} | {briefings[j].id}  {items[i][0][:20]} | {items[j][0][:20]}")


if __name__ == "__main__":
    main()
