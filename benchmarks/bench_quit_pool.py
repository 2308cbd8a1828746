"""Quitting while the pool starts (issue 19): a digest (build_digest in a thread, as the
TUI's D runs it) is told to stop DELAY seconds after its first pool start begins, as the
TUI's quit does (Textual cancels its workers; the process then waits for their threads).
Prints the time from stop to the thread's end, and whether the pool's forkserver is
still alive 0, 1.5 and 3.5 s after this process ends. One fresh process per run (the
forkserver must not be running yet), trees interleaved.

    python benchmarks/bench_quit_pool.py CONFIG [--delay 0.3] [--runs 4] [--tree DIR ...]
                                         [--digest CODE_DIGEST]

--digest makes every tree use one index (library._code_digest replaced): the code under
test then need not have built its own. The corpus needs PDF/Word/mail files among the
stories the digest reads first (generate_corpus.py's mix has them).

Measured 2026-12-03 00:06 (session 14), a 3,000-briefing mix with its index, delay 0.3 s,
load 8-11 on 2 shared cores: stop -> end 2.01/2.43/2.62/3.40 s at b42522d (the thread
waits in Process.start for the forkserver's imports, then for the file), 0.02/0.02/
0.03/0.04 s with parallel_map(stop=). The forkserver, in both, ends on its own once its
imports are done (alive at +1.5 s, gone at +3.5 s); no worker is forked after the quit.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from trees import tree_env  # noqa: E402


def child(config: str, delay: float, digest: str | None) -> None:
    started = time.monotonic()
    import briefreader.library as library
    import briefreader.pool as pool

    if digest:
        library._code_digest = lambda: digest  # type: ignore[assignment]
    began = threading.Event()
    real = pool._ensure_server

    def hooked(*args, **kwargs):  # type: ignore[no-untyped-def]
        began.set()
        return real(*args, **kwargs)

    pool._ensure_server = hooked  # type: ignore[assignment]
    from briefreader.config import read_config
    from briefreader.digest import build_digest

    lib = library.load_library(read_config(Path(config)), verify=False)
    told = threading.Event()
    end: dict[str, str] = {}

    def run() -> None:
        try:
            build_digest(lib, lib.briefings, labels={}, stop=told.is_set)
            end["how"] = "finished"
        except library.Cancelled:
            end["how"] = "cancelled"

    thread = threading.Thread(target=run)
    thread.start()
    if not began.wait(300):
        print("RESULT none no-pool-start", flush=True)
        os._exit(1)
    at = time.monotonic() - started
    time.sleep(delay)
    stopped = time.monotonic()
    told.set()
    thread.join()
    from multiprocessing import forkserver

    pid = getattr(forkserver._forkserver, "_forkserver_pid", None)
    print(f"RESULT {time.monotonic() - stopped:.3f} {end.get('how')} {at:.2f} {pid}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("config")
    ap.add_argument("--delay", type=float, default=0.3)
    ap.add_argument("--runs", type=int, default=4)
    ap.add_argument("--tree", action="append", default=[])
    ap.add_argument("--digest")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        return child(a.config, a.delay, a.digest)
    trees = a.tree or [None]
    got: dict[str, list[float]] = {}
    for r in range(a.runs):
        for tree in trees:
            env = tree_env(tree)
            cmd = [sys.executable, __file__, a.config, "--child", "--delay", str(a.delay)]
            cmd += ["--digest", a.digest] if a.digest else []
            out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False).stdout
            line = next((x for x in out.splitlines() if x.startswith("RESULT")), "RESULT nan none 0 None")
            _, spent, how, at, pid = line.split()
            alive = []
            for wait in (0.0, 1.5, 2.0):
                time.sleep(wait)
                alive.append(pid != "None" and Path(f"/proc/{pid}").exists())
            got.setdefault(str(tree), []).append(float(spent))
            print(
                f"run {r} {tree}: stop -> end {spent} s ({how}; pool start at {at} s); forkserver alive "
                f"at +0/+1.5/+3.5 s: {alive}; load {os.getloadavg()[0]:.1f}",
                flush=True,
            )
    for tree, v in got.items():
        print(f"{tree}: median stop -> end {statistics.median(v):.2f} s over {len(v)} runs")


if __name__ == "__main__":
    main()
