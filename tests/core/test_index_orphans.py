"""Guards issue 19's "removing files leaves no orphaned index rows": after files of a
generated corpus are deleted and others rewritten, every table of the index (the two
FTS5 tables, figrows, figlo, fighi, stories, storybands, metricstats) holds rows of the
current briefings only, and the per-metric counts equal what the figure rows say."""

from __future__ import annotations

import os
import sys
from collections import Counter
from pathlib import Path

import pytest

from briefreader.config import read_config
from briefreader.index import CONTENTLESS_DELETE, band_key, sqlite3
from briefreader.library import load_library
from briefreader.stories import Signature

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
from generate_corpus import generate  # noqa: E402

KINDS = {"txt": 6, "md": 2, "fragment": 2, "page": 1, "gov": 1}


def _fts_docs(conn, table: str) -> set[int]:
    """The rowids the FTS5 table still has postings for (deleted rows excluded)."""
    conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab_{table} USING fts5vocab(main, {table}, 'instance')")
    return {doc for (doc,) in conn.execute(f"SELECT DISTINCT doc FROM temp.vocab_{table}")}


def _check(conn) -> set[int]:
    docs = {r for (r,) in conn.execute("SELECT rowid FROM briefings")}
    for table in ("figrows", "figlo", "fighi", "stories", "storybands"):
        found = {r for (r,) in conn.execute(f"SELECT DISTINCT doc FROM {table}")}
        assert found <= docs, (table, found - docs)
    # storybands holds exactly the bands of each stored signature
    bands = Counter(conn.execute("SELECT band, doc FROM storybands").fetchall())
    expected = Counter(
        (key, doc)
        for doc, sig in conn.execute("SELECT doc, sig FROM stories WHERE sig IS NOT NULL")
        for key in dict.fromkeys(band_key(band) for band in Signature.from_bytes(sig).bands())
    )
    assert bands == expected
    stats = {m: (f, d) for m, f, d in conn.execute("SELECT metric, figures, docs FROM metricstats")}
    counted = {
        m: (f, d)
        for m, f, d in conn.execute(
            "SELECT metric, count(*), count(DISTINCT doc) FROM figrows WHERE metric != '' GROUP BY metric"
        )
    }
    assert stats == counted
    # figlo and fighi hold exactly each briefing's least and greatest value per kind
    spans = {
        (kind, lo, hi, doc)
        for kind, lo, hi, doc in conn.execute(
            "SELECT kind, min(min(coalesce(value, high), coalesce(high, value))),"
            " max(max(coalesce(value, high), coalesce(high, value))), doc FROM figrows"
            " WHERE coalesce(value, high) IS NOT NULL GROUP BY doc, kind"
        )
    }
    los = {(k, lo, d) for k, lo, d in conn.execute("SELECT kind, lo, doc FROM figlo")}
    his = {(k, hi, d) for k, hi, d in conn.execute("SELECT kind, hi, doc FROM fighi")}
    assert los == {(k, lo, d) for k, lo, _, d in spans} and his == {(k, hi, d) for k, _, hi, d in spans}
    if CONTENTLESS_DELETE:  # before SQLite 3.43 a contentless table cannot forget a row
        listed = {r for (r,) in conn.execute("SELECT rowid FROM briefings WHERE listed = 1")}
        found = _fts_docs(conn, "search")
        assert listed <= found <= docs, found - docs
    return docs


def test_removed_and_rewritten_files_leave_no_rows_behind(tmp_path: Path):
    generate(tmp_path / "briefings", 30, seed=3, kinds=KINDS)
    config = read_config(ROOT / "config.toml")
    config.briefings = tmp_path / "briefings"
    config.cache_dir = tmp_path / "cache"
    library = load_library(config)
    conn = library.index._conn
    before = _check(conn)
    assert len(before) == 30
    assert conn.execute("SELECT count(*) FROM storybands").fetchone()[0] > 0
    assert conn.execute("SELECT count(*) FROM metricstats").fetchone()[0] > 0
    library.close()

    files = sorted(p for p in (tmp_path / "briefings").rglob("*") if p.is_file())
    for path in files[:6]:
        path.unlink()
    for path in files[6:10]:  # rewritten: the old rows of the file go, new ones come
        data = files[-1].read_bytes() if path.suffix == files[-1].suffix else path.read_bytes()[::-1]
        path.write_bytes(data)
        os.utime(path, ns=(1, 1))
    old = dict(_fingerprints(tmp_path / "cache"))
    library = load_library(config)
    try:
        assert library.stats.pruned >= 6
        after = _check(library.index._conn)
        assert len(before - after) >= 6  # the rows of the deleted files went
        # a rewritten file keeps its key (tester s15 F1) with its new rows only (_check above)
        rewritten = {str(p.relative_to(tmp_path / "briefings")) for p in files[6:10]}
        now = dict(_fingerprints(tmp_path / "cache"))
        both = [r for r in rewritten if r in now and r in old]
        assert both and all(now[r] != old[r] for r in both)
    finally:
        library.close()


def _fingerprints(cache: Path) -> list[tuple[str, str]]:
    (path,) = cache.glob("index-*.sqlite3")
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT relpath, fingerprint FROM briefings").fetchall()
    finally:
        conn.close()


@pytest.mark.skipif(not CONTENTLESS_DELETE, reason="SQLite before 3.43 keeps a contentless table's postings")
def test_a_removed_briefing_is_no_longer_found_by_its_words(tmp_path: Path):
    from briefreader.index import Index
    from briefreader.model import Briefing

    with Index.open(tmp_path, tmp_path, "v") as index:
        one = index.store(
            "one.txt", 1, 1, Briefing(id="one", path="", fingerprint="1", title="", text="独有词语 xyzzy")
        )
        index.store("two.txt", 1, 1, Briefing(id="two", path="", fingerprint="2", title="", text="共同"))
        assert index.search("独有") == {one} and index.search("独有词语") == {one} and index.search("xy") == {one}
        assert index.prune({"two.txt"}) == 1
        assert index.search("独有") == set() and index.search("独有词语") == set() and index.search("xy") == set()
        assert _fts_docs(index._conn, "search") == {2}
