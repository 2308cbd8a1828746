"""An English scale word after a symbol's or a code's number is part of the amount (tester s16):
'US$2.5 billion' was listed as 'USD 2.5', a confident wrong number; a range's first bound alone
(US$2-3 billion) is no figure rather than a wrong one. Left: HK$5-6亿 still reads 'HKD 5'."""

from __future__ import annotations

import pytest

from briefreader.figures import extract_figures


def money(text: str) -> list[tuple[str, float | None, str]]:
    return [(f.text, f.value, f.en) for f in extract_figures(text) if f.kind == "money"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("公司去年营收US$2.5 billion。", ("US$2.5 billion", 2.5e9, "USD 2.5 bn")),
        ("另有HK$1.2 million捐款。", ("HK$1.2 million", 1.2e6, "HKD 1.2 mn")),
        ("欧洲业务€500 millions。", ("€500 millions", 5e8, "EUR 500 mn")),
        ("市值达US$ 4.5 Trillion。", ("US$ 4.5 Trillion", 4.5e12, "USD 4.5 tn")),
        ("还有USD 2 million。", ("USD 2 million", 2e6, "USD 2 mn")),
        ("菲律宾政府拨款。PHP 5 million。", ("PHP 5 million", 5e6, "PHP 5 mn")),
    ],
)
def test_the_scale_word_is_read_with_the_number(text, expected):
    assert money(text) == [expected]


@pytest.mark.parametrize("text", ["预计投资US$2-3 billion。", "预计投资US$2 - 3 billion。", "预计投资US$2~3bn。"])
def test_the_first_bound_of_a_range_alone_is_no_figure(text):
    assert money(text) == []


def test_plain_amounts_are_unchanged():
    assert money("售价US$5，另付HK$3亿。") == [("US$5", 5.0, "USD 5"), ("HK$3亿", 3e8, "HKD 300 mn")]


@pytest.mark.parametrize(
    "text",
    ["把蛋糕切成三块就行。", "地图被分成两块了。", "手表掉成两块给我看看。", "这三块都是好地。", "他捡了三块也没用。"],
)
def test_pieces_before_a_function_word_are_no_money(text):
    # review s16 R2: a function word after 块 made every such number a sum (RMB 3, RMB 2)
    assert money(text) == []


@pytest.mark.parametrize(
    ("text", "value"), [("寄1000块给我妈。", 1000.0), ("一共三百块了。", 300.0), ("他付了三块就走了。", 3.0)]
)
def test_a_spoken_sum_before_a_function_word_is_still_money(text, value):
    assert [v for _t, v, _en in money(text)] == [value]
