"""Cold and warm `briefreader list`, and query time, on a generated corpus.

    python benchmarks/bench_library.py -n 10000 [--runs 5] [--work /tmp/brbench]

Cold: the index cache is deleted before each run, so every file is ingested (in
parallel workers). Warm: the cache is kept; nothing is ingested. Both run the real
console script as a subprocess and report the median wall time. Query time is
measured in-process over the loaded library, per query, median of several runs.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate_corpus import generate  # noqa: E402

QUERIES = ["直播", "直播 电商", '"信息消费节"', "topic:元宇宙 after:2022-07-27", "直播 -广告",
           "money>1000亿", "直播經濟", "source:新民晚报 date:2024", "percent>=10 is:bookmarked"]


def _config(work: Path, corpus: Path) -> Path:
    config = work / "config.toml"
    taxonomy = (HERE.parent / "config.toml").read_text(encoding="utf-8").split("[topics]", 1)[1]
    config.write_text(
        f'[library]\nbriefings = "{corpus}"\nnotes = "{work / "notes.toml"}"\ncache = "{work / "cache"}"\n\n'
        f"[topics]{taxonomy}",
        encoding="utf-8",
    )
    return config


def _time_list(config: Path) -> float:
    exe = Path(sys.executable).parent / "briefreader"
    start = time.perf_counter()
    subprocess.run([str(exe), "--config", str(config), "list", "--json"], check=True,
                   stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=5, help="warm runs (cold runs: max(1, runs // 3))")
    parser.add_argument("--work", type=Path, default=Path("/tmp/brbench"))
    args = parser.parse_args()

    corpus = args.work / f"corpus-{args.n}"
    if not corpus.exists():
        total = generate(corpus, args.n)
        print(f"generated {args.n} briefings ({total / 2**20:.1f} MB) in {corpus}")
    size_mb = sum(p.stat().st_size for p in corpus.rglob("*") if p.is_file()) / 2**20
    config = _config(args.work, corpus)

    cold = []
    for _ in range(max(1, args.runs // 3)):
        shutil.rmtree(args.work / "cache", ignore_errors=True)
        cold.append(_time_list(config))
    warm = [_time_list(config) for _ in range(args.runs)]
    c, w = statistics.median(cold), statistics.median(warm)
    print(f"N={args.n}  {size_mb:.1f} MB")
    print(f"cold list: median {c:.2f} s over {len(cold)} run(s)  ({args.n / c:.0f} briefings/s, {size_mb / c:.2f} MB/s)")
    print(f"warm list: median {w:.2f} s over {len(warm)} runs  (cold/warm = {c / w:.1f}x)")

    from briefreader.config import read_config
    from briefreader.library import load_library
    from briefreader.query import filter_briefings

    cfg = read_config(config)
    library = load_library(cfg)
    for q in QUERIES:
        times, hits = [], 0
        for _ in range(5):
            start = time.perf_counter()
            hits = len(filter_briefings(library.briefings, q, taxonomy=cfg.topics))
            times.append(time.perf_counter() - start)
        print(f"query {q!r:40} first {times[0] * 1000:7.1f} ms  median {statistics.median(times) * 1000:7.1f} ms  hits {hits}")


if __name__ == "__main__":
    main()
