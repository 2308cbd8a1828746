"""Where cold ingest spends its time and memory (issue 19).

    python benchmarks/profile_ingest.py stages CORPUS [--sample 1500]
    python benchmarks/profile_ingest.py cold CORPUS [--cache DIR] [--runs 1]
    python benchmarks/profile_ingest.py incremental CORPUS --add EXTRA

``stages``: one process, serially, over a sample of the corpus's files (every k-th
file by path, so every kind is in it): the import and first-call cost of the
pipeline, then each stage's own time (nested stages are subtracted from the stage
that calls them) per file and as a share, the time per kind of file, the size and
cost of pickling what a worker sends back, and the index's insert in the writing
process. The timers wrap the pipeline's functions where they are called and count
CPU time (process_time: on a shared, loaded machine wall time is mostly waiting); the
overhead is a few microseconds a call.

``incremental``: CORPUS cold, then the files of ``--add`` ingested alone, then added to
CORPUS's index, then listed again with nothing changed (what listing the whole library
costs, which adding also pays), then removed again (the rows left behind are counted).

``stages --cprofile OUT``: also cProfile the same loop, timed in CPU (process_time, not
wall: on a shared machine wall time is the run queue): OUT.worker.prof for the analysing
and OUT.main.prof for the index's inserts, each with its 40 costliest functions (own
time, then cumulative) in OUT.worker.txt and OUT.main.txt, and the worker's own time by
module (whose code it is: briefreader's modules, site-packages; a built-in function's time
charged to its caller's module). The profiler
multiplies the time by ~4 (Python code more than C); read shares from the stage timers, the
functions within a stage from the profile. numpy is loaded, as in a worker past its first
NUMPY_AFTER files; ``--no-numpy``: the paths without it.

``sizes``: what each table and index of an index file (CORPUS is the .sqlite3 file, or a
cache folder holding one) takes on disk: the bytes a vacuumed copy loses when that one
object is dropped (no dbstat in the SQLite we ship).

``cold``: ``briefreader list --json`` on CORPUS with an empty cache, in a fresh
process, sampling /proc every 50 ms for every process of its tree: wall time,
briefings/s, MB/s, each process's peak RSS and CPU seconds, and the machine's load
average before and after. Medians over ``--runs``. ``cold --src A --against B``: two
versions' cold ingests in turns (A, B, A, B, ...), the CPU of each tree, the load, medians,
whether `list --json` is the same, and with ``--dumps DIR`` each index's table-by-table dump.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import hashlib
import importlib
import os
import pickle
import pstats
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXE = str(Path(sys.executable).parent / "briefreader")
TAXONOMY = (
    (HERE.parent / "src/briefreader/data/default_config.toml").read_text(encoding="utf-8").split("[topics]", 1)[1]
)


# --- stage timers ---------------------------------------------------------------------

_own: dict[str, float] = defaultdict(float)
_calls: dict[str, int] = defaultdict(int)
_stack: list[list] = []


def _timed(name: str, fn):
    def wrapper(*args, **kwargs):
        frame = [name, 0.0]
        _stack.append(frame)
        start = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            spent = time.process_time() - start
            _stack.pop()
            _own[name] += spent - frame[1]
            _calls[name] += 1
            if _stack:
                _stack[-1][1] += spent

    wrapper.__wrapped__ = fn
    return wrapper


def _patch(module, attr: str, name: str) -> None:
    setattr(module, attr, _timed(name, getattr(module, attr)))


def install_timers() -> None:
    import briefreader.figures as figures
    import briefreader.index as index
    import briefreader.ingest as ingest
    import briefreader.ingest.html as html
    import briefreader.library as library
    import briefreader.metrics as metrics
    import briefreader.stories as stories
    import briefreader.topics as topics

    for attr, name in [
        ("_read_prefix", "read file"),
        ("decode_bytes", "decode"),
        ("split_front_matter", "front matter"),
        ("html_to_doc", "html: selectolax parse + walk"),
        ("markdown_to_text", "markdown"),
        ("parse_feed", "feed (feedparser)"),
        ("format_briefings", "pdf/docx/eml readers"),
        ("_normalize", "normalize (clean, OpenCC, boilerplate)"),
        ("extract_metadata", "metadata scoring"),
        ("find_damage", "mojibake check"),
        ("strip_controls", "strip controls"),
    ]:
        _patch(ingest, attr, name)
    _patch(html, "_article", "html: readability-lxml")
    _patch(figures, "detect_region", "figures: region")
    _patch(figures, "extract_figures", "figures: extract")
    import briefreader.figures.extract as extract

    # ingest reads its figures through extract.scan_figures, imported where it is called: without this timer the
    # extractor's time went to "analyse: rest" (session 49; profile_workers.py wraps it since session 47)
    _patch(extract, "scan_figures", "figures: extract")
    _patch(topics, "assign_topics", "topics (taxonomy regexes)")
    _patch(topics, "extract_keywords", "keywords (rjieba TF-IDF)")
    _patch(index, "search_document", "search document (fold, tokens)")
    import briefreader.textsearch as textsearch

    if hasattr(textsearch, "text_words"):  # session 24: the worker makes the search words without the document
        _patch(textsearch, "text_words", "search words (tokens)")
    _patch(metrics, "figure_metrics", "metrics of figures")
    _patch(stories, "signature", "story signature (MinHash)")
    _patch(library, "analyse", "analyse: rest")
    index.Index.store = _timed("index: store (insert, FTS)", index.Index.store)
    index.Index._store_across_locked = _timed("index: across rows and story match", index.Index._store_across_locked)
    index.Index._commit_locked = _timed("index: commit", index.Index._commit_locked)


def _where(filename: str) -> str:
    if "/src/briefreader/" in filename:
        return "briefreader/" + filename.split("/src/briefreader/", 1)[1]
    if "site-packages/" in filename:
        return "site:" + filename.split("site-packages/", 1)[1].split("/", 1)[0]
    return "builtins" if filename == "~" else "stdlib"


def own_time_by_module(stats: pstats.Stats) -> dict[str, float]:
    """The profile's own time (tottime) summed by where the code is: a module of briefreader
    (``briefreader/ingest/metadata.py``), a package of site-packages (``site:lxml``) or the
    standard library. A built-in function's time (a regex's search, a str method: 38% of a
    worker's) is charged to the module that called it, by the time it spent for each caller."""
    out: dict[str, float] = defaultdict(float)
    for (filename, _line, _name), (_cc, _nc, tottime, _ct, callers) in stats.stats.items():  # type: ignore[attr-defined]
        if filename != "~" or not callers:
            out[_where(filename)] += tottime
            continue
        for (caller_file, _l, _n), timing in callers.items():
            out[_where(caller_file)] += timing[2]  # (calls, primitive calls, own time, cumulative) for this caller
    return out


def stages(args: argparse.Namespace) -> None:
    t0 = time.process_time()
    import briefreader.ingest  # noqa: F401
    import briefreader.library as library

    # What a worker has loaded; not poolserver, which ignores Ctrl+C and warms up: a worker's
    # start, not its files. numpy too, unless --no-numpy: since session 34 it is no longer among
    # WORKER_MODULES but a worker imports it after its first NUMPY_AFTER files (library._import_numpy),
    # and stories.signature and hanzi.detect_script take their numpy paths from then on; without it
    # this profile timed the pure-Python paths no worker runs past its first files (session 36:
    # the signature 1.21 ms a file here against 0.63 with numpy).
    for name in getattr(library, "WORKER_MODULES", ()):
        if name != "briefreader.poolserver":
            importlib.import_module(name)
    if not args.no_numpy:
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as library._import_numpy
        importlib.import_module("numpy")
    t_import = time.process_time() - t0
    from briefreader.config import read_config

    root = args.corpus.resolve()
    paths, _ = library.scan(root)
    step = max(1, len(paths) // args.sample)
    sample = paths[::step][: args.sample]
    cfg = Path(tempfile.mkdtemp()) / "c.toml"
    cfg.write_text(f'[library]\nbriefings = "{root}"\ncache = "{cfg.parent}"\n[topics]{TAXONOMY}', encoding="utf-8")
    config = read_config(cfg)
    job = lambda p: (p, root, config.topics, config.topic_threshold, True)  # noqa: E731
    try:
        library._analyse_star(job(sample[0]))
    except (TypeError, ValueError):  # before issue 19: no "stored" flag
        job = lambda p: (p, root, config.topics, config.topic_threshold)  # noqa: E731

    t0 = time.process_time()
    library._analyse_star(job(sample[0]))  # first call: lazy imports, rjieba and OpenCC dictionaries
    t_first = time.process_time() - t0
    install_timers()
    from briefreader.index import Index

    profiles = {"worker": cProfile.Profile(time.process_time), "main": cProfile.Profile(time.process_time)}
    worker_prof = profiles["worker"] if args.cprofile else contextlib.nullcontext()
    main_prof = profiles["main"] if args.cprofile else contextlib.nullcontext()

    index = Index.open(cfg.parent, root, library.analysis_version(config))
    per_kind: dict[str, list[float]] = defaultdict(list)
    bytes_in = 0
    pickled = pickle_time = analyse_time = 0.0
    briefings = 0
    for path in sample:
        start = time.process_time()
        with worker_prof:
            result = library._analyse_star(job(path))
        spent = time.process_time() - start
        analyse_time += spent
        per_kind[path.suffix].append(spent)
        bytes_in += path.stat().st_size
        start = time.process_time()
        blob = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
        pickle.loads(blob)
        pickle_time += time.process_time() - start
        pickled += len(blob)
        rel = library._rel(path, root)
        for briefing, document in result:
            briefings += 1
            row = f"{rel}/#{briefing.entry}" if briefing.entry else rel
            with main_prof:
                index.store(row, 1, 1, briefing, None, document)
    with main_prof:
        index.commit()
    index.close()
    if args.cprofile:
        for name, prof in profiles.items():
            prof.dump_stats(f"{args.cprofile}.{name}.prof")
            with open(f"{args.cprofile}.{name}.txt", "w", encoding="utf-8") as out:
                stats = pstats.Stats(prof, stream=out)
                stats.sort_stats("tottime").print_stats(40)
                stats.sort_stats("cumulative").print_stats(40)
        by_module = own_time_by_module(pstats.Stats(profiles["worker"]))
    shutil.rmtree(cfg.parent, ignore_errors=True)

    n = len(sample)
    print(f"sample: {n} files of {len(paths)} ({bytes_in / 2**20:.1f} MB, {briefings} briefings), one process")
    print(f"import of the pipeline {t_import * 1000:.0f} ms; first file (lazy loads) {t_first * 1000:.0f} ms")
    print(
        f"analyse in the worker: {analyse_time / n * 1000:.2f} ms/file, {bytes_in / analyse_time / 2**20:.2f} MB/s"
        f" a core; pickling the results there and back: {pickle_time / n * 1000:.2f} ms/file,"
        f" {pickled / n / 1024:.1f} KB/file"
    )
    worker = {k: v for k, v in _own.items() if not k.startswith("index")}
    other = analyse_time - sum(worker.values())
    print(f"\n{'stage (own time)':44} {'ms/file':>8} {'share':>6} {'calls':>7}")
    for name, spent in sorted(worker.items(), key=lambda kv: -kv[1]):
        print(f"{name:44} {spent / n * 1000:8.2f} {spent / analyse_time:6.1%} {_calls[name]:7}")
    print(f"{'(prepared_document glue)':44} {other / n * 1000:8.2f} {other / analyse_time:6.1%}")
    print("\nin the process writing the index:")
    for name, spent in sorted(_own.items()):
        if name.startswith("index"):
            print(f"{name:44} {spent / briefings * 1000:8.2f} ms/briefing")
    if args.cprofile:  # whose code the worker's time is in (the profiler's own time a function, summed)
        total = sum(by_module.values()) or 1.0
        print(f"\n{'worker, own time by module (cProfile, built-ins to callers)':60} {'share':>6}")
        for module, spent in sorted(by_module.items(), key=lambda kv: -kv[1])[:25]:
            print(f"{module:60} {spent / total:6.1%}")
    print(f"\n{'kind':8} {'files':>6} {'ms/file median':>15} {'mean':>8} {'share of time':>14}")
    for kind, times in sorted(per_kind.items(), key=lambda kv: -sum(kv[1])):
        print(
            f"{kind:8} {len(times):6} {statistics.median(times) * 1000:15.1f} {statistics.mean(times) * 1000:8.1f}"
            f" {sum(times) / analyse_time:14.1%}"
        )


# --- cold ingest with every process's memory -------------------------------------------


def _children(pid: int) -> list[int]:
    out = []
    with contextlib.suppress(OSError):
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as fh:
                out += [int(c) for c in fh.read().split()]
    return out


def _tree(pid: int) -> list[int]:
    todo, seen = [pid], []
    while todo:
        p = todo.pop()
        seen.append(p)
        todo += _children(p)
    return seen


def _sample(pid: int) -> tuple[float, float, str] | None:
    """(RSS MB, CPU seconds, name) of one process. Workers are forked from the
    forkserver and share its command line: a forkserver's parent is the main process."""
    try:
        with open(f"/proc/{pid}/status") as fh:
            rss = next((int(line.split()[1]) for line in fh if line.startswith("VmRSS:")), 0)
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            cmd = fh.read().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return None
    cpu = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    if "resource_tracker" in cmd:
        name = "resource tracker"
    elif "forkserver" in cmd:
        name = "worker" if _is_forkserver(int(fields[1])) else "forkserver"
    else:
        name = "main" if "briefreader" in cmd else "worker"
    return rss / 1024, cpu, name


def _is_forkserver(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            return b"forkserver" in fh.read()
    except OSError:
        return False


def _index_rows(cache: Path) -> int:
    try:
        from pysqlite3 import dbapi2 as sqlite3
    except ImportError:
        import sqlite3
    try:
        db = next(Path(cache).glob("index-*.sqlite3"))
        with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)) as conn:
            return int(conn.execute("SELECT count(*) FROM briefings").fetchone()[0])
    except Exception:  # noqa: BLE001 - not there yet, or locked: a progress line only
        return -1


def cold_run(config: Path, cache: Path, src: Path | None = None, keep_cache: bool = False, every: float = 0) -> dict:
    if not keep_cache:
        shutil.rmtree(cache, ignore_errors=True)
    env = dict(os.environ, PYTHONPATH=str(src)) if src else None  # another checkout's code (a "before")
    start = time.perf_counter()
    proc = subprocess.Popen([EXE, "--config", str(config), "list", "--json"], stdout=subprocess.PIPE, env=env)
    peak: dict[int, list] = {}
    import threading

    out: list[bytes] = []
    reader = threading.Thread(target=lambda: out.append(proc.stdout.read()))  # type: ignore[union-attr]
    reader.start()
    shown = start
    while proc.poll() is None:
        if every and time.perf_counter() - shown >= every:  # a line now and then: a long run can be read part-way
            shown = time.perf_counter()
            print(
                f"    {shown - start:6.0f} s: {_index_rows(cache)} rows stored; load {os.getloadavg()[0]:.1f}; "
                + ", ".join(f"{v[2]} {v[0]:.0f} MB/{v[1]:.0f} s" for v in peak.values()),
                flush=True,
            )
        for pid in _tree(proc.pid):
            s = _sample(pid)
            if s is None:
                continue
            rss, cpu, name = s
            name = "main" if pid == proc.pid else name
            old = peak.get(pid, [0.0, 0.0, name])
            peak[pid] = [max(old[0], rss), max(old[1], cpu), name]
        time.sleep(0.05)
    wall = time.perf_counter() - start
    reader.join()
    import json

    listed = len(json.loads(out[0] or b"[]"))
    digest = hashlib.sha256(out[0] or b"").hexdigest()[:16]  # `list --json`: the same list, keywords and all
    return {"wall": wall, "listed": listed, "procs": peak, "list_sha": digest}


def cold(args: argparse.Namespace) -> None:
    if args.against:
        cold_ab(args)
        return
    corpus = args.corpus.resolve()
    work = Path(tempfile.mkdtemp(prefix="brprof-"))
    cache = args.cache or work / "cache"
    config = work / "config.toml"
    config.write_text(
        f'[library]\nbriefings = "{corpus}"\nnotes = "{work / "notes.toml"}"\ncache = "{cache}"\n\n[topics]{TAXONOMY}',
        encoding="utf-8",
    )
    files = [p for p in corpus.rglob("*") if p.is_file()]
    mb = sum(p.stat().st_size for p in files) / 2**20
    print(
        f"corpus {corpus}: {len(files)} files, {mb:.1f} MB; code {args.src or 'this checkout'}; load {os.getloadavg()}"
    )
    runs = []
    for _ in range(args.runs):
        r = cold_run(config, cache, args.src, every=args.every)
        runs.append(r)
        procs = sorted(r["procs"].values(), key=lambda v: (v[2] != "main", v[2]))
        print(
            f"  {r['wall']:.1f} s, {r['listed']} briefings = {r['listed'] / r['wall']:,.0f}/s, {mb / r['wall']:.2f} MB/s;"
            " per process (peak RSS MB / CPU s): "
            + ", ".join(f"{name} {rss:.0f}/{cpu:.1f}" for rss, cpu, name in procs),
            flush=True,
        )
    wall = statistics.median(r["wall"] for r in runs)
    listed = runs[0]["listed"]
    peak = max(v[0] for r in runs for v in r["procs"].values())
    print(
        f"cold ingest: median {wall:.1f} s of {len(runs)}: {listed / wall:,.0f} briefings/s, {mb / wall:.2f} MB/s;"
        f" largest process {peak:.0f} MB; load after {os.getloadavg()}"
    )
    index_mb = sum(p.stat().st_size for p in Path(cache).rglob("*") if p.is_file()) / 2**20
    print(f"index on disk {index_mb:.0f} MB ({index_mb / mb:.2f}x the corpus)")
    shutil.rmtree(work, ignore_errors=True)


def cold_ab(args: argparse.Namespace) -> None:
    """``cold --src A --against B``: A's and B's cold ingest of CORPUS in turns (ABAB...,
    ``--runs`` of each), each a fresh process tree with an empty cache: the CPU seconds of
    every process of the tree (main, workers, forkserver), the load beside each run, medians,
    and whether the two give the same `list --json` and (``--dumps DIR``) the same index,
    table by table (bench_writer.py dump, one file a run)."""
    corpus = args.corpus.resolve()
    work = Path(tempfile.mkdtemp(prefix="brab-"))
    files = [p for p in corpus.rglob("*") if p.is_file()]
    mb = sum(p.stat().st_size for p in files) / 2**20
    print(f"corpus {corpus}: {len(files)} files, {mb:.1f} MB; A {args.src}; B {args.against}")
    if args.dumps:
        args.dumps.mkdir(parents=True, exist_ok=True)
    cpu: dict[str, list[float]] = {"A": [], "B": []}
    shas: dict[str, set[str]] = {"A": set(), "B": set()}
    for n in range(args.runs):
        for label, src in (("A", args.src), ("B", args.against)):
            cache = work / f"cache{label}"
            config = work / f"{label}.toml"
            config.write_text(
                f'[library]\nbriefings = "{corpus}"\nnotes = "{work / "notes.toml"}"\ncache = "{cache}"\n\n'
                f"[topics]{TAXONOMY}",
                encoding="utf-8",
            )
            before = os.getloadavg()[0]
            r = cold_run(config, cache, src)
            after = os.getloadavg()[0]
            roles: dict[str, float] = defaultdict(float)
            for _rss, seconds, name in r["procs"].values():
                roles[name] += seconds
            total = _cpu(r)
            cpu[label].append(total)
            shas[label].add(r["list_sha"])
            peak = max(v[0] for v in r["procs"].values())
            print(
                f"  round {n + 1} {label}: CPU {total:.2f} s ("
                + ", ".join(f"{name} {seconds:.2f}" for name, seconds in sorted(roles.items()))
                + f"), {mb / total:.3f} MB a CPU second; wall {r['wall']:.1f} s; {r['listed']} listed;"
                f" peak {peak:.0f} MB; list {r['list_sha']}; load {before:.1f} -> {after:.1f}",
                flush=True,
            )
            if args.dumps:
                index = next(cache.glob("index-*.sqlite3"))
                out = args.dumps / f"{label}{n + 1}.dump"
                subprocess.run(
                    [sys.executable, str(HERE / "bench_writer.py"), "dump", str(index), str(out)], check=True
                )
            shutil.rmtree(cache, ignore_errors=True)
    a, b = statistics.median(cpu["A"]), statistics.median(cpu["B"])
    print(f"median CPU: A {a:.2f} s, B {b:.2f} s = {b / a:.3f}x; MB a CPU second: A {mb / a:.3f}, B {mb / b:.3f}")
    print(f"`list --json` the same in every run: {len(shas['A'] | shas['B']) == 1} ({sorted(shas['A'] | shas['B'])})")
    shutil.rmtree(work, ignore_errors=True)


def _cpu(r: dict) -> float:
    return sum(v[1] for v in r["procs"].values())


def incremental(args: argparse.Namespace) -> None:
    """Adding ``--add``'s files to CORPUS (indexed) against ingesting them alone, then
    removing them again: what each costs, and whether rows are left behind."""
    try:  # the SQLite the index was written with (contentless_delete needs 3.43)
        from pysqlite3 import dbapi2 as sqlite3
    except ImportError:
        import sqlite3

    corpus, extra = args.corpus.resolve(), args.add.resolve()
    work = Path(tempfile.mkdtemp(prefix="brinc-"))
    added = corpus / "_added"
    shutil.rmtree(added, ignore_errors=True)

    def config_for(folder: Path, cache: Path) -> Path:
        path = work / f"{cache.name}.toml"
        path.write_text(
            f'[library]\nbriefings = "{folder}"\nnotes = "{work / "n.toml"}"\ncache = "{cache}"\n\n[topics]{TAXONOMY}',
            encoding="utf-8",
        )
        return path

    main_cfg, cache = config_for(corpus, work / "cache"), work / "cache"
    full = cold_run(main_cfg, cache, args.src)
    print(f"cold ingest of {corpus.name}: {full['wall']:.1f} s, {_cpu(full):.1f} CPU s, {full['listed']} listed")
    alone = cold_run(config_for(extra, work / "alone"), work / "alone", args.src)
    print(f"the {alone['listed']} added briefings alone, cold: {alone['wall']:.1f} s, {_cpu(alone):.1f} CPU s")
    shutil.copytree(extra, added)
    add = cold_run(main_cfg, cache, args.src, keep_cache=True)
    print(
        f"added to the library: {add['wall']:.1f} s, {_cpu(add):.1f} CPU s, {add['listed']} listed"
        f" = {add['wall'] / alone['wall']:.2f}x the wall, {_cpu(add) / _cpu(alone):.2f}x the CPU of ingesting them alone"
    )
    # Nothing changed: what listing the whole library costs (start-up, reading every row,
    # checking every file, the JSON of every entry). Adding pays it too: the rest is the adding.
    warm = cold_run(main_cfg, cache, args.src, keep_cache=True)
    extra = _cpu(add) - _cpu(warm)
    print(
        f"the same library again, nothing changed: {warm['wall']:.1f} s, {_cpu(warm):.1f} CPU s; adding beyond"
        f" that: {extra:.1f} CPU s = {extra / _cpu(alone):.2f}x the CPU of ingesting them alone"
    )
    shutil.rmtree(added)
    gone = cold_run(main_cfg, cache, args.src, keep_cache=True)
    db = next(Path(cache).glob("index-*.sqlite3"))
    with contextlib.closing(sqlite3.connect(db)) as conn:
        rows = conn.execute("SELECT count(*) FROM briefings").fetchone()[0]
        tables = [t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()]
        orphans = {
            t: conn.execute(f"SELECT count(*) FROM {t} WHERE doc NOT IN (SELECT rowid FROM briefings)").fetchone()[0]
            for t in tables
            if "doc" in {c[1] for c in conn.execute(f"PRAGMA table_info({t})")}
        }
    print(
        f"removed again: {gone['wall']:.1f} s, {_cpu(gone):.1f} CPU s, {gone['listed']} listed; index rows {rows};"
        f" rows of removed briefings left: {sum(orphans.values())} {orphans}"
    )
    shutil.rmtree(work, ignore_errors=True)


# --- what the index's parts take on disk ------------------------------------------------


def sizes(args: argparse.Namespace) -> None:
    try:
        from pysqlite3 import dbapi2 as sqlite3
    except ImportError:
        import sqlite3
    path = args.corpus
    if path.is_dir():
        path = next(path.glob("index-*.sqlite3"))
    work = Path(tempfile.mkdtemp(prefix="brsizes-"))

    def vacuumed(drop: str = "") -> int:
        copy = work / "copy.sqlite3"
        copy.unlink(missing_ok=True)
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            conn.execute("VACUUM INTO ?", (str(copy),))
        if drop:
            with contextlib.closing(sqlite3.connect(copy)) as conn:
                conn.execute(drop)
                conn.commit()
                conn.execute("VACUUM")
        return copy.stat().st_size

    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        objects = conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE type IN ('table', 'index') AND sql IS NOT NULL"
            " AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
    whole = vacuumed()
    print(f"{path}: {path.stat().st_size / 2**20:.2f} MB, vacuumed {whole / 2**20:.2f} MB")
    rows = []
    for kind, name, sql in objects:
        # an FTS5 table's shadow tables (search_data, ...) go with it
        if (
            kind == "table"
            and "VIRTUAL" not in sql.upper()
            and any(name.startswith(f"{v}_") for _, v, s in objects if "VIRTUAL" in (s or "").upper())
        ):
            continue
        rows.append((whole - vacuumed(f"DROP {kind.upper()} {name}"), kind, name))
    for size, kind, name in sorted(rows, reverse=True):
        print(f"{size / 2**20:9.2f} MB {size / whole:6.1%}  {kind} {name}")
    shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["stages", "cold", "incremental", "sizes"])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--sample", type=int, default=1500)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--every", type=float, default=0, help="cold: a progress line every this many seconds")
    parser.add_argument("--add", type=Path, help="incremental: a folder of briefings to add")
    parser.add_argument("--src", type=Path, help="run this src folder's code (e.g. a git archive of the old commit)")
    parser.add_argument("--against", type=Path, help="cold: a second src folder, run in turns with --src (A/B)")
    parser.add_argument("--dumps", type=Path, help="cold --against: each run's index dump (bench_writer) here")
    parser.add_argument("--cprofile", help="stages: also write a CPU-time cProfile to this path prefix")
    parser.add_argument(
        "--no-numpy", action="store_true", help="stages: without numpy (a worker's first NUMPY_AFTER files)"
    )
    args = parser.parse_args()
    {"stages": stages, "cold": cold, "incremental": incremental, "sizes": sizes}[args.mode](args)


if __name__ == "__main__":
    main()
