"""Tester s15 F1 repro: a long-lived library (as the TUI holds it, its folder watcher calling
refresh_paths) while six `briefreader list` run beside it and new files arrive; counts the new
files a word filter misses (the list entry's key not among the index's hits for its word).

    python benchmarks/race_live_filter.py SRC ROUNDS SEED   (SRC: the src folder the `list` runs use)

Session 16 (load 9-11): HEAD 3a54d6b missed 3 of 18 (seed 2) and 6 of 18 (seed 3), 0 of 18
(seeds 1 and 4: the race is timing); with a file stored again keeping its key and prune()
keeping files that arrived after the caller's scan, 0 of 18 for seeds 2, 3 and 5.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

from briefreader.config import load_config
from briefreader.library import load_library, refresh_paths

SAMPLES = Path(__file__).resolve().parents[1] / "briefings"
EXE = str(Path(sys.executable).parent / "briefreader")


def main() -> None:
    src, rounds, seed = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 1
    random.seed(seed)
    base = Path(f"/tmp/race_live_filter/run{seed}")
    shutil.rmtree(base, ignore_errors=True)
    base.mkdir(parents=True)
    folder = base / "c"
    shutil.copytree(SAMPLES, folder)
    os.environ["BRIEFREADER_CACHE_DIR"] = str(base / "cache")
    config_path = base / "config.toml"
    config_path.write_text(
        f'[library]\nbriefings = "{folder}"\nnotes = "{base}/notes.toml"\ncache = "{base}/cache"\n', encoding="utf-8"
    )
    config = load_config(config_path)
    env = dict(os.environ, PYTHONPATH=str(src))
    listing = [EXE, "--config", str(config_path), "list"]
    subprocess.run(listing, env=env, capture_output=True, check=False)
    library = load_library(config, verify=False)
    misses = n = 0
    for r in range(rounds):
        new = []
        for i in range(3):
            n += 1
            p = base / f"r_{n}.txt"
            p.write_text(f"竞态测试第{n}号\n\n2025年5月{i + 1}日，海豚{n}号项目投资达{n}00万元。\n", encoding="utf-8")
            new.append((n, p))
        procs: list[subprocess.Popen] = []

        def spawn(procs: list[subprocess.Popen] = procs) -> None:
            for _ in range(6):
                procs.append(subprocess.Popen(listing, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
                time.sleep(random.uniform(0.05, 0.25))

        thread = threading.Thread(target=spawn)
        thread.start()
        time.sleep(random.uniform(0.1, 0.6))
        for _, p in new:
            shutil.copy(p, folder / p.name)
        for _ in range(random.choice([1, 2])):  # the watcher: a batch of events a little later, maybe twice
            time.sleep(random.uniform(0.05, 0.8))
            fresh = refresh_paths(library, config, [folder / p.name for _, p in new])
            if fresh is not None:
                library = fresh
        thread.join()
        for proc in procs:
            proc.wait()
        for k, p in new:  # what the filter does: the word's index keys, met with the list's keys
            hits = library.index.search(f"海豚{k}号") or set()
            keys = [b.key for b in library.briefings if b.id == p.stem]
            if len(keys) != 1 or keys[0] not in hits:
                misses += 1
                print(f"round {r}: {p.stem} list keys {keys}, index hits {sorted(hits)}", flush=True)
    print(f"seed {seed}: {misses} misses of {n} files")


if __name__ == "__main__":
    main()
