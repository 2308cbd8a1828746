"""Long core calls stop when asked (issue 19, session 13): the TUI's quit during a digest
waited for the digest to read every story again (3,000 generated briefings: 69 s from q
to the shell prompt at load 9), since a thread cannot be stopped from outside and the
process waits for it at exit. Library.full_many, and through it build_digest, story_of,
figure_table / metric_counts without the index and compare_versions, take ``stop``: a
callable asked before each file is read; once true they raise library.Cancelled and
return nothing partial."""

from __future__ import annotations

import multiprocessing
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest
from helpers.many_stories import make_many_stories

import briefreader.ingest as ingest_mod
from briefreader.across import StoriesCancelled, compare_versions, figure_table, story_of
from briefreader.digest import build_digest
from briefreader.library import Cancelled, load_library

N = 60


@pytest.fixture(scope="module")
def indexed(tmp_path_factory: pytest.TempPathFactory, sample_dir: Path):
    """N different stories, listed from the index: every full() reads its file again."""
    from briefreader.config import read_config

    root = tmp_path_factory.mktemp("many")
    make_many_stories(root / "b", N)
    config = read_config(sample_dir / "config.toml")
    config = replace(config, briefings=root / "b", cache_dir=root / "cache", notes=root / "notes.toml")
    library = load_library(config)
    assert len(library.briefings) == N and not any(b.loaded for b in library.briefings)
    yield library
    library.close()


@pytest.fixture
def reads(monkeypatch):
    """Files read from now on (each ingest_path call), each taking at least 20 ms (a
    loaded machine's read), so a digest that is not stopped lasts N x 20 ms or more."""
    seen: list[str] = []
    real = ingest_mod.ingest_path

    def slow(path, root, *args, **kwargs):
        seen.append(str(path))
        time.sleep(0.02)
        return real(path, root, *args, **kwargs)

    monkeypatch.setattr(ingest_mod, "ingest_path", slow)
    return seen


def _fresh(library):
    with library._full_lock:  # nothing read lately: every briefing is read from its file again
        library._full.clear()
        library._feeds.clear()
    return library


def test_full_many_stops_before_the_next_file(indexed, reads) -> None:
    library = _fresh(indexed)
    stop = threading.Event()
    got = []
    with pytest.raises(Cancelled):
        for full in library.full_many(library.briefings, stop.is_set):
            got.append(full)
            if len(got) == 5:
                stop.set()
    assert len(got) == 5
    assert len(reads) == 5  # not one file more


def test_build_digest_returns_promptly_once_stopped(indexed, reads) -> None:
    # In a thread, as the TUI runs it; the stop set after the fifth file.
    library = _fresh(indexed)
    stop = threading.Event()
    ended: dict[str, object] = {}

    def run() -> None:
        try:
            ended["result"] = build_digest(library, library.briefings, labels={}, stop=stop.is_set)
        except Cancelled as exc:
            ended["result"] = exc
        ended["at"] = time.monotonic()

    worker = threading.Thread(target=run)
    worker.start()
    deadline = time.monotonic() + 30
    while len(reads) < 5 and time.monotonic() < deadline:
        time.sleep(0.005)
    stopped = time.monotonic()
    stop.set()
    worker.join(30)
    assert not worker.is_alive()
    assert isinstance(ended["result"], Cancelled)  # raised: no digest of some of the stories
    assert float(ended["at"]) - stopped < 0.5  # one file's read (20 ms here), not the other ~55
    assert len(reads) < N // 2


def test_a_stop_set_before_the_call_reads_nothing(indexed, reads) -> None:
    library = _fresh(indexed)
    with pytest.raises(Cancelled):
        build_digest(library, library.briefings, labels={}, stop=lambda: True)
    with pytest.raises(Cancelled):
        compare_versions(library, library.briefings[:3], stop=lambda: True)
    assert reads == []


def test_a_stop_never_set_changes_nothing(indexed) -> None:
    library = _fresh(indexed)
    asked: list[int] = []

    def never() -> bool:
        asked.append(1)
        return False

    plain = build_digest(library, library.briefings, labels={}, title="D")
    watched = build_digest(library, library.briefings, labels={}, title="D", stop=never)
    assert watched == plain and plain.count("\n### ") == N
    assert N <= len(asked) <= 2 * N + 10  # about once a file: its cost is a call, beside a file's read


def test_without_the_index_too(indexed, reads, sample_dir: Path) -> None:
    # story_of and the figures table without the index read every file: both stop.
    from briefreader.config import read_config

    config = replace(
        read_config(sample_dir / "config.toml"), briefings=indexed.root, cache_dir=indexed.root.parent / "cache"
    )
    library = load_library(config, use_cache=False)
    assert library.index is None
    count = [0]

    def after_three() -> bool:
        count[0] += 1
        return count[0] > 3

    with pytest.raises(Cancelled):
        story_of(library, library.briefings, stop=after_three)
    count[0] = 0
    with pytest.raises(Cancelled):
        figure_table(library, library.briefings, stop=after_three)


def test_the_stories_stop_is_the_same_kind() -> None:
    # The TUI's stories worker catches StoriesCancelled; any long call's stop is a Cancelled.
    assert issubclass(StoriesCancelled, Cancelled)


def test_a_stopped_batch_ends_its_workers(tmp_path: Path, sample_config) -> None:
    # The heavy formats (PDF, Word, mail) are read by a pool a batch: stopping ends its workers.
    import sys

    sys.path.insert(0, str(Path(__file__).parents[1]))
    fm = pytest.importorskip("helpers.formats_make")
    root = tmp_path / "heavy"
    root.mkdir()
    for n in range(4):
        fm.eml_gb2312_qp(root / f"mail{n}.eml")
    library = load_library(replace(sample_config, briefings=root, cache_dir=tmp_path / "cache"))
    assert len(library.briefings) >= 4 and not any(b.loaded for b in library.briefings)
    stop = threading.Event()
    got = []
    with pytest.raises(Cancelled):
        for full in library.full_many(library.briefings, stop.is_set):
            got.append(full)
            stop.set()
    assert len(got) == 1
    deadline = time.monotonic() + 10
    while [p for p in multiprocessing.active_children() if p.name == "briefreader-worker"]:
        assert time.monotonic() < deadline, "a stopped batch left its workers"
        time.sleep(0.05)
    library.close()


def test_cheap_loops_over_the_whole_library_ask_every_1024_items(indexed) -> None:
    # story_of from the index reads no file, but makes every entry of a column-wise list
    # (100,000: 11-35 s at load 13, the digest's first step): it asks too, every STOP_EVERY.
    from briefreader.library import STOP_EVERY, stopping

    asked: list[int] = []

    def count() -> bool:
        asked.append(1)
        return False

    assert list(stopping(range(5000), count)) == list(range(5000))
    assert len(asked) == -(-5000 // STOP_EVERY)  # before the first item, then every STOP_EVERY
    assert list(stopping(iter("ab"), None)) == ["a", "b"]
    with pytest.raises(Cancelled):
        story_of(indexed, indexed.briefings, stop=lambda: True)  # the index's path


def test_the_folder_check_after_a_warm_start_stops(indexed, sample_dir: Path, monkeypatch) -> None:
    # The loader's refresh() of a column-wise list stats every file (100,000: 2.6 s at load
    # 11, the first seconds after a warm start); quitting then waited for it (2.4-3.1 s
    # from ctrl+q to the prompt at 100,000, now 1.4-1.6 s).
    import briefreader.liststore as liststore
    from briefreader.config import read_config
    from briefreader.library import refresh

    monkeypatch.setattr(liststore, "STORE_MIN", 0)
    config = replace(
        read_config(sample_dir / "config.toml"),
        briefings=indexed.root,
        cache_dir=indexed.root.parent / "cache",
        notes=indexed.root.parent / "notes.toml",
    )
    library = load_library(config, verify=False)
    assert liststore.is_store(library.briefings)
    asked: list[int] = []

    def second() -> bool:
        asked.append(1)
        return len(asked) > 1

    with pytest.raises(Cancelled):
        refresh(library, config, stop=second)
    assert refresh(library, config, stop=lambda: False) is None  # unchanged folder: as before
    library.close()
