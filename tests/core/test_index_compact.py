"""Issue 19's smaller index (schema 12): the figure rows kept compactly (figs: no doc
column, the metric as a code, the figure's length) still read back as every figure of
every briefing, with its metric's name, through the figrows view; metric codes freed by
removed briefings are never read as another metric; the listed count kept in the meta
table (the first paint reads it instead of a count(*)) follows every store and removal."""

from __future__ import annotations

from pathlib import Path

from briefreader.figures import extract_figures
from briefreader.index import FIG_SPAN, Index, prepared_document
from briefreader.model import Briefing, Problem


def _briefing(text: str, fatal: bool = False) -> Briefing:
    b = Briefing(id="x", path="", fingerprint="sha256:0", title="t", text=text, figures=extract_figures(text))
    if fatal:
        b.problems = [Problem("empty", "no text")]
    return b


def _counted(index: Index) -> int:
    return index._conn.execute("SELECT count(*) FROM briefings WHERE listed = 1").fetchone()[0]


def test_the_listed_count_follows_stores_replacements_and_removals(tmp_path: Path):
    with Index.open(tmp_path / "cache", tmp_path, "v1") as index:
        seen = []
        index.store("a", 1, 1, _briefing("上海软件产业营业收入1.5万亿元。"))
        index.store("b", 1, 1, _briefing("直播电商零售额约为3000亿元。"))
        index.store("c", 1, 1, _briefing("", fatal=True))  # a problem entry, not listed
        seen.append(index.listed_count())
        index.store("b", 2, 2, _briefing("", fatal=True))  # b is now unreadable: one fewer
        seen.append(index.listed_count())
        index.store("c", 2, 2, _briefing("园区新增企业120家。"))  # c now reads: one more
        index.store("a", 2, 2, _briefing("上海软件产业营业收入1.6万亿元。"))  # replaced, still listed
        seen.append(index.listed_count())
        assert index.prune({"b", "c"}) == 1
        seen.append(index.listed_count())
        assert seen == [2, 1, 2, 1]
        assert index.listed_count() == _counted(index)
        assert index.first_rows(tmp_path, 10)[1] == 1
    with Index.open(tmp_path / "cache", tmp_path, "v2") as index:  # another pipeline: rows dropped
        assert index.listed_count() == 0 == _counted(index)


def test_figure_rows_read_back_as_stored_with_their_metric_names(tmp_path: Path):
    text = "2023年，上海软件和信息服务业营业收入达到1.5万亿元，同比增长13%。新增企业120家至150家。"
    b = _briefing(text)
    assert len(b.figures) >= 3
    document = prepared_document(b)
    with Index.open(tmp_path / "cache", tmp_path, "v1") as index:
        key = index.store("a", 1, 1, b, document=document)
        rows = index._conn.execute(
            "SELECT id, doc, kind, text, en, value, unit, metric, start, stop, high FROM figrows ORDER BY id"
        ).fetchall()
    assert len(rows) == len(b.figures)
    for n, (row, f, metric) in enumerate(zip(rows, b.figures, document.metrics, strict=True)):
        single = f.value is not None
        assert row == (
            key * FIG_SPAN + n,
            key,
            f.kind,
            f.text,
            f.en,
            f.value if single else f.low,
            f.unit,
            metric,
            f.start,
            f.end,
            None if single else f.high,
        )
    assert any(document.metrics)  # a code read back as its name


def test_a_freed_metric_code_is_never_read_as_another_metric(tmp_path: Path):
    first = _briefing("上海软件和信息服务业营业收入达到1.5万亿元。")
    second = _briefing("直播电商零售额约为3000亿元。")
    with Index.open(tmp_path / "cache", tmp_path, "v1") as index:
        index.store("a", 1, 1, first, document=prepared_document(first))
        [(old, _, _)] = index.metric_counts()
        index.prune(set())  # a's metric has no figure left: its row (and code) go
        assert index.metric_counts() == []
        key = index.store("b", 1, 1, second, document=prepared_document(second))
        [(new, figures, docs)] = index.metric_counts()
        assert new != old and (figures, docs) == (1, 1)
        assert index.metric_series(old) == []
        series = index.metric_series(new)
        assert [(r.doc, r.metric, r.text) for r in series] == [(key, new, "约为3000亿元")]
        assert index.metric_counts(keys=[key]) == [(new, 1, 1)]
        names = {m for (m,) in index._conn.execute("SELECT metric FROM figrows")}
        assert names <= {new, ""}


def test_the_metric_order_walked_by_code_is_the_order_of_the_names(sample_dir, tmp_path: Path):
    # figs keeps a metric as a code, so the metric order walks one code at a time in the
    # names' order; it must give what sorting every matching row by (name, rowid) gives,
    # with and without conditions, for some briefings or all, either way, at any page
    from dataclasses import replace

    from briefreader.across import sql_filter
    from briefreader.config import read_config
    from briefreader.library import load_library

    config = replace(read_config(sample_dir / "config.toml"), cache_dir=tmp_path / "cache", notes=tmp_path / "n.toml")
    library = load_library(config)
    index = library.index
    assert index is not None and index.usable
    keys = [b.key for b in library.briefings]
    names = set()
    for text, chosen in (("", None), ("", keys[::2]), ("money", None), ("-count", keys[1::2])):
        where, args = sql_filter(text) if text else ("", ())
        every = index.figure_window(chosen, order="text", where=where, args=args)
        rows = every.rows(0, len(every))
        names |= {r.metric for r in rows}
        for descending in (False, True):
            walked = index.figure_window(chosen, order="metric", descending=descending, where=where, args=args)
            expected = [r.rowid for r in sorted(rows, key=lambda r: (r.metric, r.rowid), reverse=descending)]
            n = len(walked)
            assert n == len(rows) > 0
            assert [r.rowid for r in walked.rows(0, n)] == expected
            for start in (1, n // 3, n - 5):
                assert [r.rowid for r in walked.rows(start, start + 7)] == expected[start : start + 7]
    assert "" in names and len(names) > 3  # figures with and without a metric, several metrics
    library.close()


def test_an_index_of_schema_11_is_rebuilt_not_read_with_the_view(tmp_path: Path):
    # schema 11 kept figrows as a table (doc and metric name columns): an old file must
    # be thrown away and rebuilt, not have its figrows read as the view's
    from briefreader.index import SCHEMA_VERSION, index_path, sqlite3

    cache, root = tmp_path / "cache", tmp_path / "corpus"
    root.mkdir()
    b = _briefing("上海软件和信息服务业营业收入达到1.5万亿元。")
    with Index.open(cache, root, "v1") as index:
        index.store("a", 1, 1, b, document=prepared_document(b))
    conn = sqlite3.connect(index_path(cache, root, "v1"))
    conn.execute("DROP VIEW figrows")
    conn.execute("CREATE TABLE figrows (id INTEGER PRIMARY KEY, doc INTEGER, kind TEXT, metric TEXT)")
    conn.execute("PRAGMA user_version = 11")
    conn.commit()
    conn.close()
    with Index.open(cache, root, "v1") as index:
        assert index.stats.rebuilt == 1
        assert index.lookup("a", 1, 1) is None and index.listed_count() == 0
        key = index.store("a", 1, 1, b, document=prepared_document(b))
        assert [r.doc for r in index.metric_series(index.metric_counts()[0][0])] == [key]
    conn = sqlite3.connect(index_path(cache, root, "v1"))
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 13
    conn.close()
