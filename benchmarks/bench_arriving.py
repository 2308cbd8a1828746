"""A cold start with one big feed that sorts first (tester s19 U10): seconds to the TUI's
first frame with rows and to its first screenful, per code tree, runs interleaved.

    python benchmarks/bench_arriving.py WORK [--small 300] [--feed-mb 1.5] [--runs 3] [--tree DIR ...]

WORK gets a folder of ``--small`` briefings of the benchmark's mix (generate_corpus,
seed 7) plus ``000-big.xml``, an RSS feed of whole articles of about ``--feed-mb`` MB,
the first file a cold start reads. Each --tree runs first_paint.py --cold with
PYTHONPATH=DIR/src (bytecode compiled first: a frozen copy has none, see bench.py);
without --tree, the installed code. The feed alone is also timed once per tree (its
ingest in one process: what the old order made every other file wait for).

Until session 20 the pool yielded results in file order, so every row waited for the
feed; now results come as files are done (pool.parallel_map_arriving), the feed in a
worker of its own (pool ``heavy``), and the index stores them in file order behind.
"""

from __future__ import annotations

import argparse
import email.utils
import os
import random
import statistics
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate_corpus import generate, make_article  # noqa: E402
from trees import tree_env as _env  # noqa: E402

PYTHON = sys.executable


def big_feed(path: Path, megabytes: float, seed: int = 11) -> int:
    """An RSS feed of whole articles (as the tester's 36 MB feed) of about ``megabytes``."""
    rng = random.Random(seed)
    items: list[str] = []
    size = 0
    while size < megabytes * 2**20:
        a = make_article(rng, 1500, 6000)
        when = datetime(
            a.year, a.month, a.day, rng.randint(6, 22), rng.randint(0, 59), tzinfo=timezone(timedelta(hours=8))
        )
        body = "".join(f"<p>{p}</p>" for p in a.body)
        link = f"https://www.example.com.cn/{len(items)}.html"
        item = (
            f"<item><title>{escape(a.title)}</title><link>{link}</link><guid>{link}</guid>"
            f"<pubDate>{email.utils.format_datetime(when)}</pubDate><description><![CDATA[{body}]]></description></item>"
        )
        items.append(item)
        size += len(item.encode())
    text = (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>快讯</title>'
        "<link>https://www.example.com.cn/</link>" + "".join(items) + "</channel></rss>"
    )
    path.write_text(text, encoding="utf-8")
    return len(items)


def make_work(work: Path, small: int, feed_mb: float) -> Path:
    corpus = work / f"arriving-{small}-{feed_mb:g}"
    if not corpus.exists():
        total = generate(corpus, small)
        entries = big_feed(corpus / "000-big.xml", feed_mb)
        print(f"  generated {small} briefings ({total / 2**20:.1f} MB) and a feed of {entries} entries", flush=True)
    config = work / f"config-{corpus.name}.toml"
    taxonomy = (
        (HERE.parent / "src/briefreader/data/default_config.toml").read_text(encoding="utf-8").split("[topics]", 1)[1]
    )
    config.write_text(
        f'[library]\nbriefings = "{corpus}"\nnotes = "{work / "notes.toml"}"\ncache = "{work / "cache"}"\n\n'
        f"[topics]{taxonomy}",
        encoding="utf-8",
    )
    return config


def compile_tree(tree: str | None) -> None:
    where = subprocess.run(
        [PYTHON, "-c", "import briefreader, os; print(os.path.dirname(briefreader.__file__))"],
        check=True,
        capture_output=True,
        text=True,
        env=_env(tree),
    ).stdout.strip()
    subprocess.run([PYTHON, "-m", "compileall", "-q", where], check=True, stdout=subprocess.DEVNULL)


def cold(tree: str | None, config: Path) -> tuple[float, int, float, int]:
    """(seconds to the first frame with rows, its rows, seconds to the first screenful, its rows)."""
    out = subprocess.run(
        [PYTHON, str(HERE / "first_paint.py"), str(config), "--cold"],
        capture_output=True,
        text=True,
        timeout=1800,
        env=_env(tree),
        start_new_session=True,  # it ends its process group: the pool's workers go too
    ).stdout.split()
    return float(out[0]), int(out[3]), float(out[4]), int(out[5])


def feed_alone(tree: str | None, config: Path) -> float:
    """CPU seconds of ingesting the feed alone, in one process."""
    probe = (
        "import sys, time; from pathlib import Path; from briefreader.ingest import ingest_path;"
        "p = Path(sys.argv[1]); t = time.process_time(); n = len(ingest_path(p, p.parent));"
        "print(time.process_time() - t, n)"
    )
    feed = next(line for line in config.read_text().splitlines() if line.startswith("briefings"))
    path = Path(feed.split('"')[1]) / "000-big.xml"
    out = subprocess.run([PYTHON, "-c", probe, str(path)], check=True, capture_output=True, text=True, env=_env(tree))
    return float(out.stdout.split()[0])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("work", type=Path)
    ap.add_argument("--small", type=int, default=300)
    ap.add_argument("--feed-mb", type=float, default=1.5)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--tree", action="append", default=[])
    ap.add_argument("--feed-alone", action="store_true", help="also time the feed's ingest alone")
    a = ap.parse_args()
    a.work.mkdir(parents=True, exist_ok=True)
    config = make_work(a.work, a.small, a.feed_mb)
    trees = a.tree or [None]
    for tree in trees:
        compile_tree(tree)
        if a.feed_alone:
            print(f"{tree or 'installed'}: the feed alone {feed_alone(tree, config):.1f} s CPU", flush=True)
    got: dict[str | None, list[tuple[float, int, float, int]]] = {t: [] for t in trees}
    for run in range(a.runs):
        for tree in trees:
            load = os.getloadavg()[0]
            got[tree].append(result := cold(tree, config))
            print(
                f"run {run + 1} {tree or 'installed'}: first rows {result[0]:.2f} s ({result[1]} rows),"
                f" screenful {result[2]:.2f} s ({result[3]} rows); load {load:.1f}",
                flush=True,
            )
    for tree in trees:
        runs = got[tree]
        print(
            f"{tree or 'installed'}: median of {len(runs)}: first rows {statistics.median(r[0] for r in runs):.2f} s,"
            f" first screenful {statistics.median(r[2] for r in runs):.2f} s"
        )


if __name__ == "__main__":
    main()
