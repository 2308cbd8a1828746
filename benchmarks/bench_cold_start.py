"""What a cold start's first screenful waits on (issue 19: within 2 s of a start with no index):
each process's part, per code tree, runs interleaved with the bare Textual app.

    python benchmarks/bench_cold_start.py CONFIG [--runs 3] [--tree DIR ...] [--first-ever]

Each run starts ``first_paint.py CONFIG --cold`` (the TUI headless with an empty index, in
the order of cli.cmd_tui) in a session of its own and samples every process of its tree
in /proc every 20 ms: the main process (Textual, the folder scan, the index writer), the
pool's forkserver (it imports the ingest pipeline and runs it once on two pages,
poolserver.py, before it can fork a worker) and the workers forked from it. Printed per
tree, medians of the runs:

* seconds from the start to the forkserver's start, to the first worker (the forkserver
  is ready), to the first frame with rows and to the first screenful, beside the bare
  app's first frame;
* processor seconds of each process at the first screenful, and of all of them: on a
  shared machine the wall clock is the CPU on this chain stretched by the load (two
  cores, seven helpers), so the CPU says what a change saved;
* the load average beside every line.

Bytecode is written for every tree first (this sandbox sets PYTHONDONTWRITEBYTECODE=1:
a frozen copy, or the checkout, compiled every module from source at each start, ~0.5 s
of the forkserver's CPU and some of the main process's, which an installed copy never
pays). ``--first-ever``: the regex cache (recache.py) of CONFIG's cache folder is left
out, as on a reader's very first start (the forkserver compiles the pipeline's ~600
patterns itself); jieba's compact idf copy is in the user's cache folder either way.
``--first-ever --prepared``: the cache folder holds only what ``briefreader config init``
writes into it (since session 35: the patterns a first start compiles, cli._prepare_patterns).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from trees import tree_env  # noqa: E402

PYTHON = sys.executable
TICK = os.sysconf("SC_CLK_TCK")
EVERY = 0.02  # seconds between two looks at the process tree


def _children() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat") as fh:
                    fields = fh.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            kids.setdefault(int(fields[1]), []).append(int(name))
    return kids


def _tree(root: int) -> list[tuple[int, int]]:
    """(pid, depth) of ``root`` and its descendants: 0 the main process, 1 the forkserver
    (and the resource tracker), 2 the workers."""
    kids, out, i = _children(), [(root, 0)], 0
    while i < len(out):
        pid, depth = out[i]
        out.extend((k, depth + 1) for k in kids.get(pid, []))
        i += 1
    return out


def _cpu(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / TICK


def _is_tracker(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            return b"resource_tracker" in fh.read()
    except OSError:
        return False


def cold_run(config: Path, env: dict[str, str]) -> dict[str, float]:
    """One cold start, sampled: what first_paint.py printed and when each process came."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [PYTHON, str(HERE / "first_paint.py"), str(config), "--cold"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        start_new_session=True,  # first_paint ends its process group at the screenful
    )
    seen: dict[int, tuple[int, float]] = {}  # pid -> (depth, first seen)
    cpu: dict[int, float] = {}
    trackers: set[int] = set()
    while proc.poll() is None:
        now = time.perf_counter() - start
        for pid, depth in _tree(proc.pid):
            used = _cpu(pid)
            if used is None:
                continue
            if pid not in seen:
                seen[pid] = (depth, now)
                if depth == 1 and _is_tracker(pid):
                    trackers.add(pid)
            cpu[pid] = used
        time.sleep(EVERY)
    words = (proc.stdout.read() if proc.stdout else b"").split()  # type: ignore[union-attr]
    if len(words) < 6:
        raise RuntimeError(f"first_paint.py printed {words!r}")
    servers = [p for p, (d, _) in seen.items() if d == 1 and p not in trackers]
    workers = [p for p, (d, _) in seen.items() if d == 2]
    nan = float("nan")
    return {
        "server": min((seen[p][1] for p in servers), default=nan),
        "worker": min((seen[p][1] for p in workers), default=nan),
        "rows": float(words[0]),
        "screenful": float(words[4]),
        "cpu main": cpu.get(proc.pid, nan),
        "cpu server": sum(cpu[p] for p in servers),
        "cpu workers": sum(cpu[p] for p in workers),
        "cpu all": sum(cpu.values()),
    }


def bare_run(env: dict[str, str]) -> float:
    out = subprocess.run(
        [PYTHON, str(HERE / "first_paint.py"), "--bare"], env=env, check=True, capture_output=True, text=True
    ).stdout.split()
    return float(out[0])


def _load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("config", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--tree", action="append", default=[], help="a frozen copy of the code (git archive)")
    parser.add_argument("--first-ever", action="store_true", help="no regex cache, as on a reader's first start")
    parser.add_argument(
        "--prepared",
        action="store_true",
        help="with --first-ever: the regex cache as `briefreader config init` makes it (cli._prepare_patterns)",
    )
    args = parser.parse_args()
    trees: list[str | None] = list(args.tree) or [None]
    config = args.config.resolve()
    scratch = Path(tempfile.mkdtemp(prefix="brcoldstart-"))
    if args.first_ever:  # the same folder and topics, a cache folder with nothing in it
        text = config.read_text(encoding="utf-8")
        lines = [ln for ln in text.splitlines() if not ln.startswith("cache =")]
        at = lines.index("[library]") + 1
        lines.insert(at, f'cache = "{scratch / "cache"}"')
        config = scratch / "config.toml"
        config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for tree in trees:  # bytecode, as an installed copy has it
        where = str(Path(tree) / "src" / "briefreader") if tree else str(HERE.parent / "src" / "briefreader")
        subprocess.run([PYTHON, "-m", "compileall", "-q", where], check=True, stdout=subprocess.DEVNULL)
    print(f"config {config}; runs {args.runs}; trees {trees}; load {_load()}", flush=True)
    got: dict[str | None, list[dict[str, float]]] = {t: [] for t in trees}
    bare: list[float] = []
    for run in range(args.runs):  # interleaved: the load falls on every tree alike
        bare.append(bare_run(tree_env(None)))
        for tree in trees:
            if args.first_ever:
                shutil.rmtree(scratch / "cache", ignore_errors=True)
                if args.prepared:  # what config init runs, untimed (the reader's first start comes later)
                    code = "from briefreader.cli import _prepare_patterns as p; import sys; p(__import__('pathlib').Path(sys.argv[1]))"
                    subprocess.run([PYTHON, "-c", code, str(scratch / "cache")], env=tree_env(tree), check=True)
            r = cold_run(config, tree_env(tree))
            got[tree].append(r)
            print(
                f"  run {run + 1} {tree or 'installed'}: forkserver at {r['server']:.2f} s, first worker"
                f" {r['worker']:.2f}, first rows {r['rows']:.2f}, screenful {r['screenful']:.2f} (bare"
                f" {bare[-1]:.2f}); CPU main {r['cpu main']:.2f} forkserver {r['cpu server']:.2f} workers"
                f" {r['cpu workers']:.2f} all {r['cpu all']:.2f} s; load {_load()}",
                flush=True,
            )
    b = statistics.median(bare)
    for tree in trees:
        runs = got[tree]

        def med(key: str, runs: list[dict[str, float]] = runs) -> float:
            return statistics.median(r[key] for r in runs)

        print(
            f"{tree or 'installed'}: median of {len(runs)}: forkserver started {med('server'):.2f} s, ready (first"
            f" worker) {med('worker'):.2f} s, first rows {med('rows'):.2f} s, first screenful {med('screenful'):.2f} s"
            f" = {med('screenful') / b:.1f}x the bare app's {b:.2f} s; CPU at the screenful: main {med('cpu main'):.2f},"
            f" forkserver {med('cpu server'):.2f}, workers {med('cpu workers'):.2f}, all {med('cpu all'):.2f} s;"
            f" load {_load()}",
            flush=True,
        )
    shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
