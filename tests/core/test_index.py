"""Guards the SQLite index cache: round trip, hits and misses, rebuilding, pruning."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
import subprocess
import sys
import threading
from dataclasses import replace
from pathlib import Path

import pytest

from briefreader.index import SCHEMA_VERSION, Index, index_path
from briefreader.model import Briefing, Figure, Problem


def make_briefing(id: str = "a/000", text: str = "上海信息消费节开幕。") -> Briefing:
    return Briefing(
        id=id,
        path=f"/corpus/{id}.txt",
        fingerprint="sha256:" + "ab" * 32,
        title="2025上海信息消费节开幕",
        text=text,
        original="",  # never cached (re-read from the file); see test_json_round_trip
        date=dt.date(2025, 5, 17),
        date_precision="day",
        source="中国经济导报",
        authors=["邱爱荃"],
        script="hant",
        encoding="big5",
        format="html",
        size=1234,
        topics=["information_consumption"],
        keywords=["信息消费", "信息消费节"],
        figures=[
            Figure(
                "money", "超过3000亿元", 3, 11, 3e11, unit="CNY", qualifier="over", en="over RMB 300 bn", sentence="…"
            ),
            Figure("count", "2个至3个", 0, 5, None, low=2, high=3, unit="个", qualifier="range"),
        ],
        problems=[Problem("mojibake", "3 characters could not be repaired")],
    )


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "cache"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    return corpus


def entry(b: Briefing, path: str = "", size: int | None = None) -> Briefing:
    """What the index gives back for ``b``: its list entry (the body stays in the file;
    the size is the file's, as stat saw it)."""
    return replace(b, path=path, text="", original="", figures=[], loaded=False, size=b.size if size is None else size)


def test_list_entry_round_trip(cache, root):
    b = make_briefing()
    b.original = "源文本"
    undated = Briefing(id="x", path="/x", fingerprint="f", title="", text="")
    with Index.open(cache, root, "v1") as index:
        assert index.store("a/000.txt", 1234, 1, b)
        assert index.store("x.txt", 0, 1, undated)  # size 0, as in undated
        assert index.lookup("a/000.txt", 1234, 1) == entry(b)
        assert index.lookup("x.txt", 0, 1) == entry(undated)
        rows = {row.relpath: row for row in index.rows(root)}
    assert rows["a/000.txt"].briefing == entry(b, path=str(root / "a" / "000.txt"))
    assert (rows["a/000.txt"].size, rows["a/000.txt"].mtime_ns) == (1234, 1)


class Named:
    """Search answers in row keys; tests read them as briefing ids."""

    def __init__(self, index: Index) -> None:
        self.index = index

    def _ids(self, keys):
        names = {row.briefing.key: row.briefing.id for row in self.index.rows(Path("/"))}
        return {names[k] for k in keys if k in names}

    def search(self, needle):
        return self._ids(self.index.search(needle))

    def figure_search(self, *args):
        return self._ids(self.index.figure_search(*args))


def test_words_and_figures_are_searched_in_the_index(cache, root):
    with Index.open(cache, root, "v1") as raw:
        index = Named(raw)
        raw.store("a.txt", 1, 1, replace(make_briefing("a", "信息消费节开幕，AIGC与直播电商。"), title="上海"))
        raw.store("b.txt", 1, 1, replace(make_briefing("b", "北京直播。消费"), title="上海"))
        assert index.search("信息消费节") == {"a"}
        assert index.search("直播") == {"a", "b"}
        assert index.search("播电") == {"a"}
        assert index.search("费节") == {"a"}
        assert index.search("播消") == set()  # "直播。消费": the sentence break is not skipped
        assert index.search("ai") == {"a"}  # a Latin word's start, as you type
        assert index.search("gc") == set()
        assert index.search("aigc与直") == {"a"}
        assert index.search("上海") == {"a", "b"}  # titles are searched too
        assert index.figure_search("money", ">", 1e11) == {"a", "b"}
        assert index.figure_search("money", ">", 3e11) == set()
        assert index.figure_search("money", ">=", 3e11) == {"a", "b"}
        assert index.figure_search("money", "=", 3e11) == {"a", "b"}
        assert index.figure_search("count", "<=", 2) == {"a", "b"}  # a range by either end
        assert index.figure_search("count", ">", 2.5) == {"a", "b"}
        assert index.figure_search("percent", ">", 0) == set()


def test_a_replaced_or_pruned_file_is_not_found_by_its_old_words(cache, root):
    with Index.open(cache, root, "v1") as raw:
        index = Named(raw)
        raw.store("a.txt", 1, 1, make_briefing("a", "元宇宙"))
        raw.store("a.txt", 2, 2, make_briefing("a", "直播"))
        raw.store("b.txt", 1, 1, make_briefing("b", "元宇宙"))
        assert index.search("元宇宙") == {"b"}
        assert index.search("直播") == {"a"}
        raw.prune(["a.txt"])
        assert index.search("元宇宙") == set()
        assert index.figure_search("money", ">", 0) == {"a"}


def test_store_and_lookup_across_processes_runs(cache, root):
    b = make_briefing()
    with Index.open(cache, root, "v1") as index:
        index.store("a/000.txt", 1234, 111, b)
        assert index.stats.stored == 1
    index = Index.open(cache, root, "v1")
    assert index.lookup("a/000.txt", 1234, 111) == entry(b)
    assert index.lookup("a/000.txt", 1235, 111) is None  # size changed
    assert index.lookup("a/000.txt", 1234, 112) is None  # mtime changed
    assert index.lookup("b/001.txt", 1234, 111) is None  # never stored
    assert (index.stats.hits, index.stats.misses) == (1, 3)
    index.close()


def test_store_replaces_the_row(cache, root):
    with Index.open(cache, root, "v1") as index:
        index.store("a.txt", 1, 1, make_briefing(text="old"))
        index.store("a.txt", 2, 2, make_briefing(text="new"))
        assert index.lookup("a.txt", 1, 1) is None
        assert Named(index).search("new") == {"a/000"}


def test_each_analysis_setup_has_its_own_index(cache, root):
    # Issue 15: a run with another config (taxonomy) rebuilt the one index in place under
    # an open reader. Now another setup is another file, and going back finds its rows.
    with Index.open(cache, root, "v1") as index:
        index.store("a.txt", 1, 1, make_briefing())
    with Index.open(cache, root, "v2") as index:
        assert index.lookup("a.txt", 1, 1) is None
        assert index.relpaths() == set()
    with Index.open(cache, root, "v1") as index:
        assert index.lookup("a.txt", 1, 1) is not None
    assert index_path(cache, root, "v1") != index_path(cache, root, "v2")


def test_an_index_of_another_setup_unused_for_a_week_is_deleted(cache, root):
    import os
    import time

    from briefreader.index import UNUSED_DAYS

    with Index.open(cache, root, "old"):
        pass
    old = index_path(cache, root, "old")
    with Index.open(cache, root, "recent"):
        pass
    recent = index_path(cache, root, "recent")
    week_ago = time.time() - UNUSED_DAYS * 86400 - 60
    for f in (old, Path(f"{old}-wal")):
        if f.exists():
            os.utime(f, (week_ago, week_ago))
    with Index.open(cache, root, "new"):
        pass
    assert not old.exists() and recent.exists() and index_path(cache, root, "new").exists()


def test_one_database_per_corpus_root(cache, tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    assert index_path(cache, one, "v1") != index_path(cache, two, "v1")
    assert index_path(cache, one, "v1") == index_path(cache, tmp_path / "x" / ".." / "one", "v1")
    with Index.open(cache, one, "v1") as index:
        index.store("a.txt", 1, 1, make_briefing())
    with Index.open(cache, two, "v1") as index:
        assert index.lookup("a.txt", 1, 1) is None


def test_cache_dir_is_private(cache, root):
    Index.open(cache, root, "v1").close()
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700


def _foreign(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()


def _wrong_user_version(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE briefings (relpath TEXT)")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 7}")
    conn.commit()
    conn.close()


def _other_root(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = '/elsewhere' WHERE key = 'root'")
    conn.commit()
    conn.close()


def _truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[:100] + b"\x00" * 50)


@pytest.mark.parametrize(
    "damage",
    [
        lambda p: p.write_bytes(b"this is not a database at all" * 100),
        lambda p: p.write_bytes(b""),
        lambda p: p.write_bytes(os.urandom(8192)),
        _foreign,
        _wrong_user_version,
        _other_root,
        _truncated,
    ],
    ids=["text", "empty", "random", "foreign", "user_version", "other_root", "truncated"],
)
def test_damaged_database_is_rebuilt(cache, root, damage):
    with Index.open(cache, root, "v1") as index:
        index.store("a.txt", 1, 1, make_briefing())
    path = index_path(cache, root, "v1")
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    damage(path)
    index = Index.open(cache, root, "v1")
    assert index.lookup("a.txt", 1, 1) is None
    index.store("a.txt", 1, 1, make_briefing())
    assert index.lookup("a.txt", 1, 1) == entry(make_briefing(), size=1)
    index.close()


def test_unusable_cache_dir_disables_the_cache(tmp_path, root):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    index = Index.open(blocker / "cache", root, "v1")
    index.store("a.txt", 1, 1, make_briefing())
    assert index.lookup("a.txt", 1, 1) is None
    assert index.prune([]) == 0
    index.commit()
    index.close()


def test_prune(cache, root):
    with Index.open(cache, root, "v1") as index:
        for name in ("a.txt", "b.txt", "c/d.txt"):
            index.store(name, 1, 1, make_briefing(id=name))
        assert index.prune(["a.txt", "c/d.txt", "new.txt"]) == 1
        assert index.relpaths() == {"a.txt", "c/d.txt"}
        assert index.stats.pruned == 1
    with Index.open(cache, root, "v1") as index:
        assert index.relpaths() == {"a.txt", "c/d.txt"}


def test_two_open_indexes_on_one_cache(cache, root):
    first = Index.open(cache, root, "v1")
    first.store("a.txt", 1, 1, make_briefing())  # uncommitted: holds the write lock
    second = Index.open(cache, root, "v1")  # must not wait for or break the first
    assert second.lookup("a.txt", 1, 1) is None
    first.commit()
    assert second.lookup("a.txt", 1, 1) == entry(make_briefing(), size=1)
    second.close()
    first.close()


def test_threads_share_one_index(cache, root):
    index = Index.open(cache, root, "v1")

    def work(n: int) -> None:
        for i in range(20):
            index.store(f"{n}/{i}.txt", i, i, make_briefing(id=f"{n}/{i}"))
            index.lookup(f"{n}/{i}.txt", i, i)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    index.close()
    assert (index.stats.stored, index.stats.hits) == (80, 80)


_WRITER = """
import sys
from pathlib import Path
from briefreader.index import Index
from briefreader.model import Briefing
cache, root, tag = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
for round in range(5):
    index = Index.open(cache, root, "v1")
    for i in range(50):
        index.store(f"{tag}/{i}.txt", i, i, Briefing(id=tag, path="", fingerprint="", title="", text="x" * 2000))
    index.close()
print("ok")
"""


def test_two_processes_do_not_crash(cache, root):
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(cache), str(root), tag],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for tag in ("p", "q")
    ]
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        assert out.strip() == "ok"
    with Index.open(cache, root, "v1") as index:
        assert len(index.relpaths()) == 100
