"""Guards the review of session 13's figure changes (D1-D4): sums named by a noun in 金 are
read again, and three new readings that made figures out of words are refused."""

from __future__ import annotations

import pytest

from briefreader.figures import extract_figures


def _money(text: str, region: str | None = None) -> list[tuple[str, str]]:
    return [(f.text, f.en) for f in extract_figures(text, region=region) if f.kind == "money"]


@pytest.mark.parametrize(
    "text",
    [
        "缴纳3万保证金后即可参加竞拍",
        "拿到5万奖金后他很高兴",
        "5万违约金必须在月底前支付",
        "2万押金退还给租客",
        "1万押金怎么退？",
        "收取5万定金可以锁定房源",
        "获得20万奖学金资助",
    ],
)
def test_a_sum_named_by_a_noun_ending_in_jin_is_money_whatever_follows(text: str) -> None:
    # c81b986 required a closed list of words after 金 (的, 和, 发放 …): everyday sums were lost
    assert len(_money(text)) == 1 and _money(text)[0][1].startswith("RMB")


def test_things_of_gold_counted_by_a_measure_word_are_no_sum() -> None:
    assert _money("海关查获3万根金条") == []
    assert _money("他收藏了3000枚金币") == []


@pytest.mark.parametrize("text", ["2025新元年开启", "迎接2024新元宵", "共有3新元件", "十万新元器件投放市场"])
def test_xinyuan_before_a_word_yuan_starts_is_no_singapore_dollar(text: str) -> None:
    assert _money(text) == []


def test_xinyuan_after_a_number_is_still_the_singapore_dollar() -> None:
    assert _money("约27亿新元") == [("约27亿新元", "about SGD 2.7 bn")]
    assert _money("三千多新元") == [("三千多新元", "over SGD 3,000")]


def test_a_bare_zhao_is_a_trillion_only_where_the_press_writes_it_so() -> None:
    # the mainland's 兆 is 10^6 (a data plan's 500兆) and its trillion 万亿: no confident RMB 500 tn
    assert _money("每月套餐费用包含500兆") == []
    assert _money("该市收入破1兆") == []
    assert _money("台灣去年出口總額破1兆，行政院表示。", region="tw") == [("破1兆", "over TWD 1 tn")]


def test_a_bare_round_scale_after_hua_is_a_sum_only() -> None:
    # 2a6408b's round sum after a spending verb also made 花千万次 (a figure of speech) a count of 10 mn
    assert extract_figures("他花千万次也学不会") == []
    assert _money("花千萬買虛坪", region="tw")  # the round sum after a spending verb stays
