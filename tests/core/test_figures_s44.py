"""Session 44 (issue 13): what a bare amount measures decides whether it is a sum.

units.MEASURED_NOUNS is one table of the nouns a number right after them measures, each with its kind; a number whose
noun is no money word is never promoted to a sum by its sentence (peer6 DuEE: 分子量1200万 beside quoted prices was
"RMB 12 mn"). Verbs of paying, fining, giving and pricing (units.SUM_VERB_MORPHEMES) make a bare amount after them one.
"""

from __future__ import annotations

import pytest

from briefreader.figures import extract_figures
from briefreader.figures.units import MEASURED_NOUNS, ROW_MEASURED_NOUNS, SUM_VERB_MORPHEMES


def money(text: str, region: str | None = "mainland") -> list[tuple[str, float]]:
    return [(f.text, f.value) for f in extract_figures(text, region=region) if f.kind == "money"]


@pytest.mark.parametrize(
    "text",
    [
        # peer6 DuEE: a grade's molecular weight beside quoted prices
        "聚丙烯酰胺(PAM，阳离子，分子量1200万)报价范围15700-18000元/吨左右",
        "产品(重量1200万)售价100元",
        "该股成交量1200万，股价上涨",  # shares traded, though 成交 names a sum
        "视频播放量达1200万，售价99元",
        "总值班电话2133077；",  # a number to dial (two dev pages of a college's notices: "RMB 2.1331 mn")
        "如怀疑受骗，应致电热线 18222 查询",
    ],
)
def test_a_number_whose_noun_is_no_sum_is_never_money(text: str) -> None:
    assert [m for m in money(text) if "1200万" in m[0] or m[1] in (2133077, 18222)] == []


def test_a_money_noun_still_makes_a_sum() -> None:
    assert money("收入1200万") == [("1200万", 12_000_000)]
    assert money("总值1200万") == [("1200万", 12_000_000)]
    assert money("成交1200万") == [("1200万", 12_000_000)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("上市公司财务造假被罚60万，结果退税250万！", [("60万", 600_000), ("250万", 2_500_000)]),  # peer6
        ("國防部解約重罰8398萬\n資本額", [("8398萬", 83_980_000)]),  # figures26
        ("在賴清德競選市長時捐410萬給賴清德", [("410萬", 4_100_000)]),  # figures28
        ("渣打捐1000万 酌情协助受影响客户", [("1000万", 10_000_000)]),  # a Hong Kong radio page
        ("李斌宣布全系产品降价3万，释放原本的免费换电权益", [("3万", 30_000)]),  # an ifanr feed
        ("麒麟980+真全面屏+128GB直降1500，还有6摄+40W快充", [("1500", 1500)]),  # peer6
        ("获赔1200万", [("1200万", 12_000_000)]),
    ],
)
def test_a_bare_amount_after_a_verb_of_paying_is_a_sum(text: str, want: list[tuple[str, float]]) -> None:
    assert money(text, region=None if "萬" in text else "mainland") == want


@pytest.mark.parametrize(
    "text",
    [
        "信息内容 本年处理决定数量\n行政处罚4119\n行政强制195",  # decisions counted (處罰 punishes: no sum)
        "捐血500",
        "降价2019年",
        "他被罚3次",
    ],
)
def test_punishing_or_counting_after_such_a_verb_is_no_sum(text: str) -> None:
    assert money(text) == []


def test_meidao_is_us_dollars() -> None:
    got = [(f.value, f.unit) for f in extract_figures("处理器进行价格下调25美刀，这应该是", region="mainland")]
    assert got == [(25, "USD")]


def test_the_tables_are_one_source() -> None:
    assert set(MEASURED_NOUNS.values()) == {"money", "count", "measure", "code"}
    assert all(MEASURED_NOUNS[w] != "money" for w in ROW_MEASURED_NOUNS)
    assert set(SUM_VERB_MORPHEMES) == {"罚", "捐", "赔", "价"}


def test_people_named_after_a_money_word_inside_them_are_counted() -> None:
    # a New York Times page of the text corpus: 消费者 holds 费, which _MONEY_AFTER_RE reads as a fee ("hundreds of USD
    # mn"); the noun after is people, so the number counts them
    got = [
        (f.kind, f.text) for f in extract_figures("他们夸张地称赞中国的数亿消费者，把这个市场称为", region="mainland")
    ]
    assert got == [("count", "数亿")]
    # ... while a sum's own noun after it still makes it one
    assert money("数亿消费券") != []


def test_gold_is_no_money_word() -> None:
    # "黄金十亿" (the golden billion, people: a feed of the text corpus) was "TWD 1 bn": 金 names money right before
    # a sum (保证金4123万), never as the end of 黄金
    assert money("约有十亿左右人口，通称“黄金十亿”。") == []
    assert money("沒收履約保證金4123萬", region="tw") == [("4123萬", 41_230_000)]


# -- the lead's ruling on D3 (session 44): a count summing names just given BEFORE it is not listed, two names joined
# by 和/及/与/跟 alone included (FIGURES_GOLD §1; 21 dev gold entries aligned)


@pytest.mark.parametrize(
    "text",
    [
        "深圳目前的普通住房标准只考虑了容积率和面积两个指标，从今年上半年",  # figures35
        "BMW 集團擁有 MINI 及 Rolls-Royce 2 個英國汽車品牌, 也在英國設立引擎生產線",  # figures2
        "現在在中國官網已經可以看到該款手機將會提供 64GB 跟 128GB 兩種版本,售價分別為",  # figures2
        "科技領域包含資訊科技與生活科技兩個科目，其時間分配如下",  # figures18
        "中環美利道和上環林士街兩個多層停車場，預計可以提供約7600",  # figures27
        "考试分笔试和面试两个阶段进行",  # the text corpus
    ],
)
def test_a_count_of_two_names_just_given_is_no_figure(text: str) -> None:
    assert [f.text for f in extract_figures(text) if f.kind == "count"] == []


@pytest.mark.parametrize(
    "text",
    [
        "他与妻子育有两个孩子",  # a verb after the second: 与 "with", the children counted
        "学校与家长签订两份协议",
        "高院上诉庭及原讼庭昨不约而同在两宗案件中严词批评",  # an adverb and a preposition: no name
        "范家发和妻子及两个儿子的合影",  # a conjunction ends the second
        "出售成都「信和御龙山」所在2个地皮",  # 和 inside a quoted name
        "綠色和平參考香港天文台兩項研究後估算",  # 和 inside a word (和平)
        "紧扣一体化和高质量这两个关键词",  # a demonstrative: a count (D3)
    ],
)
def test_a_count_after_two_things_that_are_not_its_names_stays(text: str) -> None:
    assert [f.kind for f in extract_figures(text) if f.kind == "count"] == ["count"]
