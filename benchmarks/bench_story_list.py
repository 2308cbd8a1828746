"""The list's story rows at 100,000 briefings (issue 17): what a keystroke's layout costs
with and without stories (views.Layout.rows over a filter's mask).

    python benchmarks/bench_story_list.py [-n 100000] [--dup 0.1] [--runs 7]

Briefings are list entries made here (dates over five years, newest first); ``--dup`` of
them are versions of another (stories of 2-4 versions, within a fortnight of each other).
Masks: everything, a word's half, a narrow 1%, and the same with two stories expanded.
Median ms per layout; the layout is built once per list (as the TUI does), its time too.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from briefreader.model import Briefing  # noqa: E402
from briefreader.stories import StoryMap  # noqa: E402
from briefreader.views import Layout  # noqa: E402


def corpus(n: int, dup: float, seed: int = 17) -> tuple[list[Briefing], StoryMap]:
    rng = random.Random(seed)
    start = dt.date(2021, 1, 1)
    briefings = [
        Briefing(
            id=f"b{i:06d}",
            path=f"/x/b{i:06d}.txt",
            fingerprint=f"f{i}",
            title=f"标题{i}",
            text="",
            date=start + dt.timedelta(days=rng.randrange(5 * 365)),
            date_precision="day",
            loaded=False,
            key=i + 1,
        )
        for i in range(n)
    ]
    pairs: list[tuple[str, str]] = []
    i, target = 0, int(n * dup)
    ids = [b.id for b in briefings]
    rng.shuffle(ids)
    versions = 0
    while versions < target and i + 4 < len(ids):
        size = rng.choice((2, 2, 2, 3, 4))
        for member in ids[i : i + size]:
            pairs.append((member, ids[i]))
        versions += size
        i += size
    briefings.sort(key=lambda b: (b.date, b.id), reverse=True)  # newest first, as the library lists them
    return briefings, StoryMap.from_pairs(pairs)


def timed(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=100_000)
    parser.add_argument("--dup", type=float, default=0.1)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    briefings, stories = corpus(args.n, args.dup)
    rng = random.Random(3)
    masks = {
        "everything": None,
        "half": bytes(rng.random() < 0.5 for _ in briefings),
        "1%": bytes(rng.random() < 0.01 for _ in briefings),
    }
    expanded = {next(iter(stories.members)), list(stories.members)[len(stories.members) // 2]}
    print(f"{args.n:,} briefings, {len(stories.story):,} in {len(stories):,} stories of 2-4 versions")
    build_plain = timed(lambda: Layout(briefings, "date"), 3)
    build_stories = timed(lambda: Layout(briefings, "date", stories=stories), 3)
    print(f"  layout built once per list: {build_plain:.0f} ms without stories, {build_stories:.0f} ms with")
    plain, grouped = Layout(briefings, "date"), Layout(briefings, "date", stories=stories)
    cases = [(name, mask, frozenset()) for name, mask in masks.items()]
    cases.append(("half, 2 stories expanded", masks["half"], frozenset(expanded)))
    for name, mask, open_ in cases:
        a, b = [], []
        for _ in range(args.runs):  # interleaved: the machine's load hits both alike
            a.append(timed(lambda m=mask: plain.rows(str, m), 1))
            b.append(timed(lambda m=mask, o=open_: grouped.rows(str, m, expanded=o), 1))
        print(
            f"  a keystroke's rows, {name:26}: {statistics.median(a):6.1f} ms without stories,"
            f" {statistics.median(b):6.1f} ms with"
        )
    import os

    print(f"  load average {os.getloadavg()[0]:.1f} (2 cores shared)")


if __name__ == "__main__":
    main()
