"""The figures view's value and kind orders by sort group (review s19 R23, session 20).

The value order was by unit, then value: counts were split by their measure word (8组, 16条,
77所 … before 10,000家: the figures view's snapshot showed it), and the kind order was by
kind, then value, so RMB 5 bn sat beside USD 5 bn as one column of numbers. Both orders are now
(sort group, value): money by currency, a percentage by its unit, every other kind as one group;
the index (figs_group) and the in-memory order (--no-cache) agree.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from briefreader.across import figure_table
from briefreader.config import read_config
from briefreader.library import load_library

TEXTS = {
    "a.md": "# 甲\n\n2024年3月1日\n\n全市共有10000家企业，组建8组专班，开通16条线路，新建77所学校。\n",
    "b.md": "# 乙\n\n2024年3月2日\n\n公司营收50亿元，海外营收5亿美元，利润增长12%，毛利率提高1.5个百分点。\n",
    "c.md": "# 丙\n\n2024年3月3日\n\n该项目投资20亿美元，另有3亿元配套资金，新增岗位300个。\n",
}


@pytest.fixture(scope="module")
def libraries(sample_dir, tmp_path_factory):
    folder = tmp_path_factory.mktemp("groups")
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    config = read_config(sample_dir / "config.toml")
    config = replace(config, briefings=folder, cache_dir=tmp_path_factory.mktemp("cache"), notes=folder / "notes.toml")
    indexed = load_library(config)
    assert indexed.index is not None and indexed.index.usable
    return indexed, load_library(config, use_cache=False)


def _rows(library, order, descending=False):
    table = figure_table(library, library.briefings, order=order, descending=descending)
    return table.rows(0, len(table))


def _runs(rows, key):
    """The groups in the order they come, one entry per run of equal keys."""
    runs: list = []
    for r in rows:
        if not runs or runs[-1] != key(r):
            runs.append(key(r))
    return runs


@pytest.mark.parametrize("which", [0, 1], ids=["index", "memory"])
@pytest.mark.parametrize("order", ["value", "kind"])
def test_counts_are_one_group_and_each_currency_its_own(libraries, which, order) -> None:
    rows = _rows(libraries[which], order)
    counts = [r for r in rows if r.kind == "count"]
    assert {r.unit for r in counts} >= {"家", "组", "条", "所"}  # measure words differ
    # the counts are one run, by value (8组 < 16条 < 77所 < 300个 < 10000家), not one run per measure word
    assert _runs(rows, lambda r: r.kind).count("count") == 1
    assert [r.value for r in counts] == sorted(r.value for r in counts)
    money = [r for r in rows if r.kind == "money"]
    assert {r.unit for r in money} >= {"CNY", "USD"}
    # each currency one run: no RMB sum between two USD sums
    kinds_units = _runs(money, lambda r: r.unit)
    assert len(kinds_units) == len(set(kinds_units))
    percent = [r for r in rows if r.kind == "percent"]
    assert len(_runs(percent, lambda r: r.unit)) == len({r.unit for r in percent})


@pytest.mark.parametrize("order", ["value", "kind"])
@pytest.mark.parametrize("descending", [False, True])
def test_the_index_and_memory_give_one_order(libraries, order, descending) -> None:
    indexed, memory = libraries
    assert [(r.id, r.start) for r in _rows(indexed, order, descending)] == [
        (r.id, r.start) for r in _rows(memory, order, descending)
    ]
