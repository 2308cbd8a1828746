"""The reader's cold start in two passes against one go (issue 19, session 40): CPU of the whole process
tree (the reader's process, the pool's forkserver and its workers, from /proc) when the whole list is stored
(the second pass begins: library._finish_pending) and when everything is done, and the two index files
compared table by table.

    python benchmarks/bench_cold_passes.py CORPUS [--rounds 3] [--out DIR] [--behind]

``--behind`` (session 41): the library returned after the first pass, the second run behind it
(load_library's ``behind``, as the TUI starts now) against the library returned after both (session
40's start): CPU when load_library returns (filters answer), and when everything is done.

Each run is a process of its own with a fresh cache (load_library with ``partial``, as the TUI starts);
the modes alternate within a round. A two-pass run's index must equal the one-go run's in every table
(keys, figures, figure details, spans, stories and their bands, metric codes, meta): the last column says
so for each round. CPU seconds (clock ticks), medians over the rounds; read ratios on a shared machine.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
TABLES = (
    ("briefings", "rowid"),
    ("figs", "id"),
    ("figdetail", "doc"),
    ("figlo", "kind, lo, doc"),
    ("fighi", "kind, hi, doc"),
    ("stories", "doc"),
    ("storybands", "band, doc"),
    ("metricstats", "code"),
    ("meta", "key"),
)


def tree_cpu(root: int) -> float:
    """CPU seconds of ``root`` and every process below it (with the reaped children each counted)."""
    procs: dict[int, tuple[int, int]] = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat") as f:
                    stat = f.read()
            except OSError:
                continue
            rest = stat[stat.rfind(")") + 2 :].split()
            procs[int(name)] = (int(rest[1]), sum(map(int, rest[11:15])))
    kids: dict[int, list[int]] = {}
    for pid, (parent, _) in procs.items():
        kids.setdefault(parent, []).append(pid)
    total, stack, seen = 0, [root], set()
    while stack:
        pid = stack.pop()
        if pid in seen or pid not in procs:
            continue
        seen.add(pid)
        total += procs[pid][1]
        stack += kids.get(pid, [])
    return total / os.sysconf("SC_CLK_TCK")


def run(mode: str, corpus: Path, cache: Path) -> dict:
    """One cold start in this process (``mode``: one, two, or behind: two passes, the library
    returned after the first, then its second_pass run)."""
    from briefreader import library as lib
    from briefreader.config import read_config

    config = read_config(HERE.parent / "config.toml")
    config.briefings, config.cache_dir = corpus, cache
    lib.TWO_PASS = mode in ("two", "behind")
    marks: dict = {}
    me = os.getpid()
    finish = lib._finish_pending

    def second(*args):  # the whole list is stored (pending): the second pass begins
        marks["list_cpu"] = tree_cpu(me) - start
        return finish(*args)

    lib._finish_pending = second
    load = os.getloadavg()[0]
    start = tree_cpu(me)
    library = lib.load_library(config, partial=lambda found: None, behind=mode == "behind")
    marks["return_cpu"] = tree_cpu(me) - start  # the library: filters answer
    if library.second_pass is not None:
        library.second_pass.run()
    marks["done_cpu"] = tree_cpu(me) - start
    marks.update(
        files=library.stats.ingested,
        briefings=len(library.briefings),
        load=[round(load, 1), round(os.getloadavg()[0], 1)],
        main_mb=round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    )
    library.close()
    return marks


def same_index(a: Path, b: Path) -> bool:
    (fa,), (fb,) = a.glob("index-*.sqlite3"), b.glob("index-*.sqlite3")
    ca, cb = sqlite3.connect(fa), sqlite3.connect(fb)
    for table, order in TABLES:
        columns = "rowid, *" if table == "briefings" else "*"
        skip = "WHERE key != 'install'" if table == "meta" else ""
        rows = [c.execute(f"SELECT {columns} FROM {table} {skip} ORDER BY {order}").fetchall() for c in (ca, cb)]
        if rows[0] != rows[1]:
            print(f"  {table} differs", file=sys.stderr)
            return False
    return True


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--behind", action="store_true", help="the library after pass 1 against after both")
    ap.add_argument("--mode", help=argparse.SUPPRESS)
    ap.add_argument("--cache", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.mode:  # one run, in a process of its own
        print(json.dumps(run(args.mode, args.corpus.resolve(), args.cache)))
        return
    out = args.out or Path(tempfile.mkdtemp())
    if args.behind:
        behind(args, out)
        return
    got: dict[str, list[dict]] = {"one": [], "two": []}
    print("round  one: done CPU  two: list CPU  two: done CPU  list/one  done/one  same index  load")
    for r in range(args.rounds):
        for mode in ("one", "two"):
            cache = out / f"r{r}-{mode}"
            shutil.rmtree(cache, ignore_errors=True)
            line = (
                subprocess.run(
                    [sys.executable, __file__, str(args.corpus), "--mode", mode, "--cache", str(cache)],
                    capture_output=True,
                    text=True,
                    check=True,
                )
                .stdout.strip()
                .splitlines()[-1]
            )
            got[mode].append(json.loads(line))
        one, two = got["one"][-1], got["two"][-1]
        same = same_index(out / f"r{r}-one", out / f"r{r}-two")
        print(
            f"{r + 1:>5}  {one['done_cpu']:>13.2f}  {two['list_cpu']:>13.2f}  {two['done_cpu']:>13.2f}"
            f"  {two['list_cpu'] / one['done_cpu']:>8.3f}  {two['done_cpu'] / one['done_cpu']:>8.3f}"
            f"  {'yes' if same else 'NO':>10}  {one['load'][0]}-{two['load'][1]}"
        )
    base = statistics.median(x["done_cpu"] for x in got["one"])
    lst = statistics.median(x["list_cpu"] for x in got["two"])
    done = statistics.median(x["done_cpu"] for x in got["two"])
    print(
        f"median  one go {base:.2f} s; two passes: whole list {lst:.2f} ({lst / base:.1%}),"
        f" everything {done:.2f} ({done / base:.1%}); files {got['one'][0]['files']},"
        f" briefings {got['one'][0]['briefings']}; reader's process peak {max(x['main_mb'] for m in got.values() for x in m)} MB"
    )


def _one_run(corpus: Path, mode: str, cache: Path) -> dict:
    shutil.rmtree(cache, ignore_errors=True)
    line = (
        subprocess.run(
            [sys.executable, __file__, str(corpus), "--mode", mode, "--cache", str(cache)],
            capture_output=True,
            text=True,
            check=True,
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    return json.loads(line)


def behind(args: argparse.Namespace, out: Path) -> None:
    """Session 41: filters answer when load_library returns. Before: after both passes (two);
    after: after the first (behind), the second run behind it. The two index files compared."""
    got: dict[str, list[dict]] = {"two": [], "behind": []}
    print(
        "round  before: filters answer  after: filters answer  after: everything  answer a/b  done a/b  same index  load"
    )
    for r in range(args.rounds):
        for mode in ("two", "behind"):
            got[mode].append(_one_run(args.corpus, mode, out / f"r{r}-{mode}"))
        two, bh = got["two"][-1], got["behind"][-1]
        same = same_index(out / f"r{r}-two", out / f"r{r}-behind")
        print(
            f"{r + 1:>5}  {two['return_cpu']:>22.2f}  {bh['return_cpu']:>21.2f}  {bh['done_cpu']:>18.2f}"
            f"  {bh['return_cpu'] / two['return_cpu']:>10.3f}  {bh['done_cpu'] / two['done_cpu']:>8.3f}"
            f"  {'yes' if same else 'NO':>10}  {two['load'][0]}-{bh['load'][1]}"
        )
    before = statistics.median(x["return_cpu"] for x in got["two"])
    after = statistics.median(x["return_cpu"] for x in got["behind"])
    done = statistics.median(x["done_cpu"] for x in got["behind"])
    print(
        f"median  filters answer: before {before:.2f} s, after {after:.2f} ({after / before:.1%});"
        f" after, everything {done:.2f} ({done / before:.1%}); files {got['two'][0]['files']},"
        f" briefings {got['two'][0]['briefings']}; reader's process peak"
        f" {max(x['main_mb'] for m in got.values() for x in m)} MB"
    )


if __name__ == "__main__":
    main()
