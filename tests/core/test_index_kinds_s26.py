"""Index schema 22 (issue 19, session 26): figs_kind (kind, value) is gone, 56 of the 100,000 mix's
920 MB; a kind's figures are found through figs_group (sort group, value) by ``kind_sql``: a
kind outside SORT_GROUPS is one group, money and percent are their currencies' and units' groups.

The index must still give exactly the figures and briefings the in-memory predicate gives, for
every kind, with and without a currency, each comparison, negated, and the kind as a word; and it
must walk figs_group, not read every figure (a plan, not a time: no timed assertions).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from briefreader.across import figure_table, row_matches, sql_filter
from briefreader.config import read_config
from briefreader.index import FIG_BITS, kind_sql, sort_group
from briefreader.library import load_library
from briefreader.query import filter_briefings

TEXTS = {
    "a.md": "# 甲\n\n2024年3月1日\n\n全市共有10000家企业，组建8组专班，开通16条线路，新建77所学校，面积3.5平方公里。\n",
    "b.md": "# 乙\n\n2024年3月2日\n\n公司营收50亿元，海外营收5亿美元，利润增长12%，毛利率提高1.5个百分点。\n",
    "c.md": "# 丙\n\n2024年3月3日\n\n该项目投资20亿美元，另有3亿元配套资金，新增岗位300个，占比约12%。\n",
    "d.md": "# 丁\n\n2024年3月4日\n\n港府拨款50亿港元，台湾投入5亿新台币，同比下降3个百分点，新建5所学校。\n",
    "e.md": "# 戊\n\n2024年3月5日\n\n本文没有任何数字。\n",
    "f.md": "# 己\n\n2024年3月6日\n\n全年出口钢材782.7万吨，进口铁矿石100万吨，新增装机120万千瓦，全社会用电量33.6亿千瓦时。\n",
}
QUERIES = [
    "money>1亿",
    "money>=5亿",
    "money=5亿",
    "money<10亿",
    "money<=3亿",
    "money>1亿美元",
    "money=5亿美元",
    "money<30亿美元",
    "money>1亿港元",
    "-money>10亿",
    "percent>10",
    "percent=12",
    "percent<2",
    "count>=16",
    "count=5",
    "count<10",
    "area>1",
    "money",
    "percent",
    "count",
    "-money",
    "money>=1e8 -cny",
]


@pytest.fixture(scope="module")
def libraries(sample_dir, tmp_path_factory):
    folder = tmp_path_factory.mktemp("kinds")
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    config = read_config(sample_dir / "config.toml")
    config = replace(config, briefings=folder, cache_dir=tmp_path_factory.mktemp("cache"), notes=folder / "notes.toml")
    load_library(config).close()  # cold: every file analysed and stored
    indexed = load_library(config)  # warm: list entries, figure terms answered by the index
    assert indexed.index is not None and indexed.index.usable and indexed.stats.ingested == 0
    yield indexed, load_library(config, use_cache=False)
    indexed.close()


def test_the_corpus_has_several_groups_of_a_kind(libraries) -> None:
    memory = libraries[1]
    units = {(f.kind, f.unit) for b in memory.briefings for f in b.figures}
    assert {("money", "CNY"), ("money", "USD")} <= units  # money is several groups
    assert len({u for k, u in units if k == "count"}) >= 3  # a count's unit makes no group
    assert len({u for k, u in units if k == "quantity"}) >= 2  # a quantity's does (t, kW, kWh: never compared)


@pytest.mark.parametrize("text", QUERIES)
def test_figures_view_filter_agrees_with_memory(libraries, text) -> None:
    indexed, memory = libraries
    window = figure_table(indexed, indexed.briefings, order="value", filter_text=text)
    rows = figure_table(memory, memory.briefings, order="value").rows(0, 10**6)
    keep = row_matches(text)
    expected = sorted((r.id, r.start) for r in rows if keep(r))
    got = sorted((r.id, r.start) for r in window.rows(0, len(window)))
    assert got == expected
    assert len(window) == len(expected)


@pytest.mark.parametrize("text", [q for q in QUERIES if ">" in q or "<" in q or "=" in q])
def test_list_filter_agrees_with_memory(libraries, sample_dir, text) -> None:
    indexed, memory = libraries
    taxonomy = read_config(sample_dir / "config.toml").topics
    assert not any(b.loaded for b in indexed.briefings)  # list entries: figure terms ask the index
    from_index = [b.id for b in filter_briefings(indexed.briefings, text, taxonomy=taxonomy, search=indexed.search)]
    in_memory = [b.id for b in filter_briefings(memory.briefings, text, taxonomy=taxonomy)]
    assert from_index == in_memory


def _plan(index, sql: str, args) -> str:
    with index._lock:
        return " | ".join(r[3] for r in index._conn.execute(f"EXPLAIN QUERY PLAN {sql}", args))


@pytest.mark.parametrize(
    ("kind", "unit"),
    [("money", ""), ("money", "USD"), ("percent", ""), ("count", ""), ("count", "家"), ("quantity", "")],
)
def test_a_kind_walks_figs_group_not_every_figure(libraries, kind, unit) -> None:
    index = libraries[0].index
    where, args = kind_sql(kind, unit)
    plan = _plan(index, f"SELECT count(*) FROM figrows f WHERE {where} AND f.value > ?", (*args, 1.0))
    assert "figs_group" in plan
    assert "SCAN f" not in plan and "SCAN figs" not in plan  # no read of every figure
    # the same condition selects exactly that kind (and that unit's group)
    with index._lock:
        got = {
            (rowid >> FIG_BITS, k, u)
            for rowid, k, u in index._conn.execute(f"SELECT f.id, f.kind, f.unit FROM figrows f WHERE {where}", args)
        }
        every = set(index._conn.execute("SELECT f.id >> ?, f.kind, f.unit FROM figrows f", (FIG_BITS,)))
    assert got == {r for r in every if r[1] == kind and (not unit or r[2] == unit)}
    assert got


def test_sql_filter_plans_use_the_index(libraries) -> None:
    index = libraries[0].index
    for text in ("money>1亿", "money>1亿美元", "percent=12", "count<10", "money"):
        where, args = sql_filter(text)
        assert "figs_group" in _plan(index, f"SELECT count(*) FROM figrows f WHERE {where}", args), text


def test_a_quantity_sorts_within_its_unit(libraries) -> None:
    indexed, memory = libraries
    for library in (indexed, memory):
        table = figure_table(library, library.briefings, order="value", descending=False)
        rows = [r for r in table.rows(0, len(table)) if r.kind == "quantity"]
        assert len({r.unit for r in rows}) >= 2
        keys = [(sort_group(r.kind, r.unit), r.value) for r in rows]
        assert keys == sorted(keys)  # by unit, then value
        units = [r.unit for r in rows]
        # 100万 t < 120万 kW < 782.7万 t by value alone: the unit makes the group, so t is one run
        assert sum(1 for i, u in enumerate(units) if i == 0 or units[i - 1] != u) == len(set(units))
        assert units.count("t") == 2
