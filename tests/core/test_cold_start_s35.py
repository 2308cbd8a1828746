"""A cold start's first rows (issue 19, session 35; benchmarks/bench_cold_start.py).

Rows first: a cold start of the TUI starts the pool's forkserver with library.ROWS_MODULES, which
warm the pipeline only as far as a list row (ingest and topics: no rjieba, no idf table, no search
document; its CPU 0.54 -> 0.27 s at the 20,000 mix), and reads its first ROWS_FIRST files for
their rows first (jobs of ROWS_ONLY, shown as stand-ins), then in full with the rest.

A reader's first start (--first-ever --prepared):

On the very first start the regex cache (recache.py) was empty: the pool's forkserver compiled
the pipeline's ~600 patterns itself, ~0.5 s of its ~1.05 s of CPU on the way to the first rows
(20,000-briefing mix: first screenful 3.6 s against 2.6 s with the patterns kept).
``briefreader config init``, the step before that first start, now compiles them into the
cache folder in a process of its own (cli._prepare_patterns).
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from briefreader import library
from briefreader.cli import main
from briefreader.config import Config

# What the pool's forkserver runs as it starts (pool.start_server(WORKER_MODULES)): the regex
# cache installed from the environment, then every module, poolserver first (it runs the
# pipeline once as it loads). Prints the patterns it had to compile and the ones it found.
_FORKSERVER = """
import importlib, os, sys
from pathlib import Path
from briefreader import recache
from briefreader.envnames import REGEX_CACHE
os.environ[REGEX_CACHE] = sys.argv[1]
from briefreader.library import WORKER_MODULES
for name in WORKER_MODULES:
    importlib.import_module(name)
print(recache._added, len(recache._known))
"""


def _init(tmp_path: Path, monkeypatch, *flags: str) -> Path:
    cache = tmp_path / "cache"
    monkeypatch.setenv("BRIEFREADER_CACHE_DIR", str(cache))
    # config init runs under one string hash, the later start under another (see below)
    monkeypatch.setenv("PYTHONHASHSEED", "1")
    config = tmp_path / "config.toml"
    assert main([*flags, "--config", str(config), "config", "init", "--briefings", str(tmp_path / "b")]) == 0
    return cache


def test_config_init_compiles_what_the_first_starts_forkserver_would(tmp_path, monkeypatch) -> None:
    cache = _init(tmp_path, monkeypatch)
    assert len(list(cache.glob("regex-*.marshal"))) == 1
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700  # made as the index makes it
    # A later start has its own hash seed. Six patterns are alternations built from sets
    # (ingest/metadata.py, metrics.py, figures/region.py); sorted by length alone their text
    # changed with the seed, so every start compiled them again (~10 ms) and grew the cache.
    env = {**os.environ, "PYTHONHASHSEED": "2"}
    out = subprocess.run(
        [sys.executable, "-c", _FORKSERVER, str(cache)], capture_output=True, text=True, check=True, env=env
    ).stdout.split()
    added, known = int(out[0]), int(out[1])
    assert added == 0  # nothing left for the first start to compile, whatever its hash seed
    assert known > 500  # the pipeline's patterns are there


def test_config_init_under_no_cache_writes_no_patterns(tmp_path, monkeypatch) -> None:
    cache = _init(tmp_path, monkeypatch, "--no-cache")
    assert not list(cache.glob("regex-*"))  # (none on a folder not made: glob finds nothing)


# A forkserver's modules imported in its order, then a rows-only job and a full one on FILE.
_ROWS_SERVER = """
import importlib, sys
from pathlib import Path
from briefreader import library
for name in getattr(library, sys.argv[1]):
    importlib.import_module(name)
print("rjieba" in sys.modules)
path = Path(sys.argv[2])
(b, doc), = library._analyse_star((str(path), path.parent, {}, 1, library.ROWS_ONLY))
print("rjieba" in sys.modules, doc is None, bool(b.keywords), b.title)
(b, doc), = library._analyse_star((str(path), path.parent, {}, 1, True))
print("rjieba" in sys.modules, doc is None, bool(b.keywords), b.title)
"""

_TEXT = (
    "{n}号简报：上海人工智能产业发展\n\n2024年3月{d}日 上海市经济和信息化委员会发布数据，全市人工智能产业规模超过3000亿元，"
    "软件和信息服务业营业收入增长12.5%，数字经济核心产业加快发展，人工智能企业集聚效应明显。\n"
)


def _corpus(tmp_path: Path, n: int) -> Config:
    folder = tmp_path / "briefings"
    folder.mkdir()
    for i in range(n):
        (folder / f"b{i:03d}.txt").write_text(_TEXT.format(n=i, d=i % 28 + 1), encoding="utf-8")
    return Config(briefings=folder, notes=tmp_path / "n.toml", export=tmp_path, cache_dir=tmp_path / "cache")


def test_the_rows_forkserver_warms_no_segmenter_and_a_rows_job_needs_none(tmp_path) -> None:
    path = _corpus(tmp_path, 1).briefings / "b000.txt"

    def run(modules: str) -> list[list[str]]:
        out = subprocess.run(
            [sys.executable, "-c", _ROWS_SERVER, modules, str(path)], capture_output=True, text=True, check=True
        )
        return [line.split(" ", 4) for line in out.stdout.splitlines()]

    light, full = run("ROWS_MODULES"), run("WORKER_MODULES")
    assert full[0] == ["True"]  # the full forkserver loads rjieba (the keywords' segmenter)
    assert light[0] == ["False"]  # the rows one does not
    assert light[1][:3] == ["False", "True", "False"]  # a row: no segmenter, no document, no keywords
    assert light[2][:3] == ["True", "False", "True"]  # the full read loads it, as a worker's first full job
    assert light[1][3] == light[2][3] == full[2][3]  # the same title either way


def test_a_cold_list_shows_rows_first_and_ends_as_a_full_read(tmp_path) -> None:
    if (os.cpu_count() or 1) < 2:
        pytest.skip("rows first needs the pool's workers")
    count = library.PARALLEL_THRESHOLD + 12
    config = _corpus(tmp_path, count)
    shown: list[list[tuple[str, bool]]] = []
    with_rows = library.load_library(
        config, partial=lambda found: shown.append([(b.id, bool(b.keywords)) for b in found])
    )
    plain_config = Config(
        briefings=config.briefings, notes=tmp_path / "n2.toml", export=tmp_path, cache_dir=tmp_path / "cache2"
    )
    plain = library.load_library(plain_config)
    try:

        def rows(lib: library.Library) -> list[tuple[object, ...]]:
            return [(b.id, b.title, b.date, b.topics, b.keywords, b.source) for b in lib.briefings]

        assert len(with_rows.briefings) == count and not with_rows.problems
        assert rows(with_rows) == rows(plain)  # the stand-ins all gave way to the full reads
        assert all(b.keywords for b in with_rows.briefings)
        # Lists shown while reading held rows read first: no keywords yet (a full read has them here).
        assert any(not has for snap in shown for _id, has in snap)
        assert all(len({i for i, _ in snap}) == len(snap) for snap in shown)  # a file's row shown once
    finally:
        with_rows.close()
        plain.close()


@pytest.mark.parametrize("rows_last", [False, True])
def test_rows_read_first_give_way_whatever_their_order_and_count(tmp_path, monkeypatch, rows_last) -> None:
    # The pool answers as workers finish: a file's full read can come before its rows, and a
    # file changed between the two reads can have more or fewer entries in either.
    from briefreader import pool

    config = _corpus(tmp_path, 6)
    shown: list[list[str]] = []

    def fake(fn, jobs, *, workers, window, heavy=(), idle=None, **_kw):
        answers = {i: fn(job) for i, job in enumerate(jobs)}
        first = [i for i, job in enumerate(jobs) if job[-1] == library.ROWS_ONLY]
        assert first == list(range(len(first))) and len(first) == 6  # ahead of the full reads
        answers[first[0]] = answers[first[0]] * 2  # more entries read first than in full
        answers[first[1]] = []  # fewer
        full = [i for i in answers if i not in first]
        for i in [*full, *first] if rows_last else [*first, *full]:
            yield i, answers[i]

    monkeypatch.setattr(library, "PARALLEL_THRESHOLD", 2)
    monkeypatch.setattr(library, "PARTIAL_FIRST", 0.0)  # a list shown at every answer
    monkeypatch.setattr(pool, "parallel_map_arriving", fake)
    got = library.load_library(config, partial=lambda found: shown.append([b.id for b in found]))
    monkeypatch.undo()
    plain = library.load_library(
        Config(briefings=config.briefings, notes=tmp_path / "n2.toml", export=tmp_path, cache_dir=tmp_path / "c2")
    )
    try:
        assert [(b.id, b.title, b.keywords, bool(b.key)) for b in got.briefings] == [
            (b.id, b.title, b.keywords, bool(b.key)) for b in plain.briefings
        ]
        assert len(got.briefings) == 6 and not got.problems
        assert shown and all(len(snap) <= 7 for snap in shown)  # (file 0's two rows read first at most)
    finally:
        got.close()
        plain.close()
