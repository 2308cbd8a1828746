"""Issue 19 (session 29): the column-wise list's load at 1,000,000 entries peaked at
~590 MB. It now reads its rows with a small SQLite page cache (every row is read once:
the index's 64 MB cache only filled up) and puts the connection's cache back, lets
each column's parts go as it joins them, and reads the rare rows (listed entries'
problems, kept paths) a batch at a time. The list read must be the same."""

from __future__ import annotations

import os
import shutil

import pytest
import test_liststore
from test_liststore import BODY, ROOT, SAMPLES

import briefreader.liststore as liststore
from briefreader.config import read_config
from briefreader.library import _open_index, load_library
from briefreader.liststore import ListStore


@pytest.fixture(scope="module")
def config(tmp_path_factory: pytest.TempPathFactory):
    """Real briefings, two listed with a problem, two whose names are not UTF-8 (their
    paths kept as bytes) and one not listed."""
    tmp = tmp_path_factory.mktemp("load")
    folder = tmp / "b"
    folder.mkdir()
    for sample in SAMPLES:
        shutil.copy(sample, folder / sample.name)
    damaged = ("损坏的简报\n\n" + BODY).encode() + b"\xff\xfe\x80" + BODY.encode()
    (folder / "damaged.txt").write_bytes(damaged)
    (folder / "damaged2.txt").write_bytes(damaged + b"\n")
    for name in (b"latin\xe9.txt", b"gbk\xc4\xe3\xba\xc3.txt"):
        with open(os.path.join(os.fsencode(folder), name), "wb") as fh:
            fh.write(("不是UTF-8的文件名\n\n" + BODY).encode())
    (folder / "empty.txt").write_bytes(b"")
    config = read_config(ROOT / "config.toml")
    config.briefings, config.cache_dir = folder, tmp / "cache"
    load_library(config).close()
    return config


both = test_liststore.both  # the same warm start, row by row and column-wise, over this module's config


def test_the_rows_are_read_with_a_small_page_cache_then_the_cache_is_put_back(config) -> None:
    root = config.briefings.resolve()
    index = _open_index(config, root)
    assert index is not None and index._conn is not None
    conn = index._conn
    before = conn.execute("PRAGMA cache_size").fetchone()[0]
    assert before != -liststore.LOAD_CACHE_KB
    seen: list[str] = []
    conn.set_trace_callback(seen.append)
    try:
        with index._lock:
            store = ListStore(conn, str(root), index.pipeline_version)
    finally:
        conn.set_trace_callback(None)
    assert len(store) > 0
    small = f"PRAGMA cache_size = -{liststore.LOAD_CACHE_KB}"
    reads = [i for i, sql in enumerate(seen) if sql.startswith("SELECT") and "FROM briefings" in sql]
    assert reads
    sets = [(j, sql) for j, sql in enumerate(seen) if sql.startswith("PRAGMA cache_size = ")]
    for i in reads:  # each read of the rows under the small cache, the cache put back after it
        assert [sql for j, sql in sets if j < i][-1] == small
        assert [sql for j, sql in sets if j > i][0] == f"PRAGMA cache_size = {before}"
    assert conn.execute("PRAGMA cache_size").fetchone()[0] == before
    index.close()


def test_the_rare_rows_read_a_few_at_a_time_give_the_same_list(config, both, monkeypatch) -> None:
    rows, columns = both
    monkeypatch.setattr(liststore, "STORE_MIN", 0)
    monkeypatch.setattr(liststore, "RARE_ROWS", 1)
    monkeypatch.setattr(liststore, "CHUNK", 4)
    lib = load_library(config, verify=False)
    store = lib.briefings
    assert isinstance(store, ListStore)
    assert len(store.problems) and len(store.paths)  # the corpus has both kinds of rare row
    assert list(store.problems.items()) == list(columns.briefings.problems.items())
    assert list(store.paths.items()) == list(columns.briefings.paths.items())
    assert list(store) == rows.briefings and [b.path for b in store] == [b.path for b in rows.briefings]
    assert store.texts["keywords"].codes.dtype == columns.briefings.texts["keywords"].codes.dtype
    lib.close()


@pytest.mark.parametrize("chunk", [1, 5, 10**6])
def test_columns_joined_from_any_number_of_parts_are_the_same(config, both, monkeypatch, chunk) -> None:
    rows, columns = both
    monkeypatch.setattr(liststore, "STORE_MIN", 0)
    monkeypatch.setattr(liststore, "CHUNK", chunk)
    lib = load_library(config, verify=False)
    store = lib.briefings
    assert isinstance(store, ListStore)
    for name in ("keys", "sizes", "mtimes", "ordinals", "precisions"):
        assert getattr(store, name).tolist() == getattr(columns.briefings, name).tolist()
    for name, column in columns.briefings.texts.items():
        assert list(store.texts[name]) == list(column), name
    assert {k: v.tolist() for k, v in store.codes.items()} == {
        k: v.tolist() for k, v in columns.briefings.codes.items()
    }
    assert list(store) == rows.briefings
    lib.close()


def test_the_settled_start_gives_the_heap_back_after_each_big_pass(config, both, monkeypatch) -> None:
    """The filter's preparation, the story map and the folder check over a column-wise
    list free big temporaries (sorts of the key column, the folder's hashes) that the C
    heap kept (1,000,000 entries: RSS held after them 484 -> 361 MB): each gives them
    back; a list of entries is left alone."""
    from briefreader.across import story_map
    from briefreader.library import refresh
    from briefreader.query import IncrementalFilter

    rows, columns = both
    calls: list[str] = []
    monkeypatch.setattr(liststore, "give_back_heap", lambda: calls.append("trim"))
    IncrementalFilter(rows.briefings, taxonomy=config.topics, search=rows.search).prepare()
    assert calls == []
    IncrementalFilter(columns.briefings, taxonomy=config.topics, search=columns.search).prepare()
    assert calls == ["trim"]
    story_map(columns)
    assert calls == ["trim"] * 2
    assert refresh(columns, config) is None  # nothing changed on disk
    assert calls == ["trim"] * 3
