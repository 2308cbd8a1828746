"""Session 41 figures (issue 13): the kinds the untuned peer3 suites found wanting (s40_peer_to_13dev.md names the
kinds, never a case), each as a rule of what the words are. The sentences below are made up for the rule; no peer3
string is here.

1. A small sum in words that no word is part of: a financial numeral (壹元, 贰元 - the numerals of cheques and receipts),
   a currency named right before it (人民币一元, ¥壹元), the sum written on in 角/分 (一元五角) or closed by 整/正. 一元化,
   二元结构 and 三元组 stay words. A minus before the currency (负人民币壹元) is the sum's; a minus before 角 keeps the
   角 in the sum (负十元五角 is -10.5, was -9.5). Financial numerals fold as a run (壹拾陆元, 壹佰陆拾元, 壹元陆角:
   陆 and 拾 were left unread beside each other) and 拾元 on a receipt (拾元整, 人民币拾元).
2. An improper fraction in words (三分之五) is a ratio as a proper one is; the slash form (5/3) stays unread above one.
3. A slash fraction after 有 with 的 and a crowd after it (有3/20的人) is a share, whatever its denominator.
4. 价格 (价钱, 价位, 报价, 定价) names a sum: 价格为15万 is CNY 150,000 (FIGURES_GOLD §2).
5. An Arabic 1 + 个人 is 一个人 in a digit: one person outside a partition, not listed (FIGURES_GOLD §1).
6. 朵, 束, 枝, 盆 are measure words (盏 is not: 三盞燈 is a place in Macau, figures10 dev 10).
7. Place names run together with no 、 before their number (北京上海广州深圳4个城市) are D3's list (FIGURES_GOLD §1).
8. Square centimetres (平方厘米, cm²), decimetres and millimetres are areas.
"""

from __future__ import annotations

import pytest

from briefreader.figures import extract_figures


def _figs(text: str) -> list[tuple[str, float | None, str]]:
    return [(f.kind, f.value, f.unit) for f in extract_figures(text, region="mainland")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("收据上写着壹元。", 1.0),
        ("收款贰元整。", 2.0),
        ("金额：人民币壹元伍角。", 1.5),
        ("¥壹元整", 1.0),
        ("应付壹元贰角叁分。", 1.23),
        ("账户余额为负壹元。", -1.0),
        ("余额为负人民币壹元。", -1.0),
        ("人民币负壹元", -1.0),
        ("一张车票一元五角。", 1.5),
        ("人民币一元。", 1.0),
        ("负十元五角", -10.5),
        ("共计壹拾陆元整。", 16.0),
        ("计壹佰陆拾元。", 160.0),
        ("壹元陆角", 1.6),
        ("收到人民币拾元整。", 10.0),
        ("壹仟陆佰陆拾陆元陆角陆分", 1666.66),
    ],
)
def test_a_small_sum_no_word_is_part_of_is_money(text: str, value: float) -> None:
    money = [f for f in _figs(text) if f[0] == "money"]
    assert money == [("money", pytest.approx(value), "CNY")]


@pytest.mark.parametrize(
    "text",
    [
        "推进一元化管理。",
        "打破城乡二元结构。",
        "三元组的数据。",
        "解一元二次方程。",
        "一元复始，万象更新。",
        "收拾元旦的行李。",
    ],
)
def test_words_with_a_small_numeral_before_yuan_stay_words(text: str) -> None:
    assert _figs(text) == []


def test_improper_fraction_in_words_is_a_ratio_the_slash_form_stays_unread() -> None:
    figs = extract_figures("两者之比为三分之五。", region="mainland")
    assert [(f.kind, f.value) for f in figs] == [("ratio", pytest.approx(5 / 3))]
    assert figs[0].en == "five thirds"
    assert _figs("比值约为5/3。") == []
    assert [f[0] for f in _figs("约有三分之一的人。")] == ["ratio"]


def test_a_share_of_a_crowd_after_you_is_no_date() -> None:
    assert _figs("调查中有3/20的受访者表示满意。") == [("ratio", pytest.approx(0.15), "")]
    assert _figs("还有1/12的学生没有到校。") == [("ratio", pytest.approx(1 / 12), "")]
    assert _figs("请问有12/25的票吗？") == []  # a day's tickets: no crowd after 的


@pytest.mark.parametrize(
    ("text", "value"),
    [("这辆车的价格是15万。", 150_000), ("房子价格200万，", 2_000_000), ("它的价格为十五万。", 150_000)],
)
def test_a_price_named_with_no_yuan_is_a_sum(text: str, value: float) -> None:
    assert _figs(text) == [("money", value, "CNY")]


def test_an_arabic_one_person_is_the_article_outside_a_partition() -> None:
    assert _figs("我看到1个人在跑步。") == []
    assert _figs("3个人坐着，剩下1个人站着。") == [("count", 3, "个"), ("count", 1, "个")]
    assert _figs("事故造成1人受伤。") == [("count", 1, "人")]  # (1人 is listed, as the golds list it)


@pytest.mark.parametrize(
    ("text", "unit"),
    [("他送了她99朵玫瑰。", "朵"), ("买了3束鲜花。", "束"), ("桌上有两盆花。", "盆"), ("3枝笔", "枝")],
)
def test_measure_words_of_flowers(text: str, unit: str) -> None:
    assert [(f[0], f[2]) for f in _figs(text)] == [("count", unit)]


@pytest.mark.parametrize("text", ["大快朵颐", "四川盆地的气候", "打破束缚", "修剪枝叶", "三盞燈、青洲坊"])
def test_words_those_measures_start_are_no_counts(text: str) -> None:
    assert _figs(text) == []


def test_place_names_run_together_before_their_number_are_a_list() -> None:
    assert _figs("北京上海广州深圳4个城市的房价。") == []
    assert _figs("去过江苏浙江安徽三个省。") == []
    # a list cut by 等 is a count (D3), and so is one place's own number
    assert _figs("北京上海广州深圳等4个城市。") == [("count", 4, "个")]
    assert _figs("上海有3个区。") == [("count", 3, "个")]


@pytest.mark.parametrize(
    ("text", "value", "en"),
    [
        ("屏幕面积约25平方厘米。", 0.0025, "about 25 cm²"),
        ("面积为5cm²。", 0.0005, "5 cm²"),
        ("约3平方分米", 0.03, "about 300 cm²"),
    ],
)
def test_small_areas_are_areas(text: str, value: float, en: str) -> None:
    figs = extract_figures(text, region="mainland")
    assert [(f.kind, f.unit) for f in figs] == [("area", "m2")]
    assert figs[0].value == pytest.approx(value)
    assert figs[0].en == en


# dev-retired36 (figures47, retired this session), by kind


def test_a_sum_that_narrows_by_a_percent_falls_a_fall_or_deficit_that_narrows_is_unsigned() -> None:
    # 顺差 narrowing is the surplus falling (figures47 dev-retired36 01); a deficit's, a loss's or a fall's narrowing
    # (figures6 dev 32, figures2 dev 68) is unsigned, and so is a narrowing in points after a fall said before
    assert _figs("贸易顺差规模为3460亿元，同比收窄5.1%。")[-1] == ("percent", -5.1, "%")
    assert _figs("贸易逆差4659.6亿元，收窄9.8%。")[-1] == ("percent", 9.8, "%")
    assert _figs("亏损收窄20%。") == [("percent", 20, "%")]
    assert _figs("同比下降0.8%，降幅比同期收窄2.6个百分点，比去年全年收窄4个百分点。") == [
        ("percent", -0.8, "%"),
        ("percent", 2.6, "pp"),
        ("percent", 4, "pp"),
    ]


def test_pages_done_are_counted_a_documents_length_is_not() -> None:
    assert _figs("她已扫描了逾 300 万页、14000 张折页。")[0] == ("count", 3_000_000, "页")
    assert _figs("特朗普政府 38 页 “重建加沙” 计划曝光") == []
    assert _figs("一份38页的报告") == []


def test_a_time_shortened_by_a_percent_falls() -> None:
    # FIGURES_GOLD §11 (a time shortened by X% is a fall); figures41 dev-retired33 13
    assert _figs("所需的时间缩短了 29%。") == [("percent", -29, "%")]
    assert _figs("通行时间将缩短至50分钟以内。") == []


def test_a_names_number_after_a_hyphen_counts_nothing() -> None:
    # COVID-19個案 (figures28 dev-retired27 01): 19 is the name's, no 19 cases; a sum after letters and a hyphen stays
    assert _figs("新增2例境外移入COVID-19個案。") == [("count", 2, "例")]
    assert [f[0] for f in _figs("每股盈餘EPS-0.5元")] == ["money"]


# figures50 (dev, this session's batch) and figures41 dev-retired33, by kind


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("南航计划执行航班超12万班次。", 120_000, "班次"),
        ("铁路部门加开547车次。", 547, "车次"),
        ("一列港鐵公司的 12 卡車廂載客列車", 12, "卡"),
        ("列車首 3 卡仍留在路軌上。", 3, "卡"),
    ],
)
def test_runs_of_a_service_and_train_cars_are_counted(text: str, value: float, unit: str) -> None:
    assert _figs(text) == [("count", value, unit)]


@pytest.mark.parametrize("text", ["开来3卡车", "3卡通", "一张卡片"])
def test_words_ka_starts_count_no_cars(text: str) -> None:
    assert [f for f in _figs(text) if f[2] == "卡"] == []


def test_a_full_price_with_no_yuan_and_staff_by_their_work() -> None:
    assert _figs("我买的是全价21万的车。") == [("money", 210_000, "CNY")]
    assert _figs("全国60多万基层农技人员蹲点包片。") == [("count", 600_000, "")]


@pytest.mark.parametrize(
    "text",
    [
        "壹仟贰佰叁拾肆万亿零伍仟陆佰柒拾捌万玖仟零壹元",
        "玖万亿零玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾壹元",
        "一千二百三十四万五千六百七十八亿九千零一十二万三千四百五十六元",
    ],
)
def test_the_tail_of_a_numeral_too_long_to_read_is_no_sum(text: str) -> None:
    # a reading restarted inside the numeral gave its tail as the sum (RMB 1, 9,991, 123,456): a confident wrong value
    assert _figs(text) == []


def test_a_count_right_after_a_figures_scale_is_read() -> None:
    assert _figs("跨越7万亿、8万亿、9万亿三个大台阶。") == [("count", 3, "个")]


def test_a_small_sum_closed_by_zheng_is_money_a_word_zheng_starts_is_not() -> None:
    assert _figs("收款一元整。") == [("money", 1, "CNY")]
    assert _figs("两元整") == [("money", 2, "CNY")]
    assert _figs("三元整体结构") == []
