"""Guards what a hedge word in front of a figure tells the reader: 至少 is a lower bound
("at least"), 不足 and 最多 upper bounds ("less than", "up to"), 将近 "nearly" (an upper
bound), 大约 an approximation; the hedge is part of the figure as highlighted.

Asserted through what a reader sees (the span, the English, the bound a figure query
compares), not the extractor's internals. The sentences are made for the purpose in
the style of the sample briefings (none of the samples uses these five words).
"""

from __future__ import annotations

import pytest

from briefreader.figures import extract_figures
from briefreader.model import Briefing
from briefreader.query import filter_briefings

CASES = [
    # sentence, the span, English starts with, (low, high) bounds the figure sets
    ("园区至少100家企业入驻。", "至少100家", "at least 100", (100, None)),
    ("项目投资不足500万元。", "不足500万元", "less than RMB 5 mn", (None, 5e6)),
    ("全年营收将近3000亿元。", "将近3000亿元", "nearly RMB 300 bn", (None, 3e11)),
    ("每户补贴最多200万元。", "最多200万元", "up to RMB 2 mn", (None, 2e6)),
    ("总投资大约50亿元。", "大约50亿元", "about RMB 5 bn", (None, None)),
]


def only_figure(sentence: str):
    figures = extract_figures(sentence)
    assert len(figures) == 1, [(f.text, f.kind) for f in figures]
    return figures[0]


@pytest.mark.parametrize(("sentence", "span", "english", "bounds"), CASES, ids=[c[1][:2] for c in CASES])
def test_a_hedge_word_is_read_with_its_figure(sentence: str, span: str, english: str, bounds):
    fig = only_figure(sentence)
    assert fig.text == span  # the highlight covers the hedge word too
    assert fig.en.startswith(english), fig.en
    assert (fig.low, fig.high) == bounds


def test_at_least_and_less_than_point_opposite_ways():
    # The same amount hedged two ways must never read the same.
    low = only_figure("投资至少500万元。")
    high = only_figure("投资不足500万元。")
    assert low.value == high.value == 5e6
    assert (low.low, low.high) == (5e6, None) and (high.low, high.high) == (None, 5e6)
    assert low.en != high.en


def test_nearly_is_not_over():
    fig = only_figure("全年营收将近3000亿元。")
    assert fig.high == 3e11 and fig.low is None  # nearly 300 bn is below 300 bn, not above
    assert "over" not in fig.en


def test_a_hedged_figure_is_found_by_a_figure_query():
    # "money>=3000亿" is what a reader types to find a 3000亿 figure, hedged or not.
    b = Briefing(
        id="x",
        path="/c/x.txt",
        fingerprint="x",
        title="",
        text="全年营收将近3000亿元。",
        figures=extract_figures("全年营收将近3000亿元。"),
    )
    assert [r.id for r in filter_briefings([b], "money>=3000亿", taxonomy={})] == ["x"]
    assert [r.id for r in filter_briefings([b], "money<1000亿", taxonomy={})] == []


# A negated "over" is a cap (peer5, session 42, kind K4: 募资不超5亿元 was read as 超 "over RMB 500 mn", the
# opposite of what the sentence says). Not a list of cases: every negation before every "over" word.
NEGATED_OVER = [
    ("公司拟募资不超5亿元用于扩产。", "不超5亿元", "up to RMB 500 mn", (None, 5e8)),
    ("募集资金总额不逾3亿元。", "不逾3亿元", "up to RMB 300 mn", (None, 3e8)),
    ("预计投入不超出10亿元。", "不超出10亿元", "up to RMB 1 bn", (None, 1e9)),
    ("单笔贷款没有超过3万元。", "没有超过3万元", "up to RMB 30,000", (None, 3e4)),
    ("每套面积不大于90平方米。", "不大于90平方米", "up to 90 m", (None, 90)),
]


@pytest.mark.parametrize(("sentence", "span", "english", "bounds"), NEGATED_OVER, ids=[c[1] for c in NEGATED_OVER])
def test_a_negated_over_is_an_upper_bound_never_over(sentence: str, span: str, english: str, bounds):
    fig = only_figure(sentence)
    assert fig.text == span
    assert fig.qualifier == "under" and fig.en.startswith(english), (fig.qualifier, fig.en)
    assert (fig.low, fig.high) == bounds


def test_an_over_without_negation_stays_over():
    fig = only_figure("今年投资超5亿元。")
    assert (fig.text, fig.qualifier, fig.low) == ("超5亿元", "over", 5e8)
