"""A cold start's rows as files are done, not in file order (tester s19 U10, session 20).

pool.parallel_map yielded results in job order, so one long file that sorts first (a
36 MB feed: minutes) held back every later file's rows: the list stayed empty. Now the
pool answers as jobs finish (parallel_map_arriving), a long file goes to a worker of its
own (``heavy``), and the library stores in file order behind the scenes, so the index's
keys and stories (a story joins the first earlier one) never depend on which worker was
faster; the list shows a waiting file's briefings as stand-ins meanwhile.
"""

from __future__ import annotations

import random
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest

from briefreader import library, pool
from briefreader.index import Index
from briefreader.library import analysis_version, load_library

SAMPLES = Path(__file__).resolve().parents[2] / "briefings"

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>快讯</title><link>https://example.com</link>
{items}
</channel></rss>
"""
ITEM = """<item><title>第{n}号快讯：港口吞吐量增长</title><link>https://example.com/{n}.html</link>
<description>上海港前五个月集装箱吞吐量同比增长{n}%，达到{n}00万标准箱，第{n}号快讯。</description>
<pubDate>Thu, 17 Oct 2024 0{h}:15:00 +0800</pubDate><guid>g{n}</guid></item>"""


def _folder(root: Path) -> Path:
    """A feed of three entries that sorts first, the samples, and near copies of them
    (edited lines: one story each with its sample)."""
    folder = root / "b"
    folder.mkdir()
    items = "\n".join(ITEM.format(n=n, h=n) for n in range(1, 4))
    (folder / "000feed.rss").write_text(FEED.format(items=items), encoding="utf-8")
    for n, sample in enumerate(sorted(SAMPLES.glob("*.txt"))):
        text = sample.read_text(encoding="utf-8")
        (folder / f"a{n}.txt").write_text(text, encoding="utf-8")
        (folder / f"b{n}.txt").write_text(text.replace("。", "。\n", 1) + "\n（完）\n", encoding="utf-8")
        (folder / f"c{n}.txt").write_text(text + "\n责任编辑：王明\n", encoding="utf-8")
    return folder


def _arriving_in(order):
    """A stand-in for pool.parallel_map_arriving that runs the jobs here and answers in
    ``order(n)``: the workers' finishing order, chosen by the test."""

    def fake(fn, jobs, *, workers, window, heavy=(), **_kw):
        answers = {i: fn(job) for i, job in enumerate(jobs)}
        for i in order(len(jobs)):
            yield i, answers[i]

    return fake


def _load(config, folder: Path, cache: Path, monkeypatch, order, partial=None):
    monkeypatch.setattr(library, "PARALLEL_THRESHOLD", 2)  # the pool's path, for a handful of files
    # ``order`` is the files' order: no rows-first jobs ahead of them (ROWS_FIRST, session 35;
    # tests/core/test_cold_start_s35.py reads rows first through the real pool)
    monkeypatch.setattr(library, "ROWS_FIRST", 0)
    monkeypatch.setattr(pool, "parallel_map_arriving", _arriving_in(order))
    return load_library(replace(config, briefings=folder, cache_dir=cache), partial=partial)


def _stored(config, folder: Path, cache: Path) -> tuple[dict[str, int], dict[str, str]]:
    """key by row, and each row's story as the row its story is named after."""
    with Index.open(cache, folder.resolve(), analysis_version(config)) as index:
        keys = dict(index._conn.execute("SELECT relpath, rowid FROM briefings").fetchall())  # noqa: SLF001
        stories = index.story_ids()
    assert stories is not None
    by_key = {key: rel for rel, key in keys.items()}
    return keys, {by_key[doc]: by_key[story] for doc, story in stories.items()}


def test_a_file_done_last_holds_back_no_other_files_rows(sample_config, tmp_path, monkeypatch) -> None:
    folder = _folder(tmp_path)
    monkeypatch.setattr(library, "PARTIAL_FIRST", 0.0)  # a snapshot at every file
    shown: list[list] = []
    lib = _load(
        sample_config, folder, tmp_path / "cache", monkeypatch, lambda n: [*range(1, n), 0], partial=shown.append
    )
    feed_rows = {b.id for b in lib.briefings if b.id.startswith("000feed#")}
    assert len(feed_rows) == 3
    # before the feed was done, every other file's briefing was listed (as a stand-in); a cold
    # start's second pass (516e221c) sends more snapshots after it, the feed's rows in them
    before = [s for s in shown if not feed_rows & {b.id for b in s}]
    assert before and len(before) < len(shown)
    last = before[-1]
    assert {b.id for b in last} == {b.id for b in lib.briefings} - feed_rows
    assert all(not b.loaded and not b.text for b in last)
    # and the whole list has every briefing stored, with its key
    assert all(b.key for b in lib.briefings)


@pytest.mark.parametrize("seed", [1, 2])
def test_keys_and_stories_are_the_same_whatever_order_files_are_done_in(
    sample_config, tmp_path, monkeypatch, seed
) -> None:
    folder = _folder(tmp_path)
    in_order = _load(sample_config, folder, tmp_path / "c1", monkeypatch, lambda n: list(range(n)))
    keys, stories = _stored(sample_config, folder, tmp_path / "c1")

    def shuffled(n: int) -> list[int]:
        order = [*range(1, n), 0] if seed == 1 else list(range(n))
        if seed == 2:
            random.Random(seed).shuffle(order)
        return order

    other = _load(sample_config, folder, tmp_path / "c2", monkeypatch, shuffled)
    keys2, stories2 = _stored(sample_config, folder, tmp_path / "c2")
    assert keys2 == keys
    assert stories2 == stories
    assert len(set(stories.values())) < len(stories)  # the near copies are stories with their samples
    assert [(b.id, b.key) for b in other.briefings] == [(b.id, b.key) for b in in_order.briefings]


def _wait_for(job: tuple[str, int]) -> int:
    """Job 0 waits (up to 30 s) for the consumer's sign that every other result came."""
    sign, n = job
    if n == 0:
        deadline = time.monotonic() + 30
        while not Path(sign).exists() and time.monotonic() < deadline:
            time.sleep(0.02)
    return n


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forkserver")
def test_the_pool_answers_as_jobs_finish_and_a_heavy_job_holds_no_others(tmp_path: Path) -> None:
    sign = tmp_path / "all-others-came"
    jobs = [(str(sign), n) for n in range(40)]
    got: list[int] = []
    for i, result in pool.parallel_map_arriving(_wait_for, jobs, workers=2, window=100, heavy=[0]):
        assert result == i
        got.append(i)
        if len(got) == len(jobs) - 1:
            sign.touch()
    assert got[-1] == 0 and sorted(got) == list(range(40))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forkserver")
def test_the_window_bounds_how_far_past_a_long_job_the_pool_goes(tmp_path: Path) -> None:
    sign = tmp_path / "go"
    jobs = [(str(sign), n) for n in range(60)]
    # batches (0,1) heavy, (1,2), (2,4), (4,6), (6,10) ... (18,22): each starts under 20
    within = max(b for a, b in pool._batches(60, 2, 4, frozenset({0})) if a < 20)  # noqa: SLF001
    timer = threading.Timer(2.0, sign.touch)  # job 0 ends after 2 s, whatever came meanwhile
    timer.start()
    try:
        got = [i for i, _ in pool.parallel_map_arriving(_wait_for, jobs, workers=2, window=20, chunksize=4, heavy=[0])]
    finally:
        timer.cancel()
    assert sorted(got) == list(range(60))
    assert got.index(0) <= within - 1  # nothing past the window came before job 0


def test_batches_split_around_heavy_jobs() -> None:
    spans = list(pool._batches(20, 2, 4, frozenset({0, 5})))  # noqa: SLF001
    assert spans[0] == (0, 1) and (5, 6) in spans
    assert [i for a, b in spans for i in range(a, b)] == list(range(20))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forkserver")
def test_idle_is_called_while_no_answer_comes(tmp_path: Path) -> None:
    sign = tmp_path / "idle-called"
    got: list[int] = []

    def idle() -> None:
        if got == [1]:  # the short job came; the long one waits for this
            sign.touch()

    jobs = [(str(sign), 0), (str(sign), 1)]
    for i, _result in pool.parallel_map_arriving(_wait_for, jobs, workers=2, window=10, heavy=[0], idle=idle):
        got.append(i)
    assert got == [1, 0] and sign.exists()


def test_the_files_done_before_a_long_wait_are_shown_during_it(sample_config, tmp_path, monkeypatch) -> None:
    # Snapshots were taken only as a file arrived, before adding it: the last files done
    # before the long one waited for it (tester s20: "Loading…" for 75 s, 2 small files done).
    folder = _folder(tmp_path)
    shown: list[list] = []
    during: list[set[str]] = []

    def fake(fn, jobs, *, workers, window, heavy=(), idle=None, **_kw):
        answers = {i: fn(job) for i, job in enumerate(jobs)}
        for i in range(1, len(jobs)):
            yield i, answers[i]
        for _ in range(30):  # the long job: the pool waits, calling idle
            time.sleep(0.05)
            if idle is not None:
                idle()
        during.append({b.id for b in shown[-1]} if shown else set())
        yield 0, answers[0]

    monkeypatch.setattr(library, "PARALLEL_THRESHOLD", 2)
    monkeypatch.setattr(library, "ROWS_FIRST", 0)  # job 0 is the feed (see _load)
    monkeypatch.setattr(pool, "parallel_map_arriving", fake)
    lib = load_library(replace(sample_config, briefings=folder, cache_dir=tmp_path / "c"), partial=shown.append)
    others = {b.id for b in lib.briefings if not b.id.startswith("000feed#")}
    assert during == [others]  # every other file's briefings, the last one's included


class _Quit(Exception):
    """What the TUI's arriving callback raises once the app quits (_LoadCancelled)."""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forkserver")
def test_what_idle_raises_reaches_the_caller_and_nothing_is_read_here(tmp_path: Path) -> None:
    # review s20 R1: the pool's fallback caught it, said "worker processes failed" and read the
    # long job in this process, without limits, while the reader was quitting.
    sign = tmp_path / "never"  # job 0 waits for it (30 s at most): the quit comes first
    got: list[int] = []
    fell_back: list[str] = []

    def idle() -> None:
        if got:
            raise _Quit

    jobs = [(str(sign), 0), (str(sign), 1)]
    results = pool.parallel_map_arriving(
        _wait_for, jobs, workers=2, window=10, heavy=[0], idle=idle, on_fallback=fell_back.append
    )
    with pytest.raises(_Quit):
        for i, _result in results:
            got.append(i)
    assert got == [1] and not fell_back
