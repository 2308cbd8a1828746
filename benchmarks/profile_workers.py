"""Where a cold ingest's CPU goes, stage by stage, in the real pool (issue 19, session 44).

    python benchmarks/profile_workers.py CORPUS [--out DIR] [--runs 1]

``profile_ingest.py stages`` times the pipeline serially in one process; this runs the real
thing: ``briefreader list --json`` on CORPUS with an empty cache, in this process, its pool's
forkserver and workers included. Every process times the same stages (CPU, process_time; the
stage's own time, nested stages subtracted) and writes its totals to DIR; the table then gives
each stage's CPU seconds summed over the workers and its share of their whole CPU, what the
stages leave (the pool's loop, start-up: "worker glue"), and the main process's part. A sampling
profiler (py-spy) on a loaded machine counts a runnable process waiting for a core as busy, so
it charges that wait to whatever line blocked last (a pipe's send, a file's read, a select):
read CPU here, not samples.

How it reaches the workers: the pool preloads ``__main__`` in its forkserver (library's
WORKER_MODULES via multiprocessing), which imports this file again as ``__mp_main__``; with
PROFILE_WORKERS_DIR set, the import installs the timers there, and each worker forked from
the forkserver inherits them. A worker writes its totals after each job (a small file named by
its pid); the main process writes its own at the end.

The timers wrap functions where they are looked up (every briefreader module's namespace that
holds the function, so ``from x import f`` is covered): ~1-2 us a call, printed with the
calls so the overhead can be judged (segment.cut is the most frequent).
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import importlib
import json
import os
import pkgutil
import resource
import shutil
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ENV = "PROFILE_WORKERS_DIR"

# (module, attribute or Class.method, stage): a function's own CPU goes to its stage; a call of
# another timed function inside it goes to that one's stage.
STAGES: list[tuple[str, str, str]] = [
    ("briefreader.ingest", "_read_prefix", "read file"),
    ("briefreader.ingest.decode", "decode_bytes", "decode (bytes to text)"),
    ("briefreader.ingest.mojibake", "undo_double_decoding", "decode (bytes to text)"),
    ("briefreader.safe", "strip_controls", "decode (bytes to text)"),
    ("briefreader.ingest.feed", "looks_like_feed", "format detection"),
    ("briefreader.ingest.records", "looks_like_records", "format detection"),
    ("briefreader.ingest.records", "looks_like_json", "format detection"),
    ("briefreader.ingest.html", "looks_like_html", "format detection"),
    ("briefreader.ingest.markdown", "looks_like_markdown", "format detection"),
    ("briefreader.ingest.frontmatter", "split_front_matter", "format detection"),
    ("briefreader.ingest.records", "parse_records", "records, feeds: parse"),
    ("briefreader.ingest.feed", "parse_feed", "records, feeds: parse"),
    ("briefreader.ingest.formats", "format_briefings", "pdf/docx/eml readers"),
    ("briefreader.ingest.html", "html_to_doc", "html: selectolax parse + walk"),
    ("briefreader.ingest.html", "_article", "html: readability"),
    ("briefreader.ingest.markdown", "markdown_to_text", "markdown"),
    ("briefreader.ingest", "_normalize", "cleaning (clean, boilerplate, mojibake)"),
    ("briefreader.hanzi", "_convert", "OpenCC"),
    ("briefreader.hanzi", "detect_script", "script detection"),
    ("briefreader.ingest.metadata", "extract_metadata", "metadata scoring"),
    ("briefreader.ingest.mojibake", "find_damage", "damage, notice checks"),
    ("briefreader.ingest.clean", "failure_notice", "damage, notice checks"),
    ("briefreader.figures.region", "detect_region", "figures: region"),
    ("briefreader.figures.extract", "extract_figures", "figures: extract"),
    # ingest reads them through scan_figures (its figures and whether the scan was complete): wrapped too, or
    # the extractor's CPU would count as the job's rest (session 47)
    ("briefreader.figures.extract", "scan_figures", "figures: extract"),
    ("briefreader.topics", "assign_topics", "topics (taxonomy)"),
    ("briefreader.topics", "extract_keywords", "keywords (TF-IDF)"),
    ("briefreader.segment", "cut", "segmentation (rjieba)"),
    ("briefreader.index", "search_document", "search document"),
    ("briefreader.index", "written_forms", "search document"),
    ("briefreader.metrics", "figure_metrics", "metrics of figures"),
    ("briefreader.stories", "signature", "story signature"),
    ("briefreader.index", "figure_detail", "figure detail rows"),
    ("briefreader.library", "_analyse_star", "worker: the job's rest (analyse glue)"),
    ("multiprocessing.reduction", "ForkingPickler.dumps", "pool: pickle the result"),
    ("multiprocessing.connection", "_ConnectionBase.send", "pool: send (pipe)"),
    ("multiprocessing.connection", "_ConnectionBase.recv", "pool: receive (pipe, unpickle)"),
    ("multiprocessing.queues", "Queue.get", "pool: receive (pipe, unpickle)"),
    # the main process
    ("briefreader.library", "scan_entries", "main: scan the folder"),
    ("briefreader.index", "Index.open", "main: open the index"),
    ("briefreader.index", "Index.store", "main: store (rows, FTS insert)"),
    ("briefreader.index", "Index._store_rest_locked", "main: store (rows, FTS insert)"),
    ("briefreader.index", "Index._store_across_locked", "main: across rows, story match"),
    ("briefreader.index", "Index._commit_locked", "main: commit"),
    ("briefreader.index", "Index.prune", "main: prune"),
    ("briefreader.library", "_assemble", "main: assemble the library"),
    ("briefreader.library", "load_library", "main: load_library's own (stat loop, add)"),
    ("briefreader.cli", "_json_array", "main: list --json output"),
]

_own: dict[str, float] = defaultdict(float)
_calls: dict[str, int] = defaultdict(int)
_local = threading.local()  # a stack a thread (the main process's queue feeder pickles in its own)
_clock = time.thread_time  # this thread's CPU: another thread's work inside a timed call is not its


def _stack() -> list[list]:
    stack = getattr(_local, "stack", None)
    if stack is None:
        stack = _local.stack = []
    return stack


def _timed(name: str, fn):
    def wrapper(*args, **kwargs):
        frame = [name, 0.0]
        stack = _stack()
        stack.append(frame)
        start = _clock()
        try:
            return fn(*args, **kwargs)
        finally:
            spent = _clock() - start
            stack.pop()
            _own[name] += spent - frame[1]
            _calls[name] += 1
            if stack:
                stack[-1][1] += spent

    # its name is the function's: the pool pickles _analyse_star by reference, finding this wrapper
    with contextlib.suppress(AttributeError, TypeError):
        functools.update_wrapper(wrapper, fn)
    return wrapper


def _dump(folder: str, role: str) -> None:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    record = {
        "role": role,
        "cpu": usage.ru_utime + usage.ru_stime,
        "user": usage.ru_utime,
        "sys": usage.ru_stime,
        "own": dict(_own),
        "calls": dict(_calls),
        "jobs": _jobs[0],
    }
    path = os.path.join(folder, f"{role}.{os.getpid()}.json")
    with open(path + ".tmp", "w", encoding="utf-8") as fh:
        json.dump(record, fh)
    os.replace(path + ".tmp", path)


_jobs = [0]
DUMP_EVERY = 500  # jobs between a worker's dumps (each ~0.4 ms at load: 2.5% of a worker when made at every job)


def install(folder: str) -> None:
    """Import the pipeline, wrap every STAGES function wherever a module holds it."""
    import briefreader

    for info in pkgutil.walk_packages(briefreader.__path__, "briefreader."):
        if info.name.startswith(("briefreader.tui", "briefreader.app", "briefreader.__main__")):
            continue  # the core never needs Textual
        with contextlib.suppress(Exception):
            importlib.import_module(info.name)
    wrappers = {}
    for module_name, attr, stage in STAGES:
        module = importlib.import_module(module_name)
        owner, name = module, attr
        if "." in attr:
            cls, name = attr.split(".")
            owner = getattr(module, cls)
        fn = getattr(owner, name)
        wrapped = _timed(stage, fn)
        if module_name == "briefreader.library" and attr == "_analyse_star":
            inner = wrapped

            def wrapped(*args, **kwargs):  # type: ignore[no-redef]
                try:
                    return inner(*args, **kwargs)
                finally:
                    _jobs[0] += 1
                    if _jobs[0] == 1:  # at the worker's end (its _bootstrap runs multiprocessing's finalizers)
                        import multiprocessing.util

                        multiprocessing.util.Finalize(None, _dump, args=(folder, "worker"), exitpriority=10)
                    if _jobs[0] % DUMP_EVERY == 0:  # and now and then, should it be terminated
                        start = _clock()
                        _dump(folder, "worker")
                        _own["(the profiler's own dump)"] += _clock() - start

            functools.update_wrapper(wrapped, fn)
        setattr(owner, name, wrapped)
        wrappers[id(fn)] = (fn, wrapped)
    for mod in list(sys.modules.values()):  # `from x import f` bindings
        if not getattr(mod, "__name__", "").startswith("briefreader"):
            continue
        for key, value in list(vars(mod).items()):
            hit = wrappers.get(id(value))
            if hit is not None and hit[0] is value:
                setattr(mod, key, hit[1])


if os.environ.get(ENV) and __name__ == "__mp_main__":  # the forkserver, importing its preload
    install(os.environ[ENV])


def run(corpus: Path, out: Path, src_digest: str) -> dict:
    folder = Path(tempfile.mkdtemp(prefix="pw-", dir=out))
    os.environ[ENV] = str(folder)
    cache = folder / "cache"
    cfg = folder / "c.toml"
    taxonomy = (HERE.parent / "src/briefreader/data/default_config.toml").read_text(encoding="utf-8")
    cfg.write_text(
        f'[library]\nbriefings = "{corpus}"\ncache = "{cache}"\nnotes = "{folder / "notes.toml"}"\n'
        f"[topics]{taxonomy.split('[topics]', 1)[1]}",
        encoding="utf-8",
    )
    t_import = time.process_time()
    install(str(folder))
    t_import = time.process_time() - t_import
    from briefreader import cli

    listed = folder / "list.json"
    start_wall = time.perf_counter()
    load0 = os.getloadavg()[0]
    with open(listed, "w", encoding="utf-8") as fh, contextlib.redirect_stdout(fh):
        with contextlib.suppress(SystemExit):
            cli.main(["--config", str(cfg), "list", "--json"])
    wall = time.perf_counter() - start_wall
    _dump(str(folder), "main")
    records = [json.loads(p.read_text(encoding="utf-8")) for p in folder.glob("*.json") if p.name != "list.json"]
    import hashlib

    digest = hashlib.sha256(listed.read_bytes()).hexdigest()[:16]
    shutil.rmtree(cache, ignore_errors=True)
    return {
        "records": records,
        "wall": wall,
        "load": (load0, os.getloadavg()[0]),
        "list_sha": digest,
        "import": t_import,
        "folder": str(folder),
    }


def report(result: dict, corpus_bytes: int, files: int) -> None:
    workers = [r for r in result["records"] if r["role"] == "worker"]
    main = next(r for r in result["records"] if r["role"] == "main")
    main["cpu"] -= result["import"]  # the timers' install (importing every module) is the profiler's, not the run's
    w_cpu = sum(r["cpu"] - r["own"].get("(the profiler's own dump)", 0.0) for r in workers)
    for r in workers:
        r["own"].pop("(the profiler's own dump)", None)
    w_sys = sum(r["sys"] for r in workers)
    jobs = sum(r["jobs"] for r in workers)
    own: dict[str, float] = defaultdict(float)
    calls: dict[str, int] = defaultdict(int)
    for r in workers:
        for k, v in r["own"].items():
            own[k] += v
        for k, v in r["calls"].items():
            calls[k] += v
    glue = w_cpu - sum(own.values())
    total = w_cpu + main["cpu"]
    print(
        f"list --json {result['list_sha']}; wall {result['wall']:.1f} s; load {result['load'][0]:.1f} -> "
        f"{result['load'][1]:.1f}; timers installed in {result['import']:.2f} s (main, not counted below)"
    )
    print(
        f"workers: {len(workers)}, {jobs} jobs, CPU {w_cpu:.2f} s (sys {w_sys:.2f}); main CPU {main['cpu']:.2f} s "
        f"(sys {main['sys']:.2f}); the two = {total:.2f} s = {corpus_bytes / total / 2**20:.3f} MB a CPU second "
        f"({files} files, {corpus_bytes / 2**20:.1f} MB)"
    )
    print(f"\n{'worker stage (own CPU)':46} {'CPU s':>7} {'share':>6} {'ms/file':>8} {'calls':>8}")
    for name, spent in sorted(own.items(), key=lambda kv: -kv[1]):
        print(f"{name:46} {spent:7.2f} {spent / w_cpu:6.1%} {spent / files * 1000:8.2f} {calls[name]:8}")
    print(
        f"{'worker glue (pool loop, limits, start-up)':46} {glue:7.2f} {glue / w_cpu:6.1%} {glue / files * 1000:8.2f}"
    )
    m_own = {k: v for k, v in main["own"].items()}
    m_glue = main["cpu"] - sum(m_own.values())
    print(f"\n{'main process (own CPU)':46} {'CPU s':>7} {'share':>6} {'of all':>6} {'calls':>8}")
    for name, spent in sorted(m_own.items(), key=lambda kv: -kv[1]):
        print(f"{name:46} {spent:7.2f} {spent / main['cpu']:6.1%} {spent / total:6.1%} {main['calls'][name]:8}")
    print(
        f"{'main: the rest (imports, config, pool start)':46} {m_glue:7.2f} {m_glue / main['cpu']:6.1%} "
        f"{m_glue / total:6.1%}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()))
    parser.add_argument("--keep", action="store_true", help="keep each run's folder (its records and list)")
    args = parser.parse_args()
    corpus = args.corpus.resolve()
    sizes = [p.stat().st_size for p in corpus.rglob("*") if p.is_file()]
    args.out.mkdir(parents=True, exist_ok=True)
    result = run(corpus, args.out, "")
    report(result, sum(sizes), len(sizes))
    if not args.keep:
        shutil.rmtree(result["folder"], ignore_errors=True)


if __name__ == "__main__":
    main()
