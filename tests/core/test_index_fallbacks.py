"""Guards the index cache's promise that it is only an optimisation: a database that
is busy, locked, unopenable or failing mid-session turns into misses and "no search
index", never an exception, never a deleted database that another process is using;
and the figure search of a warm, index-backed library answers (and remembers) what
the in-memory filter would."""

from __future__ import annotations

import datetime as dt
import logging
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

import briefreader.index as index_mod
from briefreader.config import read_config
from briefreader.index import Index, index_path, sqlite3  # the SQLite the index uses (pysqlite3 if installed)
from briefreader.library import IndexSearch, load_library
from briefreader.model import Briefing, Figure
from briefreader.query import IncrementalFilter, filter_briefings

ROOT = Path(__file__).resolve().parents[2]


def make(id: str, text: str = "上海信息消费节开幕，直播电商规模超过3000亿元。", money: float = 3e11) -> Briefing:
    return Briefing(
        id=id,
        path=f"/corpus/{id}.txt",
        fingerprint=f"sha256:{id}",
        title=id,
        text=text,
        date=dt.date(2025, 5, 17),
        date_precision="day",
        figures=[Figure("money", "超过3000亿元", 0, 7, money, unit="CNY")],
    )


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "cache"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    return corpus


# --- an SQLite error in the middle of a session ------------------------------------


class FailingConnection:
    """What a connection turns into when the disk fails or the file is damaged under it:
    every statement raises sqlite3.OperationalError."""

    def __init__(self, message: str = "disk I/O error") -> None:
        self.message = message
        self.closed = False

    def _fail(self, *args: object, **kwargs: object):
        raise sqlite3.OperationalError(self.message)

    execute = executemany = commit = _fail

    def close(self) -> None:
        self.closed = True
        raise sqlite3.OperationalError(self.message)


@pytest.mark.parametrize("message", ["disk I/O error", "database disk image is malformed", "database is locked"])
def test_every_operation_degrades_when_the_database_fails_mid_session(cache, root, message, caplog):
    index = Index.open(cache, root, "v1")
    assert index.store("a.txt", 1, 1, make("a"))
    index.commit()
    real, index._conn = index._conn, FailingConnection(message)  # type: ignore[assignment]
    try:
        with caplog.at_level(logging.INFO, logger="briefreader.index"):
            assert list(index.rows(root)) == []
            assert index.lookup("a.txt", 1, 1) is None
            assert index.first_rows(root, 10) == ([], 0)
            assert index.search("直播") is None  # "cannot answer", not "no match"
            assert index.figure_search("money", ">", 1e11) is None
            assert index.figure_search("money", "=", 3e11) is None
            assert index.store("b.txt", 1, 1, make("b")) == 0
            assert index.prune(["a.txt"]) == 0
            assert index.stamps() is None
            assert index.relpaths() == set()
            index.commit()
            index.close()  # even a failing close is not an error
        assert index._conn is None and not index.usable
        assert (index.stats.stored, index.stats.misses, index.stats.pruned) == (1, 1, 0)
        assert message in caplog.text  # the reason is logged for --debug
    finally:
        real.close()
    # The file itself was fine: the next run finds the row.
    with Index.open(cache, root, "v1") as again:
        assert again.lookup("a.txt", 1, 1) is not None


def test_a_failing_index_makes_words_and_figures_match_nothing_and_asks_again(cache, root):
    index = Index.open(cache, root, "v1")
    key = index.store("a.txt", 1, 1, make("a"))
    index.commit()
    entry = replace(make("a"), text="", figures=[], loaded=False, key=key)
    search = IndexSearch(index)
    real, index._conn = index._conn, FailingConnection()  # type: ignore[assignment]
    try:
        assert filter_briefings([entry], "直播", taxonomy={}, search=search) == []
        assert filter_briefings([entry], "money>1000亿", taxonomy={}, search=search) == []
    finally:
        index._conn = real
    # A failure is not remembered as "no match": once the database answers, it is asked again.
    assert [b.id for b in filter_briefings([entry], "直播", taxonomy={}, search=search)] == ["a"]
    assert [b.id for b in filter_briefings([entry], "money>1000亿", taxonomy={}, search=search)] == ["a"]
    index.close()


def test_a_row_that_does_not_decode_is_a_miss(cache, root):
    with Index.open(cache, root, "v1") as index:
        index.store("a.txt", 1, 1, make("a"))
        index.store("b.txt", 1, 1, make("b"))
        index._conn.execute("UPDATE briefings SET date = 'not a date' WHERE relpath = 'a.txt'")
        assert [row.relpath for row in index.rows(root)] == ["b.txt"]
        assert index.lookup("a.txt", 1, 1) is None
        assert index.lookup("b.txt", 1, 1) is not None


def test_a_path_sqlite_cannot_store_is_not_stored(cache, root):
    with Index.open(cache, root, "v1") as index:
        assert index.store("bad\udcff.txt", 1, 1, make("bad")) == 0  # a lone surrogate: not UTF-8
        assert index.stats.stored == 0
        assert index.store("good.txt", 1, 1, make("good")) > 0


def test_a_figure_with_a_nan_value_does_not_keep_its_briefing_out(cache, root):
    # NaN compares false to everything (never a hit) and SQLite would store it as NULL,
    # which the NOT NULL column refuses: the whole row would be lost, not one figure.
    b = make("a")
    b.figures.append(Figure("percent", "?", 0, 1, float("nan")))
    with Index.open(cache, root, "v1") as index:
        key = index.store("a.txt", 1, 1, b)
        assert key > 0 and index.search("直播") == {key}
        assert index.figure_search("money", ">", 1e11) == {key}
        assert index.figure_search("percent", ">", -1e300) == set()


def test_rows_written_by_another_version_at_the_same_time_are_misses(cache, root, monkeypatch):
    # After an upgrade, an old briefreader still open (v1) keeps storing while the new one
    # (v2) has taken the cache over: v2 must not take v1's analysis for its own. Each
    # setup has its own file now; the rows still say which pipeline wrote them, which is
    # what this checks, so both are made to open one file.
    monkeypatch.setattr(index_mod, "index_path", lambda cache_dir, root, version: cache_dir / "one.sqlite3")
    old = Index.open(cache, root, "v1")
    new = Index.open(cache, root, "v2")
    assert old.store("a.txt", 1, 1, make("a")) > 0
    old.commit()
    assert new.lookup("a.txt", 1, 1) is None
    assert [row.relpath for row in new.rows(root)] == []
    assert new.stamps() == {}
    assert new.store("a.txt", 1, 1, make("a")) > 0
    assert new.lookup("a.txt", 1, 1) is not None
    old.close()
    new.close()


# --- opening: busy, locked, unopenable ---------------------------------------------


def test_a_cache_another_process_is_rebuilding_is_left_alone(cache, root, monkeypatch):
    # Process A (an older briefreader) holds the write lock in the middle of storing; B, of
    # another pipeline version, wants to drop the stale rows. B must wait a little, then run
    # without a cache: never delete the database A is writing.
    monkeypatch.setattr(index_mod, "BUSY_TIMEOUT_MS", 50)
    monkeypatch.setattr(index_mod, "index_path", lambda cache_dir, root, version: cache_dir / "one.sqlite3")
    first = Index.open(cache, root, "v1")
    first.store("a.txt", 1, 1, make("a"))  # uncommitted: holds the write lock
    second = Index.open(cache, root, "v2")
    assert not second.usable and second.stats.rebuilt == 0
    assert second.lookup("a.txt", 1, 1) is None and second.search("直播") is None
    second.close()
    first.commit()
    first.close()
    assert (cache / "one.sqlite3").exists()
    with Index.open(cache, root, "v1") as again:
        assert again.lookup("a.txt", 1, 1) is not None  # A's work survived


def test_a_database_that_cannot_be_opened_disables_the_cache(cache, root):
    # Where the database should be there is a folder: not deletable, not openable.
    cache.mkdir()
    index_path(cache, root, "v1").mkdir()
    index = Index.open(cache, root, "v1")
    assert not index.usable and index.stats.rebuilt == 0  # not a regular file: never deleted (fsio)
    assert index.store("a.txt", 1, 1, make("a")) == 0
    assert list(index.rows(root)) == [] and index.first_rows(root, 5) == ([], 0)
    index.close()
    assert index_path(cache, root, "v1").is_dir()


def test_busy_is_told_apart_from_other_errors():
    busy = sqlite3.OperationalError("database is locked")
    busy.sqlite_errorcode = sqlite3.SQLITE_BUSY  # type: ignore[attr-defined]
    locked_shared = sqlite3.OperationalError("database table is locked")
    locked_shared.sqlite_errorcode = sqlite3.SQLITE_LOCKED | (1 << 8)  # type: ignore[attr-defined]  # extended
    corrupt = sqlite3.DatabaseError("file is not a database")
    corrupt.sqlite_errorcode = sqlite3.SQLITE_NOTADB  # type: ignore[attr-defined]
    assert index_mod._is_busy(busy) and index_mod._is_busy(locked_shared)
    assert not index_mod._is_busy(corrupt) and not index_mod._is_busy(sqlite3.OperationalError("no code"))


# --- the figure search of a warm library, end to end -------------------------------


@pytest.fixture
def warm(tmp_path: Path):
    """The samples loaded twice: the second load is list entries from the index."""
    shutil.copytree(ROOT / "briefings", tmp_path / "briefings")
    config = read_config(ROOT / "config.toml")
    config.briefings = tmp_path / "briefings"
    config.cache_dir = tmp_path / "cache"
    load_library(config).close()
    library = load_library(config)
    full = load_library(config, use_cache=False)
    yield config, library, full
    library.close()


@pytest.mark.parametrize(
    "query",
    [
        "money>1000亿",
        "money<=100亿",
        "money>=3000亿",
        "percent>10",
        "count>100",
        "area>1平方公里",
        "money>1000亿 -percent>10",
        "直播 money>100亿",
    ],
)
def test_figure_terms_on_a_warm_library_answer_what_the_bodies_would(warm, query):
    config, library, full = warm
    assert library.stats.cached == 5 and not any(b.loaded for b in library.briefings)
    from_index = [
        b.id for b in filter_briefings(library.briefings, query, taxonomy=config.topics, search=library.search)
    ]
    in_memory = [b.id for b in filter_briefings(full.briefings, query, taxonomy=config.topics)]
    assert from_index == in_memory


def test_a_figure_search_is_asked_once_while_typing(warm, monkeypatch):
    config, library, full = warm
    calls: list[tuple] = []
    real = library.index.figure_search

    def counted(*args, **kwargs):  # array=True: the filter's numpy path (issue 19)
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(library.index, "figure_search", counted)
    live = IncrementalFilter(library.briefings, taxonomy=config.topics, search=library.search)
    first = live("money>1000亿")
    live("money>1000亿 直")  # typing on: the figure term is the same
    again = live("money>1000亿")
    assert calls == [("money", ">", 1e11)]  # remembered, not asked per keystroke
    assert (
        [b.id for b in first]
        == [b.id for b in again]
        == [b.id for b in filter_briefings(full.briefings, "money>1000亿", taxonomy=config.topics)]
    )
    assert first  # the samples have such figures: the comparison is not between two empty lists
