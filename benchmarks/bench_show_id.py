"""`briefreader show ID` and `figures ID` as an analyst's script runs them: a fresh
process per call, wall and CPU (the process and its children: a PDF's forkserver and
worker), medians of --runs, trees interleaved (frozen copies of the code, `git archive`).

    python benchmarks/bench_show_id.py CONFIG ID [ID ...] [--runs 5] [--tree DIR ...]

Each --tree runs with PYTHONPATH=DIR/src (default: the installed code). The first call
of a tree writes its regex cache (recache.py) into the config's cache folder; it is
counted like the others (the median hides it), and printed apart as "first".

Measured 2026-12-03 00:24-00:27 (session 14), 100,000-briefing warm library (session
13's 10,000 shard x10 by SQL), 5 runs, load 3.8-6.0 on 2 shared cores:
  show HTML     base (b42522d) wall 4.31 s, CPU 2.89 s -> wall 1.92 s, CPU 1.19 s
  figures HTML  4.67 s, 3.02 s -> 1.92 s, 1.22 s
  show PDF      6.54 s, 2.72 s -> 3.23 s, 1.01 s (the forkserver's start is most of the rest)
  figures PDF   7.35 s, 2.78 s -> 3.38 s, 1.02 s
On a 300-file library (load 1.4-1.8) the regex cache alone: show HTML CPU 0.46 -> 0.22 s.
Session 15 (2026-12-03 05:11, the same library rebuilt at HEAD 33673ad, 5 runs, load 4.1-4.9):
the exact id's one index row instead of the whole stored list (cli._stored_one):
  show HTML     HEAD wall 1.91 s, CPU 1.20 s -> wall 0.50 s, CPU 0.33 s
  figures HTML  1.43 s, 1.18 s -> 0.39 s, 0.32 s
  show PDF      2.82 s, 0.98 s -> 1.43 s, 0.14 s (CPU of this process and its children only)
  figures PDF   2.30 s, 0.94 s -> 0.90 s, 0.14 s
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from trees import tree_env  # noqa: E402

EXE = [sys.executable, "-m", "briefreader"]


def one(tree: str | None, config: str, command: str, ident: str) -> tuple[float, float]:
    env = tree_env(tree)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([*EXE, "--config", config, command, ident], env=env, check=True, capture_output=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("config")
    ap.add_argument("ids", nargs="+")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--tree", action="append", default=[])
    a = ap.parse_args()
    trees = a.tree or [None]
    got: dict[tuple[str, str, str], list[tuple[float, float]]] = {}
    loads = []
    for ident in a.ids:
        for command in ("show", "figures"):
            for _ in range(a.runs):
                loads.append(os.getloadavg()[0])
                for tree in trees:
                    got.setdefault((command, ident, str(tree)), []).append(one(tree, a.config, command, ident))
    m = statistics.median
    print(f"runs {a.runs}, load {min(loads):.1f}-{max(loads):.1f}")
    for (command, ident, tree), v in got.items():
        print(
            f"{command:8s} {ident:24s} {tree:28s} wall {m(x[0] for x in v):.2f} s "
            f"[{min(x[0] for x in v):.2f}-{max(x[0] for x in v):.2f}] CPU {m(x[1] for x in v):.2f} s "
            f"(first: {v[0][0]:.2f} s, {v[0][1]:.2f} s)"
        )


if __name__ == "__main__":
    main()
