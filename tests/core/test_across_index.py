"""The figures table from the index (issue 17): windows read from either end agree with
each other and with the in-memory path; counts, filters and the temp tables."""

from __future__ import annotations

import gc

import pytest

from briefreader.across import FIGURE_COLUMNS, figure_table, row_matches, sql_filter
from briefreader.index import sort_group
from briefreader.library import load_library


@pytest.fixture(scope="module")
def libraries(sample_dir, tmp_path_factory):
    from dataclasses import replace

    from briefreader.config import read_config

    config = read_config(sample_dir / "config.toml")
    config = replace(config, cache_dir=tmp_path_factory.mktemp("cache"), notes=tmp_path_factory.mktemp("n") / "n.toml")
    indexed = load_library(config)
    assert indexed.index is not None and indexed.index.usable
    return indexed, load_library(config, use_cache=False)


def _key(row, column):
    value = getattr(row, column)
    # the value and kind orders are by sort group (kind, and a currency or a percentage's unit) first
    # (s18: RMB and USD sums were one column of numbers; s20 R23: counts split by measure word)
    if column in ("value", "kind"):
        return (sort_group(row.kind, row.unit), row.value is not None, row.value or 0.0)
    return value or ""


@pytest.mark.parametrize("column", [k for k, _ in FIGURE_COLUMNS])
@pytest.mark.parametrize("descending", [True, False])
def test_window_pages_agree_from_either_end_and_with_memory(libraries, column, descending):
    indexed, memory = libraries
    window = figure_table(indexed, indexed.briefings, order=column, descending=descending)
    table = figure_table(memory, memory.briefings, order=column, descending=descending)
    n = len(window)
    assert n == len(table) > 10
    whole = window.rows(0, n)
    assert len(whole) == n
    # pages read forward (first half) and backward (second half) give the same rows in place
    pieced = [r for start in range(0, n, 7) for r in window.rows(start, start + 7)]
    assert [r.rowid for r in pieced] == [r.rowid for r in whole]
    keys = [_key(r, "date" if column == "date" else column) for r in whole]
    assert keys == sorted(keys, reverse=descending)
    assert sorted((r.id, r.start) for r in whole) == sorted((r.id, r.start) for r in table.rows(0, n))


@pytest.mark.parametrize("text", ["money>1亿", "percent", "-money", "cny", "营收", "money>=1e8 -cny", "count<10"])
def test_sql_filter_and_row_matches_agree(libraries, text):
    indexed, memory = libraries
    window = figure_table(indexed, indexed.briefings, order="value", filter_text=text)
    rows = figure_table(memory, memory.briefings, order="value").rows(0, 10**6)
    keep = row_matches(text)
    expected = sorted((r.id, r.start) for r in rows if keep(r))
    assert sorted((r.id, r.start) for r in window.rows(0, len(window))) == expected
    assert len(window) == len(expected)


def test_a_filters_briefings_and_a_date_order_with_a_condition(libraries):
    indexed, _ = libraries
    some = indexed.briefings[::2]
    window = figure_table(indexed, some, order="date", filter_text="money>1")
    ids = {b.id for b in some}
    rows = window.rows(0, len(window))
    assert rows and all(r.id in ids and r.kind == "money" for r in rows)
    assert len(rows) == len(window)


def test_temp_tables_of_closed_windows_are_dropped(libraries):
    indexed, _ = libraries
    for _ in range(5):
        figure_table(indexed, indexed.briefings[:2], order="value")
    gc.collect()
    figure_table(indexed, indexed.briefings[:2], order="value")
    assert len(indexed.index._windows) <= 2


def test_sql_filter_rejects_a_bad_term():
    from briefreader.query import QuerySyntaxError

    with pytest.raises(QuerySyntaxError):
        sql_filter("money>abc")


def test_metric_stats_follow_stores_and_removals(tmp_path):
    from briefreader.figures import extract_figures
    from briefreader.index import Index, prepared_document
    from briefreader.model import Briefing

    def briefing(text: str) -> Briefing:
        return Briefing(id="x", path="", fingerprint="sha256:0", title="t", text=text, figures=extract_figures(text))

    a = briefing("2023年，上海软件和信息服务业营业收入达到1.5万亿元，同比增长13%。")
    b = briefing("本市软件和信息服务业实现营业收入15000亿元。直播电商零售额约为3000亿元。")
    with Index.open(tmp_path / "cache", tmp_path, "v1") as index:
        ka = index.store("a", 1, 1, a, document=prepared_document(a))
        index.store("b", 1, 1, b, document=prepared_document(b))
        index.commit()

        def by_group() -> list:  # the GROUP BY the stats table stands in for
            return index.metric_counts(keys=[ka, ka + 1])

        assert index.metric_counts() == by_group()
        assert ("软件和信息服务业营收", 3, 2) in index.metric_counts()
        index.store("b", 2, 2, briefing("直播电商零售额约为3100亿元。"))  # b changed: its old rows go
        index.prune({"a", "b"})
        counts = index.metric_counts()
        assert ("软件和信息服务业营收", 2, 1) in counts and ("直播电商零售额", 1, 1) in counts
        index.prune({"b"})
        assert [m for m, _, _ in index.metric_counts()] == ["直播电商零售额"]
