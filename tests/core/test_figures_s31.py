"""Session 31 figures (issue 13): what a money figure is, whose currency a bare 元 is, what a count is — each case
with its neighbours and the guards that must keep reading as before."""

from __future__ import annotations

import pytest

from briefreader.figures import detect_region, extract_figures
from briefreader.figures.extract import fold_text
from briefreader.figures.region import set_elsewhere


def _money(text: str, region: object = None) -> list[tuple[str, float, str]]:
    return [(f.text, f.value, f.unit) for f in extract_figures(text, region=region) if f.kind == "money"]  # type: ignore[arg-type]


# -- whose dollar: a lead that names a mainland place only to describe a noun (鼓勵在廣東的港資廠商, the Hong Kong-owned
# factories in Guangdong) does not set the story there; a place said in a clause AFTER the sum's is a further
# statement's, not the sum's (figures27 dev-retired26 05, the Policy Address: ten HKD sums were shown as written or
# as RMB)

POLICY_ADDRESS = (
    "政府正與廣東省研究在珠江三角洲港口停泊的遠洋輪船轉用較清潔燃料的可行性，亦計劃投放1億5,000萬元延續清潔生產伙伴"
    "計劃，鼓勵在廣東的港資廠商採用清潔生產技術。\n政府以身作則，2013年環保採購的總額超過10億元，並會擴大現有的採購清單。"
)


def test_a_place_that_describes_a_noun_does_not_set_the_story() -> None:
    region = detect_region(POLICY_ADDRESS, source="香港特別行政區政府", script="hant")
    assert (region.name, region.currency) == ("hk", "HKD")
    assert [(v, u) for _, v, u in _money(POLICY_ADDRESS, region)] == [(150000000.0, "HKD"), (1000000000.0, "HKD")]
    assert set_elsewhere(fold_text("鼓勵在廣東的港資廠商採用清潔生產技術")) == ""
    assert set_elsewhere(fold_text("政府會支持在深圳的港資企業")) == ""


@pytest.mark.parametrize(
    "lead",
    [
        "國家主席昨日在北京出席會議，宣布撥款10億元。",  # a verb after the place: the story happens there
        "當時在北京的大吉巷胡同裏，住著李氏家族四代。",  # a locative phrase the place opens
        "由澳門特區政府主辦的市集，昨日在橫琴落幕。",
        # no verb before 在: the phrase is where what follows happens (a press conference held in Beijing, review s31 R3)
        "中國大陸商務部今天在北京的記者會表示，大陸社會消費品零售總額達8.1萬億元。",
    ],
)
def test_a_place_where_something_happens_still_sets_the_story(lead: str) -> None:
    assert set_elsewhere(fold_text(lead)) != ""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the place in a later clause: the programme's sum is home's
        ("政府計劃投放1億5,000萬元延續計劃，鼓勵在廣東的港資廠商採用清潔技術。", "HKD"),
        # guard: the place before the sum, the thing the sum buys (望京SOHO, figures3 dev 25)
        ("望京SOHO是位于北京朝阳区望京的三栋建筑群，SOHO中国于2009年斥资约40亿元买下。", "CNY"),
        # guard: the place in the sum's own clause
        ("該公司斥資5億元在深圳興建廠房。", "CNY"),
        # ... or opening the next clause, where the sum is spent (review s31 R8)
        ("比亞迪宣布投資200億元，在深圳坪山建設新能源汽車產業園。", "CNY"),
    ],
)
def test_a_place_counts_before_the_sum_or_in_its_clause(text: str, want: str) -> None:
    assert [u for _, _, u in _money(text, "hk")] == [want]


# -- what a money figure is: a symbol's or a code's number with an English scale, however it is written and whatever
# follows it (HK$3.5bn的债券: a Han character after "bn" is no word boundary to the old check, which dropped the sum)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("發行HK$3.5bn的債券。", [(3.5e9, "HKD")]),
        ("這是£1.2bn的收購。", [(1.2e9, "GBP")]),
        ("交易额USD 1.2bn的一半。", [(1.2e9, "USD")]),
        # a Latin scale letter in either case after a symbol or a code (the English press writes €3m, US$200m)
        ("罚款€3m。", [(3e6, "EUR")]),
        ("另有US$200m用于培训，$500k用于宣传。", [(2e8, "USD"), (5e5, "USD")]),
        # with no symbol: an English scale word between the digits and the currency word or code they count
        ("这笔交易价值1.2 million USD。", [(1.2e6, "USD")]),
        ("交易价值3.5 billion美元。", [(3.5e9, "USD")]),
        # guards, as before
        ("这是HK$3.5 billion的债券。", [(3.5e9, "HKD")]),
        ("S$3M 私人公寓。", [(3e6, "SGD")]),
        ("USD300X型号。", []),
    ],
)
def test_an_english_scale_is_part_of_the_amount(text: str, want: list[tuple[float, str]]) -> None:
    assert [(v, u) for _, v, u in _money(text, "mainland")] == want


@pytest.mark.parametrize(
    ("text", "region", "want"),
    [
        ("组屋转售价格中位数为60万坡币。", "sg", [(600000.0, "SGD")]),
        ("一年学费10万英磅。", "mainland", [(100000.0, "GBP")]),
        ("歐盟罰款20億歐羅。", "hk", [(2e9, "EUR")]),
        ("南韓投入3兆韓圜。", "tw", [(3e12, "KRW")]),
    ],
)
def test_currency_names_of_the_region_s_press(text: str, region: str, want: list[tuple[float, str]]) -> None:
    # 坡币 (Singapore's dollar, spoken), 英磅 (the pound, as often miswritten), 歐羅 (the euro in Hong Kong), 韓圜 (the
    # won in Taiwan and Hong Kong): each a named currency, never the region's bare dollar or nothing
    assert [(v, u) for _, v, u in _money(text, region)] == want


# -- what a count is: a number whose noun phrase after it has people for its head counts them, whatever money its
# sentence names (figures31 dev 16: 逾 3.77 亿订阅用户 was a sum of "377 mn yuan"); a hedged hundred or more before
# people is a count with its measure word dropped (figures27 dev-retired26 06: 3000多特困下岗职工)


def _counts(text: str) -> list[tuple[float, str, str]]:
    return [(f.value, f.unit, f.qualifier) for f in extract_figures(text, region="mainland") if f.kind == "count"]


def test_people_named_after_a_bare_scale_are_counted_not_paid() -> None:
    text = "该公司交易额逾 70 亿英镑，收入 14 亿美元，有逾 3.77 亿订阅用户以及 460 万内容创作者。"
    assert [(v, u) for _, v, u in _money(text, "mainland")] == [(7e9, "GBP"), (1.4e9, "USD")]
    assert _counts(text) == [(3.77e8, "", "over"), (4.6e6, "", "exact")]
    # guards: a sum put to people's use stays a sum; a money noun after the number is money
    assert [(v, u) for _, v, u in _money("投入2000万慰问退休老人。", "mainland")] == [(2e7, "CNY")]
    assert [(v, u) for _, v, u in _money("营收达3亿，发放逾百万代金券。", "mainland")][:1] == [(3e8, "CNY")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("全国有3000多特困下岗职工。", [(3000.0, "", "over")]),
        ("村里有1000余村民外出务工。", [(1000.0, "", "over")]),
        ("这座城市已有2000多年历史。", []),  # guard: years are no people
        ("共有300名学生参加。", [(300.0, "名", "exact")]),  # guard: the measure word written
    ],
)
def test_a_hedged_number_before_people_counts_them(text: str, want: list[tuple[float, str, str]]) -> None:
    assert _counts(text) == want


def test_basis_points_of_any_reported_ratio() -> None:
    # a company's margin moves in basis points as an interest rate does (figures31 dev 11: 运营利润率…330个基点 was
    # dropped: only 利率 and its kin were rate words, and 毛利率 passed by holding 利率)
    found = [(f.value, f.unit) for f in extract_figures("运营利润率同比下降330个基点至26.5%。", region="mainland")]
    assert found == [(-3.3, "pp"), (26.5, "%")]
    # guards: an exchange rate's and a volatility's basis points stay unread (a pip; the market's jargon)
    assert extract_figures("人民币汇率中间价下调50个基点。", region="mainland") == []
    assert [f.value for f in extract_figures("隐含波动率跌0.5个基点，报4.28%。", region="mainland")] == [4.28]


# -- a range whose first bound carries its equivalent in brackets (figures31 dev 02: 介于10新元（约合48.3元人民币）至
# 25新元 was read as two sums, SGD 10 and SGD 25): one range in the named currency, and the gloss its own figure


def test_a_range_goes_on_after_a_bracketed_equivalent() -> None:
    text = "接种费介于10新元（约合48.3元人民币）至25新元（约合120.75元人民币）之间。"
    found = [(f.value, f.unit, f.qualifier, f.high) for f in extract_figures(text, region="mainland")]
    assert found == [(10.0, "SGD", "range", 25.0), (48.3, "CNY", "approx", None), (120.75, "CNY", "approx", None)]


@pytest.mark.parametrize(
    "text",
    [
        "价格10美元（2020年）至20美元。",  # a year in the brackets: no gloss of the sum
        "售价从999美元（约合人民币6500元）到1299元不等。",  # the second bound in another currency
    ],
)
def test_no_range_across_brackets_that_gloss_no_sum(text: str) -> None:
    assert all(f.qualifier != "range" for f in extract_figures(text, region="mainland"))


# -- code health: a table row's own unit of no money is any unit units.py knows (NO_MONEY_UNITS: MEASURES, AREAS,
# QUANTITIES, OTHER_UNITS, alone or under 万/亿), not a list of extract's own that missed most of them


@pytest.mark.parametrize("unit", ["万人次", "艘次", "万台", "公顷", "千瓦时", "标准箱"])
def test_a_row_labelled_with_any_unit_of_no_money_is_no_sum_of_the_note(unit: str) -> None:
    table = f"单位：元\n项目 2023年 2024年\n营业收入 1,234,567.00 2,345,678.00\n业务量（{unit}） 1,234.50 2,345.60\n"
    assert [v for _, v, _ in _money(table, "mainland")] == [1234567.0, 2345678.0]


# -- a headline's bare sum stated in the body with its currency is one figure, the body's (the golds' D7): geekpark's
# 智谱…刚完成314亿配售 / 刚完成314亿港元配售 listed RMB 31.4 bn beside HKD 31.4 bn


def test_a_headline_sum_named_below_is_the_body_s_figure() -> None:
    text = "智谱市值跌至4146亿 刚完成314亿配售\n智谱市值为4146亿港元。\n市值蒸发超过3000亿港元。\n刚完成314亿港元配售\n"
    assert [(v, u) for _, v, u in _money(text, "mainland")] == [(4.146e11, "HKD"), (3e11, "HKD"), (3.14e10, "HKD")]


def test_a_round_headline_sum_is_not_matched_by_chance() -> None:
    # guard: 10亿 (one significant digit) may be another sum, said further down with its own currency
    text = "智谱盈利10亿 刚完成配售\n智谱市值为4146亿港元。\n市值蒸发超过3000亿港元。\n另一家获得10亿港元投资\n"
    assert [(v, u) for _, v, u in _money(text, "mainland")] == [
        (1e9, "CNY"),
        (4.146e11, "HKD"),
        (3e11, "HKD"),
        (1e9, "HKD"),
    ]


# -- 上限 X is "up to X" everywhere (the lead's decision, session 31): a cap raised to a level names the level as the
# cap for sums and counts as _percent read it for rates (figures8 convention 1), and 上限 right after a rate caps it


@pytest.mark.parametrize(
    ("text", "region", "want"),
    [
        ("懇請政府把網約車許可證上限提升至三萬輛。", "hk", [("count", 30000.0, "under")]),
        ("每宗事故罰款上限增至4,000萬元。", "hk", [("money", 4e7, "under")]),
        ("各部門總額達核定總額成長率5.5%上限。", "tw", [("percent", 5.5, "under")]),
        ("比例上限由7%提高到15%。", "mainland", [("percent", 7.0, "under"), ("percent", 15.0, "under")]),  # guard
        ("罚款由1万元增至3万元。", "mainland", [("money", 1e4, "exact"), ("money", 3e4, "exact")]),  # guard: no cap
    ],
)
def test_a_cap_raised_to_a_level_is_an_upper_bound(text: str, region: str, want: list[tuple[str, float, str]]) -> None:
    assert [(f.kind, f.value, f.qualifier) for f in extract_figures(text, region=region)] == want


# -- a flash's 【headline】 run on into its body is a subheading: its figure said again below is one figure, the body's
# (the golds' D7; figures31's flashes listed 18600亿元 beside 约合18600亿元人民币, 增24% beside 增长24%)


def test_a_bracketed_headline_and_its_body_give_one_figure() -> None:
    text = (
        "【淡马锡投资组合净值达3810亿新元 约合18600亿元】淡马锡7月13日公布，截至3月31日，投资组合净值高达3810亿新元"
        "（约合18600亿元人民币），增加750亿新元。"
    )
    found = [(f.value, f.unit, f.qualifier) for f in extract_figures(text, region="mainland") if f.kind == "money"]
    assert found == [(3.81e11, "SGD", "exact"), (1.86e12, "CNY", "approx"), (7.5e10, "SGD", "exact")]
    # the same words in headline and body: listed once
    same = "【欧盟宣布投入逾2亿欧元应对变异毒株】欧盟17日宣布投入逾2亿欧元，总计将投入2.25亿欧元。"
    assert [(f.value, f.qualifier) for f in extract_figures(same, region="mainland")] == [
        (2e8, "over"),
        (2.25e8, "exact"),
    ]
