"""What a two-pass cold ingest would cost (issue 19, session 37): the list first, figures after.

    python benchmarks/bench_two_pass.py CORPUS [--sample 500] [--rounds 3]

A list row needs a briefing's title, date, source, topics and search document; the figures (region and
extraction), their metrics and details, the keywords and the story signature could come in a second pass
after the whole list is shown. This splits each file's analysis at that seam, in one process, without
changing the pipeline: pass 1 is library.analyse with the figures' two calls (figures.detect_region,
figures.extract_figures) recorded instead of run and no keywords, plus the search document; pass 2 runs
the recorded calls, the keywords and what index.prepared_document adds (metrics, signature, figure
detail) on pass 1's briefing. A process a mode, the modes alternating (``one``: the analysis in one go,
library._analyse_star as a worker; ``two``: the passes), since the pipeline's memoised lines and caches
would flatter whichever way ran second on the same file; a ``check`` process does both per file and
counts (and names) the files whose briefings and index rows, composed from the passes, are not equal
field by field to the one-go ones. The writer's share: each mode stores what it made into an index
(pass 1's rows with no figures, keywords, story signature or metrics); pass 2's writer cost is the
difference.

CPU time (process_time), medians over ``--rounds`` of each total; read shares, not milliseconds, on a
shared machine. Pass 2 here keeps the decoded file from pass 1 (figure_detail's region reads it): a
second pass in another process would read and decode the file again (~2% of a file's analysis).
"""

from __future__ import annotations

import argparse
import copy
import importlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TAXONOMY = (
    (HERE.parent / "src/briefreader/data/default_config.toml").read_text(encoding="utf-8").split("[topics]", 1)[1]
)


def _load():
    import briefreader.library as library

    for name in library.WORKER_MODULES:  # what a worker has loaded (not poolserver: it warms up)
        if name != "briefreader.poolserver":
            importlib.import_module(name)
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # numpy as a worker past NUMPY_AFTER files
    importlib.import_module("numpy")
    return library


class Recorder:
    """Stands in for figures.detect_region and figures.extract_figures during pass 1: records each
    call's arguments under the text it was asked about, in order (a records file's entries with no body
    share a text, each with its own source and link), runs nothing."""

    def __init__(self) -> None:
        self.calls: dict[str, list[dict]] = {}

    def detect_region(self, text, **kwargs):
        self.calls.setdefault(text, []).append({"region": kwargs})

    def extract_figures(self, text, region=None, limit=None, **kwargs):
        asked = self.calls.setdefault(text, [])
        if not asked or "figures" in asked[-1]:
            asked.append({})
        asked[-1]["figures"] = (limit, kwargs)
        return []

    def take(self, text: str) -> dict | None:
        """The next recorded call about ``text`` (pass 2 completes the briefings in the order pass 1 made them)."""
        asked = self.calls.get(text)
        return asked.pop(0) if asked else None


def pass_one(library, job, recorder: Recorder):
    """The list's fields of a file's briefings: (briefing, search document) pairs."""
    import briefreader.figures as figures
    from briefreader.index import search_document, written_forms

    real = figures.detect_region, figures.extract_figures
    figures.detect_region, figures.extract_figures = recorder.detect_region, recorder.extract_figures
    try:
        briefings = library.analyse(*job[:4], keywords=False)
    finally:
        figures.detect_region, figures.extract_figures = real
    out = []
    for b in briefings:
        b.title_written, b.source_written = written_forms(b)
        out.append((b, search_document(b)))
    return out


def pass_two(first, recorder: Recorder, stored: bool):
    """Pass 1's briefings completed: figures, keywords, metrics, signature, figure detail."""
    from briefreader import metrics, stories, topics
    from briefreader.figures import detect_region, extract_figures
    from briefreader.index import Prepared, figure_detail
    from briefreader.ingest import MAX_FIGURES
    from briefreader.model import FATAL, Problem

    out = []
    for b, document in first:
        asked = recorder.take(b.text)
        if asked is not None and "figures" in asked:
            region = detect_region(b.text, **asked["region"]) if "region" in asked else None
            limit, kwargs = asked["figures"]
            found = extract_figures(b.text, region=region, limit=limit, **kwargs)
            if len(found) > MAX_FIGURES:
                found = found[:MAX_FIGURES]
                b.problems.append(
                    Problem("truncated", f"more than {MAX_FIGURES} figures: only the first {MAX_FIGURES} are listed")
                )
            b.figures = found
        listed = not any(p.kind in FATAL for p in b.problems)
        if b.text and listed:
            b.keywords = topics.extract_keywords(b.title, b.text)
        found_metrics = metrics.figure_metrics(b.text, b.figures) if b.figures else []
        sig = stories.signature(b.title, b.text) if listed and b.text else None
        prepared = Prepared(document, found_metrics, sig.to_bytes() if sig is not None else None, figure_detail(b))
        if stored:
            b.original = ""
        out.append((b, prepared))
    return out


def measure(args: argparse.Namespace) -> dict:
    """One mode over the sample in this process: ``one`` (the one-go analysis stored), ``two`` (pass 1 and its
    rows stored, then pass 2), ``check`` (both, per file, compared). A process a mode: the pipeline's caches
    (memoised lines, the region's lru_cache) filled by one way of analysing a file would flatter the other."""
    library = _load()
    from briefreader.config import read_config
    from briefreader.index import Index, Prepared

    root = args.corpus.resolve()
    paths, _ = library.scan(root)
    step = max(1, len(paths) // args.sample)
    sample = paths[::step][: args.sample]
    tmp = Path(tempfile.mkdtemp())
    cfg = tmp / "c.toml"
    cfg.write_text(f'[library]\nbriefings = "{root}"\ncache = "{tmp}"\n[topics]{TAXONOMY}', encoding="utf-8")
    config = read_config(cfg)
    library.warm_worker()
    jobs = [(str(p), root, config.topics, config.topic_threshold, True) for p in sample]
    library._analyse_star(jobs[-1])  # lazy loads (the last file: not timed first in either mode)
    spent = dict.fromkeys(("worker", "pass 1", "pass 2", "writer"), 0.0)
    differ: list[str] = []
    index = Index.open(tmp / "index", root, "bench-two-pass")
    briefings = 0
    for job in jobs:
        rel = library._rel(Path(job[0]), root)
        if args.mode in ("one", "check"):
            t0 = time.process_time()
            stored = library._analyse_star(job)
            spent["worker"] += time.process_time() - t0
            whole = stored
        if args.mode in ("two", "check"):
            recorder = Recorder()
            t0 = time.process_time()
            first = pass_one(library, job, recorder)
            t1 = time.process_time()
            stored = []
            for b, document in first:
                row = copy.copy(b)
                row.original = ""
                stored.append((row, Prepared(document, [], None, None)))
            t2 = time.process_time()
            done = pass_two(first, recorder, stored=True)
            spent["pass 1"] += t1 - t0
            spent["pass 2"] += time.process_time() - t2
            if args.mode == "check" and whole != done:  # values: a pickle also says which strings are one object
                differ.append(rel)
        t0 = time.process_time()
        for n, (b, prepared) in enumerate(stored):
            key = f"{rel}/#{b.entry}" if b.entry else rel
            index.store(key, 1, 1, b, None, prepared, last=n == len(stored) - 1)
            briefings += 1
        spent["writer"] += time.process_time() - t0
    t0 = time.process_time()
    index.commit()
    spent["writer"] += time.process_time() - t0
    index.close()
    shutil.rmtree(tmp, ignore_errors=True)
    size = sum(p.stat().st_size for p in sample)
    return {
        "spent": spent,
        "differ": differ,
        "files": len(sample),
        "of": len(paths),
        "size": size,
        "briefings": briefings,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--sample", type=int, default=500)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--mode", choices=["one", "two", "check"], help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.mode:
        print(json.dumps(measure(args)))
        return
    base = [sys.executable, __file__, str(args.corpus), "--sample", str(args.sample), "--mode"]

    def run(mode: str) -> dict:
        done = subprocess.run([*base, mode], capture_output=True, text=True)
        if done.returncode:
            sys.exit(f"--mode {mode} failed:\n{done.stderr}")
        return json.loads(done.stdout)

    check = run("check")
    loads = [os.getloadavg()[0]]
    got: dict[str, list[dict]] = {"one": [], "two": []}
    for r in range(args.rounds):
        for mode in ("one", "two") if r % 2 == 0 else ("two", "one"):
            got[mode].append(run(mode)["spent"])
            loads.append(os.getloadavg()[0])
        print(f"round {r + 1} of {args.rounds} done, load {loads[-1]:.1f}", file=sys.stderr)
    med = lambda mode, key: statistics.median(s[key] for s in got[mode])  # noqa: E731
    n, briefings, size = check["files"], check["briefings"], check["size"]
    print(f"{n} files of {check['of']} ({size / 2**20:.1f} MB, {briefings} briefings), {args.rounds} rounds, medians")
    print(f"load average (1 min) before and after each run: {' '.join(f'{x:.1f}' for x in loads)}")
    print(f"composed from the two passes, identical to the one-go analysis: {n - len(check['differ'])} of {n} files")
    for rel in check["differ"][:20]:
        print(f"  differs: {rel}")
    one, p1, p2 = med("one", "worker"), med("two", "pass 1"), med("two", "pass 2")
    w_one, w_p1 = med("one", "writer"), med("two", "writer")
    print(f"\n{'worker (analysis)':34} {'ms a file':>10} {'share of one go':>16}")
    for name, v in (("one go", one), ("pass 1: the list's fields", p1), ("pass 2: figures, keywords, ...", p2)):
        print(f"{name:34} {v / n * 1000:10.2f} {v / one:16.1%}")
    print(f"\n{'writer (Index.store + commit)':34} {'ms a briefing':>13} {'share of one go':>16}")
    for name, v in (("one go", w_one), ("pass 1's rows", w_p1), ("pass 2 (the difference)", w_one - w_p1)):
        print(f"{name:34} {v / briefings * 1000:13.2f} {v / w_one:16.1%}")
    both = one + w_one
    print(
        f"\nthe whole list after {(p1 + w_p1) / both:.1%} of a one-go cold ingest's CPU (worker and writer); "
        f"both passes {(p1 + p2 + w_one) / both:.1%} of it; "
        f"one go {size / both / 2**20:.2f} MB a CPU second, the list alone {size / (p1 + w_p1) / 2**20:.2f}"
    )


if __name__ == "__main__":
    main()
