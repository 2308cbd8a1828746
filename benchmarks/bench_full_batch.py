"""Issue 19 (review s10 F3): loops that read many PDF, Word and mail briefings again.

    python benchmarks/bench_full_batch.py WORK [--pdf 40] [--docx 10] [--eml 10] [--runs 3]

A folder of generated briefings (benchmarks/generate_corpus.py's articles typeset by
reportlab, its Word documents and mails: one story each) is ingested once into an
index under WORK; each run then opens a fresh library (a warm start: list entries, no
text) and times, per file, what reads every briefing again:

* ``figures``: the CLI's ``figures`` over the whole list (each briefing in full);
* ``digest``: digest.build_digest over the whole list (each story's newest version);
* ``rows``: across's figure rows without the index (each briefing in full).

Each such file is read under the workers' limits (library.read_guarded): a worker
forked per file before this change, one pool for a batch after it. Prints medians of
``--runs`` with the machine's load.

Measured 2026-12-02 12:00-12:10 (session 11), 40 PDFs + 10 .docx + 10 .eml, frozen
copies run side by side at load ~10, medians of 3 (ms a file):
  HEAD 63a63a4 (a worker forked per file): figures 334, digest 330, rows 395
  Library.full_many (93bd030):              figures 105, digest  94, rows 108
(the first run, at load ~5: 191 / 199 / 232 before.)
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))


def log(*parts: object) -> None:
    print(*parts, f"[load {' '.join(f'{x:.1f}' for x in os.getloadavg())}]", flush=True)


def make_folder(folder: Path, counts: dict[str, int], seed: int = 19) -> int:
    import generate_corpus as gc

    rng = random.Random(seed)
    n = 0
    for kind, count in counts.items():
        make = {"pdf": gc._pdf, "docx": gc._docx, "eml": gc._eml}[kind]
        for _ in range(count):
            a = gc.make_article(rng)
            (folder / f"{n:04d}.{kind}").write_bytes(make(rng, a))
            n += 1
    return n


def _full_all(library) -> int:
    briefings = list(library.briefings)
    many = getattr(library, "full_many", None)
    fulls = many(briefings) if many is not None else map(library.full, briefings)
    return sum(len(f.figures) for f in fulls)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("work", type=Path)
    parser.add_argument("--pdf", type=int, default=40)
    parser.add_argument("--docx", type=int, default=10)
    parser.add_argument("--eml", type=int, default=10)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    import briefreader
    from briefreader import across
    from briefreader.config import default_config
    from briefreader.digest import build_digest
    from briefreader.library import load_library

    log(f"briefreader from {Path(briefreader.__file__).parent}")
    shutil.rmtree(args.work, ignore_errors=True)
    folder = args.work / "briefings"
    folder.mkdir(parents=True)
    files = make_folder(folder, {"pdf": args.pdf, "docx": args.docx, "eml": args.eml})
    config = replace(default_config(), briefings=folder, cache_dir=args.work / "cache")
    start = time.perf_counter()
    cold = load_library(config)
    log(f"{files} files, cold ingest {time.perf_counter() - start:.2f} s, {len(cold.briefings)} listed")
    cold.close()

    def fresh():
        lib = load_library(config)
        assert not any(b.loaded for b in lib.briefings)
        return lib

    tasks = {
        "figures": _full_all,
        "digest": lambda lib: len(build_digest(lib, lib.briefings, labels={})),
        "rows": lambda lib: len(across._memory_rows(lib, lib.briefings)),
    }
    times: dict[str, list[float]] = {name: [] for name in tasks}
    for run in range(args.runs):
        for name, task in tasks.items():
            lib = fresh()
            start = time.perf_counter()
            out = task(lib)
            times[name].append(time.perf_counter() - start)
            lib.close()
            log(f"run {run + 1} {name}: {times[name][-1]:.2f} s ({out})")
    for name, got in times.items():
        median = statistics.median(got)
        log(f"{name}: median {median:.2f} s, {1000 * median / files:.0f} ms a file ({files} files)")


if __name__ == "__main__":
    main()
