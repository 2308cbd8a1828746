"""The briefreader benchmark: cold ingest, warm start to first paint, filter latency
per keystroke and peak memory, for corpora of N = 1,000, 10,000 and 100,000 briefings,
each against a bare Textual app (one Static) measured in the same run.

    python benchmarks/bench.py [--sizes 1000 10000 100000] [--runs 7] [--work /tmp/brbench]
                               [--cold-runs 1] [--no-tmux] [--indexed CONFIG ...]

--indexed runs the warm figures (first paint headless and in tmux, the whole list,
filter latency) on corpora indexed beforehand, such as session 6's 100,000 made of
10,000 analysed files hardlinked ten times (--sizes with nothing: those only). A cold
run also times the TUI's first frame with rows from no index (issue 19: within 2 s).

Corpora are generated once (seeded, benchmarks/generate_corpus.py) into WORK. Every
timing is a fresh process of the real code except filter latency, which drives the
TUI's own IncrementalFilter and row building in-process over the warm library, one
call per keystroke of a few typed queries. Medians (and p95 for keystrokes) are
printed; this machine is shared and noisy, so read ratios rather than absolutes.
"""

from __future__ import annotations

import argparse
import inspect
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate_corpus import KINDS, LEGACY, generate  # noqa: E402
from profile_ingest import cold_run  # noqa: E402

# What a user types, one keystroke at a time (each prefix is filtered).
TYPED = [
    "张江",
    "直播 电商",
    "信息消费",
    "元宇宙 -广告",
    "数字经济 临港",
    "money>1000亿",
    "topic:元宇宙 after:2023",
    "上海 人工智能产业",
    "ai",
    "percent>=10 集成电路",
]
PYTHON = sys.executable
# A tmux server of this run's own: a server keeps the environment it started with
# (PYTHONPATH: which code is measured), and two benchmarks at once shared "brbench".
TMUX_SOCKET = f"brbench-{os.getpid()}"
EXE = str(Path(sys.executable).parent / "briefreader")


def corpus_dir(work: Path, n: int, legacy: bool = False) -> Path:
    """corpus-N: session 3's text-only corpus (--legacy); mix-N: the realistic mix of issue 19."""
    return work / f"{'corpus' if legacy else 'mix'}-{n}"


def write_config(work: Path, n: int, legacy: bool = False) -> Path:
    corpus = corpus_dir(work, n, legacy)
    if not corpus.exists():
        total = generate(corpus, n, kinds=LEGACY if legacy else KINDS)
        print(f"  generated {n} briefings ({total / 2**20:.1f} MB) in {corpus}", flush=True)
    config = work / f"config-{corpus.name}.toml"
    taxonomy = (
        (HERE.parent / "src/briefreader/data/default_config.toml").read_text(encoding="utf-8").split("[topics]", 1)[1]
    )
    config.write_text(
        f'[library]\nbriefings = "{corpus}"\nnotes = "{work / "notes.toml"}"\ncache = "{work / f"cache-{corpus.name}"}"\n\n'
        f"[topics]{taxonomy}",
        encoding="utf-8",
    )
    return config


def timed_with_peak(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and the largest RSS (MB) of any process of ``cmd``'s tree."""
    probe = (
        "import resource, subprocess, sys, time; t = time.perf_counter();"
        "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL);"
        "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)"
    )
    out = subprocess.run([PYTHON, "-c", probe, *cmd], check=True, capture_output=True, text=True).stdout
    seconds, peak = out.split()
    return float(seconds), float(peak)


def first_paint(*args: str) -> tuple[float, float, float]:
    """Seconds to the first frame with the list's rows, peak RSS MB, CPU seconds by then."""
    out = subprocess.run(
        [PYTHON, str(HERE / "first_paint.py"), *args], check=True, capture_output=True, text=True, timeout=600
    ).stdout
    seconds, peak, cpu = out.split()[-3:]
    return float(seconds), float(peak), float(cpu)


def tmux_paint(command: str, marker: str) -> float:
    """Seconds from starting ``command`` in a fresh 120x40 tmux pane until ``marker``
    is on screen (capture-pane polled every 5 ms). A keeper session holds the
    server up between runs: a server that exits as the next run starts fails it."""
    tmux = ["tmux", "-L", TMUX_SOCKET]
    if subprocess.run([*tmux, "has-session", "-t", "keeper"], capture_output=True).returncode:
        subprocess.run([*tmux, "new-session", "-d", "-s", "keeper", "sleep 86400"], check=True)
    start = time.perf_counter()
    subprocess.run([*tmux, "new-session", "-d", "-s", "run", "-x", "120", "-y", "40", command], check=True)
    try:
        while time.perf_counter() - start < 120:
            screen = subprocess.run([*tmux, "capture-pane", "-p", "-t", "run"], capture_output=True, text=True).stdout
            if marker in screen:
                return time.perf_counter() - start
            time.sleep(0.005)
        raise RuntimeError(f"{marker!r} never appeared")
    finally:
        subprocess.run([*tmux, "kill-session", "-t", "run"], capture_output=True)


CPU_TIMES: list[
    float
] = []  # filter_latency's keystrokes in CPU seconds of this thread (a loaded machine's wall is its queue)
# filter_latency's keystrokes, seconds until the TUI has rows to show: the early mask's when select()
# gives one (index schema 20 only: a phrase's candidates checked in list order first), else the whole
# answer (schema 21 answers every word at once: the same as the keystroke's time)
FIRST_TIMES: list[float] = []


def filter_latency(config_path: Path) -> tuple[list[float], dict[str, float]]:
    """Seconds per keystroke for TYPED, as the TUI computes a result (a mask) and its rows.
    A fresh filter for each query: its first keystroke pays what a first keystroke does
    (SQLite's first reads included), less what the TUI prepares once the list is shown."""
    from briefreader.config import read_config
    from briefreader.library import load_library
    from briefreader.query import IncrementalFilter, QuerySyntaxError
    from briefreader.tui.widgets.briefing_list import Layout

    config = read_config(config_path)
    library = load_library(config, verify=False)
    layout = Layout(library.briefings, "date")  # the TUI builds it once per list
    times: list[float] = []
    per_query: dict[str, float] = {}
    for query in TYPED:
        incremental = IncrementalFilter(library.briefings, taxonomy=config.topics, search=library.search)
        prepare = getattr(incremental, "prepare", None)  # older code has none
        if prepare is not None:
            prepare()  # as the TUI does in a thread once the list is shown, before anyone types
        spent = []
        takes_early = "early" in inspect.signature(incremental.select).parameters  # older code: no
        for i in range(1, len(query) + 1):
            first: list[float] = []
            start, cpu = time.perf_counter(), time.thread_time()

            def early(mask: bytes) -> None:
                layout.rows(str, mask)  # as the TUI lays the early mask out
                first.append(time.perf_counter() - start)

            try:
                kwargs = {"early": early} if takes_early else {}
                layout.rows(str, incremental.select(query[:i], **kwargs))
            except QuerySyntaxError:
                pass  # "money>" before its number: the TUI shows the error
            spent.append(time.perf_counter() - start)
            CPU_TIMES.append(time.thread_time() - cpu)
            FIRST_TIMES.append(first[0] if first else spent[-1])
        times.extend(spent)
        per_query[query] = statistics.median(spent)
    library.close()
    return times, per_query


def _compile_package() -> None:
    """Write briefreader's bytecode, as an installed (or once-run) copy has it: Textual's
    came with its wheel, while an editable checkout under PYTHONDONTWRITEBYTECODE=1 (this
    sandbox) compiled every module from source at each start, ~100 ms the bare app never
    pays. The package measured is the one the child processes import (PYTHONPATH too)."""
    where = subprocess.run(
        [PYTHON, "-c", "import briefreader, os; print(os.path.dirname(briefreader.__file__))"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    subprocess.run([PYTHON, "-m", "compileall", "-q", where], check=True, stdout=subprocess.DEVNULL)


def _load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) > 1 else values[0]


def bench(n: int, args: argparse.Namespace) -> None:
    print(f"\n== N = {n:,}", flush=True)
    config = write_config(args.work, n, args.legacy)
    corpus = corpus_dir(args.work, n, args.legacy)
    mb = sum(p.stat().st_size for p in corpus.rglob("*") if p.is_file()) / 2**20

    cold = []
    for _ in range(args.cold_runs):  # every process of the tree sampled in /proc (profile_ingest.py)
        cold.append(cold_run(config, args.work / f"cache-{corpus.name}"))
        r = cold[-1]  # each run: on a shared machine the CPU seconds say more than the wall
        print(
            f"    run {len(cold)}: {r['wall']:.1f} s, {mb / r['wall']:.2f} MB/s, {r['listed'] / r['wall']:,.0f} briefings/s;"
            f" CPU {sum(v[1] for v in r['procs'].values()):.1f} s in all; load {_load()}",
            flush=True,
        )
    if cold:
        c = statistics.median(r["wall"] for r in cold)
        listed = cold[0]["listed"]
        procs = sorted(cold[0]["procs"].values(), key=lambda v: (v[2] != "main", v[2]))
        print(
            f"cold ingest ({mb:.0f} MB, {listed:,} briefings listed): {c:.1f} s = {listed / c:,.0f} briefings/s,"
            f" {mb / c:.2f} MB/s; load average {os.getloadavg()[0]:.1f}",
            flush=True,
        )
        print(
            "    peak RSS MB / CPU s per process (run 1): "
            + ", ".join(f"{name} {rss:.0f}/{cpu:.1f}" for rss, cpu, name in procs),
            flush=True,
        )
        cpu = statistics.median(sum(v[1] for v in r["procs"].values()) for r in cold)
        print(f"    CPU in all, median: {cpu:.1f} s = {mb / cpu:.2f} MB a CPU second", flush=True)
    else:  # --cold-runs 0: the index from an earlier run (it must match the code)
        timed_with_peak([EXE, "--config", str(config), "list", "--json"])
    cache_mb = sum(p.stat().st_size for p in (args.work / f"cache-{corpus.name}").rglob("*") if p.is_file()) / 2**20
    print(f"index on disk: {cache_mb:.0f} MB = {cache_mb / mb:.2f}x the corpus", flush=True)
    if args.cold_only:
        return
    if args.cold_runs:
        _compile_package()  # as warm() does: until session 34 the cold first screen compiled every module
        cold_first_screen(config, args)
    warm(config, args)


def cold_first_screen(config: Path, args: argparse.Namespace) -> None:
    """Seconds from starting the TUI without an index to the first frame with list rows
    and to the first screenful (the list's rows fill its height; issue 19: within 2 s),
    beside the bare app's first frame."""
    cold, bare = [], []
    for _ in range(max(1, args.runs // 2)):
        bare.append(first_paint("--bare")[0])
        out = subprocess.run(
            [PYTHON, str(HERE / "first_paint.py"), str(config), "--cold"],
            capture_output=True,
            text=True,
            timeout=600,
            start_new_session=True,  # it ends its process group: the pool's workers go too
        ).stdout.split()
        full = (float(out[4]), int(out[5])) if len(out) >= 6 else (float("nan"), 0)  # older code: rows only
        cold.append((float(out[0]), int(out[3]), *full))
    seconds, rows = statistics.median(c[0] for c in cold), min(c[1] for c in cold)
    screenful = statistics.median(c[2] for c in cold)
    print(
        f"cold start, first frame with rows: {seconds:.2f} s (at least {rows} rows);"
        f" first screenful: {screenful:.2f} s (at least {min(c[3] for c in cold)} rows; each run"
        f" {', '.join(f'{c[2]:.2f}' for c in cold)} s) vs bare {statistics.median(bare):.3f} s; load {_load()}",
        flush=True,
    )


def _paired(ours: list[float], bare: list[float]) -> str:
    """The median of each run's ratio (runs are interleaved): on a shared machine the load drifts
    between runs, and a ratio of the two medians can pair a quiet run with a busy one (session 27
    at 100k, load 1.4-3.4: medians 1.53x, paired 1.36x)."""
    ratios = [o / b for o, b in zip(ours, bare, strict=True)]
    return f"paired median {statistics.median(ratios):.2f}x"


def warm(config: Path, args: argparse.Namespace) -> None:
    """The warm figures for a corpus whose index ``config`` finds filled."""
    _compile_package()
    bare, ours = [], []
    for _ in range(args.runs):  # interleaved, so load on the machine hits both alike
        bare.append(first_paint("--bare"))
        ours.append(first_paint(str(config)))
    b, o = statistics.median(t for t, _, _ in bare), statistics.median(t for t, _, _ in ours)
    bc, oc = statistics.median(c for _, _, c in bare), statistics.median(c for _, _, c in ours)
    paired = _paired([t for t, _, _ in ours], [t for t, _, _ in bare])
    print(
        f"warm first paint, headless: {o:.3f} s vs bare {b:.3f} s = {o / b:.2f}x ({paired});"
        f" CPU {oc:.3f} s vs bare {bc:.3f} s = {oc / bc:.2f}x; load {_load()}",
        flush=True,
    )
    settled = [first_paint(str(config), "--settled") for _ in range(max(1, args.runs // 2))]
    print(
        f"warm, whole list loaded and folder checked: {statistics.median(t for t, _, _ in settled):.2f} s;"
        f" peak RSS {max(m for _, m, _ in settled):.0f} MB (bare {max(m for _, m, _ in bare):.0f} MB); load {_load()}",
        flush=True,
    )

    if args.tmux and shutil.which("tmux"):
        from briefreader.config import read_config
        from briefreader.library import peek_library
        from briefreader.safe import one_line

        peek = peek_library(read_config(config), 1)
        marker = one_line(peek[0].briefings[0].title)[:6] if peek else "briefings"
        bare_cmd = f"{PYTHON} {HERE / 'first_paint.py'} --bare --stay"
        ours_cmd = f"{EXE} --config {config}"
        tb, to = [], []
        for _ in range(args.runs):
            tb.append(tmux_paint(bare_cmd, "bare-ready"))
            to.append(tmux_paint(ours_cmd, marker))
        tb_m, to_m = statistics.median(tb), statistics.median(to)
        print(
            f"warm first paint, tmux: {to_m:.3f} s vs bare {tb_m:.3f} s = {to_m / tb_m:.2f}x"
            f" ({_paired(to, tb)}); load {_load()}",
            flush=True,
        )

    CPU_TIMES.clear()
    times, per_query = filter_latency(config)
    print(
        f"filter per keystroke ({len(times)} keystrokes): median {statistics.median(times) * 1000:.1f} ms,"
        f" p95 {p95(times) * 1000:.1f} ms, max {max(times) * 1000:.1f} ms; CPU median"
        f" {statistics.median(CPU_TIMES) * 1000:.1f} ms, p95 {p95(CPU_TIMES) * 1000:.1f} ms; load {_load()}",
        flush=True,
    )
    for query, median in per_query.items():
        print(f"    {query!r:28} median {median * 1000:6.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000, 100000])
    parser.add_argument(
        "--indexed",
        type=Path,
        nargs="+",
        default=[],
        help="configs of corpora already indexed by this code (the 100k replicated corpus): warm figures only",
    )
    parser.add_argument("--runs", type=int, default=7, help="runs of each warm measurement")
    parser.add_argument("--cold-runs", type=int, default=1)
    parser.add_argument("--work", type=Path, default=Path("/tmp/brbench"))
    parser.add_argument("--no-tmux", dest="tmux", action="store_false")
    parser.add_argument("--cold-only", action="store_true", help="cold ingest only: no first paint, no filter latency")
    parser.add_argument("--legacy", action="store_true", help="session 3's corpus (text and fragments only)")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    try:
        for n in args.sizes:
            bench(n, args)
        for config in args.indexed:
            print(f"\n== {config} (indexed already)", flush=True)
            warm(config, args)
    finally:
        subprocess.run(["tmux", "-L", TMUX_SOCKET, "kill-server"], capture_output=True)


if __name__ == "__main__":
    main()
