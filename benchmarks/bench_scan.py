"""The folder scan of a cold start, old code against new (issue 19).

    python benchmarks/bench_scan.py FOLDER [FOLDER...] [--base REV] [--runs 5]

Times, in a fresh process a run (old and new interleaved), the CPU and wall time of
(a) the scan alone and (b) the scan plus the per-file loop load_library runs before
anything is analysed (relative path, stat stamp, the set of rows to keep). ``--base``
is the git revision whose library.py is "old" (default: the one before scan_entries).
Prints medians. The folder is only read.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
import types
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BASE = "84b16a6"  # library.py before scan_entries (0227ebc) and string jobs


def load_base(rev: str) -> types.ModuleType:
    source = subprocess.run(
        ["git", "-C", str(REPO), "show", f"{rev}:src/briefreader/library.py"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    import briefreader  # noqa: F401 - the package the module's relative imports resolve in

    module = types.ModuleType("briefreader._library_base")
    module.__package__ = "briefreader"
    sys.modules[module.__name__] = module
    exec(compile(source, f"{rev}:library.py", "exec"), module.__dict__)  # noqa: S102 - our own code at REV
    return module


def one(which: str, folder: str, rev: str) -> None:
    """One measurement in this process: prints 'cpu_scan wall_scan cpu_all wall_all files'."""
    root = Path(folder).resolve()
    if which == "old":
        lib = load_base(rev)
        c0, w0 = time.process_time(), time.perf_counter()
        paths, problems = lib.scan(root)
        c1, w1 = time.process_time(), time.perf_counter()
        keep = {lib._rel(p, root) for p in paths}
        stamps = []
        for path in paths:
            rel = lib._rel(path, root)
            try:
                st = path.stat()
            except OSError:
                continue
            stamps.append((path, rel, st.st_size, st.st_mtime_ns))
    else:
        from briefreader import library as lib

        c0, w0 = time.process_time(), time.perf_counter()
        files, problems = lib.scan_entries(root)
        c1, w1 = time.process_time(), time.perf_counter()
        keep = {rel for rel, _path in files}
        stamps = []
        for rel, path in files:
            try:
                st = os.stat(path)
            except OSError:
                continue
            stamps.append((path, rel, st.st_size, st.st_mtime_ns))  # a cold start's todo
        paths = files
    c2, w2 = time.process_time(), time.perf_counter()
    assert len(keep) == len(paths)
    print(c1 - c0, w1 - w0, c2 - c0, w2 - w0, len(paths), len(problems))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*")
    ap.add_argument("--base", default=BASE)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--one", nargs=2, metavar=("WHICH", "FOLDER"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        one(args.one[0], args.one[1], args.base)
        return
    print(f"load {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} on {os.cpu_count()} cores; base {args.base}")
    for folder in args.folders:
        got: dict[str, list[list[float]]] = {"old": [], "new": []}
        for _ in range(args.runs):
            for which in ("old", "new"):
                out = subprocess.run(
                    [sys.executable, __file__, "--base", args.base, "--one", which, folder],
                    check=True,
                    capture_output=True,
                    text=True,
                ).stdout.split()
                got[which].append([float(x) for x in out])
        files = {int(r[4]) for w in got.values() for r in w}
        print(f"{folder}: {sorted(files)} files; medians of {args.runs} interleaved runs (ms)")
        print(f"{'':6}{'scan CPU':>10}{'scan wall':>11}{'+stat CPU':>11}{'+stat wall':>12}")
        for which, runs in got.items():
            med = [statistics.median(r[i] for r in runs) * 1000 for i in range(4)]
            print(f"{which:6}{med[0]:10.1f}{med[1]:11.1f}{med[2]:11.1f}{med[3]:12.1f}")
        print(f"load now {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
